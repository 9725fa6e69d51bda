// Default (jsdom) environment: `@jest-environment node` breaks the LWC preset setup (see jest.config.js).
// The page account's record the server inlines (PreviewApi.context) and the getRecord stand-in's answers
// from it: the same record, fields and order the server's records/get endpoint gives for the same request.
import { join } from 'node:path';
import { SAMPLE_AS_OF } from '../../../lib/asOf';
import { PreviewApi } from '../api';

const ROOT = join(__dirname, '../../..');
const api = new PreviewApi(ROOT, join(ROOT, 'data'), SAMPLE_AS_OF);
const accounts = api.context().accounts;

type StandIn = typeof import('../../standins/uiRecordApi');

function standInWith(account: string): StandIn {
    window.SI_PREVIEW_CONTEXT = api.context(account);
    let mod: StandIn | undefined;
    jest.isolateModules(() => {
        mod = jest.requireActual('../../standins/uiRecordApi') as StandIn;
    });
    return mod as StandIn;
}

afterEach(() => {
    delete window.SI_PREVIEW_CONTEXT;
});

describe('the page record', () => {
    it("is the record of the page's account, with every field of Account in the preview schema", () => {
        const account = accounts[2] as { Id: string };
        const record = api.context(account.Id).pageRecord as {
            id: string;
            apiName: string;
            fields: Record<string, unknown>;
        };
        expect(record.id).toBe(account.Id);
        expect(record.apiName).toBe('Account');
        expect(Object.keys(record.fields).sort()).toEqual(
            [...(api.catalog.get('Account')?.fields.keys() ?? [])].sort()
        );
    });

    it('is the first account when the page names none or an unknown one', () => {
        const first = (accounts[0] as { Id: string }).Id;
        expect((api.context().pageRecord as { id: string }).id).toBe(first);
        expect((api.context('001NOTANACCOUNT').pageRecord as { id: string }).id).toBe(first);
    });

    it('answers as the server does: the panel, the page and an optional field the schema lacks', () => {
        for (const account of accounts.slice(0, 4)) {
            const standIn = standInWith(account.Id);
            const requests = [
                { fields: ['Account.Name'], optionalFields: ['Account.Website'] },
                {
                    fields: [],
                    optionalFields: [
                        'Account.Name',
                        'Account.Industry',
                        'Account.SI_ABM_Tier__c',
                        'Account.SI_Qualified__c'
                    ]
                },
                { fields: ['Account.Id', 'Account.AnnualRevenue'], optionalFields: [] }
            ];
            for (const request of requests) {
                const server = api.handle('/preview-api/records/get', { recordId: account.Id, ...request });
                expect(server.status).toBe(200);
                expect(standIn.fromCache(account.Id, request.fields, request.optionalFields)).toEqual(server.body);
            }
            // Not in the schema: the cache does not answer, the server does (leaving the optional field out).
            expect(standIn.fromCache(account.Id, ['Account.Name'], ['Account.No_Such_Field__c'])).toBeNull();
            // Another record than the page's: the server.
            const other = accounts.find((a) => a.Id !== account.Id) as { Id: string };
            expect(standIn.fromCache(other.Id, ['Account.Name'], [])).toBeNull();
        }
    });
});
