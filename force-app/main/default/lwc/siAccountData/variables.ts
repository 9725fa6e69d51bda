// Variables of the one query, computed from the account's Id, Name and Website (read first with
// `getRecord`, through Lightning Data Service). The lead patterns are a server-side pre-filter that is
// wider than the engine's lead rule; the engine decides which of the returned leads match. The company
// patterns are prefixes (`acme%`, `the acme%`), never `%name%`: a prefix LIKE can use an index, and a
// company that merely contains the name ("Pacme") takes no place in the page.

/** A `like` pattern that matches no email, website or company: `.invalid` is a reserved top-level domain. */
export const NO_MATCH_PATTERN = '%@no-match.invalid%';

export interface AccountKey {
    Id: string;
    Name?: string | null;
    Website?: string | null;
}

/**
 * The query's windows, from the as-of day and the engine's settings: activities of the reach window
 * (`Reach_Window_Days` up to the as-of), responses and signals of the engagement read window
 * (`engagementReadDays`). Dates, and the UTC instants that bound them (the engine's days are UTC days).
 */
export interface WindowVariables {
    engagementFrom: string;
    engagementFromTime: string;
    reachFrom: string;
    reachTo: string;
    reachFromTime: string;
    reachUntilTime: string;
}

/**
 * How many days each window reaches back, the as-of day included: `Reach_Window_Days`, and the engine's
 * `engagementReadDays(settings)` (the caller asks the engine: this module is loaded in Node too, where
 * another bundle cannot be imported at run time).
 */
export interface WindowDays {
    reachDays: number;
    engagementDays: number;
}

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) plus `days` days. */
function plusDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The window variables for `asOf` (YYYY-MM-DD); throws when it is not a date. */
export function windowVariables(asOf: string, windows: WindowDays): WindowVariables {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00.000Z`)))
        throw new Error(`windowVariables: the as-of day is not a date (YYYY-MM-DD): ${JSON.stringify(asOf)}`);
    const engagementFrom = plusDays(asOf, -Math.max(1, windows.engagementDays) + 1);
    const reachFrom = plusDays(asOf, -Math.max(1, windows.reachDays) + 1);
    const start = (d: string): string => `${d}T00:00:00.000Z`;
    return {
        engagementFrom,
        engagementFromTime: start(engagementFrom),
        reachFrom,
        reachTo: asOf,
        reachFromTime: start(reachFrom),
        reachUntilTime: start(plusDays(asOf, 1))
    };
}

export interface AccountInsightVariables extends WindowVariables {
    recordId: string;
    leadEmailPattern: string;
    leadWebsitePattern: string;
    leadCompanyPattern: string;
    /** The company prefix after a leading "The" (the engine ignores it: "The Acme Co" is Acme's). */
    leadCompanyArticlePattern: string;
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
    host = host
        .replace(/^[^@]*@/, '')
        .replace(/:\d+$/, '')
        .replace(/^www\d*\./, '')
        .replace(/\.$/, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

/**
 * The first word of a company name as the engine reads it (lower case; a leading "the" dropped when more
 * words follow; punctuation splits words), or null: `The Acme Co., Inc.` -> `acme`, `100% Pure` -> `100`.
 * Every lead whose company the engine's rule matches to the account starts with it (or with "the " and it).
 */
export function companyPrefix(name: string | null | undefined): string | null {
    if (typeof name !== 'string') return null;
    const words = name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0);
    if (words[0] === 'the' && words.length > 1) words.shift();
    return words[0] ?? null;
}

/**
 * The query variables for an account. Throws when the record Id is missing: without it there is no query.
 * The email pattern also admits subdomains (`x@eu.acme.com`).
 * Without a website the domain patterns match nothing; without a name the company patterns match nothing.
 */
export function queryVariables(account: AccountKey, window: WindowVariables): AccountInsightVariables {
    if (typeof account?.Id !== 'string' || account.Id.trim() === '') {
        throw new Error('queryVariables: the account record Id is missing');
    }
    const domain = websiteDomain(account.Website);
    const prefix = companyPrefix(account.Name);
    return {
        ...window,
        recordId: account.Id,
        leadEmailPattern: domain ? `%${escapeLike(domain)}` : NO_MATCH_PATTERN,
        leadWebsitePattern: domain ? `%${escapeLike(domain)}%` : NO_MATCH_PATTERN,
        leadCompanyPattern: prefix ? `${escapeLike(prefix)}%` : NO_MATCH_PATTERN,
        leadCompanyArticlePattern: prefix ? `the ${escapeLike(prefix)}%` : NO_MATCH_PATTERN
    };
}
