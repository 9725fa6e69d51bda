// The builder's live result: the definition's GraphQL filter passed as a variable with the first 50, the count
// and the accounts as the query answers them, empty and error states, and the history of a member of a saved
// segment. Each state is also checked with the sa11y matcher.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import SiSegmentMembers, { MEMBERS_SHOWN } from 'c/siSegmentMembers';
import { checkDefinition, segmentGraphqlWhere } from 'c/siSegments';
import members from './data/members.json';

jest.mock('@salesforce/label/c.SI_Segment_Members_Count', () => ({ default: '{0} accounts match' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Segment_Members_Count_One', () => ({ default: '1 account matches' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Segment_Members_Showing', () => ({ default: 'Showing the first {0} of {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Segment_Members_History', () => ({ default: 'History of {0}' }), { virtual: true });

interface TestWireAdapter {
    emit(value: unknown): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): Record<string, unknown> | undefined;
}
const adapter = graphql as unknown as TestWireAdapter;

const WHERE = segmentGraphqlWhere(
    checkDefinition({ all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] }] })
);

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

type Element = HTMLElement & { where: unknown; segmentId: string };

function render(segmentId = ''): Element {
    const el = createElement('c-si-segment-members', { is: SiSegmentMembers }) as unknown as Element;
    el.where = WHERE;
    el.segmentId = segmentId;
    document.body.appendChild(el);
    return el;
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const text = (el: HTMLElement, id: string) => root(el).querySelector(`[data-id="${id}"]`)?.textContent?.trim();

describe('c-si-segment-members', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('asks for the accounts the definition selects, the first 50 by name', async () => {
        render();
        await flush();
        expect(adapter.getLastConfig()?.variables).toEqual({ where: WHERE, first: MEMBERS_SHOWN });
        expect(MEMBERS_SHOWN).toBe(50);
    });

    it('shows the count and each account with its fit, stage and country, and that more exist', async () => {
        const el = render();
        const counted = jest.fn();
        el.addEventListener('countchange', (e) => counted((e as CustomEvent).detail));
        adapter.emit(members);
        await flush();
        expect(text(el, 'member-count')).toBe('57 accounts match');
        const rows = [...root(el).querySelectorAll('tr.si-members__row')];
        expect(rows.map((r) => r.querySelector('.si-members__name')?.textContent)).toEqual([
            'Bluepeak Software',
            'Cobalt Ridge Machinery'
        ]);
        expect(rows[0]?.querySelector('.si-members__stage')?.textContent).toBe('Purchase');
        expect(rows[1]?.querySelector('.si-members__country')?.textContent).toBe('');
        expect(text(el, 'members-showing')).toBe('Showing the first 2 of 57');
        expect(counted).toHaveBeenCalledWith({ total: 57 });
        // No history before the segment is saved.
        expect(root(el).querySelector('.si-members__history')).toBeNull();
        await expect(el).toBeAccessible();
    });

    it('says so when no account matches', async () => {
        const el = render();
        adapter.emit({ uiapi: { query: { Account: { totalCount: 0, edges: [] } } } });
        await flush();
        expect(text(el, 'members-empty')).toBeTruthy();
        expect(root(el).querySelector('[data-id="members"]')).toBeNull();
    });

    it('shows the refusal of the query in words', async () => {
        const el = render();
        adapter.emitErrors([{ message: 'Field SI_Buying_Stage__c is not accessible' }]);
        await flush();
        expect(text(el, 'members-error')).toContain('Field SI_Buying_Stage__c is not accessible');
        await expect(el).toBeAccessible();
    });

    it('opens the membership history of a member of a saved segment, and closes it again', async () => {
        const el = render('a0S000000000001AAA');
        adapter.emit(members);
        await flush();
        const button = root(el).querySelector('.si-members__history') as HTMLElement;
        expect(
            button.getAttribute('alternative-text') ??
                (button as unknown as { alternativeText: string }).alternativeText
        ).toBe('History of Bluepeak Software');
        button.click();
        await flush();
        const history = root(el).querySelector('c-si-segment-history') as HTMLElement & {
            accountId: string;
            segmentId: string;
        };
        expect(history.accountId).toBe('001000000000001AAA');
        expect(history.segmentId).toBe('a0S000000000001AAA');
        button.click();
        await flush();
        expect(root(el).querySelector('c-si-segment-history')).toBeNull();
    });
});
