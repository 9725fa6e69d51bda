import {
    ACCOUNT_FIELDS,
    AccountDataError,
    MAX_SUBQUERIES,
    NO_MATCH_PATTERN,
    PAGE_SIZE,
    QueryBuildError,
    SUBQUERY_ALIASES,
    accountInsightQueryText,
    buildAccountInsightQuery,
    companyPrefix,
    mapAccountData,
    queryVariables,
    storedScores,
    websiteDomain,
    windowVariables,
    type GqlAccountInsightData
} from 'c/siAccountData';
import { gql } from 'lightning/graphql';
import { DEFAULT_CONFIG, normalizeCompanyName, readWindows } from 'c/siEngine';
import fullResponse from './data/accountInsight.json';
import emptyResponse from './data/accountEmpty.json';
import noAccessResponse from './data/accountNoAccess.json';
import truncatedResponse from './data/accountTruncated.json';
import { connection, largeAccount, toGraphqlData } from './helpers/graphqlFixture';

const full = fullResponse as unknown as GqlAccountInsightData;
/** The day the fixtures are scored on, and the windows the query asks for then. */
const AT = { asOf: '2025-11-25', reachWindowDays: DEFAULT_CONFIG.settings.Reach_Window_Days };
const WINDOW = windowVariables(AT.asOf, readWindows(DEFAULT_CONFIG.settings));
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Subquery = { alias: string; object: string; args: string; body: string; root: 'query' | 'aggregate' };

/** The top-level selections of `uiapi { query { ... } aggregate { ... } }`: `Alias: Object` with their argument text and body. */
function topLevelSubqueries(text: string): Subquery[] {
    return [...subqueriesOf(text, 'query'), ...subqueriesOf(text, 'aggregate')];
}

function subqueriesOf(text: string, root: 'query' | 'aggregate'): Subquery[] {
    const start = text.indexOf(`${root} {`, text.indexOf('uiapi {'));
    if (root === 'query') expect(start).toBeGreaterThan(0);
    if (start < 0) return [];
    let i = start + `${root} {`.length;
    const result: Subquery[] = [];
    const readBlock = (open: string, close: string): string => {
        let depth = 0;
        const from = i;
        for (; i < text.length; i++) {
            if (text[i] === open) depth++;
            else if (text[i] === close && --depth === 0) {
                i++;
                return text.slice(from + 1, i - 1);
            }
        }
        throw new Error(`unbalanced ${open}${close}`);
    };
    for (;;) {
        while (/\s/.test(text[i] ?? '')) i++;
        if (text[i] === '}') break;
        const m = /^(\w+)(?:\s*:\s*(\w+))?\s*/.exec(text.slice(i));
        if (!m) throw new Error(`unexpected text at ${i}: ${text.slice(i, i + 40)}`);
        i += m[0].length;
        const args = text[i] === '(' ? readBlock('(', ')') : '';
        while (/\s/.test(text[i] ?? '')) i++;
        const body = readBlock('{', '}');
        result.push({ alias: m[1] as string, object: (m[2] ?? m[1]) as string, args, body, root });
    }
    return result;
}

describe('siAccountData query', () => {
    const text = accountInsightQueryText();

    it('has balanced braces and parentheses', () => {
        for (const [open, close] of [
            ['{', '}'],
            ['(', ')'],
            ['[', ']']
        ] as const) {
            expect(text.split(open).length).toBe(text.split(close).length);
        }
    });

    it('stays within the platform limits: at most 10 subqueries, 2,000 records each, no child nesting', () => {
        const subqueries = topLevelSubqueries(text);
        expect(subqueries.map((s) => s.alias)).toEqual([...SUBQUERY_ALIASES]);
        expect(subqueries.length).toBeLessThanOrEqual(MAX_SUBQUERIES);
        for (const s of subqueries.filter((q) => q.alias !== 'Account')) {
            expect(s.args).toContain(`first: ${PAGE_SIZE}`);
            // Records say how many exist; aggregates (groups) only whether there is more.
            expect(s.body).toContain(
                s.root === 'query' ? 'pageInfo { hasNextPage endCursor }' : 'pageInfo { hasNextPage }'
            );
            expect(s.body.includes('totalCount')).toBe(s.root === 'query');
            // One connection per subquery: no child relationship connection inside a node.
            expect(s.body.match(/edges/g)).toHaveLength(1);
        }
        // Activities are aggregates, never rows.
        expect(subqueries.filter((q) => q.root === 'aggregate').map((q) => q.object)).toEqual([
            'Task',
            'Task',
            'Event',
            'Event'
        ]);
        expect(PAGE_SIZE).toBe(2000);
    });

    it('reads each object from the right place', () => {
        const byAlias = Object.fromEntries(topLevelSubqueries(text).map((s) => [s.alias, s]));
        expect(byAlias.Contacts?.object).toBe('Contact');
        expect(byAlias.AccountTasks?.object).toBe('Task');
        expect(byAlias.LeadEvents?.object).toBe('Event');
        expect(byAlias.IntentSignals?.object).toBe('SI_Intent_Signal__c');
        expect(byAlias.IntentSignals?.args).toContain('Account__c: { eq: $recordId }');
        expect(byAlias.LeadTasks?.args).toMatch(/WhoId: \{ inq: \{ Lead: /);
        // A lead's activity with an account is that account's (as the CLI groups it): never counted twice.
        expect(byAlias.LeadTasks?.args).toContain('{ AccountId: { eq: null } }');
        expect(byAlias.LeadEvents?.args).toContain('{ AccountId: { eq: null } }');
        expect(byAlias.AccountTasks?.args).toContain('{ IsClosed: { eq: true } }');
        expect(byAlias.AccountTasks?.args).toContain(
            'ActivityDate: { gte: { value: $reachFrom }, lte: { value: $reachTo } }'
        );
        expect(byAlias.CampaignMembers?.args).toContain('{ HasResponded: { eq: true } }');
        expect(byAlias.IntentSignals?.args).toContain('Occurred_At__c: { gte: { value: $engagementFromTime } }');
        expect(byAlias.Leads?.args).toContain('IsConverted: { eq: false }');
        expect(byAlias.CampaignMembers?.args).toContain('Contact: { AccountId: { eq: $recordId } }');
    });

    it('marks every field but Id @optional so unreadable fields do not fail the query', () => {
        const fieldLines = text.split('\n').filter((l) => /^\s+\w+ (@optional )?\{ value \}$/.test(l));
        expect(fieldLines.length).toBeGreaterThan(40);
        expect(fieldLines.filter((l) => !l.includes('@optional'))).toEqual([]);
    });

    it('adds valid extra account fields once and rejects anything that is not an API name', () => {
        const withExtra = accountInsightQueryText({ accountFields: ['Rating', 'Industry', 'Tech_Stack__c'] });
        const account = topLevelSubqueries(withExtra)[0]!;
        expect(account.body).toContain('Rating @optional { value }');
        expect(account.body).toContain('Tech_Stack__c @optional { value }');
        expect(account.body.match(/Industry @optional/g)).toHaveLength(1);
        for (const field of ACCOUNT_FIELDS) expect(account.body).toContain(`${field} @optional { value }`);
        expect(() => accountInsightQueryText({ accountFields: ['Name } Contact { Id'] })).toThrow(QueryBuildError);
        expect(() => accountInsightQueryText({ accountFields: ['Owner__r'] })).toThrow(
            /not valid API names: "Owner__r"/
        );
    });

    it('builds the document with gql from lightning/graphql', () => {
        (gql as unknown as jest.Mock).mockClear();
        buildAccountInsightQuery();
        expect(gql).toHaveBeenCalledTimes(1);
        const call = (gql as unknown as jest.Mock).mock.calls[0] as unknown[];
        expect(call[1]).toBe(text);
    });
});

describe('siAccountData variables', () => {
    it('derives lead patterns from the website domain and the company name, as prefixes, never %name%', () => {
        expect(
            queryVariables(
                { Id: '001X', Name: 'The Acme Co., Inc.', Website: 'https://www.Acme.com/about?x=1' },
                WINDOW
            )
        ).toEqual({
            ...WINDOW,
            recordId: '001X',
            leadEmailPattern: '%acme.com',
            leadWebsitePattern: '%acme.com%',
            leadCompanyPattern: 'acme%',
            leadCompanyArticlePattern: 'the acme%'
        });
        const blue = queryVariables({ Id: '001X', Name: 'Blue Sky Partners GmbH', Website: null }, WINDOW);
        expect([blue.leadCompanyPattern, blue.leadCompanyArticlePattern]).toEqual(['blue%', 'the blue%']);
        expect(queryVariables({ Id: '001X', Name: 'The' }, WINDOW).leadCompanyPattern).toBe('the%');
    });

    it('finds every lead whose company the engine matches to the account, by one of the two prefixes', () => {
        const names = ['Acme', 'The Acme Co., Inc.', 'ACME, Inc', 'Acme-Tech', 'Café Zürich AG', 'The Home Depot'];
        const spellings = (name: string) => [name, `${name} Inc.`, `The ${name}`, name.toUpperCase(), `${name}, LLC`];
        for (const name of names) {
            const v = queryVariables({ Id: '001X', Name: name }, WINDOW);
            const like = (pattern: string, value: string) =>
                value.toLowerCase().startsWith(pattern.slice(0, -1).replace(/\\(.)/g, '$1'));
            for (const company of spellings(name)) {
                if (normalizeCompanyName(company) !== normalizeCompanyName(name)) continue;
                expect([
                    company,
                    like(v.leadCompanyPattern, company) || like(v.leadCompanyArticlePattern, company)
                ]).toEqual([company, true]);
            }
        }
    });

    it('uses a never-matching pattern when the website or name is missing', () => {
        const v = queryVariables({ Id: '001X', Name: '  ', Website: 'not a website' }, WINDOW);
        expect(v.leadEmailPattern).toBe(NO_MATCH_PATTERN);
        expect(v.leadWebsitePattern).toBe(NO_MATCH_PATTERN);
        expect(v.leadCompanyPattern).toBe(NO_MATCH_PATTERN);
        expect(v.leadCompanyArticlePattern).toBe(NO_MATCH_PATTERN);
    });

    it('escapes like wildcards in names', () => {
        expect(queryVariables({ Id: '001X', Name: '100% Pure_Water' }, WINDOW).leadCompanyPattern).toBe('100%');
        expect(queryVariables({ Id: '001X', Name: '50_50 Labs' }, WINDOW).leadCompanyPattern).toBe('50%');
        expect(websiteDomain('http://my_site.com')).toBeNull();
    });

    it('takes the first word as the engine reads the name', () => {
        expect(companyPrefix('Holdings Inc')).toBe('holdings');
        expect(companyPrefix('Café Zürich AG')).toBe('café');
        expect(companyPrefix('  ')).toBeNull();
    });

    it('refuses an account without an Id', () => {
        expect(() => queryVariables({ Id: '' }, WINDOW)).toThrow('the account record Id is missing');
    });
});

describe('siAccountData mapping', () => {
    it('maps every collection to the engine records, unwrapping { value }', () => {
        const result = mapAccountData(full, AT);
        expect(result.status).toBe('ok');
        if (result.status !== 'ok') return;
        const { data } = result;
        expect(data.account).toMatchObject({
            Id: '001000000000ACMEAA',
            Name: 'Acme Corporation',
            NumberOfEmployees: 5200,
            SI_ABM_Tier__c: 'Tier 1',
            SI_Qualified__c: false
        });
        expect(data.contacts).toHaveLength(4);
        expect(data.contacts?.[1]).toEqual({
            attributes: { type: 'Contact' },
            Id: '003000000000ACME02',
            AccountId: '001000000000ACMEAA',
            FirstName: 'Tom',
            LastName: 'Tech',
            Name: 'Tom Tech',
            Title: 'CTO',
            Email: 'tom@acme.com',
            HasOptedOutOfEmail: false,
            SI_Outreach_Prospect_Id__c: '7741'
        });
        // Activities arrive as reach counts: 5 closed tasks and 1 meeting in the groups.
        expect(data.tasks).toBeUndefined();
        expect(data.reachCounts?.days.reduce((n, d) => n + d.count, 0)).toBe(6);
        expect(data.reachCounts?.days.filter((d) => d.kind === 'Meeting').reduce((n, d) => n + d.count, 0)).toBe(2);
        expect(data.campaignMembers?.[0]?.Campaign).toEqual({
            attributes: { type: 'Campaign' },
            Id: '701000000000WEBIN1',
            Name: 'Zero Trust Webinar',
            Type: 'Webinar',
            StartDate: '2026-10-01'
        });
        expect(data.opportunities?.[0]).toMatchObject({ IsClosed: false, Amount: 250000 });
        expect(data.intentSignals).toHaveLength(7);
        expect(result.truncated).toEqual([]);
        expect(result.unmatchedLeads).toBe(0);
    });

    it('maps a field the user cannot read (absent) to null', () => {
        const result = mapAccountData(full, AT);
        if (result.status !== 'ok') throw new Error('expected ok');
        const ian = result.data.contacts?.find((c) => c.Id === '003000000000ACME04');
        expect(ian?.Email).toBeNull();
        const restricted = clone(full);
        const node = restricted.uiapi!.query!.Account!.edges![0]!.node!;
        delete node.AnnualRevenue;
        node.Industry = null;
        const mapped = mapAccountData(restricted, AT);
        if (mapped.status !== 'ok') throw new Error('expected ok');
        expect(mapped.data.account.AnnualRevenue).toBeNull();
        expect(mapped.data.account.Industry).toBeNull();
    });

    it('applies the lead rule and drops the rejected leads with their activities, counting them', () => {
        const result = mapAccountData(full, {
            ...AT,
            matchLead: (_account, lead) => typeof lead.Email === 'string' && lead.Email.endsWith('@acme.com')
        });
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.data.leads?.map((l) => l.Id)).toEqual(['00Q000000000ACME01']);
        expect(result.unmatchedLeads).toBe(1);
        const reached = result.data.reachCounts?.people.map((p) => p.whoId);
        expect(reached).not.toContain('00Q000000000ACME02');
        expect(reached).toContain('00Q000000000ACME01');
        expect(result.data.campaignMembers?.map((m) => m.LeadId ?? m.ContactId)).not.toContain('00Q000000000ACME02');
        expect(result.data.campaignMembers).toHaveLength(4);
    });

    it('reports no access when the account is not returned', () => {
        const result = mapAccountData(noAccessResponse as unknown as GqlAccountInsightData, AT);
        expect(result).toEqual({ status: 'noAccess', data: null, truncated: [], unmatchedLeads: 0 });
    });

    it('maps an account with no people to empty collections', () => {
        const result = mapAccountData(emptyResponse as unknown as GqlAccountInsightData, AT);
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.data.contacts).toEqual([]);
        expect(result.data.leads).toEqual([]);
    });

    it('says which collections were truncated, from hasNextPage or totalCount', () => {
        const result = mapAccountData(truncatedResponse as unknown as GqlAccountInsightData, AT);
        expect(result.truncated).toEqual([
            { collection: 'IntentSignals', loaded: 7, total: null },
            { collection: 'AccountTasks', loaded: 3, total: null }
        ]);
        const counted = clone(full);
        counted.uiapi!.query!.Contacts = connection([], { total: 5 });
        counted.uiapi!.query!.Contacts!.pageInfo!.hasNextPage = false;
        expect(mapAccountData(counted, AT).truncated).toEqual([{ collection: 'Contacts', loaded: 0, total: 5 }]);
    });

    it('tolerates missing connections, null edges and null nodes', () => {
        const sparse = clone(full);
        const q = sparse.uiapi!.query!;
        delete q.Opportunities;
        q.Contacts!.edges = [null, { node: null }, ...(q.Contacts!.edges ?? [])];
        const result = mapAccountData(sparse, AT);
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.data.opportunities).toEqual([]);
        expect(result.data.contacts).toHaveLength(4);
    });

    it('throws a clear error when the response is not shaped like the query', () => {
        expect(() => mapAccountData({} as GqlAccountInsightData, AT)).toThrow(AccountDataError);
        expect(() => mapAccountData(undefined, AT)).toThrow('no uiapi.query');
    });

    it('maps a large account and reports the collections cut at 2,000', () => {
        const big = largeAccount({ asOf: '2025-11-25', people: 2500, activitiesPerPerson: 4 });
        const result = mapAccountData(toGraphqlData(big), AT);
        if (result.status !== 'ok') throw new Error('expected ok');
        expect(result.data.contacts).toHaveLength(2000);
        expect(result.truncated.map((t) => t.collection)).toEqual(
            expect.arrayContaining(['Contacts', 'AccountTasks', 'CampaignMembers'])
        );
        expect(result.truncated.find((t) => t.collection === 'Contacts')).toEqual({
            collection: 'Contacts',
            loaded: 2000,
            total: 2500
        });
    });
});

describe('siAccountData stored scores', () => {
    const complete = {
        Id: '001X',
        SI_Last_Scored_At__c: '2025-11-24',
        SI_Profile_Fit_Score__c: 61,
        SI_Profile_Fit_Band__c: 'Moderate',
        SI_Reach_Score__c: 77,
        SI_Reach_Level__c: 'High',
        SI_Intent_Score__c: 12,
        SI_Intent_Trend__c: 'Falling',
        SI_Buying_Stage__c: 'Decision',
        SI_Qualified__c: true,
        SI_Qualified_Start_Date__c: '2025-11-03'
    };

    it('reads the set the scoring job stores, with its date', () => {
        expect(storedScores(complete)).toEqual({
            scoredOn: '2025-11-24',
            fit: { score: 61, band: 'Moderate' },
            reach: { score: 77, level: 'High' },
            intent: { score: 12, trend: 'Falling' },
            stage: 'Decision',
            qualified: true,
            qualifiedStart: '2025-11-03',
            qualifiedEnd: null
        });
    });

    it.each([
        ['no date', { SI_Last_Scored_At__c: null }],
        ['a score missing', { SI_Reach_Score__c: null }],
        ['a score out of range', { SI_Intent_Score__c: 140 }],
        ['a band not in the picklist', { SI_Profile_Fit_Band__c: 'Great' }],
        ['a stage not in the picklist', { SI_Buying_Stage__c: 'Closed' }]
    ])('is no stored result with %s', (_what, change) => {
        expect(storedScores({ ...complete, ...change })).toBeNull();
    });
});
