// Matching leads to accounts, and grouping whole datasets into one `AccountData` per account.
import { QualityNotes, recordId, text } from './quality';
/** Personal email providers: an email at one of these never matches an account by domain. */
export const FREE_EMAIL_DOMAINS = new Set([
    'gmail.com',
    'googlemail.com',
    'yahoo.com',
    'yahoo.co.uk',
    'ymail.com',
    'hotmail.com',
    'hotmail.co.uk',
    'outlook.com',
    'live.com',
    'msn.com',
    'aol.com',
    'icloud.com',
    'me.com',
    'mac.com',
    'proton.me',
    'protonmail.com',
    'gmx.com',
    'gmx.de',
    'web.de',
    'mail.com',
    'yandex.com',
    'qq.com',
    '163.com'
]);
/** `https://www.Acme.com/about` -> `acme.com`; null when it does not look like a domain. */
export function domainFromWebsite(website) {
    const raw = text(website);
    if (!raw)
        return null;
    const host = raw
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/^[^@/]*@/, '')
        .split(/[/?#:]/)[0]
        ?.replace(/^www\d*\./, '')
        .replace(/\.$/, '');
    return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}
/** What `asciiDomainCase` found. */
const ASCII_INVALID = 0;
const ASCII_LOWER = 1;
const ASCII_CAPITALS = 2;
const ASCII_OTHER = 3;
/** `Jane@Mail.Acme.com` -> `mail.acme.com`; null when not an email address. */
export function emailDomain(email) {
    const raw = text(email);
    if (!raw)
        return null;
    const at = raw.lastIndexOf('@');
    if (at <= 0)
        return null;
    // Fast path for an ASCII domain: checked in place, lower-cased only when it has capitals.
    const ascii = asciiDomainCase(raw, at + 1);
    if (ascii === ASCII_INVALID)
        return null;
    if (ascii !== ASCII_OTHER)
        return ascii === ASCII_LOWER ? raw.slice(at + 1) : raw.slice(at + 1).toLowerCase();
    const domain = raw.slice(at + 1).toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null;
}
/**
 * Reads `email` from `from` as a domain, i.e. whether its lower case matches `^[a-z0-9-]+(\.[a-z0-9-]+)+$`:
 * ASCII_INVALID when it cannot, ASCII_LOWER / ASCII_CAPITALS when it does (without / with capitals),
 * ASCII_OTHER when a non-ASCII character needs the full lower-casing rules.
 */
function asciiDomainCase(email, from) {
    let labelLength = 0;
    let dots = 0;
    let capitals = false;
    for (let i = from; i < email.length; i++) {
        const c = email.charCodeAt(i);
        if (c === 46) {
            if (labelLength === 0)
                return ASCII_INVALID;
            dots++;
            labelLength = 0;
        }
        else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)
            labelLength++;
        else if (c >= 65 && c <= 90) {
            capitals = true;
            labelLength++;
        }
        else if (c >= 128)
            return ASCII_OTHER;
        else
            return ASCII_INVALID;
    }
    if (dots === 0 || labelLength === 0)
        return ASCII_INVALID;
    return capitals ? ASCII_CAPITALS : ASCII_LOWER;
}
/**
 * Whether `emailDomain(email)` finds a domain, for trimmed text; reads an ASCII address in place (no
 * allocation) and leaves any other to `emailDomain`.
 */
export function hasEmailDomain(email) {
    const at = email.lastIndexOf('@');
    if (at <= 0)
        return false;
    const ascii = asciiDomainCase(email, at + 1);
    return ascii === ASCII_OTHER ? emailDomain(email) !== null : ascii !== ASCII_INVALID;
}
const LEGAL_SUFFIXES = new Set([
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
    'oy',
    'ab',
    'as',
    'spa',
    'srl',
    'pty',
    'kk',
    'group',
    'holdings'
]);
/**
 * Normalizes a company name for matching: lower case, accents removed, `&` as `and`, punctuation removed,
 * a leading `the` and trailing legal suffixes (Inc, LLC, Ltd, Corp, GmbH, Group, Holdings...) dropped.
 * `The Acme Corp.` and `ACME, Inc` both give `acme`.
 */
export function normalizeCompanyName(name) {
    const raw = text(name);
    if (!raw)
        return null;
    const words = raw
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\./g, '')
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
        .split(' ')
        .filter((w) => w.length > 0);
    if (words[0] === 'the' && words.length > 1)
        words.shift();
    while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]))
        words.pop();
    const joined = words.join(' ');
    return joined ? joined : null;
}
/** The domain and its parent domains down to two labels: `eu.mail.acme.com` -> itself, `mail.acme.com`, `acme.com`. */
function domainAndParents(domain) {
    const labels = domain.split('.');
    const out = [];
    for (let i = 0; i <= labels.length - 2; i++)
        out.push(labels.slice(i).join('.'));
    return out;
}
/**
 * Whether `parent` (of two labels or more) is `domain` or one of its parent domains, i.e. one of
 * `domainAndParents(domain)`, without building that list.
 */
function isDomainOrSubdomain(domain, parent) {
    if (domain === parent)
        return true;
    return (domain.length > parent.length &&
        domain.endsWith(parent) &&
        domain.charCodeAt(domain.length - parent.length - 1) === 46);
}
/** Strength of a match kind: email domain beats lead website domain beats company name. */
export const LEAD_MATCH_RANK = {
    'Email domain': 3,
    'Website domain': 2,
    'Company name': 1
};
/**
 * How a lead matches an account, strongest kind first, or null:
 * 1. `Email domain`: the lead's email domain equals the account's Website domain or is a subdomain of it
 *    (personal providers such as gmail.com never match);
 * 2. `Website domain`: the lead's Website domain equals the account's (or is a subdomain of it);
 * 3. `Company name`: the normalized Company equals the normalized account Name.
 */
export function matchLead(account, lead) {
    return leadMatcher(account)(lead);
}
/** `matchLead` for one account and many leads: the account's domain and name are normalized once. */
export function leadMatcher(account) {
    const website = domainFromWebsite(account.Website);
    const accountDomain = website && !FREE_EMAIL_DOMAINS.has(website) ? website : null;
    const accountName = normalizeCompanyName(account.Name);
    return (lead) => matchLeadPrepared(accountDomain, accountName, lead);
}
function matchLeadPrepared(accountDomain, accountName, lead) {
    if (accountDomain) {
        const fromEmail = emailDomain(lead.Email);
        if (fromEmail && !FREE_EMAIL_DOMAINS.has(fromEmail) && isDomainOrSubdomain(fromEmail, accountDomain))
            return 'Email domain';
        const fromWebsite = domainFromWebsite(lead.Website);
        if (fromWebsite && isDomainOrSubdomain(fromWebsite, accountDomain))
            return 'Website domain';
    }
    return accountName && accountName === normalizeCompanyName(lead.Company) ? 'Company name' : null;
}
/**
 * Why a lead that is not converted looks like an account's, or null (converted leads are their contact's):
 * 1. when the lead rule matches (`matchLead`), that kind, with the lead's email domain, website domain or company;
 * 2. otherwise a resemblance, the wider test of the panel's lead search: `Similar email domain` or
 *    `Similar website domain` when the lead's domain contains the account's (`notacme.com`, `acme.com.au`
 *    for `acme.com`; personal providers never), `Similar company name` when the lead's normalized company
 *    contains each word of the account's normalized name in order (`Acmetech` for `Acme Corp`).
 * A rep decides whether such a lead is the account's: converting it, or linking it, makes it count.
 */
export function leadRelation(account, lead) {
    if (lead.IsConverted === true)
        return null;
    const matched = matchLead(account, lead);
    const fromEmail = emailDomain(lead.Email);
    const fromWebsite = domainFromWebsite(lead.Website);
    const company = text(lead.Company);
    if (matched === 'Email domain' && fromEmail)
        return { kind: matched, matched: true, value: fromEmail };
    if (matched === 'Website domain' && fromWebsite)
        return { kind: matched, matched: true, value: fromWebsite };
    if (matched === 'Company name' && company)
        return { kind: matched, matched: true, value: company };
    const website = domainFromWebsite(account.Website);
    const accountDomain = website && !FREE_EMAIL_DOMAINS.has(website) ? website : null;
    if (accountDomain) {
        if (fromEmail && !FREE_EMAIL_DOMAINS.has(fromEmail) && fromEmail.includes(accountDomain)) {
            return { kind: 'Similar email domain', matched: false, value: fromEmail };
        }
        if (fromWebsite && fromWebsite.includes(accountDomain))
            return { kind: 'Similar website domain', matched: false, value: fromWebsite };
    }
    const accountName = normalizeCompanyName(account.Name);
    const leadName = normalizeCompanyName(company);
    if (company && accountName && leadName && containsWordsInOrder(leadName, accountName.split(' '))) {
        return { kind: 'Similar company name', matched: false, value: company };
    }
    return null;
}
/** Whether each of `words` occurs in `haystack`, each after the one before (as SQL `like '%w1%w2%'`). */
function containsWordsInOrder(haystack, words) {
    let from = 0;
    for (const word of words) {
        const at = haystack.indexOf(word, from);
        if (at < 0)
            return false;
        from = at + word.length;
    }
    return true;
}
/**
 * Assigns each lead to at most one account. Converted leads are skipped (their contact carries them).
 * Tie-breaker, in order:
 * 1. the strongest match kind wins (email domain, then lead website domain, then company name);
 * 2. among accounts matched by domain, one whose normalized name also equals the lead's company wins;
 *    for domains the most specific account domain (longest) wins first, so `eu.acme.com` beats `acme.com`;
 * 3. still tied: the account with the smallest Id (stable and deterministic).
 * Uses maps from domain and name to accounts: no account x lead loop.
 */
export function assignLeads(accounts, leads) {
    const byDomain = new Map();
    const byName = new Map();
    for (const account of accounts) {
        const id = recordId(account);
        if (!id)
            continue;
        const name = normalizeCompanyName(account.Name);
        const domain = domainFromWebsite(account.Website);
        if (domain && !FREE_EMAIL_DOMAINS.has(domain))
            push(byDomain, domain, { id, name });
        if (name)
            push(byName, name, id);
    }
    const result = new Map();
    for (const lead of leads) {
        const leadId = recordId(lead);
        if (!leadId || lead.IsConverted === true)
            continue;
        const company = normalizeCompanyName(lead.Company);
        const tryDomain = (domain, kind) => {
            if (!domain || FREE_EMAIL_DOMAINS.has(domain))
                return false;
            for (const candidate of domainAndParents(domain)) {
                const found = byDomain.get(candidate);
                if (!found || found.length === 0)
                    continue;
                const sameName = found.filter((a) => company !== null && a.name === company);
                const pool = sameName.length > 0 ? sameName : found;
                result.set(leadId, {
                    accountId: smallest(pool.map((a) => a.id)),
                    matchedBy: kind,
                    candidates: found.length
                });
                return true;
            }
            return false;
        };
        if (tryDomain(emailDomain(lead.Email), 'Email domain'))
            continue;
        if (tryDomain(domainFromWebsite(lead.Website), 'Website domain'))
            continue;
        const named = company ? byName.get(company) : undefined;
        if (named && named.length > 0)
            result.set(leadId, { accountId: smallest(named), matchedBy: 'Company name', candidates: named.length });
    }
    return result;
}
function push(map, key, value) {
    const values = map.get(key);
    if (values)
        values.push(value);
    else
        map.set(key, [value]);
}
function smallest(ids) {
    let best = ids[0];
    for (const id of ids)
        if (id < best)
            best = id;
    return best;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/**
 * Builds each account's `AccountData` from whole datasets, one pass per array:
 * contacts by `AccountId`; leads by `assignLeads`; Tasks and Events by `AccountId`, else `WhatId` when it
 * is an account, else through their `WhoId` person; campaign members through their contact or lead, with
 * their `Campaign` attached from `dataset.campaigns` by `CampaignId` when they carry none;
 * opportunities by `AccountId`; intent signals by `Account__c`, else through their contact or lead.
 * Records that match no account are counted in `unplaced`.
 */
export function groupAccountData(dataset) {
    const notes = new QualityNotes();
    const accounts = list(dataset.accounts);
    const out = [];
    const buckets = new Map();
    for (const account of accounts) {
        const id = recordId(account);
        if (!id) {
            notes.add('Account', 'Id', 'Account without Id or referenceId: left out', null);
            continue;
        }
        if (buckets.has(id)) {
            notes.add('Account', 'Id', 'Duplicate account Id: later record left out', id);
            continue;
        }
        const data = {
            account,
            contacts: [],
            leads: [],
            tasks: [],
            events: [],
            campaignMembers: [],
            opportunities: [],
            intentSignals: []
        };
        buckets.set(id, data);
        out.push(data);
    }
    const bucket = (accountId) => (typeof accountId === 'string' ? buckets.get(accountId.trim()) : undefined);
    const personAccount = new Map();
    for (const contact of list(dataset.contacts)) {
        const target = bucket(contact.AccountId);
        if (!target) {
            notes.add('Contact', 'AccountId', 'Contact not linked to a known account', recordId(contact));
            continue;
        }
        target.contacts.push(contact);
        const id = recordId(contact);
        if (id)
            personAccount.set(id, recordId(target.account));
    }
    const leads = list(dataset.leads);
    const assignments = assignLeads(accounts, leads);
    for (const lead of leads) {
        const id = recordId(lead);
        const assignment = id ? assignments.get(id) : undefined;
        const target = assignment ? buckets.get(assignment.accountId) : undefined;
        if (!target || !id) {
            if (lead.IsConverted !== true)
                notes.add('Lead', 'Company', 'Lead matches no account by email domain, website or company name', id);
            continue;
        }
        target.leads.push(lead);
        personAccount.set(id, recordId(target.account));
    }
    const viaPerson = (...ids) => {
        for (const id of ids) {
            if (typeof id === 'string') {
                const accountId = personAccount.get(id.trim());
                if (accountId)
                    return buckets.get(accountId);
            }
        }
        return undefined;
    };
    for (const task of list(dataset.tasks)) {
        const target = bucket(task.AccountId) ?? bucket(task.WhatId) ?? viaPerson(task.WhoId);
        if (target)
            target.tasks.push(task);
        else
            notes.add('Task', 'AccountId', 'Task not linked to a known account or person', recordId(task));
    }
    for (const event of list(dataset.events)) {
        const target = bucket(event.AccountId) ?? bucket(event.WhatId) ?? viaPerson(event.WhoId);
        if (target)
            target.events.push(event);
        else
            notes.add('Event', 'AccountId', 'Event not linked to a known account or person', recordId(event));
    }
    const campaigns = new Map();
    for (const campaign of list(dataset.campaigns)) {
        const id = recordId(campaign);
        if (id)
            campaigns.set(id, campaign);
    }
    for (const member of list(dataset.campaignMembers)) {
        const target = viaPerson(member.ContactId, member.LeadId);
        const campaign = !member.Campaign && typeof member.CampaignId === 'string' ? campaigns.get(member.CampaignId) : undefined;
        if (target)
            target.campaignMembers.push(campaign ? { ...member, Campaign: campaign } : member);
        else
            notes.add('CampaignMember', 'ContactId', 'Campaign member not linked to a known contact or lead', recordId(member));
    }
    for (const opportunity of list(dataset.opportunities)) {
        const target = bucket(opportunity.AccountId);
        if (target)
            target.opportunities.push(opportunity);
        else
            notes.add('Opportunity', 'AccountId', 'Opportunity not linked to a known account', recordId(opportunity));
    }
    for (const signal of list(dataset.intentSignals)) {
        const target = bucket(signal.Account__c) ?? viaPerson(signal.Contact__c, signal.Lead__c);
        if (target)
            target.intentSignals.push(signal);
        else
            notes.add('SI_Intent_Signal__c', 'Account__c', 'Intent signal not linked to a known account', recordId(signal));
    }
    return { accounts: out, unplaced: notes.list() };
}
