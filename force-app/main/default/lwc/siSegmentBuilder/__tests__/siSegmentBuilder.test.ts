// The segment builder: the name checked against the configured teams, the rows compiled into the members'
// GraphQL filter, save as draft with the definition the count showed, publish and unpublish (offered only to
// a user who may, refused in words when the server says no, never past the limit), and an existing segment
// opened from the list. Apex is mocked at its import (imperative calls); the wires are emitted.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import getBuilderContext from '@salesforce/apex/SI_SegmentController.getBuilderContext';
import saveDraft from '@salesforce/apex/SI_SegmentController.saveDraft';
import publish from '@salesforce/apex/SI_SegmentController.publish';
import unpublish from '@salesforce/apex/SI_SegmentController.unpublish';
import SiSegmentBuilder from 'c/siSegmentBuilder';
import { newRow, type FilterRow } from 'c/siSegmentFilterRow';
import { checkDefinition, segmentGraphqlWhere } from 'c/siSegments';
import segments from './data/segments.json';

jest.mock('@salesforce/apex/SI_SegmentController.getBuilderContext', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SI_SegmentController.saveDraft', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SI_SegmentController.publish', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SI_SegmentController.unpublish', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Segment_Builder_No_Publish', () => ({ default: 'Only operations publish' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Segment_Builder_Limit_Reached', () => ({ default: '{0} are published' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Segment_Builder_Save_First', () => ({ default: 'Save first' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.SI_Segment_Builder_Published_Count',
    () => ({ default: '{0} of {1} segments published' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.SI_Segment_Builder_List_Stored', () => ({ default: '{0} accounts stored' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Segment_Builder_Nested', () => ({ default: 'Nested groups' }), { virtual: true });

interface TestWireAdapter {
    emit(value: unknown): void;
}
const listAdapter = graphql as unknown as TestWireAdapter;
const infoAdapter = getObjectInfos as unknown as TestWireAdapter;
const mocked = (fn: unknown) => fn as jest.Mock;

const CONTEXT = { teams: ['SDR', 'Ops'], canPublish: true, publishedCount: 3, maxPublished: 200 };

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

async function render(context = CONTEXT): Promise<HTMLElement> {
    mocked(getBuilderContext).mockResolvedValue(context);
    const el = createElement('c-si-segment-builder', { is: SiSegmentBuilder }) as unknown as HTMLElement;
    document.body.appendChild(el);
    await flush();
    return el;
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const byId = (el: HTMLElement, id: string) =>
    root(el).querySelector(`[data-id="${id}"]`) as HTMLElement & Record<string, unknown>;
const text = (el: HTMLElement, id: string) => byId(el, id)?.textContent?.trim() ?? null;

async function typeName(el: HTMLElement, value: string): Promise<void> {
    byId(el, 'name').dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

/** Changes the first filter row as the row component would (it sends the whole row up). */
async function setRow(el: HTMLElement, changes: Partial<FilterRow>): Promise<void> {
    const rowEl = root(el).querySelector('c-si-segment-filter-row') as HTMLElement & { row: FilterRow };
    rowEl.dispatchEvent(new CustomEvent('rowchange', { detail: { row: { ...rowEl.row, ...changes } } }));
    await flush();
}

const members = (el: HTMLElement) =>
    root(el).querySelector('c-si-segment-members') as (HTMLElement & { where: unknown; segmentId: string }) | null;

describe('c-si-segment-builder', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('names what is wrong with the name: the convention and the configured teams', async () => {
        const el = await render();
        await typeName(el, 'EMEA Decision');
        expect(text(el, 'name-problem')).toContain('is not named "Team - FY## Q# - Name"');
        await typeName(el, 'Sales - FY27 Q1 - EMEA Decision');
        expect(text(el, 'name-problem')).toBe('"Sales" is not a team (SDR, Ops)');
        await typeName(el, 'sdr - FY27 Q1 - EMEA Decision');
        expect(byId(el, 'name-problem')).toBeNull();
    });

    it('counts nothing until the first filter is complete, and says what it needs', async () => {
        const el = await render();
        expect(members(el)).toBeNull();
        expect(text(el, 'definition-problems')).toBe('Filter 1: choose at least one value');
        expect((byId(el, 'save') as unknown as { disabled: boolean }).disabled).toBe(true);
        await expect(el).toBeAccessible();
    });

    it('gives the members list the GraphQL filter of the rows, and a new one only when they change', async () => {
        const el = await render();
        await setRow(el, { picked: ['Strong', 'Moderate'] });
        const expected = segmentGraphqlWhere(
            checkDefinition({ all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] }] })
        );
        expect(members(el)?.where).toEqual(expected);
        const first = members(el)?.where;
        await typeName(el, 'Ops - FY27 Q1 - Strong fit');
        expect(members(el)?.where).toBe(first);
        byId(el, 'match').dispatchEvent(new CustomEvent('change', { detail: { value: 'any' } }));
        await flush();
        expect(members(el)?.where).toEqual({ or: [{ SI_Profile_Fit_Band__c: { in: ['Strong', 'Moderate'] } }] });
    });

    it('saves a draft with the definition it counted, then publishes and unpublishes it', async () => {
        mocked(saveDraft).mockResolvedValue('a0S000000000009AAA');
        mocked(publish).mockResolvedValue({ Id: 'a0S000000000009AAA', Status__c: 'Published' });
        mocked(unpublish).mockResolvedValue({ Id: 'a0S000000000009AAA', Status__c: 'Unpublished' });
        const el = await render();
        await setRow(el, { field: 'SI_Buying_Stage__c', op: 'in', picked: ['Decision', 'Purchase'] });
        await typeName(el, 'Ops - FY27 Q1 - Late stage ');
        expect(text(el, 'publish-hint')).toBe('Save first');
        byId(el, 'save').click();
        await flush();
        await flush();
        expect(saveDraft).toHaveBeenCalledWith({
            segment: {
                segmentId: null,
                name: 'Ops - FY27 Q1 - Late stage',
                description: '',
                tags: '',
                segmentType: 'Filter',
                definition: JSON.stringify({
                    all: [{ field: 'SI_Buying_Stage__c', op: 'in', values: ['Decision', 'Purchase'] }]
                })
            }
        });
        expect(members(el)?.segmentId).toBe('a0S000000000009AAA');
        expect(byId(el, 'publish-hint')).toBeNull();
        byId(el, 'publish').click();
        await flush();
        await flush();
        expect(publish).toHaveBeenCalledWith({ segmentId: 'a0S000000000009AAA' });
        expect(byId(el, 'status-badge').label).toBe('Published');
        byId(el, 'unpublish').click();
        await flush();
        await flush();
        expect(unpublish).toHaveBeenCalledWith({ segmentId: 'a0S000000000009AAA' });
        expect(byId(el, 'status-badge').label).toBe('Unpublished');
        // The context was asked again after each action (the published count).
        expect(getBuilderContext).toHaveBeenCalledTimes(4);
    });

    it('shows the server refusal of a publish in words', async () => {
        mocked(saveDraft).mockResolvedValue('a0S000000000009AAA');
        mocked(publish).mockRejectedValue({ body: { message: '200 segments are published already' }, status: 500 });
        const el = await render();
        await setRow(el, { picked: ['Strong'] });
        await typeName(el, 'Ops - FY27 Q1 - Strong');
        byId(el, 'save').click();
        await flush();
        await flush();
        byId(el, 'publish').click();
        await flush();
        await flush();
        expect(text(el, 'action-error')).toContain('200 segments are published already');
        expect(byId(el, 'status-badge').label).toBe('Draft');
        await expect(el).toBeAccessible();
    });

    it('does not offer publishing to a user without SI_Publish_Segments, or past the limit', async () => {
        const el = await render({ ...CONTEXT, canPublish: false });
        expect(text(el, 'publish-hint')).toBe('Only operations publish');
        expect((byId(el, 'publish') as unknown as { disabled: boolean }).disabled).toBe(true);
        document.body.removeChild(el);
        const full = await render({ ...CONTEXT, publishedCount: 200 });
        expect(text(full, 'publish-hint')).toBe('200 are published');
        expect(text(full, 'published-count')).toBe('200 of 200 segments published');
    });

    it('opens a saved segment from the list with its filters, and refuses to edit nested groups', async () => {
        const el = await render();
        listAdapter.emit(segments);
        await flush();
        const open = byId(el, 'open') as unknown as { options: { value: string; label: string }[] };
        expect(open.options.map((o) => o.value)).toEqual(['', 'a0S000000000001AAA', 'a0S000000000002AAA']);
        byId(el, 'open').dispatchEvent(new CustomEvent('change', { detail: { value: 'a0S000000000001AAA' } }));
        await flush();
        const rows = [...root(el).querySelectorAll('c-si-segment-filter-row')].map(
            (r) => (r as unknown as { row: FilterRow }).row
        );
        expect(rows.map((r) => [r.field, r.op, r.picked, r.text])).toEqual([
            ['SI_Buying_Stage__c', 'in', ['Decision'], ''],
            ['BillingCountry', 'in', [], 'Germany, France']
        ]);
        expect((byId(el, 'name') as unknown as { value: string }).value).toBe('SDR - FY27 Q1 - EMEA Decision');
        expect(byId(el, 'unpublish')).not.toBeNull();
        expect(members(el)?.segmentId).toBe('a0S000000000001AAA');
        byId(el, 'open').dispatchEvent(new CustomEvent('change', { detail: { value: 'a0S000000000002AAA' } }));
        await flush();
        expect(text(el, 'notice')).toBe('Nested groups');
        expect(root(el).querySelectorAll('c-si-segment-filter-row').length).toBe(0);
        expect((byId(el, 'save') as unknown as { disabled: boolean }).disabled).toBe(true);
    });

    it('offers only the fields object info shows to the user', async () => {
        const el = await render();
        infoAdapter.emit({
            results: [
                {
                    statusCode: 200,
                    result: { fields: { Industry: { label: 'Industry' }, SI_Profile_Fit_Band__c: { label: 'Fit' } } }
                }
            ]
        });
        await flush();
        const rowEl = root(el).querySelector('c-si-segment-filter-row') as unknown as {
            fieldOptions: { value: string }[];
        };
        expect(rowEl.fieldOptions.map((o) => o.value)).toEqual(['SI_Profile_Fit_Band__c', 'Industry']);
    });

    it('adds and removes filter rows', async () => {
        const el = await render();
        byId(el, 'add-filter').click();
        await flush();
        const rows = [...root(el).querySelectorAll('c-si-segment-filter-row')];
        expect(rows.length).toBe(2);
        rows[0]?.dispatchEvent(
            new CustomEvent('rowremove', { detail: { key: (rows[0] as unknown as { row: FilterRow }).row.key } })
        );
        await flush();
        expect(root(el).querySelectorAll('c-si-segment-filter-row').length).toBe(1);
        expect(newRow().key).not.toBe(
            (root(el).querySelector('c-si-segment-filter-row') as unknown as { row: FilterRow }).row.key
        );
    });

    it('saves a List segment with the accounts its upload matched, and opens one with its stored accounts', async () => {
        mocked(saveDraft).mockResolvedValue('a0S000000000010AAA');
        const el = await render();
        byId(el, 'type').dispatchEvent(new CustomEvent('change', { detail: { value: 'List' } }));
        await flush();
        expect(members(el)).toBeNull();
        expect(byId(el, 'definition-problems')).toBeNull();
        await typeName(el, 'SDR - FY27 Q1 - Event list');
        expect((byId(el, 'save') as unknown as { disabled: boolean }).disabled).toBe(true);
        const uploader = root(el).querySelector('c-si-segment-list-upload') as HTMLElement;
        uploader.dispatchEvent(
            new CustomEvent('listmatched', { detail: { fileName: 'a.csv', accountIds: ['001A', '001E'] } })
        );
        await flush();
        byId(el, 'save').click();
        await flush();
        await flush();
        expect(saveDraft).toHaveBeenCalledWith({
            segment: expect.objectContaining({
                segmentType: 'List',
                definition: JSON.stringify({ accounts: ['001A', '001E'] })
            })
        });
        listAdapter.emit({
            uiapi: {
                query: {
                    SI_Segment__c: {
                        edges: [
                            {
                                node: {
                                    Id: 'a0S000000000011AAA',
                                    Name: { value: 'SDR - FY27 Q1 - Stored list' },
                                    Status__c: { value: 'Published' },
                                    Type__c: { value: 'List' },
                                    Definition__c: { value: '{"accounts":["001A","001B","001C"]}' }
                                }
                            }
                        ]
                    }
                }
            }
        });
        await flush();
        byId(el, 'open').dispatchEvent(new CustomEvent('change', { detail: { value: 'a0S000000000011AAA' } }));
        await flush();
        expect(text(el, 'list-text')).toBe('3 accounts stored');
    });
});
