// computeInsight: one account's insight from its CRM data, a configuration and the scoring date.
// One pass per input array; people indexed in a Map; every date parsed once.
import type { EngineConfig } from './config';
import { decayTable, formatDay, parseAsOf, parseDay } from './dates';
import { ENGAGEMENT_KIND_INDEX, accountEngagementOf, engagementGrade, engagementKindOfMember, isResponse, personEngagementFactorsAt, responsePoints } from './engagement';
import { computeProfileFit } from './fit';
import { addResponse, addSignal, computeIntent, newIntentTally } from './intent';
import { hasEmailDomain, leadMatcher } from './matching';
import { buildPersonaMap, classifyTitle, placePersona, preparePersonas, type TitleClass } from './personas';
import { QualityNotes, recordId, text } from './quality';
import { computeQualified } from './qualified';
import { REACH_KIND_INDEX, computeReach, newReachTally, reachKindOfSubtype, reachKindOfTypeOrSubject, reachPoints } from './reach';
import { contactsToReach, type ReachCandidate } from './recommendations';
import { computeStage } from './stage';
import type { AccountData, AccountInsight, CampaignMember, Contact, Event, Factor, Lead, LeadMatchKind, Opportunity, PersonInsight, PersonType, SI_Intent_Signal__c, Task } from './types';
import { ABM_TIERS, ENGAGEMENT_KINDS, INTENT_SIGNAL_TYPES, OTHER_PERSONA, REACH_KINDS, isOneOf, type AbmTier, type EngagementKind, type IntentSignalType, type ReachKind } from './vocabulary';

// Layout of one person's block in the per-person tally: engagement points and counts per kind (in the
// order of ENGAGEMENT_KINDS), last engaged day, its kind's index, last reached day, reach count, engagements.
const T_POINTS = 0;
const T_COUNTS = ENGAGEMENT_KINDS.length;
const T_LAST_ENGAGED = 2 * ENGAGEMENT_KINDS.length;
const T_LAST_KIND = T_LAST_ENGAGED + 1;
const T_LAST_REACHED = T_LAST_ENGAGED + 2;
const T_REACH_COUNT = T_LAST_ENGAGED + 3;
const T_ENGAGED = T_LAST_ENGAGED + 4;
const STRIDE = T_LAST_ENGAGED + 5;

/** What is known of a person when read: the rest of its insight is tallied by index in typed arrays. */
interface PersonEntry {
    id: string;
    type: PersonType;
    record: Contact & Lead;
    title: string | null;
    email: string | null;
    cls: TitleClass;
    persona: string;
    matchedBy: LeadMatchKind | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a Task Status (other than `Completed`) marks an open task: not blank and not completed. */
function isOpenStatus(status: string): boolean {
    const trimmed = status.trim();
    return trimmed !== '' && trimmed.toLowerCase() !== 'completed';
}

function personName(record: Contact | Lead, id: string): string {
    const name = text(record.Name);
    if (name) return name;
    const first = text(record.FirstName);
    const last = text(record.LastName);
    if (first && last) return `${first} ${last}`;
    if (first || last) return (first ?? last) as string;
    return text(record.Email) ?? id;
}

/**
 * Computes the insight of one account. `asOf` (YYYY-MM-DD) is the scoring date: every window and every
 * age is counted back from it, and nothing reads the clock. Missing or malformed values never throw:
 * they count as absent and are listed in `dataQuality`. Throws only when `asOf` is not a date or
 * `data.account` is not a record. `config` is trusted: check external configuration with `validateConfig`.
 */
export function computeInsight(data: AccountData, config: EngineConfig, asOf: string): AccountInsight {
    const asOfDay = parseAsOf(asOf);
    if (!isObject(data) || !isObject(data.account)) throw new Error('computeInsight needs data.account, an Account record');
    const s = config.settings;
    const notes = new QualityNotes();
    const account = data.account;
    const accountId = recordId(account);
    if (!accountId) notes.add('Account', 'Id', 'No Id or referenceId', null);
    const accountName = text(account.Name);
    if (!accountName) notes.add('Account', 'Name', 'Blank', accountId);
    const matchLeadToAccount = leadMatcher(account);
    let abmTier: AbmTier | null = null;
    if (isOneOf(ABM_TIERS, account.SI_ABM_Tier__c)) abmTier = account.SI_ABM_Tier__c;
    else if (account.SI_ABM_Tier__c !== null && account.SI_ABM_Tier__c !== undefined && account.SI_ABM_Tier__c !== '') {
        notes.add('Account', 'SI_ABM_Tier__c', `Not one of ${ABM_TIERS.join(', ')}: ignored`, accountId);
    }

    const records = <T>(value: unknown, object: string): readonly T[] => {
        if (value === null || value === undefined) return [];
        if (Array.isArray(value)) return value as T[];
        notes.add(object, '(list)', 'Not a list of records: ignored', null);
        return [];
    };

    // People -------------------------------------------------------------------------------------
    const prepared = preparePersonas(config.personas);
    // People by index (order of creation); the Map gives a person's index from its Id.
    const people: PersonEntry[] = [];
    const byId = new Map<string, number>();
    // Titles repeat: classify and place each distinct title once.
    const titleCache = new Map<string, { cls: TitleClass; persona: string }>();
    const addPerson = (record: unknown, type: PersonType): void => {
        if (!isObject(record)) {
            notes.add(type, '(record)', 'Not a record: left out', null);
            return;
        }
        const person = record as Contact & Lead;
        const id = recordId(person);
        if (!id) {
            notes.add(type, 'Id', 'No Id or referenceId: left out', null);
            return;
        }
        if (byId.has(id)) {
            notes.add(type, 'Id', 'Duplicate Id: later record left out', id);
            return;
        }
        let matchedBy: LeadMatchKind | null = null;
        if (type === 'Lead') {
            if (person.IsConverted === true) return; // its contact carries the person (docs/ENGINE.md)
            matchedBy = matchLeadToAccount(person);
        }
        const title = text(person.Title);
        if (!title) notes.add(type, 'Title', 'Blank: job function, seniority and persona unknown', id);
        const email = text(person.Email);
        if (person.Email !== null && person.Email !== undefined && (!email || !hasEmailDomain(email))) notes.add(type, 'Email', 'Not an email address', id);
        let placed = titleCache.get(title ?? '');
        if (!placed) {
            const c = classifyTitle(title);
            placed = { cls: c, persona: placePersona(title, c, prepared) };
            titleCache.set(title ?? '', placed);
        }
        byId.set(id, people.length);
        people.push({ id, type, record: person, title, email, cls: placed.cls, persona: placed.persona, matchedBy });
    };
    // Indexed loops: a for-of allocates an iterator result per element until the loop is optimized.
    const contacts = records<Contact>(data.contacts, 'Contact');
    for (let i = 0; i < contacts.length; i++) addPerson(contacts[i], 'Contact');
    const leads = records<Lead>(data.leads, 'Lead');
    for (let i = 0; i < leads.length; i++) addPerson(leads[i], 'Lead');
    /** The index of the person with this Id, or -1. */
    const personOf = (value: unknown): number => {
        if (typeof value !== 'string') return -1;
        // Fast path: ids are stored trimmed, so a hit means the value needed no trimming.
        const hit = byId.get(value);
        if (hit !== undefined) return hit;
        const id = text(value);
        if (id === null || id === value) return -1;
        return byId.get(id) ?? -1;
    };
    // Per-person tallies, one block of STRIDE numbers per person index, so that a record touches one
    // place in memory. -Infinity: no day yet (every day is later); -1: no kind yet.
    const count = people.length;
    const tally = new Float64Array(count * STRIDE);
    for (let i = 0; i < count; i++) {
        const base = i * STRIDE;
        tally[base + T_LAST_ENGAGED] = -Infinity;
        tally[base + T_LAST_KIND] = -1;
        tally[base + T_LAST_REACHED] = -Infinity;
    }

    let newestDay: number | null = null;
    const seen = (day: number): void => {
        if (newestDay === null || day > newestDay) newestDay = day;
    };

    // Reach: Tasks and Events ----------------------------------------------------------------------
    const reachTally = newReachTally();
    const reachDecay = decayTable(s.Reach_Window_Days, s.Reach_Half_Life_Days);
    const kindPoints = new Float64Array(REACH_KINDS.length);
    for (const kind of REACH_KINDS) kindPoints[REACH_KIND_INDEX[kind]] = reachPoints(kind, s);
    /** Counts one Task or Event (`record`, whose Id is read only for a note). */
    const countReach = (object: string, record: Task | Event, day: number, kind: number, whoId: unknown): void => {
        const age = asOfDay - day;
        if (age < 0) return; // scheduled in the future: not reach yet
        if (newestDay === null || day > newestDay) newestDay = day;
        const person = personOf(whoId);
        if (person < 0) {
            if (whoId !== null && whoId !== undefined && whoId !== '') {
                notes.add(object, 'WhoId', "Not one of the account's contacts or leads: counted for the account only", recordId(record));
            }
        } else if (day > (tally[person * STRIDE + T_LAST_REACHED] as number)) tally[person * STRIDE + T_LAST_REACHED] = day;
        if (age >= s.Reach_Window_Days) return;
        (reachTally.points[kind] as number) += (kindPoints[kind] as number) * (reachDecay[age] as number);
        (reachTally.counts[kind] as number)++;
        if (reachTally.lastDay === null || day > reachTally.lastDay) reachTally.lastDay = day;
        if (person >= 0 && (tally[person * STRIDE + T_REACH_COUNT] as number)++ === 0) {
            // First reach of this person in the window: count the person and the persona once.
            reachTally.people++;
            const persona = (people[person] as PersonEntry).persona;
            if (persona !== OTHER_PERSONA) reachTally.personas.add(persona);
        }
    };
    /** The first valid date of up to three fields, in order; notes malformed ones. No allocation per record. */
    const dateOf = (object: string, id: string | null, f1: string, v1: unknown, f2: string | null = null, v2: unknown = null, f3: string | null = null, v3: unknown = null): number | null => {
        let malformed: string | null = null;
        for (let k = 0; k < 3; k++) {
            const field = k === 0 ? f1 : k === 1 ? f2 : f3;
            const value = k === 0 ? v1 : k === 1 ? v2 : v3;
            if (field === null || value === null || value === undefined || value === '') continue;
            const day = parseDay(value);
            if (day !== null) {
                if (malformed) notes.add(object, malformed, `Not a date: ${field} used`, id);
                return day;
            }
            malformed ??= field;
        }
        notes.add(object, malformed ?? f1, malformed ? 'Not a date: not counted' : 'No date: not counted', id);
        return null;
    };
    // Task subtypes repeat: classify each distinct subtype once (null: Type or Subject decides).
    const subtypeKinds = new Map<unknown, ReachKind | null>();
    const tasks = records<unknown>(data.tasks, 'Task');
    for (let i = 0; i < tasks.length; i++) {
        const task = tasks[i];
        if (!isObject(task)) {
            notes.add('Task', '(record)', 'Not a record: left out', null);
            continue;
        }
        const t = task as Task;
        // An open task is a plan, not a touch. IsClosed is computed by Salesforce: without it, Status decides.
        if (t.IsClosed === false || (typeof t.IsClosed !== 'boolean' && typeof t.Status === 'string' && t.Status !== 'Completed' && isOpenStatus(t.Status))) continue;
        // Fast path: the first field parses (then dateOf would return it without a note).
        let day = parseDay(t.ActivityDate);
        if (day === null) day = dateOf('Task', recordId(t), 'ActivityDate', t.ActivityDate, 'CompletedDateTime', t.CompletedDateTime, 'CreatedDate', t.CreatedDate);
        if (day === null) continue;
        let kind = subtypeKinds.get(t.TaskSubtype);
        if (kind === undefined) subtypeKinds.set(t.TaskSubtype, (kind = reachKindOfSubtype(t.TaskSubtype)));
        countReach('Task', t, day, REACH_KIND_INDEX[kind ?? reachKindOfTypeOrSubject(t)], t.WhoId);
    }
    const events = records<unknown>(data.events, 'Event');
    for (let i = 0; i < events.length; i++) {
        const event = events[i];
        if (!isObject(event)) {
            notes.add('Event', '(record)', 'Not a record: left out', null);
            continue;
        }
        const e = event as Event;
        let day = parseDay(e.ActivityDateTime);
        if (day === null) day = dateOf('Event', recordId(e), 'ActivityDateTime', e.ActivityDateTime, 'ActivityDate', e.ActivityDate);
        if (day !== null) countReach('Event', e, day, REACH_KIND_INDEX.Meeting, e.WhoId);
    }

    // Engagement and intent: campaign responses and intent signals ---------------------------------
    // Campaign responses repeat a few Status x Campaign.Type pairs: classify each pair once.
    const kindCache = new Map<unknown, Map<unknown, EngagementKind>>();
    const memberKind = (m: CampaignMember): EngagementKind => {
        const type = isObject(m.Campaign) ? m.Campaign.Type : null;
        let byType = kindCache.get(m.Status);
        if (!byType) kindCache.set(m.Status, (byType = new Map()));
        let kind = byType.get(type);
        if (kind === undefined) byType.set(type, (kind = engagementKindOfMember(m)));
        return kind;
    };
    const engagementDecay = decayTable(s.Engagement_Window_Days, s.Engagement_Half_Life_Days);
    const currentIntent = newIntentTally();
    const priorIntent = newIntentTally();
    const W = s.Intent_Window_Days;
    // Engagement tallies of all people in two flat arrays (person index x kind): no allocation per person.
    const engage = (person: number, kind: EngagementKind, basePoints: number, age: number, day: number): void => {
        if (age >= s.Engagement_Window_Days) return;
        const kindIndex = ENGAGEMENT_KIND_INDEX[kind];
        const base = person * STRIDE;
        (tally[base + T_POINTS + kindIndex] as number) += basePoints * (engagementDecay[age] as number);
        (tally[base + T_COUNTS + kindIndex] as number)++;
        (tally[base + T_ENGAGED] as number)++;
        if (day >= (tally[base + T_LAST_ENGAGED] as number)) {
            tally[base + T_LAST_ENGAGED] = day;
            tally[base + T_LAST_KIND] = kindIndex;
        }
    };
    const members = records<unknown>(data.campaignMembers, 'CampaignMember');
    for (let i = 0; i < members.length; i++) {
        const member = members[i];
        if (!isObject(member)) {
            notes.add('CampaignMember', '(record)', 'Not a record: left out', null);
            continue;
        }
        const m = member as CampaignMember;
        if (!isResponse(m)) continue;
        let person = personOf(m.ContactId);
        if (person < 0) person = personOf(m.LeadId);
        if (person < 0) {
            notes.add('CampaignMember', 'ContactId', "Not one of the account's contacts or leads: not counted", recordId(m));
            continue;
        }
        if (m.FirstRespondedDate === null || m.FirstRespondedDate === undefined || m.FirstRespondedDate === '') {
            notes.add('CampaignMember', 'FirstRespondedDate', 'Blank on a response: CreatedDate or the campaign StartDate used', recordId(m));
        }
        let day = parseDay(m.FirstRespondedDate);
        if (day === null) day = dateOf('CampaignMember', recordId(m), 'FirstRespondedDate', m.FirstRespondedDate, 'CreatedDate', m.CreatedDate, 'Campaign.StartDate', isObject(m.Campaign) ? m.Campaign.StartDate : null);
        if (day === null) continue;
        const age = asOfDay - day;
        if (age < 0) continue;
        seen(day);
        const kind = memberKind(m);
        const base = responsePoints(kind, s);
        engage(person, kind, base, age, day);
        if (age < W) addResponse(currentIntent, base, s);
        else if (age < 2 * W) addResponse(priorIntent, base, s);
    }
    const signals = records<unknown>(data.intentSignals, 'SI_Intent_Signal__c');
    for (let i = 0; i < signals.length; i++) {
        const signal = signals[i];
        if (!isObject(signal)) {
            notes.add('SI_Intent_Signal__c', '(record)', 'Not a record: left out', null);
            continue;
        }
        const sig = signal as SI_Intent_Signal__c;
        const owner = text(sig.Account__c);
        if (owner && accountId && owner !== accountId) {
            notes.add('SI_Intent_Signal__c', 'Account__c', 'Belongs to another account: not counted', recordId(sig));
            continue;
        }
        let day = parseDay(sig.Occurred_At__c);
        if (day === null) day = dateOf('SI_Intent_Signal__c', recordId(sig), 'Occurred_At__c', sig.Occurred_At__c);
        if (day === null) continue;
        const age = asOfDay - day;
        if (age < 0) continue;
        seen(day);
        let type: IntentSignalType = 'Other';
        if (isOneOf(INTENT_SIGNAL_TYPES, sig.Signal_Type__c)) type = sig.Signal_Type__c;
        else notes.add('SI_Intent_Signal__c', 'Signal_Type__c', `Blank or not one of ${INTENT_SIGNAL_TYPES.join(', ')}: counted as Other`, recordId(sig));
        let weight = s.Intent_Signal_Default_Weight;
        const w = sig.Weight__c;
        if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weight = w;
        else if (w === null || w === undefined) notes.add('SI_Intent_Signal__c', 'Weight__c', `Blank: default weight ${weight} used`, recordId(sig));
        else notes.add('SI_Intent_Signal__c', 'Weight__c', `Not a number of 0 or more: default weight ${weight} used`, recordId(sig));
        const keyword = text(sig.Keyword__c);
        if (age < W) addSignal(currentIntent, type, weight, keyword);
        else if (age < 2 * W) addSignal(priorIntent, type, weight, keyword);
        let person = personOf(sig.Contact__c);
        if (person < 0) person = personOf(sig.Lead__c);
        if (person >= 0) engage(person, 'Intent Signal', weight * s.Engagement_Signal_Multiplier, age, day);
    }

    // Opportunities ---------------------------------------------------------------------------------
    let openOpportunities = 0;
    let recentWonOpportunities = 0;
    for (const opportunity of records<unknown>(data.opportunities, 'Opportunity')) {
        if (!isObject(opportunity)) {
            notes.add('Opportunity', '(record)', 'Not a record: left out', null);
            continue;
        }
        const o = opportunity as Opportunity;
        const id = recordId(o);
        // IsClosed and IsWon are computed by Salesforce: without them, StageName decides.
        const stageName = typeof o.StageName === 'string' ? o.StageName.trim().toLowerCase() : '';
        let closed: boolean;
        let won: boolean;
        if (typeof o.IsClosed === 'boolean') {
            closed = o.IsClosed;
            won = o.IsWon === true;
        } else if (stageName) {
            closed = stageName.startsWith('closed');
            won = stageName === 'closed won';
        } else {
            notes.add('Opportunity', 'IsClosed', 'Neither IsClosed nor StageName: opportunity not counted', id);
            continue;
        }
        if (!closed) {
            openOpportunities++;
            continue;
        }
        if (!won) continue;
        const close = parseDay(o.CloseDate);
        if (close === null) {
            notes.add('Opportunity', 'CloseDate', 'Won opportunity without a valid close date: not counted', id);
            continue;
        }
        if (asOfDay - close <= s.Stage_Won_Opportunity_Days) recentWonOpportunities++;
    }

    // Scores ----------------------------------------------------------------------------------------
    let engagedPeople = 0;
    const engagementLabels = new Map<number, string>();
    // Days repeat across people: format each distinct day once.
    const dayTexts = new Map<number, string>();
    const dayText = (day: number): string => {
        let t = dayTexts.get(day);
        if (t === undefined) dayTexts.set(day, (t = formatDay(day)));
        return t;
    };
    // Scored by index, then ordered best first; each person's insight is built once, in that order.
    const scores = new Float64Array(count);
    const lastEngagedDays = new Float64Array(count);
    const factorsOf: Factor[][] = [];
    const names: string[] = [];
    const order: number[] = [];
    for (let i = 0; i < count; i++) {
        const base = i * STRIDE;
        factorsOf.push(personEngagementFactorsAt(tally, base + T_POINTS, tally, base + T_COUNTS, s, engagementLabels, scores, i));
        lastEngagedDays[i] = tally[base + T_LAST_ENGAGED] as number;
        const p = people[i] as PersonEntry;
        names.push(personName(p.record, p.id));
        order.push(i);
        if ((tally[base + T_ENGAGED] as number) > 0) engagedPeople++;
    }
    order.sort(
        (a, b) =>
            (scores[b] as number) - (scores[a] as number) ||
            (lastEngagedDays[b] as number) - (lastEngagedDays[a] as number) ||
            ((names[a] as string) < (names[b] as string) ? -1 : (names[a] as string) > (names[b] as string) ? 1 : 0) ||
            ((people[a] as PersonEntry).id < (people[b] as PersonEntry).id ? -1 : 1)
    );
    const personInsights: PersonInsight[] = [];
    // Last engaged day in rank order (-Infinity: none); reach candidates: people not reached yet, and the
    // first reached person of each persona (contactsToReach reads reached people only for their persona).
    const rankedDays = new Float64Array(count);
    const candidates: ReachCandidate[] = [];
    const personaReached = new Set<string>();
    for (let r = 0; r < count; r++) {
        const i = order[r] as number;
        const p = people[i] as PersonEntry;
        const score = scores[i] as number;
        const base = i * STRIDE;
        const engagedDay = tally[base + T_LAST_ENGAGED] as number;
        const reachedDay = tally[base + T_LAST_REACHED] as number;
        const kindIndex = tally[base + T_LAST_KIND] as number;
        const insight: PersonInsight = {
            id: p.id,
            type: p.type,
            name: names[i] as string,
            title: p.title,
            email: p.email,
            optedOut: p.record.HasOptedOutOfEmail === true,
            jobFunction: p.cls.jobFunction,
            seniority: p.cls.seniority,
            persona: p.persona,
            score,
            factors: factorsOf[i] as Factor[],
            grade: engagementGrade(score, s),
            engagementCount: tally[base + T_ENGAGED] as number,
            lastEngagedDate: engagedDay === -Infinity ? null : dayText(engagedDay),
            lastEngagementKind: kindIndex < 0 ? null : (ENGAGEMENT_KINDS[kindIndex] as EngagementKind),
            reachCount: tally[base + T_REACH_COUNT] as number,
            lastReachedDate: reachedDay === -Infinity ? null : dayText(reachedDay),
            matchedBy: p.matchedBy,
            outreachProspectId: text(p.record.SI_Outreach_Prospect_Id__c)
        };
        personInsights.push(insight);
        rankedDays[r] = engagedDay;
        if (insight.reachCount === 0 ? !insight.optedOut : !personaReached.has(insight.persona)) {
            if (insight.reachCount > 0) personaReached.add(insight.persona);
            candidates.push({ person: insight, lastEngagedDay: engagedDay === -Infinity ? null : engagedDay });
        }
    }
    const engagement = accountEngagementOf(
        personInsights,
        (r) => {
            const day = rankedDays[r] as number;
            return day === -Infinity ? null : day;
        },
        s,
        dayText
    );
    const reach = computeReach(reachTally, s);
    const intent = computeIntent(currentIntent, priorIntent, s);
    const profileFit = computeProfileFit(account, config.criteria, s, notes, accountId);
    const buyingStage = computeStage({ intentScore: intent.score, engagedPeople, openOpportunities, recentWonOpportunities }, s);
    const qualified = computeQualified(profileFit.band, buyingStage.stage, account, asOf, notes, accountId);
    const personaMap = buildPersonaMap(config.personas, personInsights);
    const toReach = contactsToReach(candidates, config.personas, s, asOfDay);
    const newest: number | null = newestDay;
    return {
        accountId,
        accountName,
        asOf,
        abmTier,
        profileFit,
        reach,
        engagement,
        intent,
        buyingStage,
        qualified,
        people: personInsights,
        personaMap,
        contactsToReach: toReach,
        freshness: { newestActivityDate: newest === null ? null : formatDay(newest), asOf, daysSinceNewest: newest === null ? null : asOfDay - newest },
        dataQuality: notes.list()
    };
}
