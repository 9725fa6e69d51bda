// The getRecord stand-in answers from the record the page has (the server inlines the page account's
// record, as Lightning Experience loads a record page's record), and asks the server for anything else.
type Module = typeof import('../uiRecordApi');

interface Emitted {
    data: { id: string; fields: Record<string, { value: unknown }> } | undefined;
    error: unknown;
}

const PAGE_RECORD = {
    apiName: 'Account',
    id: '001000000000001AAA',
    fields: {
        Id: { value: '001000000000001AAA', displayValue: null },
        Name: { value: 'Northwind Analytics', displayValue: null },
        Website: { value: null, displayValue: null },
        Industry: { value: 'Technology', displayValue: null }
    },
    childRelationships: {},
    lastModifiedDate: null
};

let fetchMock: jest.Mock;

function load(pageRecord: unknown = PAGE_RECORD): Module {
    window.SI_PREVIEW_CONTEXT = { asOf: '2026-11-02', dataDir: 'data', accounts: [], pageRecord };
    let mod: Module | undefined;
    jest.isolateModules(() => {
        mod = jest.requireActual('../uiRecordApi') as Module;
    });
    return mod as Module;
}

function serverAnswers(body: unknown): void {
    fetchMock.mockResolvedValue({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(body)) });
}

async function wire(mod: Module, config: Record<string, unknown>): Promise<Emitted[]> {
    const emitted: Emitted[] = [];
    const adapter = new mod.getRecord((value: Emitted) => emitted.push(value));
    adapter.connect();
    adapter.update(config);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    return emitted;
}

beforeEach(() => {
    fetchMock = jest.fn();
    (globalThis as { fetch?: unknown }).fetch = fetchMock;
});

afterEach(() => {
    delete window.SI_PREVIEW_CONTEXT;
});

describe('getRecord stand-in', () => {
    it('answers fields the page record has without a request: those fields only, frozen', async () => {
        const mod = load();
        const emitted = await wire(mod, {
            recordId: PAGE_RECORD.id,
            fields: [{ objectApiName: 'Account', fieldApiName: 'Name' }],
            optionalFields: ['Account.Website']
        });
        expect(fetchMock).not.toHaveBeenCalled();
        expect(emitted).toHaveLength(1);
        const data = emitted[0]?.data;
        expect(data?.id).toBe(PAGE_RECORD.id);
        expect(Object.keys(data?.fields ?? {})).toEqual(['Name', 'Website']);
        expect(data?.fields.Name?.value).toBe('Northwind Analytics');
        expect(Object.isFrozen(data)).toBe(true);
        expect(Object.isFrozen(data?.fields)).toBe(true);
    });

    it('asks the server for a field the page record does not have, or for another record', async () => {
        const mod = load();
        serverAnswers({ ...PAGE_RECORD, fields: { Rating: { value: 'Hot', displayValue: null } } });
        const emitted = await wire(mod, { recordId: PAGE_RECORD.id, fields: ['Account.Rating'] });
        expect(fetchMock).toHaveBeenCalledTimes(1);
        expect(JSON.parse(fetchMock.mock.calls[0][1].body as string)).toEqual({ recordId: PAGE_RECORD.id, fields: ['Account.Rating'], optionalFields: [] });
        expect(emitted[0]?.data?.fields.Rating?.value).toBe('Hot');

        serverAnswers({ ...PAGE_RECORD, id: '001000000000002AAA' });
        await wire(mod, { recordId: '001000000000002AAA', fields: ['Account.Name'] });
        expect(fetchMock).toHaveBeenCalledTimes(2);
    });

    it('lets the server judge a field of another object', async () => {
        const mod = load();
        fetchMock.mockResolvedValue({
            ok: false,
            status: 400,
            text: () => Promise.resolve(JSON.stringify({ status: 400, body: { message: 'getRecord: field Contact.Name is not a field of Account' } }))
        });
        const emitted = await wire(mod, { recordId: PAGE_RECORD.id, fields: ['Contact.Name'] });
        expect(fetchMock).toHaveBeenCalledTimes(1);
        expect((emitted[0]?.error as { body: { message: string } }).body.message).toMatch(/not a field of Account/);
    });

    it('asks the server again once the record changed', async () => {
        const mod = load();
        const config = { recordId: PAGE_RECORD.id, fields: ['Account.Name'] };
        await wire(mod, config);
        expect(fetchMock).not.toHaveBeenCalled();
        serverAnswers({ ...PAGE_RECORD, fields: { Name: { value: 'Northwind Analytics Ltd', displayValue: null } } });
        await mod.notifyRecordUpdateAvailable([{ recordId: PAGE_RECORD.id }]);
        const emitted = await wire(mod, config);
        expect(fetchMock).toHaveBeenCalled();
        expect(emitted[0]?.data?.fields.Name?.value).toBe('Northwind Analytics Ltd');
    });

    it('without a page record, every request goes to the server', async () => {
        const mod = load(null);
        serverAnswers(PAGE_RECORD);
        await wire(mod, { recordId: PAGE_RECORD.id, fields: ['Account.Name'] });
        expect(fetchMock).toHaveBeenCalledTimes(1);
    });
});
