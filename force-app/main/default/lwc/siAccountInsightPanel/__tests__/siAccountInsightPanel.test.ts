import { gql } from 'lightning/graphql';
import { DEFAULT_CONFIG, configToMetadata, readWindows } from 'c/siEngine';
import fullResponse from './data/accountInsight.json';
import emptyResponse from './data/accountEmpty.json';
import noAccessResponse from './data/accountNoAccess.json';
import truncatedResponse from './data/accountTruncated.json';
import { largeAccount, toGraphqlData } from '../../siAccountData/__tests__/helpers/graphqlFixture';
import { windowVariables } from 'c/siAccountData';
import {
    ACCOUNT_ID,
    ACCOUNT_RECORD,
    configAdapter,
    createPanel,
    emitAccountAndConfig,
    fakeToday,
    flushPromises,
    getRecordAdapter,
    graphqlAdapter,
    openPersonas,
    q,
    renderWithData,
    resetDom,
    shadow,
    withAccountId
} from './testUtils';

/** The shipped configuration plus a criterion on `Rating`, an Account field the base query does not ask for. */
function configNamingRating(): ReturnType<typeof configToMetadata> {
    const config = configToMetadata(DEFAULT_CONFIG);
    config.criteria.push({
        DeveloperName: 'Rated',
        MasterLabel: 'Rated',
        Field__c: 'Rating',
        Operator__c: 'In',
        Values__c: 'Hot',
        Points__c: 0,
        Active__c: true
    });
    return config;
}

/** The Account of the generated large fixture (graphqlFixture's largeAccount). */
const LARGE_ID = '001LARGE0000000001';

// `gql` of the stub returns undefined; here each call returns its own document object (with its text), so
// the tests can tell one query from another, as the wire service does.
jest.mock('lightning/graphql', () => {
    const actual = jest.requireActual('lightning/graphql');
    return {
        ...actual,
        gql: jest.fn((strings: TemplateStringsArray, ...values: unknown[]) => ({
            kind: 'Document',
            text: String.raw(strings, ...values)
        }))
    };
});

jest.mock(
    '@salesforce/apex/SI_ConfigurationController.getConfiguration',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
// Not granted: on the platform the import is undefined without the permission. (Granted: siAccountInsightPanelOutreach.test.ts.)
jest.mock('@salesforce/customPermission/SI_Add_To_Sequence', () => ({ __esModule: true, default: undefined }), {
    virtual: true
});
// Not `virtual` (a real module): see siAccountInsightPanelOutreach.test.ts.
jest.mock('c/siAddToSequenceModal', () => ({ __esModule: true, default: { open: jest.fn() } }));
// Labels with placeholders, so the notices' filled-in text can be asserted.
jest.mock('@salesforce/label/c.SI_Truncated', () => ({ default: 'More records than one view loads ({0}).' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Data_Quality', () => ({ default: '{0} notes' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Truncated_Item', () => ({ default: '{0}: {1} of {2}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Truncated_Stored', () => ({ default: 'More records ({0}); stored on {1}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Truncated_Item_Unknown', () => ({ default: '{0}: first {1}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Qualified_Since', () => ({ default: 'Since {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Freshness', () => ({ default: 'Newest activity {0} ({1} days ago), scored {2}' }), {
    virtual: true
});

describe('c-si-account-insight-panel', () => {
    beforeEach(() => fakeToday());
    afterEach(() => {
        resetDom();
        jest.useRealTimers();
    });

    describe('loading', () => {
        it('shows a labelled spinner until the data arrives', async () => {
            const element = createPanel();
            await flushPromises();
            const spinner = q(element, 'lightning-spinner') as HTMLElement & { alternativeText?: string };
            expect(spinner).not.toBeNull();
            expect(spinner.alternativeText).toBe('c.SI_Loading');
            expect(q(element, 'c-si-score-summary')).toBeNull();
        });

        it('asks GraphQL as soon as the account is known, without waiting for the configuration', async () => {
            createPanel();
            await flushPromises();
            expect(graphqlAdapter.getLastConfig()?.variables).toBeUndefined();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            // The windows of the shipped settings until the configuration says otherwise.
            expect(graphqlAdapter.getLastConfig()?.variables).toEqual({
                ...windowVariables('2025-11-25', readWindows(DEFAULT_CONFIG.settings)),
                recordId: ACCOUNT_ID,
                leadEmailPattern: '%acme.com',
                leadWebsitePattern: '%acme.com%',
                leadCompanyPattern: 'acme%',
                leadCompanyArticlePattern: 'the acme%'
            });
            expect(graphqlAdapter.getLastConfig()?.query).toBeDefined();
            expect(graphqlAdapter.getLastConfig()?.operationName).toBe('siAccountInsight');
        });

        it('does not ask again when the configuration arrives with the shipped windows', async () => {
            createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const before = graphqlAdapter.getLastConfig()?.variables;
            expect(before).toBeDefined();
            configAdapter.emit(configToMetadata(DEFAULT_CONFIG));
            await flushPromises();
            // The same variables object: LWC does not reconfigure the wire, the platform asks nothing.
            expect(graphqlAdapter.getLastConfig()?.variables).toBe(before);
        });

        it("asks again with the configuration's windows when they are not the shipped ones, and scores only that answer", async () => {
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const first = graphqlAdapter.getLastConfig()?.variables as { reachFrom: string };
            expect(first.reachFrom).toBe('2025-08-28');
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            const settings = { ...DEFAULT_CONFIG.settings, Reach_Window_Days: 30 };
            configAdapter.emit(configToMetadata({ ...DEFAULT_CONFIG, settings }));
            await flushPromises();
            const second = graphqlAdapter.getLastConfig()?.variables as { reachFrom: string };
            expect(second.reachFrom).toBe('2025-10-27');
            // The answer for 90 days is dropped, not scored with a 30-day configuration ...
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            // ... the answer for the configuration's windows is scored (another account's data here: an
            // account without people, so what is shown can only come from this second answer).
            graphqlAdapter.emit(emptyResponse);
            await flushPromises();
            expect(q(element, 'c-si-score-summary')).not.toBeNull();
            expect(q(element, '.si-empty')).not.toBeNull();
        });

        it('computes once both the data and the configuration are there, in either order', async () => {
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            expect(q(element, 'c-si-score-summary')).toBeNull();
            configAdapter.emit(configToMetadata(DEFAULT_CONFIG));
            await flushPromises();
            expect(q(element, 'lightning-spinner')).toBeNull();
            expect((q(element, 'c-si-score-summary.si-fit') as HTMLElement & Record<string, unknown>).score).toBe(100);
        });

        it('keeps its query when the configuration needs no other Account fields', async () => {
            createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const first = graphqlAdapter.getLastConfig()?.query;
            configAdapter.emit(configToMetadata(DEFAULT_CONFIG));
            await flushPromises();
            expect(graphqlAdapter.getLastConfig()?.query).toBe(first);
        });

        it('does not score an answer of the former query that arrives before the wire has the new one', async () => {
            const config = configNamingRating();
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const first = graphqlAdapter.getLastConfig()?.query;
            // Both answers in one task (one Aura boxcar): the configuration, then the base query's data,
            // before LWC gives the wire its new query (a microtask later).
            configAdapter.emit(config);
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(graphqlAdapter.getLastConfig()?.query).not.toBe(first);
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();
        });

        it('asks again when the criteria need other Account fields, and scores only the data of that query', async () => {
            const config = configNamingRating();
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const first = graphqlAdapter.getLastConfig()?.query;
            graphqlAdapter.emit(fullResponse); // the base query's answer, before the configuration
            await flushPromises();
            configAdapter.emit(config);
            await flushPromises();
            expect(graphqlAdapter.getLastConfig()?.query).not.toBe(first);
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();
            // The same criteria again (a refreshed configuration) keep the query.
            const second = graphqlAdapter.getLastConfig()?.query;
            configAdapter.emit(config);
            await flushPromises();
            expect(graphqlAdapter.getLastConfig()?.query).toBe(second);
        });

        it('is accessible while loading', async () => {
            const element = createPanel();
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('@wire data', () => {
        it('renders what the engine computed for the account', async () => {
            const { element } = await renderWithData(fullResponse);
            expect(q(element, 'lightning-spinner')).toBeNull();

            // Qualified today, no start date stored (SI_Qualified__c false): no date, never today's.
            const badge = q(element, 'c-si-qualified-badge') as HTMLElement & Record<string, unknown>;
            expect(badge.qualified).toBe(true);
            expect(badge.startDate).toBeNull();
            expect(q(element, '.si-freshness')?.textContent).toBe(
                'Newest activity Nov 23, 2025 (2 days ago), scored Nov 25, 2025'
            );

            const fit = q(element, 'c-si-score-summary.si-fit') as HTMLElement & Record<string, unknown>;
            const reach = q(element, 'c-si-score-summary.si-reach') as HTMLElement & Record<string, unknown>;
            const intent = q(element, 'c-si-score-summary.si-intent') as HTMLElement & Record<string, unknown>;
            expect([fit.score, fit.rating]).toEqual([100, 'c.SI_Band_Strong']);
            expect([reach.score, reach.rating]).toEqual([60, 'c.SI_Level_High']);
            expect(intent.score).toBe(78);
            expect(intent.details).toEqual(['c.SI_Trend', 'c.SI_Top_Keywords']);
            expect((fit.factors as unknown[]).length).toBe(5);

            const stage = q(element, 'c-si-buying-stage-path') as HTMLElement & Record<string, unknown>;
            expect(stage.stage).toBe('Decision');

            const map = q(element, 'c-si-persona-map') as HTMLElement & Record<string, unknown>;
            // The account the people belong to: the map starts collapsed when the page is reused for another.
            expect(map.accountId).toBe(ACCOUNT_ID);
            const people = map.people as Array<{ name: string }>;
            // The lead the engine's rule rejected (Acmetech) is not one of the account's people.
            expect(people.map((p) => p.name).sort()).toEqual([
                'Carla Chief',
                'Eve Engineer',
                'Ian Manager',
                'Lara Lead',
                'Tom Tech'
            ]);
            expect((map.personaMap as { gaps: string[] }).gaps).toEqual([
                'Security_Leader',
                'Engineering_Manager',
                'Finance_Leader',
                'Operations_Leader'
            ]);

            const toReach = q(element, 'c-si-contacts-to-reach') as HTMLElement & Record<string, unknown>;
            expect((toReach.items as Array<{ name: string }>).map((i) => i.name)).toEqual(['Ian Manager']);
            expect(q(element, '.si-truncated')).toBeNull();
        });

        it('renders the persona map and the why of a score through the children', async () => {
            const { element } = await renderWithData(fullResponse);
            const map = q(element, 'c-si-persona-map') as HTMLElement;
            // A row per persona (people on demand), the gaps flagged.
            expect(shadow(map).querySelectorAll('li.si-persona')).toHaveLength(9);
            expect(shadow(map).querySelectorAll('li.si-persona_gap')).toHaveLength(4);
            expect(shadow(map).querySelectorAll('li.si-person')).toHaveLength(0);
            const fit = q(element, 'c-si-score-summary.si-fit') as HTMLElement;
            const disclosure = shadow(fit).querySelector('c-si-why-disclosure') as HTMLElement;
            const why = shadow(disclosure).querySelector('button') as HTMLButtonElement;
            why.click();
            await flushPromises();
            expect(why.getAttribute('aria-expanded')).toBe('true');
            expect(shadow(disclosure).querySelectorAll('.si-why__item')).toHaveLength(5);
        });

        it('leads with the summary, then the persona grid, then the leads not linked to the account', async () => {
            const { element } = await renderWithData(fullResponse);
            const sections = [
                ...shadow(element).querySelectorAll(
                    'c-si-qualified-badge, c-si-score-summary, c-si-buying-stage-path, c-si-contacts-to-reach, c-si-persona-map, c-si-unmatched-leads'
                )
            ].map((e) => e.tagName.toLowerCase());
            expect(sections).toEqual([
                'c-si-qualified-badge',
                'c-si-score-summary',
                'c-si-score-summary',
                'c-si-score-summary',
                'c-si-buying-stage-path',
                'c-si-contacts-to-reach',
                'c-si-persona-map',
                'c-si-unmatched-leads'
            ]);
            const unmatched = q(element, 'c-si-unmatched-leads') as HTMLElement & Record<string, unknown>;
            expect(unmatched.accountId).toBe(ACCOUNT_ID);
            expect((unmatched.account as { Name: string }).Name).toBe('Acme Corporation');
            expect(unmatched.shown).toBe(5);
            // The lead search's Acmetech lead, which the lead rule does not match, and Lara, whom it counts.
            expect((unmatched.otherLeads as Array<{ Id: string }>).map((l) => l.Id)).toEqual(['00Q000000000ACME02']);
            expect((unmatched.leads as Array<{ Id: string }>).map((l) => l.Id)).toEqual(['00Q000000000ACME01']);
            const rows = [...shadow(unmatched).querySelectorAll<HTMLElement>('li.si-unmatched__lead')].map((li) => [
                li.dataset.id,
                li.dataset.kind
            ]);
            expect(rows).toEqual([
                ['00Q000000000ACME02', 'Similar company name'],
                ['00Q000000000ACME01', 'Email domain']
            ]);

            // Another account's data: the former account's leads are gone with its insight.
            element.recordId = '001000000000OTHRAA';
            await flushPromises();
            expect(q(element, 'c-si-unmatched-leads')).toBeNull();
            getRecordAdapter.emit({ ...ACCOUNT_RECORD, id: '001000000000OTHRAA' });
            await flushPromises();
            const other = withAccountId(fullResponse, '001000000000OTHRAA');
            other.uiapi.query.Leads.edges = [];
            graphqlAdapter.emit(other);
            await flushPromises();
            const now = q(element, 'c-si-unmatched-leads') as HTMLElement & Record<string, unknown>;
            expect(now.otherLeads).toEqual([]);
            expect(shadow(now).querySelector('.si-unmatched__none')).not.toBeNull();
        });

        it('hands the people-per-persona design attribute to the persona map', async () => {
            const big = largeAccount({ asOf: '2025-11-25', people: 60, activitiesPerPerson: 3 });
            const { element } = await renderWithData(toGraphqlData(big), {
                recordId: LARGE_ID,
                peopleShownPerPersona: 2
            });
            const map = q(element, 'c-si-persona-map') as HTMLElement & { peopleShown: number };
            expect(map.peopleShown).toBe(2);
            await openPersonas(element);
            const lists = [...shadow(map).querySelectorAll('ul.si-people')];
            expect(lists.length).toBeGreaterThan(0);
            for (const list of lists) expect(list.querySelectorAll('li.si-person').length).toBeLessThanOrEqual(2);
        });

        it('lists only as many contacts to reach as the design attribute says', async () => {
            const big = largeAccount({ asOf: '2025-11-25', people: 60, activitiesPerPerson: 3 });
            const { element } = await renderWithData(toGraphqlData(big), {
                recordId: LARGE_ID,
                contactsToReachShown: 2
            });
            const toReach = q(element, 'c-si-contacts-to-reach') as HTMLElement & Record<string, unknown>;
            expect((toReach.items as unknown[]).length).toBe(2);
        });

        it('reads the account fields that profile criteria use', async () => {
            const config = configNamingRating();
            createPanel();
            (gql as unknown as jest.Mock).mockClear();
            getRecordAdapter.emit({ id: ACCOUNT_ID, fields: { Name: { value: 'Acme' }, Website: { value: null } } });
            configAdapter.emit(config);
            await flushPromises();
            const text = (gql as unknown as jest.Mock).mock.calls[0]?.[1] as string;
            expect(text).toContain('Rating @optional { value }');
        });

        it("drops the former account's insight at once when the page is reused for another account", async () => {
            const { element } = await renderWithData(fullResponse);
            element.recordId = ACCOUNT_ID; // the same account again: nothing changes
            await flushPromises();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();

            element.recordId = '001000000000OTHRAA';
            await flushPromises();
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            expect(getRecordAdapter.getLastConfig()?.recordId).toBe('001000000000OTHRAA');

            getRecordAdapter.emit({ ...ACCOUNT_RECORD, id: '001000000000OTHRAA' });
            await flushPromises();
            expect((graphqlAdapter.getLastConfig()?.variables as { recordId: string }).recordId).toBe(
                '001000000000OTHRAA'
            );
            graphqlAdapter.emit(withAccountId(fullResponse, '001000000000OTHRAA'));
            await flushPromises();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();
        });

        it('ignores late answers about the former account once the page shows another', async () => {
            const { element } = await renderWithData(fullResponse);
            element.recordId = '001000000000OTHRAA';
            // In the same task, before LWC reconfigures the wires: the former account's answers arrive.
            graphqlAdapter.emit(fullResponse);
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(graphqlAdapter.getLastConfig()?.variables).toBeUndefined();
            // Later too: data of another account than the page's is never scored.
            getRecordAdapter.emit({ ...ACCOUNT_RECORD, id: '001000000000OTHRAA' });
            await flushPromises();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, 'c-si-score-summary')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
        });

        it('starts another account clean: no former no-access, selection, or refresh still running', async () => {
            let rejectRefresh: (e: Error) => void = () => undefined;
            const pending = new Promise((_resolve, reject) => {
                rejectRefresh = reject;
            });
            const { element } = await renderWithData(fullResponse, {}, jest.fn().mockReturnValue(pending));
            (q(element, 'lightning-button-icon.si-refresh') as HTMLElement).click(); // A's refresh, never answered yet
            await flushPromises();
            expect(q(element, 'lightning-spinner')).not.toBeNull();

            element.recordId = '001000000000OTHRAA';
            await flushPromises();
            getRecordAdapter.emit({ ...ACCOUNT_RECORD, id: '001000000000OTHRAA' });
            await flushPromises();
            graphqlAdapter.emit(
                withAccountId(fullResponse, '001000000000OTHRAA'),
                undefined,
                jest.fn().mockResolvedValue(undefined)
            );
            await flushPromises();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();
            expect(q(element, 'lightning-spinner')).toBeNull();
            // A's refresh fails now: B's panel does not show A's error.
            rejectRefresh(new Error('the former account timed out'));
            await flushPromises();
            expect(q(element, '[role="alert"]')).toBeNull();
            expect(q(element, 'lightning-spinner')).toBeNull();
        });

        it('clears a no-access page and a selection when the page is reused for another account', async () => {
            const element = createPanel();
            getRecordAdapter.error({ message: 'The requested resource does not exist' }, 404, 'Not Found');
            await flushPromises();
            expect(q(element, '.si-no-access')).not.toBeNull();
            element.recordId = '001000000000OTHRAA';
            await flushPromises();
            expect(q(element, '.si-no-access')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
        });

        it('is accessible with data', async () => {
            const { element } = await renderWithData(fullResponse);
            await expect(element).toBeAccessible();
        });
    });

    describe('@wire error', () => {
        it('shows the platform error text and retries through refresh', async () => {
            const element = createPanel();
            await emitAccountAndConfig();
            const refresh = jest.fn().mockResolvedValue(undefined);
            graphqlAdapter.emitErrors(
                [{ message: "Field 'Weight__c' in type 'SI_Intent_Signal__c' is undefined" }],
                undefined,
                refresh
            );
            await flushPromises();
            const alert = q(element, '[role="alert"]');
            expect(alert?.textContent).toContain('c.SI_Error_Title');
            expect(alert?.textContent).toContain("Field 'Weight__c' in type 'SI_Intent_Signal__c' is undefined");
            expect(q(element, 'c-si-score-summary')).toBeNull();

            (q(element, 'lightning-button.si-retry') as HTMLElement).click();
            await flushPromises();
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(q(element, '[role="alert"]')).toBeNull();
            graphqlAdapter.emit(fullResponse, undefined, refresh);
            await flushPromises();
            expect(q(element, 'c-si-score-summary')).not.toBeNull();
        });

        it('shows a configuration the engine rejects as an error naming the problem', async () => {
            const element = createPanel();
            getRecordAdapter.emit({ id: ACCOUNT_ID, fields: { Name: { value: 'Acme' } } });
            configAdapter.emit({
                personas: [],
                criteria: [],
                settings: [{ DeveloperName: 'No_Such_Setting', Value__c: 1 }]
            });
            await flushPromises();
            expect(q(element, '[role="alert"]')?.textContent).toContain('No_Such_Setting: unknown setting key');
        });

        it('shows an Apex error from the configuration read', async () => {
            const element = createPanel();
            configAdapter.error({ message: 'Insufficient privileges on SI_ConfigurationController' });
            await flushPromises();
            expect(q(element, '[role="alert"]')?.textContent).toContain(
                'Insufficient privileges on SI_ConfigurationController'
            );
        });

        it('keeps a configuration error when the data arrives after it (and shows no endless spinner)', async () => {
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            configAdapter.error({ message: 'Insufficient privileges on SI_ConfigurationController' });
            await flushPromises();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, '[role="alert"]')?.textContent).toContain(
                'Insufficient privileges on SI_ConfigurationController'
            );
            expect(q(element, 'lightning-spinner')).toBeNull();
        });

        it('keeps a configuration the engine rejects on screen when the data arrives after it', async () => {
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            configAdapter.emit({
                personas: [],
                criteria: [],
                settings: [{ DeveloperName: 'No_Such_Setting', Value__c: 1 }]
            });
            await flushPromises();
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            expect(q(element, '[role="alert"]')?.textContent).toContain('No_Such_Setting: unknown setting key');
        });

        it('drops the error and the refresh of a query its criteria replaced', async () => {
            const config = configNamingRating();
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            await flushPromises();
            const staleRefresh = jest.fn().mockResolvedValue(undefined);
            graphqlAdapter.emitErrors([{ message: 'Boom from the base query' }], undefined, staleRefresh);
            await flushPromises();
            expect(q(element, '[role="alert"]')?.textContent).toContain('Boom from the base query');
            configAdapter.emit(config);
            await flushPromises();
            expect(q(element, '[role="alert"]')).toBeNull();
            expect(q(element, 'lightning-spinner')).not.toBeNull();
            // The new query's answer (this one without a refresh of its own): the header's Refresh must not
            // ask the former query again.
            graphqlAdapter.emit(fullResponse);
            await flushPromises();
            (q(element, 'lightning-button-icon.si-refresh') as HTMLElement).click();
            await flushPromises();
            expect(staleRefresh).not.toHaveBeenCalled();
        });

        it('offers Retry for the data, not for a configuration error that asking GraphQL again cannot mend', async () => {
            const element = createPanel();
            getRecordAdapter.emit(ACCOUNT_RECORD);
            configAdapter.error({ message: 'Insufficient privileges on SI_ConfigurationController' });
            await flushPromises();
            graphqlAdapter.emit(fullResponse, undefined, jest.fn().mockResolvedValue(undefined));
            await flushPromises();
            expect(q(element, '[role="alert"]')).not.toBeNull();
            expect(q(element, 'lightning-button.si-retry')).toBeNull();
            graphqlAdapter.emitErrors([{ message: 'Boom' }], undefined, jest.fn().mockResolvedValue(undefined));
            await flushPromises();
            expect(q(element, 'lightning-button.si-retry')).not.toBeNull();
        });

        it('is accessible with an error', async () => {
            const element = createPanel();
            await emitAccountAndConfig();
            graphqlAdapter.emitErrors([{ message: 'Boom' }]);
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('no access', () => {
        it('says so when the account record cannot be read', async () => {
            const element = createPanel();
            getRecordAdapter.error({ message: 'The requested resource does not exist' }, 404, 'Not Found');
            await flushPromises();
            expect(q(element, '.si-no-access')?.textContent).toContain('c.SI_No_Access');
            expect(q(element, 'lightning-spinner')).toBeNull();
        });

        it('says so when the query does not return the account', async () => {
            const { element } = await renderWithData(noAccessResponse);
            expect(q(element, '.si-no-access')).not.toBeNull();
            expect(q(element, 'c-si-score-summary')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('qualified badge', () => {
        /** `response` with the account's stored qualified state replaced. */
        function withStored<T>(response: T, stored: Record<string, boolean | string | null>): T {
            const copy = JSON.parse(JSON.stringify(response)) as T;
            const node = (
                copy as { uiapi: { query: { Account: { edges: Array<{ node: Record<string, unknown> }> } } } }
            ).uiapi.query.Account.edges[0]?.node as Record<string, unknown>;
            for (const [field, value] of Object.entries(stored)) node[field] = { value };
            return copy;
        }

        function badgeOf(element: HTMLElement): ShadowRoot {
            return shadow(q(element, 'c-si-qualified-badge') as HTMLElement);
        }

        it.each<[string, Record<string, boolean | string | null>]>([
            ['never stored as qualified', { SI_Qualified__c: false, SI_Qualified_Start_Date__c: null }],
            ['stored as qualified without its start date', { SI_Qualified__c: true, SI_Qualified_Start_Date__c: null }],
            // The dates of an earlier qualified period are not this one's.
            [
                'qualified before, in an earlier period',
                {
                    SI_Qualified__c: false,
                    SI_Qualified_Start_Date__c: '2024-03-01',
                    SI_Qualified_End_Date__c: '2024-06-01'
                }
            ]
        ])('says qualified now and who records the start date, with no date, when %s', async (_, stored) => {
            const { element } = await renderWithData(withStored(fullResponse, stored));
            const badge = badgeOf(element);
            expect((badge.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe(
                'c.SI_Qualified'
            );
            expect(badge.querySelector('.si-qualified__now')?.textContent).toBe('c.SI_Qualified_Now');
            expect((badge.querySelector('lightning-helptext') as HTMLElement & { content: string }).content).toBe(
                'c.SI_Qualified_Now_Help'
            );
            expect(badge.querySelector('.si-qualified__since')).toBeNull();
            expect(badge.textContent).not.toMatch(/Since|Nov 25, 2025|2024/);
            await expect(element).toBeAccessible();
        });

        it('shows the stored start date of a qualified account', async () => {
            const { element } = await renderWithData(
                withStored(fullResponse, { SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2025-08-14' })
            );
            const badge = badgeOf(element);
            expect(badge.querySelector('.si-qualified__since')?.textContent).toBe('Since Aug 14, 2025');
            expect((q(element, 'c-si-qualified-badge') as HTMLElement & { startDate: string }).startDate).toBe(
                '2025-08-14'
            );
            expect(badge.querySelector('.si-qualified__now')).toBeNull();
            expect(badge.querySelector('lightning-helptext')).toBeNull();
        });

        it.each<[string, Record<string, boolean | string | null>]>([
            ['never qualified', { SI_Qualified__c: false, SI_Qualified_Start_Date__c: null }],
            // No longer qualified: no end date is invented, and none is shown.
            ['no longer qualified', { SI_Qualified__c: true, SI_Qualified_Start_Date__c: '2025-08-14' }]
        ])('shows neither a date nor the qualified-now text for an account %s', async (_, stored) => {
            const { element } = await renderWithData(withStored(emptyResponse, stored));
            const badge = badgeOf(element);
            expect((badge.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe(
                'c.SI_Not_Qualified'
            );
            expect(badge.querySelector('.si-qualified__since')).toBeNull();
            expect(badge.querySelector('.si-qualified__now')).toBeNull();
            expect(badge.querySelector('lightning-helptext')).toBeNull();
        });
    });

    describe('empty', () => {
        it('shows the scores and an empty message when the account has no people', async () => {
            const { element } = await renderWithData(emptyResponse);
            expect(q(element, '.si-empty')?.textContent).toBe('c.SI_Empty');
            expect(q(element, 'c-si-persona-map')).toBeNull();
            expect(q(element, 'c-si-score-summary.si-fit')).not.toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('data-quality notice', () => {
        /** The full response with the dates of the first `n` intent signals made unreadable. */
        function withBadTaskDates(n: number): typeof fullResponse {
            const copy = JSON.parse(JSON.stringify(fullResponse)) as typeof fullResponse;
            const edges = copy.uiapi.query.IntentSignals.edges as Array<{ node: Record<string, unknown> }>;
            expect(edges.length).toBeGreaterThanOrEqual(n);
            for (const edge of edges.slice(0, n)) edge.node.Occurred_At__c = { value: 'not a date' };
            return copy;
        }

        it('is absent when every field was readable', async () => {
            const { element } = await renderWithData(fullResponse);
            expect(q(element, '.si-data-quality')).toBeNull();
        });

        it('says "note" for one and counts several', async () => {
            const one = await renderWithData(withBadTaskDates(1));
            expect(q(one.element, '.si-data-quality')?.textContent?.trim()).toBe('c.SI_Data_Quality_One');
            resetDom();
            const two = await renderWithData(withBadTaskDates(2));
            expect(q(two.element, '.si-data-quality')?.textContent?.trim()).toBe('2 notes');
        });
    });

    describe('truncated', () => {
        it('names the collections that were cut and how much was loaded', async () => {
            const { element } = await renderWithData(truncatedResponse);
            const notice = q(element, '.si-truncated');
            expect(notice?.getAttribute('role')).toBe('status');
            expect(notice?.textContent).toBe(
                'More records than one view loads (c.SI_Collection_Intent_Signals: first 7; c.SI_Collection_Tasks: first 3).'
            );
            await expect(element).toBeAccessible();
        });

        it("shows the job's stored scores with their date instead of computing partial ones", async () => {
            const stored = JSON.parse(JSON.stringify(truncatedResponse)) as typeof truncatedResponse;
            const node = stored.uiapi.query.Account.edges[0]!.node as Record<string, unknown>;
            Object.assign(node, {
                SI_Last_Scored_At__c: { value: '2025-11-24' },
                SI_Profile_Fit_Score__c: { value: 61 },
                SI_Profile_Fit_Band__c: { value: 'Moderate' },
                SI_Reach_Score__c: { value: 77 },
                SI_Reach_Level__c: { value: 'High' },
                SI_Intent_Score__c: { value: 12 },
                SI_Intent_Trend__c: { value: 'Falling' },
                SI_Buying_Stage__c: { value: 'Decision' },
                SI_Qualified__c: { value: true },
                SI_Qualified_Start_Date__c: { value: '2025-11-03' }
            });
            const { element } = await renderWithData(stored);
            expect(q(element, '.si-truncated')?.textContent).toBe(
                'More records (c.SI_Collection_Intent_Signals: first 7; c.SI_Collection_Tasks: first 3); stored on Nov 24, 2025.'
            );
            const scores = [...element.shadowRoot!.querySelectorAll('c-si-score-summary')] as Array<
                HTMLElement & { score: number; factors: unknown[] }
            >;
            expect(scores.map((s) => s.score)).toEqual([61, 77, 12]);
            expect(scores.every((s) => s.factors.length === 0)).toBe(true);
            const path = q(element, 'c-si-buying-stage-path') as HTMLElement & { stage: string; reasons: string[] };
            expect(path.stage).toBe('Decision');
            const badge = q(element, 'c-si-qualified-badge') as HTMLElement & { qualified: boolean; startDate: string };
            expect([badge.qualified, badge.startDate]).toEqual([true, '2025-11-03']);
            // Without a complete stored set (no date), the computed scores, called partial.
            const partial = JSON.parse(JSON.stringify(stored)) as typeof stored;
            (partial.uiapi.query.Account.edges[0]!.node as Record<string, unknown>).SI_Last_Scored_At__c = {
                value: null
            };
            resetDom();
            const computed = await renderWithData(partial);
            expect(q(computed.element, '.si-truncated')?.textContent).toMatch(/^More records than one view loads/);
            const again = [...computed.element.shadowRoot!.querySelectorAll('c-si-score-summary')] as Array<
                HTMLElement & { score: number }
            >;
            expect(again.map((s) => s.score)).not.toEqual([61, 77, 12]);
        });

        it('renders the largest account with its truncation notice', async () => {
            const big = largeAccount({ asOf: '2025-11-25', people: 2200, activitiesPerPerson: 3 });
            const { element } = await renderWithData(toGraphqlData(big), { recordId: LARGE_ID });
            expect(q(element, '.si-truncated')?.textContent).toContain('c.SI_Collection_Contacts: 2000 of 2200');
            const map = q(element, 'c-si-persona-map') as HTMLElement;
            // Nobody is listed until a persona is opened; each persona's button counts its people.
            expect(shadow(map).querySelectorAll('.si-person')).toHaveLength(0);
            const counts = [...shadow(map).querySelectorAll<HTMLElement>('button.si-persona__open')].reduce(
                (sum, b) => sum + Number(b.dataset.count),
                0
            );
            expect(counts).toBe(2000);
            // Opened, every loaded person is either listed or counted on a persona's "Show N more" button.
            await openPersonas(element);
            const listed = shadow(map).querySelectorAll('.si-person').length;
            const hidden = [...shadow(map).querySelectorAll<HTMLElement>('button.si-people__toggle')].reduce(
                (sum, b) => sum + Number(b.dataset.hiddenCount),
                0
            );
            expect(listed).toBeLessThan(200);
            expect(listed + hidden).toBe(2000);
        });
    });

    describe('without the SI_Add_To_Sequence permission', () => {
        it('shows no Add to Outreach button and no selection', async () => {
            const { element } = await renderWithData(fullResponse);
            expect(q(element, 'lightning-button.si-add-to-outreach')).toBeNull();
            const map = q(element, 'c-si-persona-map') as HTMLElement & { selectable: boolean };
            expect(map.selectable).toBe(false);
            expect(shadow(map).querySelector('input[type="checkbox"]')).toBeNull();
            expect(q(element, '.si-selection')).toBeNull();
        });
    });

    describe('refresh', () => {
        it('refreshes the GraphQL result and shows a spinner meanwhile', async () => {
            let resolve: (v?: unknown) => void = () => undefined;
            const refresh = jest.fn(() => new Promise((r) => (resolve = r)));
            const { element } = await renderWithData(fullResponse, {}, refresh as unknown as jest.Mock);
            (q(element, 'lightning-button-icon.si-refresh') as HTMLElement).click();
            await flushPromises();
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(
                (q(element, 'lightning-spinner') as HTMLElement & { alternativeText?: string }).alternativeText
            ).toBe('c.SI_Refreshing');
            resolve();
            await flushPromises();
            expect(q(element, 'lightning-spinner')).toBeNull();
        });
    });
});
