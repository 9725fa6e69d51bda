import SiAddToSequenceModal from 'c/siAddToSequenceModal';
import { classifyResponse, nextStepForError, type OutreachPersonResult } from 'c/siOutreachClient';
import { CONNECTION_CASES, type ConnectionCase } from '../../siOutreachClient/__tests__/fakeOutreach';
import fullResponse from './data/accountInsight.json';
import {
    fakeToday,
    flushPromises,
    graphqlAdapter,
    openPersonas,
    q,
    renderWithData,
    resetDom,
    shadow
} from './testUtils';

// The permission granted. (The LWC Jest transform reads a custom permission once, when the component
// module loads, so "not granted" is in siAccountInsightPanel.test.ts, which mocks it as undefined.)
jest.mock('@salesforce/customPermission/SI_Add_To_Sequence', () => ({ __esModule: true, default: true }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/SI_ConfigurationController.getConfiguration',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/label/c.SI_Add_To_Outreach_Open_Failed', () => ({ default: '{0} Nothing was sent.' }), {
    virtual: true
});
// Not `virtual`: the modal is a real module. Jest keys a virtual mock by the bare name but the panel's own import by the
// resolved path, and the resolver that caches those keys is shared by the test files of a worker: after a file that
// loads the panel without this mock (siAccountInsightPanelAccess, ...NoPermission), the panel would get the real modal.
jest.mock('c/siAddToSequenceModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
jest.mock('@salesforce/label/c.SI_Outreach_Kept_Selected', () => ({ default: '{0} stay selected.' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.SI_Outreach_Connect_Url',
    () => ({ default: '/lightning/settings/personal/ExternalCredentials/home' }),
    {
        virtual: true
    }
);

/** What the modal resolves with when the rep's Outreach connection stops the run: the client's own result. */
function blockedResult(c: ConnectionCase, recordId: string, name: string): OutreachPersonResult {
    const classified = classifyResponse(c.failure.failed, new Date());
    if (classified.ok) throw new Error('expected an error');
    return {
        recordId,
        objectApiName: 'Contact',
        name,
        email: null,
        outcome: 'failed',
        optOutSource: null,
        prospectId: null,
        prospectIdIsNew: false,
        sequenceStateId: null,
        sequenceStateStatus: null,
        retryAt: null,
        nextStep: nextStepForError(classified.error),
        round: 'find',
        error: classified.error
    };
}

const CONNECTION_TEXT = {
    notConnected: 'c.SI_Outreach_Not_Connected',
    connectionExpired: 'c.SI_Outreach_Connection_Expired',
    connectionRevoked: 'c.SI_Outreach_Connection_Revoked'
} as const;

const open = (SiAddToSequenceModal as unknown as { open: jest.Mock }).open;

/** The panel with its data and every persona of the persona map open (people are selected from an open persona). */
async function renderWithPeople(data: unknown): ReturnType<typeof renderWithData> {
    const rendered = await renderWithData(data);
    await openPersonas(rendered.element);
    return rendered;
}

function checkbox(element: HTMLElement, child: string, id: string): HTMLInputElement {
    const host = q(element, child) as HTMLElement;
    return shadow(host).querySelector(`input[data-id="${id}"]`) as HTMLInputElement;
}

describe('c-si-account-insight-panel Add to Outreach', () => {
    beforeEach(() => fakeToday());
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    describe('with the SI_Add_To_Sequence permission', () => {
        it('shows the button, disabled until somebody is selected', async () => {
            const { element } = await renderWithData(fullResponse);
            const button = q(element, 'lightning-button.si-add-to-outreach') as HTMLElement & {
                disabled: boolean;
                label: string;
            };
            expect(button.label).toBe('c.SI_Add_To_Outreach');
            expect(button.disabled).toBe(true);
            expect(q(element, '.si-selection')?.textContent).toBe('c.SI_Select_People_Hint');
            await expect(element).toBeAccessible();
        });

        it('selects people in the persona map and contacts to reach, opens the modal with them, then refreshes', async () => {
            open.mockResolvedValue([{ recordId: '003000000000ACME02', outcome: 'added' }]);
            const { element, refresh } = await renderWithPeople(fullResponse);

            checkbox(element, 'c-si-persona-map', '003000000000ACME02').click(); // Tom Tech, has a prospect id
            checkbox(element, 'c-si-persona-map', '00Q000000000ACME01').click(); // Lara Lead
            checkbox(element, 'c-si-contacts-to-reach', '003000000000ACME04').click(); // Ian, no readable email
            await flushPromises();
            // The same person is checked in both lists.
            expect(checkbox(element, 'c-si-persona-map', '003000000000ACME04').checked).toBe(true);
            checkbox(element, 'c-si-persona-map', '00Q000000000ACME01').click(); // unselect Lara
            await flushPromises();

            const button = q(element, 'lightning-button.si-add-to-outreach') as HTMLElement & { disabled: boolean };
            expect(button.disabled).toBe(false);
            expect(q(element, '.si-selection')?.textContent).toBe('c.SI_Selected_Count');

            button.click();
            await flushPromises();
            expect(open).toHaveBeenCalledTimes(1);
            expect(open).toHaveBeenCalledWith({
                size: 'medium',
                label: 'c.SI_Add_To_Outreach_Title',
                people: [
                    {
                        recordId: '003000000000ACME02',
                        objectApiName: 'Contact',
                        name: 'Tom Tech',
                        email: 'tom@acme.com',
                        optedOut: false,
                        outreachProspectId: '7741'
                    },
                    {
                        recordId: '003000000000ACME04',
                        objectApiName: 'Contact',
                        name: 'Ian Manager',
                        email: null,
                        optedOut: false
                    }
                ]
            });
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(checkbox(element, 'c-si-persona-map', '003000000000ACME02').checked).toBe(false);
            expect(button.disabled).toBe(true);
        });

        it('says so in a sticky error toast when the dialog cannot open, and keeps the selection', async () => {
            open.mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
            const { element, refresh } = await renderWithPeople(fullResponse);
            const toasts: Array<{ title: string; message: string; variant: string; mode: string }> = [];
            element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail));
            checkbox(element, 'c-si-persona-map', '003000000000ACME02').click();
            await flushPromises();
            const button = q(element, 'lightning-button.si-add-to-outreach') as HTMLElement & { disabled: boolean };
            button.click();
            await flushPromises();
            expect(toasts).toEqual([
                {
                    title: 'c.SI_Add_To_Outreach_Open_Failed_Title',
                    message: 'Failed to fetch dynamically imported module Nothing was sent.',
                    variant: 'error',
                    mode: 'sticky'
                }
            ]);
            expect(refresh).not.toHaveBeenCalled();
            expect(checkbox(element, 'c-si-persona-map', '003000000000ACME02').checked).toBe(true);
            expect(button.disabled).toBe(false);
        });

        it('passes a lead and an opted-out contact as they are: the modal reports their outcome', async () => {
            open.mockResolvedValue([]);
            const { element } = await renderWithPeople(fullResponse);
            checkbox(element, 'c-si-persona-map', '003000000000ACME03').click(); // Eve, opted out
            checkbox(element, 'c-si-persona-map', '00Q000000000ACME01').click(); // Lara, a lead
            await flushPromises();
            (q(element, 'lightning-button.si-add-to-outreach') as HTMLElement).click();
            await flushPromises();
            const people = (open.mock.calls[0]?.[0] as { people: Array<Record<string, unknown>> }).people;
            expect(people).toEqual([
                {
                    recordId: '003000000000ACME03',
                    objectApiName: 'Contact',
                    name: 'Eve Engineer',
                    email: 'eve@acme.com',
                    optedOut: true
                },
                {
                    recordId: '00Q000000000ACME01',
                    objectApiName: 'Lead',
                    name: 'Lara Lead',
                    email: 'lara@acme.com',
                    optedOut: false
                }
            ]);
        });

        it('keeps a selection across a refresh only for people still on the account', async () => {
            const { element } = await renderWithPeople(fullResponse);
            checkbox(element, 'c-si-persona-map', '003000000000ACME01').click();
            await flushPromises();
            const reduced = JSON.parse(JSON.stringify(fullResponse));
            reduced.uiapi.query.Contacts.edges = reduced.uiapi.query.Contacts.edges.filter(
                (e: { node: { Id: string } }) => e.node.Id !== '003000000000ACME01'
            );
            graphqlAdapter.emit(reduced);
            await flushPromises();
            expect(
                (q(element, 'lightning-button.si-add-to-outreach') as HTMLElement & { disabled: boolean }).disabled
            ).toBe(true);
        });

        it.each(CONNECTION_CASES)(
            '$state: keeps whom the Outreach connection kept out selected, says so and links to connect',
            async (c) => {
                const { element, refresh } = await renderWithPeople(fullResponse);
                checkbox(element, 'c-si-persona-map', '003000000000ACME02').click();
                checkbox(element, 'c-si-persona-map', '003000000000ACME03').click();
                await flushPromises();
                open.mockResolvedValue({
                    results: [
                        {
                            ...blockedResult(c, '003000000000ACME02', 'Tom Tech'),
                            outcome: 'added',
                            nextStep: 'none',
                            error: null
                        },
                        blockedResult(c, '003000000000ACME03', 'Eve Engineer')
                    ],
                    counts: {
                        added: 1,
                        alreadyInSequence: 0,
                        missingEmail: 0,
                        optedOut: 0,
                        notPermitted: 0,
                        rateLimited: 0,
                        failed: 1
                    },
                    requestsSent: 2,
                    transportCalls: 1
                });
                const button = q(element, 'lightning-button.si-add-to-outreach') as HTMLElement & { disabled: boolean };
                button.click();
                await flushPromises();
                expect(refresh).toHaveBeenCalledTimes(1);
                // Eve was not added: still selected, so Add to Outreach sends just her once the rep has connected.
                expect(checkbox(element, 'c-si-persona-map', '003000000000ACME03').checked).toBe(true);
                expect(checkbox(element, 'c-si-persona-map', '003000000000ACME02').checked).toBe(false);
                expect(button.disabled).toBe(false);
                const notice = q(element, '.si-outreach-connection') as HTMLElement;
                expect(notice.getAttribute('role')).toBe('status');
                expect(q(element, '.si-outreach-connection-text')?.textContent).toBe(
                    `${CONNECTION_TEXT[c.reason]} 1 stay selected.`
                );
                const link = q(element, 'a.si-outreach-connect') as HTMLAnchorElement;
                expect(link.getAttribute('href')).toBe('/lightning/settings/personal/ExternalCredentials/home');
                expect(link.getAttribute('target')).toBe('_blank');
                expect(link.textContent).toBe('c.SI_Outreach_Connect_Link');
                await expect(element).toBeAccessible();

                // The next run clears the notice; a run the connection did not stop clears the selection.
                open.mockResolvedValue({
                    results: [
                        {
                            ...blockedResult(c, '003000000000ACME03', 'Eve Engineer'),
                            outcome: 'added',
                            nextStep: 'none',
                            error: null
                        }
                    ]
                });
                button.click();
                await flushPromises();
                expect(q(element, '.si-outreach-connection')).toBeNull();
                expect(checkbox(element, 'c-si-persona-map', '003000000000ACME03').checked).toBe(false);
            }
        );

        it('shows no connection notice when the rep cancels or the run fails for another reason', async () => {
            const { element } = await renderWithPeople(fullResponse);
            checkbox(element, 'c-si-persona-map', '003000000000ACME02').click();
            await flushPromises();
            open.mockResolvedValue(null);
            (q(element, 'lightning-button.si-add-to-outreach') as HTMLElement).click();
            await flushPromises();
            expect(q(element, '.si-outreach-connection')).toBeNull();
            checkbox(element, 'c-si-persona-map', '003000000000ACME02').click();
            await flushPromises();
            open.mockResolvedValue({
                results: [
                    {
                        recordId: '003000000000ACME02',
                        outcome: 'failed',
                        nextStep: 'retryLater',
                        error: {
                            reason: 'timeout',
                            status: 0,
                            code: null,
                            title: null,
                            detail: 'Read timed out',
                            pointer: null,
                            retryAt: null,
                            transient: true
                        }
                    }
                ]
            });
            (q(element, 'lightning-button.si-add-to-outreach') as HTMLElement).click();
            await flushPromises();
            expect(q(element, '.si-outreach-connection')).toBeNull();
            expect(checkbox(element, 'c-si-persona-map', '003000000000ACME02').checked).toBe(false);
        });
    });
});
