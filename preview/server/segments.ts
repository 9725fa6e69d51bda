// The preview's side of the segment builder:
// - `applyJobScores`: gives every account of the data set the scores the org-wide scoring job stores and
//   segments filter on (fit, reach, intent, stage, qualified, tier), computed by the job's own functions on the preview's as-of
//   day, so the builder's live count filters what it filters in an org after the nightly run;
// - `SegmentControllerStandIn`: what SI_SegmentController does (getBuilderContext, saveDraft, publish,
//   unpublish), over the data set, with the same checks and messages: the team of the name among the active
//   SI_Segment_Team__mdt records, SI_Publish_Segments from the preview user's permission sets, at most 200
//   published, create/edit access on SI_Segment__c, List segments' memberships opened on publish.
import {
    computeInsight,
    DEFAULT_CONFIG,
    groupAccountData,
    type Dataset as EngineDataset
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { checkSegmentName, SEGMENT_FIELDS } from '../../force-app/main/default/lwc/siSegments/siSegments';
import { accountChanges } from '../../org/score/changes';
import { storedValues } from '../../org/segments/members';
import type { Dataset } from './dataset';
import type { Grants } from './metadata';
import type { MetadataRecord } from '../../org/config/configMetadata';

/** SI_SegmentRules.MAX_PUBLISHED. */
export const MAX_PUBLISHED = 200;
/** SI_SegmentLists.MAX_LIST_ACCOUNTS. */
export const MAX_LIST_ACCOUNTS = 5000;
export const PUBLISH_PERMISSION = 'SI_Publish_Segments';

/**
 * The stored scores a segment filters on (SEGMENT_FIELDS' SI_ fields). The qualified dates stay as data/ has
 * them: the panel shows "qualified now" for a qualified account whose start the job has not recorded yet.
 */
const STORED_SCORE_FIELDS = new Set(Object.keys(SEGMENT_FIELDS).filter((f) => f.startsWith('SI_')));

/** The engine's view of the preview's records (the objects `npm run insight` reads from a tree); the tests use it too. */
export function engineDataset(data: Dataset): EngineDataset {
    const list = (type: string): never[] => data.records(type) as never[];
    return {
        accounts: list('Account'),
        contacts: list('Contact'),
        leads: list('Lead'),
        campaigns: list('Campaign'),
        campaignMembers: list('CampaignMember'),
        opportunities: list('Opportunity'),
        tasks: list('Task'),
        events: list('Event'),
        intentSignals: list('SI_Intent_Signal__c')
    } as EngineDataset;
}

/**
 * Sets the stored SI_ fields of every account of `data` to what the scoring job would write on `asOf` (the
 * data's own day: call before its dates are moved).
 */
export function applyJobScores(data: Dataset, asOf: string): number {
    const dataset = engineDataset(data);
    let scored = 0;
    for (const grouped of groupAccountData(dataset).accounts) {
        const account = grouped.account as Record<string, unknown>;
        const id = String(account.Id);
        const values = storedValues(
            account,
            accountChanges(grouped, computeInsight(grouped, DEFAULT_CONFIG, asOf)).account
        );
        const fields = Object.fromEntries(Object.entries(values).filter(([f]) => STORED_SCORE_FIELDS.has(f)));
        if (data.get(id)) {
            data.update(id, fields);
            scored++;
        }
    }
    return scored;
}

/** An Apex AuraHandledException as the component receives it. */
export class ApexError extends Error {}

export interface BuilderContext {
    teams: string[];
    canPublish: boolean;
    publishedCount: number;
    maxPublished: number;
}

const str = (v: unknown): string | null =>
    typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

export class SegmentControllerStandIn {
    private sequence = 0;

    constructor(
        private readonly data: Dataset,
        readonly grants: Grants,
        private readonly teamRecords: readonly MetadataRecord[],
        private readonly asOf: string,
        private readonly userId = '005000000000001AAA'
    ) {}

    activeTeams(): string[] {
        return [...this.teamRecords]
            .filter((r) => r.Active__c === true)
            .sort((a, b) => {
                const sa = typeof a.Sort_Order__c === 'number' ? a.Sort_Order__c : Infinity;
                const sb = typeof b.Sort_Order__c === 'number' ? b.Sort_Order__c : Infinity;
                return sa - sb || String(a.MasterLabel).localeCompare(String(b.MasterLabel));
            })
            .map((r) => String(r.MasterLabel));
    }

    private canPublish(): boolean {
        return this.grants.customPermissions.has(PUBLISH_PERMISSION);
    }

    private publishedCount(): number {
        return this.data.records('SI_Segment__c').filter((s) => s.Status__c === 'Published').length;
    }

    getBuilderContext(): BuilderContext {
        return {
            teams: this.activeTeams(),
            canPublish: this.canPublish(),
            publishedCount: this.publishedCount(),
            maxPublished: MAX_PUBLISHED
        };
    }

    /** `saveDraft(SegmentInput segment)`: the builder sends `{ segment: { ... } }`. */
    saveDraft(params: Record<string, unknown>): string {
        const input = params.segment;
        if (typeof input !== 'object' || input === null) throw new ApexError('No segment to save.');
        return this.save(input as Record<string, unknown>);
    }

    private save(params: Record<string, unknown>): string {
        const name = str(params.name) ?? '';
        const checked = checkSegmentName(name, this.activeTeams());
        if (!checked.ok) throw new ApexError(checked.problem);
        const type = str(params.segmentType);
        if (type !== 'Filter' && type !== 'List')
            throw new ApexError(`A segment is of type Filter or List, not "${type}".`);
        const definition = str(params.definition);
        if (type === 'List') listAccounts(definition);
        else if (!definition || definition.trim() === '')
            throw new ApexError('A Filter segment needs at least one filter.');
        const fields = {
            Name: name.trim(),
            Description__c: str(params.description),
            Tags__c: str(params.tags),
            Team__c: checked.parts.team,
            Type__c: type,
            Definition__c: definition
        };
        const id = str(params.segmentId);
        if (!id) {
            if (!this.grants.creatable.has('SI_Segment__c'))
                throw new ApexError('insufficient access rights on object id: you cannot create SI_Segment__c records');
            const newId = `a0S${String(++this.sequence).padStart(12, '0')}AAA`;
            this.data.add('SI_Segment__c', {
                Id: newId,
                ...fields,
                Status__c: 'Draft',
                LastModifiedDate: `${this.asOf}T12:00:00.000Z`
            });
            return newId;
        }
        this.segment(id);
        if (!this.grants.editable.has('SI_Segment__c'))
            throw new ApexError('insufficient access rights on object id: you cannot edit SI_Segment__c records');
        this.data.update(id, { ...fields, LastModifiedDate: `${this.asOf}T12:00:00.000Z` });
        return id;
    }

    publish(params: Record<string, unknown>): Record<string, unknown> {
        this.requirePublish('publish');
        const segment = this.segment(str(params.segmentId));
        if (segment.Status__c === 'Published') return segment;
        if (this.publishedCount() >= MAX_PUBLISHED)
            throw new ApexError(
                `${MAX_PUBLISHED} segments are published already, the most there can be at once. Unpublish one you no longer use, then publish "${String(segment.Name)}".`
            );
        const updated = this.data.update(segment.Id, {
            Status__c: 'Published',
            Published_By__c: this.userId,
            Published_At__c: `${this.asOf}T12:00:00.000Z`
        }).record;
        if (updated.Type__c === 'List') this.openListMemberships(updated.Id, str(updated.Definition__c));
        return updated;
    }

    unpublish(params: Record<string, unknown>): Record<string, unknown> {
        this.requirePublish('unpublish');
        const segment = this.segment(str(params.segmentId));
        if (segment.Status__c !== 'Published') return segment;
        return this.data.update(segment.Id, { Status__c: 'Unpublished' }).record;
    }

    private requirePublish(verb: string): void {
        if (!this.canPublish())
            throw new ApexError(
                `Only operations ${verb} segments: you need the ${PUBLISH_PERMISSION} permission (SI Operations User permission set). Save the segment as a draft, or ask an operations user.`
            );
    }

    private segment(id: string | null): Record<string, unknown> & { Id: string } {
        const found = id ? this.data.get(id) : undefined;
        if (!found || found.type !== 'SI_Segment__c') throw new ApexError(`No segment ${String(id)} that you can see.`);
        return found.record;
    }

    private openListMemberships(segmentId: string, definition: string | null): void {
        const open = new Set(
            this.data
                .records('SI_Segment_Membership__c')
                .filter(
                    (m) => m.Segment__c === segmentId && (m.Removed_On__c === null || m.Removed_On__c === undefined)
                )
                .map((m) => String(m.Account__c))
        );
        for (const accountId of new Set(listAccounts(definition))) {
            if (open.has(accountId)) continue;
            this.data.add('SI_Segment_Membership__c', {
                Id: `a0M${String(++this.sequence).padStart(12, '0')}AAA`,
                Segment__c: segmentId,
                Account__c: accountId,
                Added_On__c: this.asOf,
                Removed_On__c: null
            });
        }
    }
}

function listAccounts(definition: string | null): string[] {
    let parsed: unknown;
    try {
        parsed = JSON.parse(definition ?? '');
    } catch (e) {
        throw new ApexError(`A List segment's definition is {"accounts": [account Ids]}: ${(e as Error).message}`);
    }
    const accounts = (parsed as { accounts?: unknown } | null)?.accounts;
    if (!Array.isArray(accounts) || accounts.length === 0)
        throw new ApexError('A List segment needs at least one matched account.');
    if (accounts.length > MAX_LIST_ACCOUNTS)
        throw new ApexError(`A List segment holds at most ${MAX_LIST_ACCOUNTS} accounts, not ${accounts.length}.`);
    return accounts.map(String);
}
