// A List segment's upload: the file read with papaparse (loaded as the SI_PapaParse static resource), the
// candidate accounts asked for page by page until the last, and the match report: a reason per row, an
// ambiguous row with its accounts and never among those saved, a duplicate noted, a row the file could not
// give named by its row; `listmatched` carries exactly the accounts saving adds.
import type {} from '@sa11y/jest';
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import Papa from 'papaparse';
import SiSegmentListUpload, { CANDIDATES_PAGE } from 'c/siSegmentListUpload';

jest.mock('@salesforce/label/c.SI_Segment_List_Summary', () => ({ default: '{0} rows: {1} accounts ({2})' }), {
    virtual: true
});
jest.mock('@salesforce/resourceUrl/SI_PapaParse', () => ({ default: '/resource/SI_PapaParse' }), { virtual: true });
jest.mock('lightning/platformResourceLoader', () => ({ loadScript: jest.fn(() => Promise.resolve()) }));

interface TestWireAdapter {
    emit(value: unknown): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): Record<string, unknown> | undefined;
}
const adapter = graphql as unknown as TestWireAdapter;

const CSV = [
    'Domain,Company,Country',
    'northwindanalytics.com,,',
    'jane@bluepeaksoftware.io,,',
    ',Globex,',
    ',Cobalt Ridge Machinery,Germany',
    'not a domain!,,',
    'https://www.northwindanalytics.com/about,,',
    ',Nobody Inc,'
].join('\n');

const account = (Id: string, Name: string, Website: string | null, BillingCountry: string | null) => ({
    node: { Id, Name: { value: Name }, Website: { value: Website }, BillingCountry: { value: BillingCountry } }
});

function page(edges: unknown[], hasNextPage: boolean, endCursor: string | null): unknown {
    return { uiapi: { query: { Account: { edges, pageInfo: { hasNextPage, endCursor } } } } };
}

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Lets the file read, the script load and the wire's answers run through (each a few ticks). */
async function settle(): Promise<void> {
    await flush();
    await flush();
    await flush();
    await flush();
    await flush();
}

function render(): HTMLElement {
    const el = createElement('c-si-segment-list-upload', { is: SiSegmentListUpload }) as unknown as HTMLElement;
    document.body.appendChild(el);
    return el;
}

async function upload(el: HTMLElement, text: string): Promise<void> {
    const input = (el.shadowRoot as ShadowRoot).querySelector('[data-id="file"]') as HTMLElement & { files: unknown };
    Object.defineProperty(input, 'files', { value: [new File([text], 'targets.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new CustomEvent('change'));
    await settle();
}

const rows = (el: HTMLElement) =>
    [...(el.shadowRoot as ShadowRoot).querySelectorAll('tr.si-list__row')].map((r) => [
        r.querySelector('.si-list__input')?.textContent,
        r.querySelector('.si-list__reason')?.textContent,
        r.querySelector('.si-list__account')?.textContent,
        r.querySelector('.si-list__note')?.textContent
    ]);

describe('c-si-segment-list-upload', () => {
    beforeAll(() => {
        (window as unknown as { Papa: unknown }).Papa = Papa;
    });
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('pages through the candidates and reports every row before anything is saved', async () => {
        const el = render();
        const matched = jest.fn();
        el.addEventListener('listmatched', (e) => matched((e as CustomEvent).detail));
        await upload(el, CSV);
        const first = adapter.getLastConfig()?.variables as { where: { or: unknown[] }; first: number; after: null };
        expect(first.first).toBe(CANDIDATES_PAGE);
        expect(first.after).toBeNull();
        expect(JSON.stringify(first.where)).toContain('northwindanalytics.com');
        adapter.emit(
            page(
                [
                    account('001A', 'Northwind Analytics', 'https://www.northwindanalytics.com', 'United States'),
                    account('001B', 'Bluepeak Software', 'https://www.bluepeaksoftware.io', 'Canada')
                ],
                true,
                'cursor-1'
            )
        );
        await settle();
        expect((adapter.getLastConfig()?.variables as { after: string }).after).toBe('cursor-1');
        adapter.emit(
            page(
                [
                    account('001C', 'Globex', 'https://globex.com', 'United States'),
                    account('001D', 'Globex', 'https://globex.co.uk', 'United Kingdom'),
                    account('001E', 'Cobalt Ridge Machinery', 'https://www.cobaltridge.de', 'Germany')
                ],
                false,
                null
            )
        );
        await settle();
        expect(rows(el)).toEqual([
            ['northwindanalytics.com', 'Domain', 'Northwind Analytics', ''],
            ['jane@bluepeaksoftware.io', 'Website or email domain', 'Bluepeak Software', ''],
            ['Globex', 'Ambiguous', 'Globex; Globex', ''],
            ['Cobalt Ridge Machinery, Germany', 'Name and country', 'Cobalt Ridge Machinery', ''],
            [
                'https://www.northwindanalytics.com/about',
                'Website or email domain',
                'Northwind Analytics',
                'c.SI_Segment_List_Duplicate'
            ],
            ['Nobody Inc', 'No match', '', '']
        ]);
        const errors = (el.shadowRoot as ShadowRoot).querySelector('[data-id="list-row-errors"]')?.textContent ?? '';
        expect(errors).toContain('Row 5, Domain: "not a domain!" is not a domain, a website or an email');
        expect(matched).toHaveBeenLastCalledWith({ fileName: 'targets.csv', accountIds: ['001A', '001B', '001E'] });
        expect((el.shadowRoot as ShadowRoot).querySelector('[data-id="list-summary"]')?.textContent).toContain(
            '7 rows: 3 accounts'
        );
        await expect(el).toBeAccessible();
    });

    it('refuses a file without a domain or company column, naming what it found', async () => {
        const el = render();
        await upload(el, 'Email Address,Region\nx@y.com,EMEA');
        const errors = (el.shadowRoot as ShadowRoot).querySelector('[data-id="list-row-errors"]')?.textContent ?? '';
        expect(errors).toContain('The list needs a Domain or a Company column (found: Email Address, Region)');
        expect(rows(el)).toEqual([]);
    });

    it('shows a refused candidates query', async () => {
        const el = render();
        await upload(el, 'Domain\nnorthwindanalytics.com');
        adapter.emitErrors([{ message: 'Website is not accessible' }]);
        await settle();
        expect((el.shadowRoot as ShadowRoot).querySelector('[data-id="list-error"]')?.textContent).toContain(
            'Website is not accessible'
        );
    });
});
