// The person-level rules of contact acquisition, one function per clause of issue 17 (pure, no I/O):
// email normalisation and dedupe, GDPR and location, geography include/exclude, title words, level and
// function. Each answers null (the rule passes) or the skip with its detail.
import { classifyTitle, normalizeTitle } from '../../force-app/main/default/lwc/siEngine/personas';
import type { TitleClass } from '../../force-app/main/default/lwc/siEngine/personas';
import { countryCode, regionCountry, regionKey } from './countries';
import type { Candidate, ExistingPerson, Orchestration, SkipReason } from './types';

export interface Skip {
    reason: SkipReason;
    detail: string;
    matchedRecordId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email as it is compared: trimmed and lower-cased; null when it is not an email address. */
export function normalizeEmail(email: string | null | undefined): string | null {
    if (!email) return null;
    const e = email.trim().toLowerCase();
    return EMAIL.test(e) ? e : null;
}

/** The org's Contacts and Leads by normalised email (the first listed wins: pass Contacts before Leads). */
export class EmailIndex {
    private readonly byEmail = new Map<string, ExistingPerson>();

    constructor(people: readonly ExistingPerson[]) {
        for (const p of people) {
            const e = normalizeEmail(p.email);
            if (e && !this.byEmail.has(e)) this.byEmail.set(e, p);
        }
    }

    get(email: string): ExistingPerson | undefined {
        return this.byEmail.get(email);
    }

    get size(): number {
        return this.byEmail.size;
    }
}

/** Already in CRM: a Contact or Lead with the same email, named. */
export function alreadyInCrm(email: string, index: EmailIndex): Skip | null {
    const found = index.get(email);
    return found
        ? {
              reason: 'Already in CRM',
              detail: `${found.object} ${found.id} has the email ${email}`,
              matchedRecordId: found.id
          }
        : null;
}

/** Where a candidate is: the country's ISO code (from the country, else from the state), and the region key. */
export interface Location {
    country: string | null;
    region: string | null;
    /** How the country was found: `country`, `state`, or null. */
    via: 'country' | 'state' | null;
}

export function locate(candidate: Candidate): Location {
    const region = candidate.state ? regionKey(candidate.state) || null : null;
    if (candidate.country) return { country: countryCode(candidate.country), region, via: 'country' };
    const fromState = regionCountry(candidate.state);
    return { country: fromState, region, via: fromState ? 'state' : null };
}

/**
 * GDPR regions are never acquired: by the country (code, English or native name), or, when the country is
 * missing, by a state or region that names its country. A country this app cannot read, or no country and
 * no known region, is skipped too: a GDPR region cannot be ruled out.
 */
export function gdprRule(candidate: Candidate, where: Location, gdpr: ReadonlySet<string>): Skip | null {
    if (candidate.country && !where.country)
        return {
            reason: 'Location unknown',
            detail: `country "${candidate.country}" is not one this app knows, so a GDPR region cannot be ruled out`
        };
    if (!where.country)
        return {
            reason: 'Location unknown',
            detail: candidate.state
                ? `no country, and the state "${candidate.state}" does not tell it: a GDPR region cannot be ruled out`
                : 'no country and no state: a GDPR region cannot be ruled out'
        };
    if (gdpr.has(where.country))
        return {
            reason: 'GDPR region',
            detail:
                where.via === 'state'
                    ? `state "${candidate.state}" is in ${where.country}, a GDPR region (no country given)`
                    : `country "${candidate.country}" (${where.country}) is a GDPR region`
        };
    return null;
}

/** Geography include and exclude: exclude wins; an include list, when given, must name the country or region. */
export function geographyRule(where: Location, orchestration: Orchestration): Skip | null {
    const { geographyExclude: exclude, geographyInclude: include } = orchestration;
    const inList = (list: Orchestration['geographyInclude']): string | null => {
        if (where.country && list.countries.includes(where.country)) return where.country;
        if (where.region && list.regions.includes(where.region)) return where.region;
        return null;
    };
    const excluded = inList(exclude);
    if (excluded) return { reason: 'Geography excluded', detail: `${excluded} is in the geography exclude list` };
    if (include.countries.length + include.regions.length > 0 && !inList(include))
        return {
            reason: 'Geography not included',
            detail: `${[where.country, where.region].filter(Boolean).join(' / ') || 'the location'} is not in the geography include list`
        };
    return null;
}

/** Title words: none of the exclude words, and one of the include words when any is given (whole words). */
export function titleRule(title: string | null, orchestration: Orchestration): Skip | null {
    const normalized = title ? normalizeTitle(title) : '';
    for (const word of orchestration.titleExclude) {
        const w = normalizeTitle(word);
        if (w.trim() && normalized.includes(w))
            return { reason: 'Title excluded', detail: `title "${title}" has the excluded word "${word}"` };
    }
    if (orchestration.titleInclude.length === 0) return null;
    for (const word of orchestration.titleInclude) {
        const w = normalizeTitle(word);
        if (w.trim() && normalized.includes(w)) return null;
    }
    return {
        reason: 'Title not included',
        detail: title
            ? `title "${title}" has none of the words ${orchestration.titleInclude.join(', ')}`
            : 'no title, and the orchestration needs one of its title words'
    };
}

/** Level and function, classified by the engine's title vocabulary (siEngine personas). */
export function levelFunctionRule(cls: TitleClass, orchestration: Orchestration): Skip | null {
    if (orchestration.levels.length > 0 && !(cls.seniority && orchestration.levels.includes(cls.seniority)))
        return {
            reason: 'Level not wanted',
            detail: `level ${cls.seniority ?? 'unknown (no title)'} is not one of ${orchestration.levels.join(', ')}`
        };
    if (orchestration.functions.length > 0 && !orchestration.functions.includes(cls.jobFunction))
        return {
            reason: 'Function not wanted',
            detail: `function ${cls.jobFunction} is not one of ${orchestration.functions.join(', ')}`
        };
    return null;
}

export { classifyTitle };
