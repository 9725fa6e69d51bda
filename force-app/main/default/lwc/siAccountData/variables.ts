// Variables of the one query, computed from the account's Id, Name and Website (read first with
// `getRecord`, through Lightning Data Service). The lead patterns are a server-side pre-filter that is
// wider than the engine's lead rule; the engine decides which of the returned leads match.

/** A `like` pattern that matches no email, website or company: `.invalid` is a reserved top-level domain. */
export const NO_MATCH_PATTERN = '%@no-match.invalid%';

/** Words that do not distinguish a company name (legal forms, articles, `and` which may be `&`). */
const COMPANY_NOISE = new Set([
    'the',
    'and',
    'inc',
    'incorporated',
    'llc',
    'llp',
    'lp',
    'ltd',
    'limited',
    'corp',
    'corporation',
    'co',
    'company',
    'plc',
    'gmbh',
    'ag',
    'sa',
    'sas',
    'sarl',
    'bv',
    'nv',
    'pty',
    'oy',
    'ab',
    'as',
    'kk',
    'group',
    'holdings'
]);

export interface AccountKey {
    Id: string;
    Name?: string | null;
    Website?: string | null;
}

export interface AccountInsightVariables {
    recordId: string;
    leadEmailPattern: string;
    leadWebsitePattern: string;
    leadCompanyPattern: string;
}

/** Escapes the SOQL `like` wildcards and the escape character itself. */
export function escapeLike(text: string): string {
    return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The registrable host of a website (`https://www.Acme.com/about` -> `acme.com`), or null. */
export function websiteDomain(website: string | null | undefined): string | null {
    if (typeof website !== 'string') return null;
    let host = website.trim().toLowerCase();
    if (!host) return null;
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    host = host.split(/[/?#]/)[0] ?? '';
    host = host.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/^www\d*\./, '').replace(/\.$/, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

/** The distinguishing words of a company name, lower case (`The Acme Co., Inc.` -> `['acme']`). */
export function companyWords(name: string | null | undefined): string[] {
    if (typeof name !== 'string') return [];
    const words = name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
    const meaningful = words.filter((w) => !COMPANY_NOISE.has(w));
    return meaningful.length > 0 ? meaningful : words;
}

/**
 * The query variables for an account. Throws when the record Id is missing: without it there is no query.
 * The email pattern also admits subdomains (`x@eu.acme.com`).
 * Without a website the domain patterns match nothing; without a name the company pattern matches nothing.
 */
export function queryVariables(account: AccountKey): AccountInsightVariables {
    if (typeof account?.Id !== 'string' || account.Id.trim() === '') {
        throw new Error('queryVariables: the account record Id is missing');
    }
    const domain = websiteDomain(account.Website);
    const words = companyWords(account.Name);
    return {
        recordId: account.Id,
        leadEmailPattern: domain ? `%${escapeLike(domain)}` : NO_MATCH_PATTERN,
        leadWebsitePattern: domain ? `%${escapeLike(domain)}%` : NO_MATCH_PATTERN,
        leadCompanyPattern: words.length > 0 ? `%${words.map(escapeLike).join('%')}%` : NO_MATCH_PATTERN
    };
}
