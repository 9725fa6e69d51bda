// The segment builder's server side in the preview: accounts carry the scores the scoring job stores (the same
// values `npm run segments` evaluates), and SI_SegmentController's stand-in keeps its rules: the configured
// teams, SI_Publish_Segments from the permission sets, create access, at most 200 published, List memberships
// opened once on publish and kept on unpublish. Its live count query answers what the predicate selects.
import { join } from 'node:path';
import { SAMPLE_AS_OF } from '../../../lib/asOf';
import { readSObjectTree } from '../../../lib/sobjectTree';
import { datasetFromTree } from '../../../scripts/insight';
import { computeMembership } from '../../../org/segments/members';
import { DEFAULT_CONFIG } from '../../../force-app/main/default/lwc/siEngine/siEngine';
import { checkDefinition, segmentGraphqlWhere } from '../../../force-app/main/default/lwc/siSegments/siSegments';
import { MEMBERS_QUERY } from '../../../force-app/main/default/lwc/siSegmentMembers/siSegmentMembers';
import { createPreviewApi } from '../server';
import { MAX_PUBLISHED, type SegmentControllerStandIn } from '../segments';

const ROOT = join(__dirname, '../../..');
const DATA = join(ROOT, 'data');

function preview(permissionSets: string[], asOf = SAMPLE_AS_OF) {
    return createPreviewApi(ROOT, { dataDir: DATA, asOf, pinned: true, permissionSets }).api;
}

const DEFINITION = { all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] }] };

function save(segments: SegmentControllerStandIn, name: string, extra: Record<string, unknown> = {}): string {
    return segments.saveDraft({
        segment: { name, segmentType: 'Filter', definition: JSON.stringify(DEFINITION), ...extra }
    });
}

describe('the preview segment builder server', () => {
    it('counts what the scoring job would put in the segment, on the data day and on a later page day', () => {
        const { dataset } = datasetFromTree(readSObjectTree(DATA));
        const row = {
            Id: 'a0S000000000001AAA',
            Name: 'Ops - FY27 Q1 - Fit',
            Type__c: 'Filter',
            Status__c: 'Published',
            Definition__c: JSON.stringify(DEFINITION)
        };
        const expected = computeMembership(dataset, [row], [], DEFAULT_CONFIG, SAMPLE_AS_OF).segments[0]?.members.map(
            (m) => m.name
        );
        expect(expected?.length).toBeGreaterThan(0);
        for (const asOf of [SAMPLE_AS_OF, '2026-12-04']) {
            const api = preview(['SI_Operations_User'], asOf);
            const out = api.handle('/preview-api/graphql', {
                query: MEMBERS_QUERY,
                variables: { where: segmentGraphqlWhere(checkDefinition(DEFINITION)), first: 50 }
            }).body as {
                data: {
                    uiapi: {
                        query: { Account: { totalCount: number; edges: { node: { Name: { value: string } } }[] } };
                    };
                };
            };
            const connection = out.data.uiapi.query.Account;
            expect(connection.totalCount).toBe(expected?.length);
            expect(connection.edges.map((e) => e.node.Name.value)).toEqual(expected);
        }
    });

    it('gives the configured active teams and refuses any other in a name', () => {
        const api = preview(['SI_Operations_User']);
        expect(api.segments.getBuilderContext()).toEqual({
            teams: ['SDR', 'AE', 'Marketing', 'Ops'],
            canPublish: true,
            publishedCount: 0,
            maxPublished: 200
        });
        expect(() => save(api.segments, 'Sales - FY27 Q1 - Fit')).toThrow(
            '"Sales" is not a team (SDR, AE, Marketing, Ops)'
        );
        expect(() => save(api.segments, 'Ops - FY27 Q5 - Fit')).toThrow('is not named');
    });

    it('lets marketing save drafts but not publish, and a sales rep not even save', () => {
        const marketing = preview(['SI_Marketing_User']);
        const id = save(marketing.segments, 'Marketing - FY27 Q1 - Fit');
        expect(marketing.data.get(id)?.record).toMatchObject({ Status__c: 'Draft', Team__c: 'Marketing' });
        expect(marketing.segments.getBuilderContext().canPublish).toBe(false);
        expect(() => marketing.segments.publish({ segmentId: id })).toThrow(
            'you need the SI_Publish_Segments permission'
        );
        const sales = preview(['SI_Sales_User']);
        expect(() => save(sales.segments, 'SDR - FY27 Q1 - Fit')).toThrow('cannot create SI_Segment__c');
    });

    it('publishes at most 200 segments and makes room on unpublish', () => {
        const api = preview(['SI_Operations_User']);
        const ids = Array.from({ length: MAX_PUBLISHED }, (_, i) => save(api.segments, `Ops - FY27 Q1 - Segment ${i}`));
        for (const id of ids) api.segments.publish({ segmentId: id });
        const extra = save(api.segments, 'Ops - FY27 Q1 - One more');
        expect(() => api.segments.publish({ segmentId: extra })).toThrow('200 segments are published already');
        api.segments.unpublish({ segmentId: ids[0] });
        expect(api.segments.publish({ segmentId: extra })).toMatchObject({ Status__c: 'Published' });
        expect(api.segments.getBuilderContext().publishedCount).toBe(200);
    });

    it("opens a List segment's memberships on publish, once per account, and keeps them on unpublish", () => {
        const api = preview(['SI_Operations_User']);
        const [a, b] = api.data.records('Account').map((r) => r.Id);
        const id = api.segments.saveDraft({
            segment: {
                name: 'SDR - FY27 Q1 - Uploaded',
                segmentType: 'List',
                definition: JSON.stringify({ accounts: [a, b, a] })
            }
        });
        api.segments.publish({ segmentId: id });
        api.segments.unpublish({ segmentId: id });
        api.segments.publish({ segmentId: id });
        const rows = api.data.records('SI_Segment_Membership__c').filter((m) => m.Segment__c === id);
        expect(rows.map((r) => [r.Account__c, r.Added_On__c, r.Removed_On__c])).toEqual([
            [a, SAMPLE_AS_OF, null],
            [b, SAMPLE_AS_OF, null]
        ]);
        expect(() =>
            api.segments.saveDraft({
                segment: { name: 'SDR - FY27 Q1 - Empty', segmentType: 'List', definition: '{"accounts":[]}' }
            })
        ).toThrow('at least one matched account');
    });

    it("answers the builder through the Apex endpoint with the platform's error shape", () => {
        const api = preview(['SI_Marketing_User']);
        const out = api.handle('/preview-api/apex/SI_SegmentController.publish', { segmentId: 'a0S000000000404AAA' });
        expect(out.status).toBe(500);
        expect((out.body as { body: { message: string } }).body.message).toContain('SI_Publish_Segments');
    });
});

describe('Apex class access', () => {
    it('refuses SI_SegmentController to a user whose permission sets do not grant it, as the platform does', () => {
        const sales = createPreviewApi(ROOT, {
            dataDir: DATA,
            asOf: SAMPLE_AS_OF,
            pinned: true,
            permissionSets: ['SI_Sales_User']
        }).api;
        const out = sales.handle('/preview-api/apex/SI_SegmentController.getBuilderContext', {});
        expect(out.status).toBe(500);
        expect((out.body as { body: { message: string } }).body.message).toBe(
            "You do not have access to the Apex class named 'SI_SegmentController'."
        );
        const marketing = createPreviewApi(ROOT, {
            dataDir: DATA,
            asOf: SAMPLE_AS_OF,
            pinned: true,
            permissionSets: ['SI_Marketing_User']
        }).api;
        expect(marketing.handle('/preview-api/apex/SI_SegmentController.getBuilderContext', {}).status).toBe(200);
    });
});
