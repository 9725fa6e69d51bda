// The panel asks only for what the user can read (object info), says what is hidden and why, and without
// SI_View_Insights asks nothing and says so.
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { accountInsightQueryText, planAccountInsightQuery, QUERY_OBJECTS } from 'c/siAccountData';
import objectInfosRestricted from './data/objectInfosRestricted.json';
import accountInsight from './data/accountInsight.json';
import {
    createPanel,
    emitAccountAndConfig,
    fakeToday,
    flushPromises,
    graphqlAdapter,
    type TestWireAdapter
} from './testUtils';

const objectInfosAdapter = getObjectInfos as unknown as TestWireAdapter;

// `gql` of the stub returns undefined; here each call returns its own document with its text.
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
// The labels the lines are made of, with their shipped values.
jest.mock(
    '@salesforce/label/c.SI_Hidden_Object',
    () => ({ default: '{0} are hidden: you have no access to {1}. The scores are computed without them.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.SI_Hidden_Fields',
    () => ({
        default: '{0} are incomplete: you cannot read {1}. The scores are computed without what they would add.'
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.SI_Hidden_Campaign_Responses', () => ({ default: 'Campaign responses' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Collection_Leads', () => ({ default: 'Leads' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Collection_Intent_Signals', () => ({ default: 'Intent signals' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.SI_No_View_Insights',
    () => ({ default: 'You need the View Insights permission to see account insights.' }),
    { virtual: true }
);

/** The text of the query the GraphQL wire was last given (the stub's gql keeps the text). */
function lastQueryText(): string {
    const query = graphqlAdapter.getLastConfig()?.query as { text?: string } | undefined;
    return query?.text ?? '';
}

describe('c-si-account-insight-panel: what the user can read', () => {
    beforeEach(() => {
        fakeToday();
    });
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.useRealTimers();
        jest.clearAllMocks();
    });

    it('asks object info for the objects the query reads, then asks the query planned for that access', async () => {
        const element = createPanel();
        await emitAccountAndConfig();
        expect(objectInfosAdapter.getLastConfig()).toEqual({ objectApiNames: QUERY_OBJECTS });
        // Before object info: the full query (what the app's permission sets can read).
        expect(lastQueryText()).toContain('IntentSignals: SI_Intent_Signal__c(');
        objectInfosAdapter.emit(objectInfosRestricted);
        await flushPromises();
        const planned = planAccountInsightQuery({ access: new Map() }).text; // sanity: plans differ by access
        expect(planned).not.toBe(accountInsightQueryText());
        const text = lastQueryText();
        expect(text).not.toContain('SI_Intent_Signal__c(');
        expect(text).not.toContain('CampaignMember(');
        expect(text).not.toContain('$leadEmailPattern');
        graphqlAdapter.emit(accountInsight);
        await flushPromises();
        const lines = [...element.shadowRoot!.querySelectorAll('.si-hidden__line')].map((li) => li.textContent!.trim());
        expect(lines).toEqual([
            'Leads are incomplete: you cannot read Lead.Email. The scores are computed without what they would add.',
            'Campaign responses are hidden: you have no access to Campaign. The scores are computed without them.',
            'Intent signals are hidden: you have no access to Intent Signal. The scores are computed without them.'
        ]);
        expect(element.shadowRoot!.querySelector('.si-hidden')?.getAttribute('role')).toBe('status');
        await expect(element).toBeAccessible();
    });

    it('shows no hidden line when the user can read everything', async () => {
        const element = createPanel();
        await emitAccountAndConfig();
        const full = {
            results: QUERY_OBJECTS.map((name) => ({
                statusCode: 200,
                result: {
                    apiName: name,
                    label: name,
                    queryable: true,
                    fields: Object.fromEntries(
                        [
                            'Id',
                            'AccountId',
                            'ActivityDate',
                            'ActivityDateTime',
                            'IsClosed',
                            'CompletedDateTime',
                            'CreatedDate',
                            'TaskSubtype',
                            'Subject',
                            'HasResponded',
                            'FirstRespondedDate',
                            'WhoId',
                            'IsConverted',
                            'Email',
                            'Website',
                            'Company',
                            'ContactId',
                            'LeadId',
                            'Type',
                            'StartDate',
                            'CloseDate',
                            'Account__c',
                            'Occurred_At__c'
                        ].map((f) => [f, { apiName: f }])
                    )
                }
            }))
        };
        objectInfosAdapter.emit(full);
        await flushPromises();
        expect(lastQueryText()).toContain('SI_Intent_Signal__c(');
        graphqlAdapter.emit(accountInsight);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.si-hidden')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-si-qualified-badge')).not.toBeNull();
    });
});
