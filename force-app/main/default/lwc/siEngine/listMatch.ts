// List segments: each uploaded row (a domain or a company name, with an optional country) matched to the
// org's accounts with the reason, in this order: the row's domain equals an account's website domain; the
// row gives a website or an email whose domain is an account's; the company name (as matchLead reads names:
// normalizeCompanyName) and, when the row gives one, the billing country equal an account's. Several accounts
// at the first rule that finds any: Ambiguous, with their Ids, never guessed; none: No match.
// A row may also carry a person's `email` (contact acquisition, org/acquire): its domain is tried after the
// row's domain found nothing and before the name (a free mail domain such as gmail.com never matches).
import type { Account } from './types';
import * as matchingModule from './matching';
import * as qualityModule from './quality';

const { domainFromWebsite, emailDomain, normalizeCompanyName, FREE_EMAIL_DOMAINS } = matchingModule;
const { recordId, text } = qualityModule;

export interface ListRow {
    /** A domain (`acme.com`), a website (`https://www.acme.com`) or an email (`ann@acme.com`). */
    domain?: string | null;
    company?: string | null;
    country?: string | null;
    /** A person's email (`ann@acme.com`), tried after `domain`; reason `Website or email domain`. */
    email?: string | null;
}

export type ListMatchReason =
    'Domain' | 'Website or email domain' | 'Name and country' | 'Name' | 'Ambiguous' | 'No match' | 'Nothing to match';

export interface ListMatch {
    /** The row's index in the upload (0-based). */
    row: number;
    reason: ListMatchReason;
    /** The matched account's Id (one), or null. */
    accountId: string | null;
    /** Ambiguous: every account the deciding rule found. */
    candidates: string[];
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function lower(value: unknown): string | null {
    const t = text(value);
    return t ? t.toLowerCase() : null;
}

export interface ListMatchOptions {
    /**
     * The key a country is compared by, for the account's BillingCountry and the row's country alike
     * (e.g. an ISO code, so `DE` and `Germany` are equal); default: the text lower-cased.
     */
    countryKey?: (country: string) => string | null;
}

/** Indexes the accounts once; `match` answers each row. */
export class AccountListMatcher {
    private readonly byDomain = new Map<string, string[]>();
    private readonly byName = new Map<string, Array<{ id: string; country: string | null }>>();
    private readonly countryOf: (value: unknown) => string | null;

    constructor(accounts: readonly Account[], options: ListMatchOptions = {}) {
        const key = options.countryKey;
        this.countryOf = key
            ? (value) => {
                  const t = text(value);
                  return t ? key(t) : null;
              }
            : lower;
        for (const a of accounts) {
            const id = recordId(a);
            if (!id) continue;
            const domain = domainFromWebsite(a.Website);
            if (domain) this.byDomain.set(domain, [...(this.byDomain.get(domain) ?? []), id]);
            const name = normalizeCompanyName(a.Name);
            if (name)
                this.byName.set(name, [...(this.byName.get(name) ?? []), { id, country: this.countryOf(a.BillingCountry) }]);
        }
    }

    match(row: ListRow, index: number): ListMatch {
        const found = (reason: ListMatchReason, ids: readonly string[]): ListMatch => {
            if (ids.length === 1) return { row: index, reason, accountId: ids[0] as string, candidates: [] };
            return { row: index, reason: 'Ambiguous', accountId: null, candidates: [...ids].sort() };
        };
        const raw = lower(row.domain);
        if (raw) {
            if (DOMAIN.test(raw)) {
                const bare = raw.replace(/^www\d*\./, '');
                const ids = this.byDomain.get(bare);
                if (ids) return found('Domain', ids);
            } else {
                const domain = raw.includes('@') && !raw.includes('/') ? emailDomain(raw) : domainFromWebsite(raw);
                const ids = domain ? this.byDomain.get(domain) : undefined;
                if (ids) return found('Website or email domain', ids);
            }
        }
        const mail = row.email ? emailDomain(row.email) : null;
        if (mail && !FREE_EMAIL_DOMAINS.has(mail)) {
            const ids = this.byDomain.get(mail);
            if (ids) return found('Website or email domain', ids);
        }
        const name = normalizeCompanyName(row.company);
        if (name) {
            const named = this.byName.get(name) ?? [];
            const country = this.countryOf(row.country);
            if (country) {
                const ids = named.filter((n) => n.country === country).map((n) => n.id);
                if (ids.length > 0) return found('Name and country', ids);
            } else if (named.length > 0)
                return found(
                    'Name',
                    named.map((n) => n.id)
                );
        }
        if (!raw && !mail && !name) return { row: index, reason: 'Nothing to match', accountId: null, candidates: [] };
        return { row: index, reason: 'No match', accountId: null, candidates: [] };
    }
}

/** Matches every row of an upload to the accounts (see AccountListMatcher). */
export function matchListRows(rows: readonly ListRow[], accounts: readonly Account[]): ListMatch[] {
    const matcher = new AccountListMatcher(accounts);
    return rows.map((row, i) => matcher.match(row, i));
}
