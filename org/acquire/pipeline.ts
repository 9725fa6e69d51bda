// The acquisition pipeline (pure, `asOf` passed in): every candidate gets exactly one decision, Eligible or
// Skipped with the first rule that stops it, in this order (docs/ACQUIRE.md):
//   invalid row, no email, already in CRM, duplicate in batch, GDPR region / location unknown, geography,
//   title words, level and function, account match (no match, ambiguous), target account, cooldown,
//   persona not missing, per-account cap.
// Persona priority: per account, the candidates who fill one of the account's missing personas (the engine's
// persona map of the account's Contacts: gaps, Strong first), ordered by the gap's importance, then the
// persona's sort order, then the batch order; the first `perAccountCap` are Eligible, the rest hit the cap.
import {
    AccountListMatcher,
    buildPersonaMap,
    parseDay,
    placePersona,
    preparePersonas,
    type PersonaConfig
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { countryCode } from './countries';
import {
    alreadyInCrm,
    classifyTitle,
    EmailIndex,
    gdprRule,
    geographyRule,
    levelFunctionRule,
    locate,
    normalizeEmail,
    titleRule,
    type Skip
} from './rules';
import type { AcquireAccount, Candidate, Decision, ExistingPerson, Orchestration } from './types';

export interface PipelineInput {
    orchestration: Orchestration;
    candidates: readonly Candidate[];
    /** Every account candidates may match (the org's), so a match outside the target is named, not guessed. */
    accounts: readonly AcquireAccount[];
    /** The orchestration's target accounts (segment members or its account list). */
    targetAccountIds: ReadonlySet<string>;
    /** The org's Contacts, then Leads (the first with an email is the one named). */
    existingPeople: readonly ExistingPerson[];
    /** Active personas (the engine configuration). */
    personas: readonly PersonaConfig[];
    /** Account Id -> the last day (YYYY-MM-DD) this orchestration created people there. */
    lastAcquired: ReadonlyMap<string, string>;
    /** The run's day, YYYY-MM-DD. */
    asOf: string;
}

/** An email index built once and reused (the benchmark and a long-running caller pass it in). */
export interface PreparedPeople {
    emails: EmailIndex;
    /** Account Id -> its Contacts' person Ids and persona keys. */
    contactsByAccount: Map<string, { id: string; persona: string }[]>;
}

const MATCH_COUNTRY = (c: string): string | null => countryCode(c) ?? c.toLowerCase();

function skip(candidate: Candidate, s: Skip, extra: Partial<Decision> = {}): Decision {
    return {
        candidate,
        outcome: 'Skipped',
        skipReason: s.reason,
        reason: s.detail,
        accountId: null,
        accountName: null,
        persona: null,
        matchedRecordId: s.matchedRecordId ?? null,
        recordId: null,
        error: null,
        ...extra
    };
}

export function preparePeople(
    people: readonly ExistingPerson[],
    personas: readonly PersonaConfig[],
    targets: ReadonlySet<string>
): PreparedPeople {
    const prepared = preparePersonas(personas);
    const contactsByAccount = new Map<string, { id: string; persona: string }[]>();
    for (const p of people) {
        if (p.object !== 'Contact' || !p.accountId || !targets.has(p.accountId)) continue;
        const persona = placePersona(p.title, classifyTitle(p.title), prepared);
        const list = contactsByAccount.get(p.accountId);
        if (list) list.push({ id: p.id, persona });
        else contactsByAccount.set(p.accountId, [{ id: p.id, persona }]);
    }
    return { emails: new EmailIndex(people), contactsByAccount };
}

interface Placed {
    decision: Decision;
    /** Position of the candidate's persona among the account's gaps (lower first). */
    gapRank: number;
}

/** Decides every candidate; the result has one decision per candidate, in the candidates' order. */
export function decideCandidates(input: PipelineInput, people?: PreparedPeople): Decision[] {
    const { orchestration: o, candidates, targetAccountIds: targets } = input;
    const asOfDay = parseDay(input.asOf);
    if (asOfDay === null) throw new Error(`asOf "${input.asOf}" is not a day (YYYY-MM-DD)`);
    const prepared = people ?? preparePeople(input.existingPeople, input.personas, targets);
    const personas = preparePersonas(input.personas);
    const personaByKey = new Map(input.personas.map((p) => [p.key, p]));
    const matcher = new AccountListMatcher(input.accounts, { countryKey: MATCH_COUNTRY });
    const accountName = new Map(input.accounts.map((a) => [a.Id, a.Name]));
    const gdpr = new Set(o.gdprCountries);
    const gapsOf = new Map<string, string[]>();
    const seen = new Map<string, Candidate>();
    const decisions: Decision[] = new Array<Decision>(candidates.length);
    const byAccount = new Map<string, Placed[]>();

    candidates.forEach((c, i) => {
        const decide = (s: Skip, extra?: Partial<Decision>): void => {
            decisions[i] = skip(c, s, extra);
        };
        if (c.invalid) return decide({ reason: 'Invalid row', detail: c.invalid });
        const email = normalizeEmail(c.email);
        if (!email)
            return decide({
                reason: 'No email',
                detail: c.email ? `"${c.email}" is not an email address` : 'no email (Leads and the dedupe need one)'
            });
        const inCrm = alreadyInCrm(email, prepared.emails);
        if (inCrm) return decide(inCrm);
        const first = seen.get(email);
        if (first) return decide({ reason: 'Duplicate in batch', detail: `same email as ${first.source}` });
        seen.set(email, c);
        const where = locate(c);
        const location = gdprRule(c, where, gdpr) ?? geographyRule(where, o);
        if (location) return decide(location);
        const title = titleRule(c.title, o);
        if (title) return decide(title);
        const cls = classifyTitle(c.title);
        const levelFunction = levelFunctionRule(cls, o);
        if (levelFunction) return decide(levelFunction);

        const match = matcher.match({ domain: c.domain, email, company: c.company, country: c.country }, i);
        if (match.reason === 'Ambiguous')
            return decide({
                reason: 'Ambiguous account',
                detail: `several accounts match: ${match.candidates.join(', ')} (never guessed)`
            });
        if (!match.accountId)
            return decide({
                reason: 'No account match',
                detail:
                    match.reason === 'Nothing to match'
                        ? 'no domain, usable email domain or company'
                        : 'no account has the domain, the email domain, or the company name (and country)'
            });
        const accountId = match.accountId;
        const onAccount = { accountId, accountName: accountName.get(accountId) ?? null };
        if (!targets.has(accountId))
            return decide(
                {
                    reason: 'Not a target account',
                    detail: `matched ${accountId} by ${match.reason}, not in the target`
                },
                onAccount
            );
        const last = input.lastAcquired.get(accountId);
        const lastDay = last ? parseDay(last) : null;
        if (o.cooldownDays > 0 && lastDay !== null && asOfDay - lastDay < o.cooldownDays)
            return decide(
                {
                    reason: 'Account in cooldown',
                    detail: `people were acquired on ${last}, ${asOfDay - lastDay} days ago; cooldown ${o.cooldownDays} days`
                },
                onAccount
            );
        const persona = placePersona(c.title, cls, personas);
        let gaps = gapsOf.get(accountId);
        if (!gaps) {
            gaps = buildPersonaMap(input.personas, prepared.contactsByAccount.get(accountId) ?? []).gaps;
            gapsOf.set(accountId, gaps);
        }
        const gapRank = gaps.indexOf(persona);
        if (gapRank < 0)
            return decide(
                {
                    reason: 'Persona not missing',
                    detail:
                        persona === 'Other'
                            ? 'the title fits none of the personas'
                            : `${personaByKey.get(persona)?.label ?? persona} is already covered at the account`
                },
                { ...onAccount, persona }
            );
        const p = personaByKey.get(persona) as PersonaConfig;
        const decision: Decision = {
            candidate: c,
            outcome: 'Eligible',
            skipReason: null,
            reason: `fills the missing ${p.importance} persona ${p.label} (account by ${match.reason})`,
            ...onAccount,
            persona,
            matchedRecordId: null,
            recordId: null,
            error: null
        };
        decisions[i] = decision;
        const list = byAccount.get(accountId);
        if (list) list.push({ decision, gapRank });
        else byAccount.set(accountId, [{ decision, gapRank }]);
    });

    for (const placed of byAccount.values()) {
        placed.sort((a, b) => a.gapRank - b.gapRank || a.decision.candidate.index - b.decision.candidate.index);
        placed.forEach((entry, rank) => {
            if (rank < o.perAccountCap) return;
            const d = entry.decision;
            d.outcome = 'Skipped';
            d.skipReason = 'Account cap reached';
            d.reason = `the account's cap of ${o.perAccountCap} went to people filling more important or earlier gaps`;
        });
    }
    return decisions;
}

/** Counts per outcome and per skip reason. */
export function countDecisions(decisions: readonly Decision[]): {
    outcomes: Record<string, number>;
    skipped: Record<string, number>;
} {
    const outcomes: Record<string, number> = { Eligible: 0, Skipped: 0, Created: 0, Error: 0 };
    const skipped: Record<string, number> = {};
    for (const d of decisions) {
        outcomes[d.outcome] = (outcomes[d.outcome] ?? 0) + 1;
        if (d.skipReason) skipped[d.skipReason] = (skipped[d.skipReason] ?? 0) + 1;
    }
    return { outcomes, skipped };
}
