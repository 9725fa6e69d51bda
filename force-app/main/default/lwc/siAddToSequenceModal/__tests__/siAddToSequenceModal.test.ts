// Polling the DOM until the asynchronous flow settles needs timers inside loops.
/* eslint-disable no-await-in-loop, @lwc/lwc/no-async-operation */
import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiAddToSequenceModal from 'c/siAddToSequenceModal';
import Toast from 'lightning/toast';
import { updateRecord } from 'lightning/uiRecordApi';
import sendToOutreach from '@salesforce/apex/SI_OutreachTransport.send';
import type { OutreachHttpRequest, OutreachPerson } from 'c/siOutreachClient';
import {
    bodyOf,
    CONNECTION_CASES,
    FakeOutreach,
    jsonResponse,
    resourceOf
} from '../../siOutreachClient/__tests__/fakeOutreach';
import error403Permission from '../../siOutreachClient/__tests__/data/error-403-permission.json';
import error422 from '../../siOutreachClient/__tests__/data/error-422-validation.json';
import error429 from '../../siOutreachClient/__tests__/data/error-429.json';
import mailboxes from '../../siOutreachClient/__tests__/data/mailboxes.json';
import sequencesPage1 from '../../siOutreachClient/__tests__/data/sequences-page-1.json';
import sequencesPage2 from '../../siOutreachClient/__tests__/data/sequences-page-2.json';

jest.mock('@salesforce/apex/SI_OutreachTransport.send', () => ({ default: jest.fn() }), { virtual: true });
// Labels with placeholders get their real text so the numbers show; the others resolve to their names.
jest.mock(
    '@salesforce/label/c.SI_Outreach_Summary',
    () => ({ default: '{0} added, {1} already in the sequence, {2} not added.' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.SI_Outreach_Detail_Http', () => ({ default: '{0} (HTTP {1})' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Outreach_Progress_Count', () => ({ default: '{0}: {1} of {2}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.SI_Outreach_Connect_Url',
    () => ({ default: '/lightning/settings/personal/ExternalCredentials/home' }),
    { virtual: true }
);

/** The label each connection state shows (labels resolve to their names in Jest). */
const CONNECTION_TEXT = {
    notConnected: 'c.SI_Outreach_Not_Connected',
    connectionExpired: 'c.SI_Outreach_Connection_Expired',
    connectionRevoked: 'c.SI_Outreach_Connection_Revoked'
} as const;
const NEXT_STEP_TEXT = {
    connectOutreach: 'c.SI_Outreach_Next_Connect',
    reconnectOutreach: 'c.SI_Outreach_Next_Reconnect'
} as const;

const send = sendToOutreach as unknown as jest.Mock<Promise<unknown>, [{ requests: OutreachHttpRequest[] }]>;
const update = updateRecord as unknown as jest.Mock<Promise<unknown>, [unknown]>;

type ModalElement = HTMLElement & { people: OutreachPerson[] };

function person(n: number, overrides: Partial<OutreachPerson> = {}): OutreachPerson {
    return {
        recordId: `00Q${String(n).padStart(15, '0')}`,
        objectApiName: n % 2 === 0 ? 'Contact' : 'Lead',
        name: `Person ${n}`,
        email: `person${n}@northwind.example`,
        optedOut: false,
        ...overrides
    };
}

function withPickerLists(fake: FakeOutreach): FakeOutreach {
    fake.fault({
        match: (q) => resourceOf(q) === 'sequences' && !q.path.includes('page%5Bafter%5D'),
        respond: () => jsonResponse(200, sequencesPage1),
        times: 9
    });
    fake.fault({
        match: (q) => resourceOf(q) === 'sequences' && q.path.includes('page%5Bafter%5D'),
        respond: () => jsonResponse(200, sequencesPage2),
        times: 9
    });
    fake.fault({ match: (q) => resourceOf(q) === 'mailboxes', respond: () => jsonResponse(200, mailboxes), times: 9 });
    return fake;
}

function useFake(fake: FakeOutreach): void {
    send.mockImplementation(({ requests }) => fake.transport(requests));
}

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
}

async function waitFor(element: ModalElement, selector: string): Promise<HTMLElement> {
    for (let i = 0; i < 100; i += 1) {
        const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
        if (found) {
            return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error(`${selector} never rendered`);
}

let onClose: (result: unknown) => void = () => undefined;

function mount(people: OutreachPerson[]): ModalElement {
    const element = createElement('c-si-add-to-sequence-modal', { is: SiAddToSequenceModal }) as ModalElement;
    element.people = people;
    element.addEventListener('close', (event) => onClose((event as CustomEvent).detail));
    document.body.appendChild(element);
    return element;
}

function choose(element: ModalElement, selector: string, value: string): void {
    const combobox = element.shadowRoot?.querySelector(selector) as HTMLElement;
    combobox.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function button(element: ModalElement, selector: string): HTMLElement & { disabled: boolean } {
    return element.shadowRoot?.querySelector(selector) as HTMLElement & { disabled: boolean };
}

async function pickAndConfirm(element: ModalElement): Promise<void> {
    await waitFor(element, 'lightning-combobox.sequence');
    choose(element, 'lightning-combobox.sequence', '310');
    choose(element, 'lightning-combobox.mailbox', '21');
    await flush();
    button(element, 'lightning-button.confirm').click();
    await waitFor(element, 'table.results');
}

describe('c-si-add-to-sequence-modal', () => {
    let toast: jest.SpyInstance;
    // The lightning/modal stand-in dispatches `close` with the result on the host.
    let closed: unknown[];

    beforeEach(() => {
        toast = jest.spyOn(Toast, 'show').mockImplementation(() => undefined);
        closed = [];
        onClose = (result) => closed.push(result);
        update.mockResolvedValue({});
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    describe('loading the pickers', () => {
        it('lists enabled sequences (all pages) and usable mailboxes, and keeps Confirm off until both are picked', async () => {
            useFake(withPickerLists(new FakeOutreach()));
            const element = mount([person(1)]);
            const sequence = (await waitFor(element, 'lightning-combobox.sequence')) as HTMLElement & {
                options: Array<{ value: string }>;
                label: string;
            };
            const mailbox = element.shadowRoot?.querySelector('lightning-combobox.mailbox') as HTMLElement & {
                options: Array<{ value: string }>;
            };
            expect(sequence.options.map((o) => o.value)).toEqual(['310', '311', '402']);
            expect(mailbox.options.map((o) => o.value)).toEqual(['21', '23']);
            expect(sequence.label).toBe('c.SI_Outreach_Sequence_Label');
            expect(send).toHaveBeenCalledTimes(2);
            expect(button(element, 'lightning-button.confirm').disabled).toBe(true);
            choose(element, 'lightning-combobox.sequence', '310');
            await flush();
            expect(button(element, 'lightning-button.confirm').disabled).toBe(true);
            choose(element, 'lightning-combobox.mailbox', '21');
            await flush();
            expect(button(element, 'lightning-button.confirm').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('shows the Apex error with what to do next, and loads again on Try again', async () => {
            send.mockRejectedValueOnce({ body: { message: 'Insufficient privileges: SI_OutreachTransport' } });
            const element = mount([person(1)]);
            const alert = await waitFor(element, '.error');
            expect(alert.getAttribute('role')).toBe('alert');
            expect(element.shadowRoot?.querySelector('.error-text')?.textContent).toContain(
                'Insufficient privileges: SI_OutreachTransport'
            );
            expect(element.shadowRoot?.querySelector('.error-next')?.textContent).toBe(
                'c.SI_Outreach_Next_Retry_Later'
            );
            await expect(element).toBeAccessible();

            useFake(withPickerLists(new FakeOutreach()));
            button(element, 'lightning-button.retry').click();
            await waitFor(element, 'lightning-combobox.sequence');
            expect(element.shadowRoot?.querySelector('.error')).toBeNull();
        });

        it('tells the rep to connect Outreach when the token is missing (401)', async () => {
            const fake = new FakeOutreach();
            fake.fault({
                match: () => true,
                respond: () => jsonResponse(401, { errors: [{ id: 'unauthorized', detail: 'Token expired' }] }),
                times: 9
            });
            useFake(fake);
            const element = mount([person(1)]);
            await waitFor(element, '.error');
            expect(element.shadowRoot?.querySelector('.error-text')?.textContent).toBe('Token expired (HTTP 401)');
            expect(element.shadowRoot?.querySelector('.error-next')?.textContent).toBe('c.SI_Outreach_Next_Connect');
        });
    });

    describe("the rep's Outreach connection", () => {
        function expectConnectLink(scope: ParentNode | null | undefined): void {
            const link = scope?.querySelector('a.connect-link') as HTMLAnchorElement | null;
            expect(link).not.toBeNull();
            expect(link?.getAttribute('href')).toBe('/lightning/settings/personal/ExternalCredentials/home');
            expect(link?.getAttribute('target')).toBe('_blank');
            expect(link?.textContent).toBe('c.SI_Outreach_Connect_Link');
        }

        it.each(CONNECTION_CASES)(
            '$state: says so, what to do, links to the External Credentials page, and loads after Try again',
            async (c) => {
                const fake = withPickerLists(new FakeOutreach());
                fake.connection = c.failure;
                useFake(fake);
                const element = mount([person(1)]);
                const alert = await waitFor(element, '.error');
                expect(alert.getAttribute('role')).toBe('alert');
                expect(element.shadowRoot?.querySelector('.error-text')?.textContent).toBe(CONNECTION_TEXT[c.reason]);
                expect(element.shadowRoot?.querySelector('.error-next')?.textContent).toBe(
                    NEXT_STEP_TEXT[c.nextStep as keyof typeof NEXT_STEP_TEXT]
                );
                expect(element.shadowRoot?.querySelector('.error-next')?.textContent).not.toBe(
                    'c.SI_Outreach_Next_Retry_Later'
                );
                expectConnectLink(alert);
                // One Apex call: the transport sent one request and reported the other as not sent.
                expect(send).toHaveBeenCalledTimes(1);
                await expect(element).toBeAccessible();

                // The rep connects in the other tab, then tries again here.
                fake.connection = null;
                button(element, 'lightning-button.retry').click();
                await waitFor(element, 'lightning-combobox.sequence');
                expect(element.shadowRoot?.querySelector('.error')).toBeNull();
                expect(element.shadowRoot?.querySelector('a.connect-link')).toBeNull();
            }
        );

        it.each(CONNECTION_CASES)(
            '$state after the pickers loaded: each person not added says so, with the link',
            async (c) => {
                const fake = withPickerLists(new FakeOutreach());
                useFake(fake);
                const people = [person(1), person(2, { email: null })];
                const element = mount(people);
                await waitFor(element, 'lightning-combobox.sequence');
                fake.connection = c.failure;
                await pickAndConfirm(element);
                const rows = Array.from(element.shadowRoot?.querySelectorAll('tbody tr') ?? []) as HTMLElement[];
                expect(rows.map((row) => row.dataset.outcome)).toEqual(['failed', 'missingEmail']);
                const failed = rows[0] as HTMLElement;
                expect(failed.querySelector('.detail')?.textContent?.trim()).toBe(CONNECTION_TEXT[c.reason]);
                expect(failed.querySelector('.next-step')?.textContent).toContain(
                    NEXT_STEP_TEXT[c.nextStep as keyof typeof NEXT_STEP_TEXT]
                );
                expectConnectLink(failed);
                expect(rows[1]?.querySelector('a.connect-link')).toBeNull();
                expect(element.shadowRoot?.querySelector('.summary-text')?.textContent).toBe(
                    '0 added, 0 already in the sequence, 2 not added.'
                );
                await expect(element).toBeAccessible();
            }
        );
    });

    describe('adding people', () => {
        function mixedBatch(): { fake: FakeOutreach; people: OutreachPerson[]; ids: Record<string, number> } {
            const fake = withPickerLists(new FakeOutreach());
            const already = fake.addProspect(['already@northwind.example']);
            fake.addState(already.id, 310);
            const denied = fake.addProspect(['denied@northwind.example']);
            const limited = fake.addProspect(['limited@northwind.example']);
            const invalid = fake.addProspect(['invalid@northwind.example']);
            const forProspect = (id: number) => (q: OutreachHttpRequest) =>
                q.method === 'POST' &&
                resourceOf(q) === 'sequenceStates' &&
                bodyOf(q).data.relationships?.prospect?.data.id === id;
            fake.fault({ match: forProspect(denied.id), respond: () => jsonResponse(403, error403Permission) });
            fake.fault({
                match: forProspect(limited.id),
                respond: () => jsonResponse(429, error429, { 'Retry-After': '3600' })
            });
            fake.fault({ match: forProspect(invalid.id), respond: () => jsonResponse(422, error422) });
            const people = [
                person(1, { name: 'Grace Hopper', email: 'grace@northwind.example' }),
                person(2, { email: 'already@northwind.example', outreachProspectId: String(already.id) }),
                person(3, { email: null }),
                person(4, { optedOut: true }),
                person(5, { email: 'denied@northwind.example' }),
                person(6, { email: 'limited@northwind.example' }),
                person(7, { email: 'invalid@northwind.example' })
            ];
            return {
                fake,
                people,
                ids: { already: already.id, denied: denied.id, limited: limited.id, invalid: invalid.id }
            };
        }

        it('renders one row per person with each outcome, its details and the next step', async () => {
            const { fake, people } = mixedBatch();
            useFake(fake);
            const element = mount(people);
            await pickAndConfirm(element);

            const rows = Array.from(element.shadowRoot?.querySelectorAll('tbody tr') ?? []) as HTMLElement[];
            expect(rows.map((row) => [row.dataset.recordId, row.dataset.outcome])).toEqual([
                [people[0]?.recordId, 'added'],
                [people[1]?.recordId, 'alreadyInSequence'],
                [people[2]?.recordId, 'missingEmail'],
                [people[3]?.recordId, 'optedOut'],
                [people[4]?.recordId, 'notPermitted'],
                [people[5]?.recordId, 'rateLimited'],
                [people[6]?.recordId, 'failed']
            ]);
            const text = (row: HTMLElement, selector: string) => row.querySelector(selector)?.textContent?.trim();
            expect(rows[0]?.querySelector('th')?.textContent).toBe('Grace Hopper');
            expect(text(rows[0] as HTMLElement, 'td span')).toBe('c.SI_Outreach_Outcome_Added');
            expect(text(rows[2] as HTMLElement, '.next-step')).toBe('c.SI_Outreach_Next_Add_Email');
            expect(text(rows[3] as HTMLElement, '.detail')).toBe('c.SI_Outreach_Detail_Opt_Out_Salesforce');
            expect(text(rows[4] as HTMLElement, '.detail')).toBe(
                'You are not authorized to perform that request. (HTTP 403)'
            );
            expect(text(rows[4] as HTMLElement, '.next-step')).toBe('c.SI_Outreach_Next_Ask_Outreach_Admin');
            expect(text(rows[5] as HTMLElement, '.next-step')).toBe('c.SI_Outreach_Next_Retry_At');
            expect(text(rows[6] as HTMLElement, '.detail')).toBe(
                "Mailbox can't be used to send: sending is disabled. (HTTP 422)"
            );
            expect(element.shadowRoot?.querySelector('.summary-text')?.textContent).toBe(
                '1 added, 1 already in the sequence, 5 not added.'
            );
            expect(element.shadowRoot?.querySelector('.status')?.getAttribute('aria-live')).toBe('polite');
            await expect(element).toBeAccessible();
        });

        it('writes new prospect ids back to the contact or lead, and only new ones', async () => {
            const { fake, people, ids } = mixedBatch();
            useFake(fake);
            const element = mount(people);
            await pickAndConfirm(element);
            const grace = fake.prospects.find((p) => p.emails.includes('grace@northwind.example'));
            const written = update.mock.calls.map(([input]) => (input as { fields: Record<string, unknown> }).fields);
            expect(written).toEqual([
                { Id: people[0]?.recordId, SI_Outreach_Prospect_Id__c: String(grace?.id) },
                { Id: people[4]?.recordId, SI_Outreach_Prospect_Id__c: String(ids.denied) },
                { Id: people[5]?.recordId, SI_Outreach_Prospect_Id__c: String(ids.limited) },
                { Id: people[6]?.recordId, SI_Outreach_Prospect_Id__c: String(ids.invalid) }
            ]);
        });

        it('reports a failed write-back on that person, without hiding the outcome', async () => {
            useFake(withPickerLists(new FakeOutreach()));
            update.mockRejectedValueOnce({ body: { message: 'Field is read-only' } });
            const element = mount([person(1)]);
            await pickAndConfirm(element);
            const row = element.shadowRoot?.querySelector('tbody tr') as HTMLElement;
            expect(row.dataset.outcome).toBe('added');
            expect(row.querySelector('.writeback-error')?.textContent).toBe('c.SI_Outreach_Writeback_Failed');
        });

        it('shows a summary toast', async () => {
            const { fake, people } = mixedBatch();
            useFake(fake);
            const element = mount(people);
            await pickAndConfirm(element);
            expect(toast).toHaveBeenCalledTimes(1);
            expect(toast.mock.calls[0]?.[0]).toMatchObject({
                label: 'c.SI_Outreach_Toast_Title',
                message: '1 added, 1 already in the sequence, 5 not added.',
                variant: 'warning'
            });
        });

        it('shows a success toast when everyone is added, and closes with the results on Done', async () => {
            useFake(withPickerLists(new FakeOutreach()));
            const element = mount([person(1), person(2)]);
            await pickAndConfirm(element);
            expect(toast.mock.calls[0]?.[0]).toMatchObject({
                variant: 'success',
                message: '2 added, 0 already in the sequence, 0 not added.'
            });
            button(element, 'lightning-button.done').click();
            expect(closed).toHaveLength(1);
            const result = closed[0] as { counts: Record<string, number>; results: unknown[] };
            expect(result.counts.added).toBe(2);
            expect(result.results).toHaveLength(2);
        });

        it('shows progress in a live region while the add runs, with Cancel disabled', async () => {
            const fake = withPickerLists(new FakeOutreach());
            let release: () => void = () => undefined;
            const gate = new Promise<void>((resolve) => {
                release = resolve;
            });
            send.mockImplementation(async ({ requests }) => {
                if (requests.some((q) => resourceOf(q) === 'prospects')) {
                    await gate;
                }
                return fake.transport(requests);
            });
            const element = mount([person(1)]);
            await waitFor(element, 'lightning-combobox.sequence');
            choose(element, 'lightning-combobox.sequence', '310');
            choose(element, 'lightning-combobox.mailbox', '21');
            await flush();
            button(element, 'lightning-button.confirm').click();
            const progress = await waitFor(element, '.progress-text');
            expect(progress.closest('[aria-live="polite"]')).not.toBeNull();
            expect(progress.textContent).toBe('c.SI_Outreach_Progress_Find: 0 of 1');
            expect(button(element, 'lightning-button.cancel').disabled).toBe(true);
            release();
            await waitFor(element, 'table.results');
        });

        it('cancels with null', async () => {
            useFake(withPickerLists(new FakeOutreach()));
            const element = mount([person(1)]);
            await waitFor(element, 'lightning-combobox.sequence');
            button(element, 'lightning-button.cancel').click();
            expect(closed).toEqual([null]);
        });

        it('does not allow confirming with nobody selected', async () => {
            useFake(withPickerLists(new FakeOutreach()));
            const element = mount([]);
            await waitFor(element, 'lightning-combobox.sequence');
            choose(element, 'lightning-combobox.sequence', '310');
            choose(element, 'lightning-combobox.mailbox', '21');
            await flush();
            expect(button(element, 'lightning-button.confirm').disabled).toBe(true);
            expect(element.shadowRoot?.querySelector('.no-people')?.textContent).toBe('c.SI_Outreach_No_People');
        });
    });
});
