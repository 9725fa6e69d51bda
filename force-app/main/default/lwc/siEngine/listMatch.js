import * as matchingModule from './matching';
import * as qualityModule from './quality';
const { domainFromWebsite, emailDomain, normalizeCompanyName, FREE_EMAIL_DOMAINS } = matchingModule;
const { recordId, text } = qualityModule;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
function lower(value) {
    const t = text(value);
    return t ? t.toLowerCase() : null;
}
/** Indexes the accounts once; `match` answers each row. */
export class AccountListMatcher {
    byDomain = new Map();
    byName = new Map();
    countryOf;
    constructor(accounts, options = {}) {
        const key = options.countryKey;
        this.countryOf = key
            ? (value) => {
                const t = text(value);
                return t ? key(t) : null;
            }
            : lower;
        for (const a of accounts) {
            const id = recordId(a);
            if (!id)
                continue;
            const domain = domainFromWebsite(a.Website);
            if (domain)
                this.byDomain.set(domain, [...(this.byDomain.get(domain) ?? []), id]);
            const name = normalizeCompanyName(a.Name);
            if (name)
                this.byName.set(name, [...(this.byName.get(name) ?? []), { id, country: this.countryOf(a.BillingCountry) }]);
        }
    }
    match(row, index) {
        const found = (reason, ids) => {
            if (ids.length === 1)
                return { row: index, reason, accountId: ids[0], candidates: [] };
            return { row: index, reason: 'Ambiguous', accountId: null, candidates: [...ids].sort() };
        };
        const raw = lower(row.domain);
        if (raw) {
            if (DOMAIN.test(raw)) {
                const bare = raw.replace(/^www\d*\./, '');
                const ids = this.byDomain.get(bare);
                if (ids)
                    return found('Domain', ids);
            }
            else {
                const domain = raw.includes('@') && !raw.includes('/') ? emailDomain(raw) : domainFromWebsite(raw);
                const ids = domain ? this.byDomain.get(domain) : undefined;
                if (ids)
                    return found('Website or email domain', ids);
            }
        }
        const mail = row.email ? emailDomain(row.email) : null;
        if (mail && !FREE_EMAIL_DOMAINS.has(mail)) {
            const ids = this.byDomain.get(mail);
            if (ids)
                return found('Website or email domain', ids);
        }
        const name = normalizeCompanyName(row.company);
        if (name) {
            const named = this.byName.get(name) ?? [];
            const country = this.countryOf(row.country);
            if (country) {
                const ids = named.filter((n) => n.country === country).map((n) => n.id);
                if (ids.length > 0)
                    return found('Name and country', ids);
            }
            else if (named.length > 0)
                return found('Name', named.map((n) => n.id));
        }
        if (!raw && !mail && !name)
            return { row: index, reason: 'Nothing to match', accountId: null, candidates: [] };
        return { row: index, reason: 'No match', accountId: null, candidates: [] };
    }
}
/** Matches every row of an upload to the accounts (see AccountListMatcher). */
export function matchListRows(rows, accounts) {
    const matcher = new AccountListMatcher(accounts);
    return rows.map((row, i) => matcher.match(row, i));
}
