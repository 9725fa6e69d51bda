// Without SI_View_Insights the panel asks nothing (no record, object info or GraphQL wire runs) and says so.
// On the platform the import is undefined without the permission.
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { getRecord } from 'lightning/uiRecordApi';
import { createPanel, flushPromises, graphqlAdapter, type TestWireAdapter } from './testUtils';

const objectInfosAdapter = getObjectInfos as unknown as TestWireAdapter;
const getRecordAdapter = getRecord as unknown as TestWireAdapter;

// Not granted: on the platform the import is undefined without the permission.
jest.mock('@salesforce/customPermission/SI_View_Insights', () => ({ __esModule: true, default: undefined }), {
    virtual: true
});
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

describe('c-si-account-insight-panel without SI_View_Insights', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('without SI_View_Insights says so, with no spinner, and sends no query', async () => {
        const element = createPanel();
        await flushPromises();
        expect(element.shadowRoot!.querySelector('.si-no-view-insights')?.textContent).toContain(
            'You need the View Insights permission'
        );
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
        expect(getRecordAdapter.getLastConfig()?.recordId).toBeUndefined();
        expect(objectInfosAdapter.getLastConfig()?.objectApiNames).toBeUndefined();
        await expect(element).toBeAccessible();
    });
});
