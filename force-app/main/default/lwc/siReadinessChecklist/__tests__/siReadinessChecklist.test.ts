// The readiness checklist: readiness items from Apex (emitted), the account from getRecord (emitted), the
// engine's result on the page; states loading, error, empty, ready; hidden fields reported; the Edit button
// opens the record's edit page. Each state is also checked with the sa11y matcher.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import getReadinessItems from '@salesforce/apex/SI_ReadinessController.getReadinessItems';
import { computeReadiness, readinessItemsFromMetadata, type SI_Readiness_Item__mdt } from 'c/siEngine';
import SiReadinessChecklist from 'c/siReadinessChecklist';
import itemRecords from './data/readinessItems.json';
import partialRecord from './data/accountPartial.json';
import completeRecord from './data/accountComplete.json';
import hiddenRecord from './data/accountHidden.json';

interface TestWireAdapter {
    emit(value: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown> | undefined;
}

jest.mock(
    '@salesforce/apex/SI_ReadinessController.getReadinessItems',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.SI_Readiness_Score', () => ({ default: 'Readiness {0} of 100' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Readiness_Not_Ready', () => ({ default: 'Not ready: {0} required missing' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Readiness_Edit_Item', () => ({ default: 'Fill in {0}' }), { virtual: true });

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown): void {
                mockNavigate(pageReference);
            }
            [GenerateUrl](): Promise<string> {
                return Promise.resolve('/edit');
            }
        };
    return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

const itemsAdapter = getReadinessItems as unknown as TestWireAdapter;
const recordAdapter = getRecord as unknown as TestWireAdapter;
const ITEMS = itemRecords as SI_Readiness_Item__mdt[];
const ACCOUNT_ID = partialRecord.id;

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

function create(): HTMLElement {
    const element = createElement('c-si-readiness-checklist', { is: SiReadinessChecklist }) as unknown as HTMLElement &
        Record<string, unknown>;
    element.recordId = ACCOUNT_ID;
    element.objectApiName = 'Account';
    document.body.appendChild(element);
    return element;
}

function q(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot?.querySelector(selector) ?? null;
}

function all(element: HTMLElement, selector: string): HTMLElement[] {
    return Array.from(element.shadowRoot?.querySelectorAll(selector) ?? []);
}

function fields(element: HTMLElement, list: string): string[] {
    return all(element, `ul.${list} li`).map((li) => li.dataset.field ?? '');
}

async function render(record: unknown, items: SI_Readiness_Item__mdt[] = ITEMS): Promise<HTMLElement> {
    const element = create();
    itemsAdapter.emit(items);
    await flush();
    recordAdapter.emit(record);
    await flush();
    return element;
}

/** The engine's result for a getRecord fixture whose every field is present. */
function engineOf(record: { id: string; fields: Record<string, { value: unknown }> }) {
    const account: Record<string, unknown> = { Id: record.id };
    for (const [k, v] of Object.entries(record.fields)) account[k] = v.value;
    return computeReadiness(account, readinessItemsFromMetadata(ITEMS));
}

describe('c-si-readiness-checklist', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('shows a labelled spinner until the items and the record arrive, and asks getRecord only for the configured fields', async () => {
            const element = create();
            await flush();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            itemsAdapter.emit(ITEMS);
            await flush();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            const config = recordAdapter.getLastConfig();
            expect(config?.recordId).toBe(ACCOUNT_ID);
            expect(config?.optionalFields).toEqual(ITEMS.map((r) => `Account.${r.Field__c}`));
            expect(config?.fields).toBeUndefined();
        });

        it('is accessible while loading', async () => {
            const element = create();
            await flush();
            await expect(element).toBeAccessible();
        });
    });

    describe('@wire data', () => {
        it('shows the engine score, missing items required first with help text, and done items', async () => {
            const element = await render(partialRecord);
            const expected = engineOf(partialRecord);
            expect(expected.score).toBe(60);
            expect(q(element, '.si-readiness__score')?.textContent).toBe('Readiness 60 of 100');
            expect(q(element, '[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('60');
            expect(q(element, '.si-readiness__status')?.textContent).toBe('Not ready: 2 required missing');
            // Required first (GTM strategy, SDR), then recommended (Technology: blank text, Parent hierarchy).
            expect(fields(element, 'si-readiness__missing')).toEqual([
                'SI_GTM_Strategy__c',
                'SI_SDR__c',
                'SI_Technologies__c',
                'ParentId'
            ]);
            expect(all(element, 'ul.si-readiness__missing li').map((li) => li.dataset.required)).toEqual([
                'true',
                'true',
                'false',
                'false'
            ]);
            expect(fields(element, 'si-readiness__done')).toEqual(expected.done.map((d) => d.field));
            const sdr = q(element, 'li[data-field="SI_SDR__c"]');
            expect(sdr?.querySelector('.si-readiness__help')?.textContent).toBe(
                ITEMS.find((r) => r.Field__c === 'SI_SDR__c')?.Help_Text__c
            );
            expect(q(element, 'ul.si-readiness__hidden')).toBeNull();
        });

        it('opens the record edit page from a missing item, with an accessible name naming the item', async () => {
            const element = await render(partialRecord);
            const button = q(element, 'button.si-readiness__edit[data-field="SI_SDR__c"]') as HTMLButtonElement;
            expect(button.getAttribute('aria-label')).toBe('Fill in SDR');
            button.click();
            expect(mockNavigate).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: ACCOUNT_ID, objectApiName: 'Account', actionName: 'edit' }
            });
        });

        it('says ready and that everything is filled in for a complete account', async () => {
            const element = await render(completeRecord);
            expect(q(element, '.si-readiness__score')?.textContent).toBe('Readiness 100 of 100');
            expect(q(element, '.si-readiness__status')?.textContent).toBe('c.SI_Readiness_Ready');
            expect(q(element, 'ul.si-readiness__missing')).toBeNull();
            expect(q(element, '.si-readiness__all-done')).not.toBeNull();
            expect(fields(element, 'si-readiness__done')).toHaveLength(ITEMS.length);
        });

        it('reports the fields the user cannot see instead of failing, and counts them missing as the engine does', async () => {
            const element = await render(hiddenRecord);
            expect(fields(element, 'si-readiness__hidden')).toEqual(['SI_GTM_Strategy__c', 'SI_SDR__c']);
            expect(fields(element, 'si-readiness__missing')).toEqual([
                'SI_ABM_Tier__c',
                'SI_Technologies__c',
                'ParentId'
            ]);
            // Country, Industry, Website, Owner: 55 of 100.
            expect(q(element, '.si-readiness__score')?.textContent).toBe('Readiness 55 of 100');
            expect(q(element, '[role="alert"]')).toBeNull();
        });

        it('leaves inactive items out', async () => {
            const items = ITEMS.map((r) => (r.Field__c === 'SI_SDR__c' ? { ...r, Active__c: false } : r));
            const element = await render(partialRecord, items);
            expect(fields(element, 'si-readiness__missing')).not.toContain('SI_SDR__c');
            expect(recordAdapter.getLastConfig()?.optionalFields).not.toContain('Account.SI_SDR__c');
        });

        it('is accessible with missing, hidden and done items', async () => {
            const element = await render(hiddenRecord);
            await expect(element).toBeAccessible();
        });
    });

    describe('empty', () => {
        it('says no items are configured when none is active', async () => {
            const element = await render(partialRecord, [{ ...ITEMS[0], Active__c: false }]);
            expect(q(element, '.si-readiness__empty')?.textContent).toBe('c.SI_Readiness_Empty');
            expect(q(element, 'lightning-spinner')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('@wire error', () => {
        it('shows the Apex error text', async () => {
            const element = create();
            itemsAdapter.error({ message: 'You need the View Insights permission (SI_View_Insights)' });
            await flush();
            const alert = q(element, '[role="alert"]');
            expect(alert?.textContent).toContain('SI_View_Insights');
            expect(q(element, 'lightning-spinner')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('names the bad record and field of an invalid configuration', async () => {
            const element = create();
            itemsAdapter.emit(ITEMS.map((r) => (r.DeveloperName === 'SDR' ? { ...r, Weight__c: -5 } : r)));
            await flush();
            expect(q(element, '[role="alert"]')?.textContent).toContain(
                'SI_Readiness_Item__mdt SDR: Weight__c must not be negative, got -5'
            );
        });

        it('shows the getRecord error text', async () => {
            const element = create();
            itemsAdapter.emit(ITEMS);
            await flush();
            recordAdapter.error({ message: 'The requested resource does not exist' }, 404, 'Not Found');
            await flush();
            expect(q(element, '[role="alert"]')?.textContent).toContain('The requested resource does not exist');
        });
    });
});
