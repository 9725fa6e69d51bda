// An account's history in a segment: its membership rows (account and segment as variables), newest first,
// a closed row as "from ... to ...", the open one as "since ...", none, and a refused query.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import SiSegmentHistory from 'c/siSegmentHistory';

jest.mock('@salesforce/label/c.SI_Segment_History_Period', () => ({ default: 'From {0} to {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Segment_History_Open', () => ({ default: 'Since {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Segment_History_Title', () => ({ default: 'History of {0}' }), { virtual: true });

interface TestWireAdapter {
    emit(value: unknown): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): Record<string, unknown> | undefined;
}
const adapter = graphql as unknown as TestWireAdapter;

const ACCOUNT = '001000000000001AAA';
const SEGMENT = 'a0S000000000001AAA';

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function render(): HTMLElement {
    const el = createElement('c-si-segment-history', { is: SiSegmentHistory }) as unknown as HTMLElement & {
        accountId: string;
        accountName: string;
        segmentId: string;
    };
    el.accountId = ACCOUNT;
    el.accountName = 'Bluepeak Software';
    el.segmentId = SEGMENT;
    document.body.appendChild(el);
    return el;
}

const node = (id: string, added: string, removed: string | null) => ({
    node: { Id: id, Added_On__c: { value: added }, Removed_On__c: { value: removed } }
});
const periods = (el: HTMLElement) =>
    [...(el.shadowRoot as ShadowRoot).querySelectorAll('.si-history__period')].map((p) => p.textContent);
const day = (iso: string) =>
    new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`)
    );

describe('c-si-segment-history', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('asks for the rows of this account in this segment', async () => {
        render();
        await flush();
        expect(adapter.getLastConfig()?.variables).toMatchObject({ accountId: ACCOUNT, segmentId: SEGMENT });
    });

    it('shows each period as the rows give them, the open one as since', async () => {
        const el = render();
        adapter.emit({
            uiapi: {
                query: {
                    SI_Segment_Membership__c: {
                        edges: [node('a0M2', '2026-11-24', null), node('a0M1', '2026-11-03', '2026-11-20')]
                    }
                }
            }
        });
        await flush();
        expect(periods(el)).toEqual([
            `Since ${day('2026-11-24')}`,
            `From ${day('2026-11-03')} to ${day('2026-11-20')}`
        ]);
        expect((el.shadowRoot as ShadowRoot).querySelector('h3')?.textContent).toBe('History of Bluepeak Software');
        await expect(el).toBeAccessible();
    });

    it('says the account was never a member', async () => {
        const el = render();
        adapter.emit({ uiapi: { query: { SI_Segment_Membership__c: { edges: [] } } } });
        await flush();
        expect((el.shadowRoot as ShadowRoot).querySelector('[data-id="history-never"]')).not.toBeNull();
        expect(periods(el)).toEqual([]);
    });

    it('shows the refusal of the query', async () => {
        const el = render();
        adapter.emitErrors([{ message: 'No such column Removed_On__c' }]);
        await flush();
        expect((el.shadowRoot as ShadowRoot).querySelector('[data-id="history-error"]')?.textContent).toContain(
            'No such column Removed_On__c'
        );
    });
});
