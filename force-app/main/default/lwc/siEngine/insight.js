import * as datesModule from './dates';
import * as engagementModule from './engagement';
import { computeProfileFit } from './fit';
import * as intentModule from './intent';
import * as matchingModule from './matching';
import { buildPersonaMap, classifyTitle, placePersona, preparePersonas } from './personas';
import * as qualityModule from './quality';
import { QualityNotes } from './quality';
import { computeQualified } from './qualified';
import * as reachModule from './reach';
import { ReachBins, binEvents, binReachCounts, binTasks } from './reachCounts';
import * as recordsModule from './records';
import { contactsToReach } from './recommendations';
import { computeStage } from './stage';
import { NO_CAPS } from './scoring';
import * as vocabularyModule from './vocabulary';
// What the passes below use once per record or per person, bound once when this module loads: a bundler
// that turns modules into CommonJS (esbuild, hence tsx and the benchmark) reads an imported binding
// through getters at every use, which in a loop over 200,000 records costs as much as the work itself.
const { decayTable, formatDay, parseAsOf, parseDay } = datesModule;
const { ENGAGEMENT_KIND_INDEX, accountEngagementOf, engagementReadDays, engagementGrade, engagementKindOfMember, isResponse, personEngagementCaps, personEngagementFactorsOf, responsePoints } = engagementModule;
const { INTENT_SIGNAL_TYPE_INDEX, addResponse, addSignal, computeIntent, newIntentTally } = intentModule;
const { hasEmailDomain, leadMatcher } = matchingModule;
const { recordId, text } = qualityModule;
const { REACH_KIND_INDEX, computeReach, newReachTally, reachPoints } = reachModule;
const { dateOf, isObject } = recordsModule;
const { ABM_TIERS, ENGAGEMENT_KINDS, INTENT_SIGNAL_TYPES, OTHER_PERSONA, REACH_KINDS, isOneOf } = vocabularyModule;
// Per-person numbers are kept in plain arrays of one number a person, not in one large typed array: V8
// allocates plain arrays (up to 16,000 elements) in its young generation, whose memory is reused from call
// to call, while a large typed array gets fresh memory from the system, one page fault per 4 KB (about
// 14 µs each on the benchmark machine: 4 ms for a 1.2 MB tally of 10,000 people).
/** No day yet: below every parsed day (parseDay reads years 0000 to 9999), and a small integer in V8. */
const NO_DAY = -0x40000000;
/** `count` copies of `value` in a plain array. */
function filled(count, value) {
    return new Array(count).fill(value);
}
/**
 * `count` zeros to add doubles to: -0 makes V8 store the array as doubles at once (instead of converting
 * it on the first addition); the sums are those from 0.
 */
function zeros(count) {
    return filled(count, -0);
}
/**
 * The template of each person's insight, in the order of its fields in the output (never changed). Each
 * insight is a copy of it, not an object literal: V8 records where each literal allocates and, once most of
 * those objects outlive a young-generation collection (as 10,000 insights do while they are built), allocates
 * them in the old generation from then on, in memory fresh from the system (a page fault per 4 KB, ~7 ms per
 * call on the benchmark machine with the factors) reclaimed only by a full collection. Copies are not tracked.
 */
const PERSON = {
    id: '',
    type: 'Contact',
    name: '',
    title: null,
    email: null,
    optedOut: false,
    jobFunction: 'Other',
    seniority: null,
    persona: OTHER_PERSONA,
    score: 0,
    // Frozen: every copy is given its own factors, and a push onto the template's would throw. (The template
    // itself is not frozen: copying a frozen object is slower, about 15 % of computeInsight.)
    factors: Object.freeze([]),
    caps: NO_CAPS,
    grade: 'D',
    engagementCount: 0,
    lastEngagedDate: null,
    lastEngagementKind: null,
    reachCount: 0,
    lastReachedDate: null,
    matchedBy: null,
    outreachProspectId: null
};
/** How a lead matched, by the code kept per person (0: no match, or a contact). */
const MATCH_KINDS = [null, 'Email domain', 'Website domain', 'Company name'];
/** The number of Maps a PersonIndex spreads Ids over (a power of 2). */
const ID_SHARDS = 16;
/**
 * The Map of a PersonIndex an Id goes to: from the two characters of the Id that vary most between
 * records. A Salesforce Id of 15 characters ends with its record sequence, so its last two; an Id of 18
 * adds three case-checksum characters, which barely vary within an org, so characters 14 and 15. Any other
 * Id (sObject tree referenceIds, test Ids) uses its last two. Ids shorter than two characters: Map 0
 * (charCodeAt out of range gives NaN, and NaN & mask is 0).
 */
export function idShard(id) {
    const end = id.length === 18 ? 15 : id.length;
    return (id.charCodeAt(end - 1) * 7 + id.charCodeAt(end - 2)) & (ID_SHARDS - 1);
}
/**
 * Person index by Id, in several Maps chosen by `idShard`. On V8 (Node 20, measured on the benchmark
 * machine), one Map of 10,000 entries grows its table past 128 KB, which V8 allocates outside its young
 * generation, as fresh memory from the system (about 3 ms of page faults per call); 16 Maps of ~600
 * entries do not.
 */
class PersonIndex {
    shards = [];
    constructor() {
        for (let k = 0; k < ID_SHARDS; k++)
            this.shards.push(new Map());
    }
    shard(id) {
        return this.shards[idShard(id)];
    }
    get(id) {
        return this.shard(id).get(id);
    }
    has(id) {
        return this.shard(id).has(id);
    }
    set(id, index) {
        this.shard(id).set(id, index);
    }
}
function personName(record, id) {
    const name = text(record.Name);
    if (name)
        return name;
    const first = text(record.FirstName);
    const last = text(record.LastName);
    if (first && last)
        return `${first} ${last}`;
    if (first || last)
        return (first ?? last);
    return text(record.Email) ?? id;
}
/** The records of an input list; notes and ignores anything else. */
function recordsOf(value, object, notes) {
    if (value === null || value === undefined)
        return [];
    if (Array.isArray(value))
        return value;
    notes.add(object, '(list)', 'Not a list of records: ignored', null);
    return [];
}
/** The index of the person with this Id, or -1. */
function personOf(byId, value) {
    if (typeof value !== 'string')
        return -1;
    // Fast path: ids are stored trimmed, so a hit means the value needed no trimming.
    const hit = byId.get(value);
    if (hit !== undefined)
        return hit;
    const id = text(value);
    if (id === null || id === value)
        return -1;
    return byId.get(id) ?? -1;
}
// People ------------------------------------------------------------------------------------------
/** Reads contacts then leads into `People`; notes what is left out or malformed. */
function readPeople(contacts, leads, account, personas, notes) {
    const size = contacts.length + leads.length;
    const people = {
        count: 0,
        records: [],
        ids: [],
        byId: new PersonIndex(),
        isLead: new Uint8Array(size),
        matchedBy: new Uint8Array(size),
        placement: new Int32Array(size),
        placements: [],
        personas: []
    };
    // Titles repeat: classify and place each distinct title once.
    const placementOf = new Map();
    const personaIndex = new Map();
    const matchLeadToAccount = leadMatcher(account);
    for (let k = 0; k < size; k++) {
        const lead = k >= contacts.length;
        const type = lead ? 'Lead' : 'Contact';
        const record = lead ? leads[k - contacts.length] : contacts[k];
        if (!isObject(record)) {
            notes.add(type, '(record)', 'Not a record: left out', null);
            continue;
        }
        const person = record;
        const id = recordId(person);
        if (!id) {
            notes.add(type, 'Id', 'No Id or referenceId: left out', null);
            continue;
        }
        if (people.byId.has(id)) {
            notes.add(type, 'Id', 'Duplicate Id: later record left out', id);
            continue;
        }
        let matchedBy = null;
        if (lead) {
            if (person.IsConverted === true)
                continue; // its contact carries the person (docs/ENGINE.md)
            matchedBy = matchLeadToAccount(person);
        }
        const title = text(person.Title);
        if (!title)
            notes.add(type, 'Title', 'Blank: job function, seniority and persona unknown', id);
        if (person.Email !== null && person.Email !== undefined) {
            const email = text(person.Email);
            if (!email || !hasEmailDomain(email))
                notes.add(type, 'Email', 'Not an email address', id);
        }
        let placed = placementOf.get(title ?? '');
        if (placed === undefined) {
            const cls = classifyTitle(title);
            const persona = placePersona(title, cls, personas);
            let index = persona === OTHER_PERSONA ? -1 : personaIndex.get(persona);
            if (index === undefined) {
                index = people.personas.length;
                personaIndex.set(persona, index);
                people.personas.push(persona);
            }
            placed = people.placements.length;
            people.placements.push({ cls, persona, personaIndex: index });
            placementOf.set(title ?? '', placed);
        }
        const i = people.count++;
        people.byId.set(id, i);
        people.records.push(person);
        people.ids.push(id);
        people.isLead[i] = lead ? 1 : 0;
        people.matchedBy[i] = MATCH_KINDS.indexOf(matchedBy);
        people.placement[i] = placed;
    }
    return people;
}
// Reach: Tasks and Events, binned (reachCounts.ts) ------------------------------------------------
/** Reach from the binned activities: for the account (`tally`) and per person. */
class ReachCounter {
    tally = newReachTally();
    /** Per person: last day reached in the window (NO_DAY: never), and activities in the window. */
    lastReached;
    reachCount;
    /** The newest day counted, or NO_DAY. */
    newest = NO_DAY;
    constructor(people, bins, settings, notes) {
        this.lastReached = filled(people.count, NO_DAY);
        this.reachCount = filled(people.count, 0);
        const decay = decayTable(bins.windowDays, settings.Reach_Half_Life_Days);
        const kindPoints = new Float64Array(REACH_KINDS.length);
        for (const kind of REACH_KINDS)
            kindPoints[REACH_KIND_INDEX[kind]] = reachPoints(kind, settings);
        const tally = this.tally;
        const K = REACH_KINDS.length;
        // Oldest day first, so that the sums are the same whatever form the activities came in.
        for (let age = bins.windowDays - 1; age >= 0; age--) {
            for (let k = 0; k < K; k++) {
                const n = bins.counts[age * K + k];
                if (n === 0)
                    continue;
                tally.points[k] += n * kindPoints[k] * decay[age];
                tally.counts[k] += n;
                const day = bins.asOfDay - age;
                if (tally.lastDay === null || day > tally.lastDay)
                    tally.lastDay = day;
            }
        }
        if (tally.lastDay !== null)
            this.newest = tally.lastDay;
        for (const [who, bin] of bins.people) {
            const person = personOf(people.byId, who);
            if (person < 0) {
                notes.addCount('Activity', 'WhoId', "Not one of the account's contacts or leads: counted for the account only", who, bin.count);
                continue;
            }
            this.reachCount[person] += bin.count;
            if (bin.lastDay > this.lastReached[person])
                this.lastReached[person] = bin.lastDay;
        }
        // The people and personas reached in the window, once each.
        const personaReached = new Uint8Array(people.personas.length);
        for (let i = 0; i < people.count; i++) {
            if (this.reachCount[i] === 0)
                continue;
            tally.people++;
            const persona = people.placements[people.placement[i]].personaIndex;
            if (persona >= 0)
                personaReached[persona] = 1;
        }
        for (let p = 0; p < personaReached.length; p++)
            if (personaReached[p] === 1)
                tally.personas.add(people.personas[p]);
    }
}
/** The binned activities of `data`: its reach counts when given, else its Tasks and Events. */
function reachBinsOf(data, asOfDay, settings, notes) {
    const bins = new ReachBins(asOfDay, settings.Reach_Window_Days);
    if (data.reachCounts !== null && data.reachCounts !== undefined) {
        for (const [object, list] of [['Task', data.tasks], ['Event', data.events]]) {
            const records = recordsOf(list, object, notes);
            if (records.length > 0)
                notes.addCount(object, '(list)', 'Given with reach counts: ignored (the counts are used)', null, records.length);
        }
        if (isObject(data.reachCounts))
            binReachCounts(data.reachCounts, bins, notes);
        else
            notes.add('Reach counts', '(list)', 'Not reach counts: ignored', null);
        return bins;
    }
    binTasks(recordsOf(data.tasks, 'Task', notes), bins, notes);
    binEvents(recordsOf(data.events, 'Event', notes), bins, notes);
    return bins;
}
// Engagement and intent: campaign responses and intent signals -----------------------------------
/** Counts campaign responses and intent signals: per person and for the account's intent. */
class EngagementCounter {
    /** Per kind (index in ENGAGEMENT_KINDS), per person: recency-weighted points, and count. */
    points = [];
    counts = [];
    /** Per person: last engaged day (NO_DAY: none), its kind's index (-1: none), and engagements. */
    lastDay;
    lastKind;
    engaged;
    current = newIntentTally();
    prior = newIntentTally();
    /** The newest day counted, or NO_DAY. */
    newest = NO_DAY;
    asOfDay;
    /** The intent window, in days. */
    intentDays;
    /** Responses and signals older than this many days count nothing: they are not read (`engagementReadDays`). */
    readDays;
    windowDays;
    decay;
    constructor(count, asOfDay, settings) {
        this.asOfDay = asOfDay;
        this.intentDays = settings.Intent_Window_Days;
        this.readDays = engagementReadDays(settings);
        this.windowDays = settings.Engagement_Window_Days;
        this.decay = decayTable(settings.Engagement_Window_Days, settings.Engagement_Half_Life_Days);
        for (let k = 0; k < ENGAGEMENT_KINDS.length; k++) {
            this.points.push(zeros(count));
            this.counts.push(filled(count, 0));
        }
        this.lastDay = filled(count, NO_DAY);
        this.lastKind = filled(count, -1);
        this.engaged = filled(count, 0);
    }
    /** Counts one engagement of `person` (`kind`: index in ENGAGEMENT_KINDS) `age` days old, on `day`. */
    engage(person, kind, basePoints, age, day) {
        if (age >= this.windowDays)
            return;
        this.points[kind][person] += basePoints * this.decay[age];
        this.counts[kind][person]++;
        this.engaged[person]++;
        if (day >= this.lastDay[person]) {
            this.lastDay[person] = day;
            this.lastKind[person] = kind;
        }
    }
}
function countResponses(members, byId, engagement, settings, notes) {
    // Campaign responses repeat a few Status x Campaign.Type pairs: classify each pair once.
    const kindCache = new Map();
    const basePoints = new Float64Array(ENGAGEMENT_KINDS.length);
    for (const kind of ENGAGEMENT_KINDS)
        basePoints[ENGAGEMENT_KIND_INDEX[kind]] = responsePoints(kind, settings);
    const W = engagement.intentDays;
    for (let i = 0; i < members.length; i++) {
        const member = members[i];
        if (!isObject(member)) {
            notes.add('CampaignMember', '(record)', 'Not a record: left out', null);
            continue;
        }
        const m = member;
        if (!isResponse(m))
            continue;
        let person = personOf(byId, m.ContactId);
        if (person < 0)
            person = personOf(byId, m.LeadId);
        if (person < 0) {
            notes.add('CampaignMember', 'ContactId', "Not one of the account's contacts or leads: not counted", recordId(m));
            continue;
        }
        let day = parseDay(m.FirstRespondedDate);
        if (day === null)
            day = dateOf(notes, 'CampaignMember', recordId(m), 'FirstRespondedDate', m.FirstRespondedDate, 'CreatedDate', m.CreatedDate, 'Campaign.StartDate', isObject(m.Campaign) ? m.Campaign.StartDate : null);
        if (day === null)
            continue;
        const age = engagement.asOfDay - day;
        // Only responses of the windows are read (the panel asks for no other).
        if (age < 0 || age >= engagement.readDays)
            continue;
        if (m.FirstRespondedDate === null || m.FirstRespondedDate === undefined || m.FirstRespondedDate === '') {
            notes.add('CampaignMember', 'FirstRespondedDate', 'Blank on a response: CreatedDate or the campaign StartDate used', recordId(m));
        }
        if (day > engagement.newest)
            engagement.newest = day;
        const type = isObject(m.Campaign) ? m.Campaign.Type : null;
        let byType = kindCache.get(m.Status);
        if (!byType)
            kindCache.set(m.Status, (byType = new Map()));
        let kind = byType.get(type);
        if (kind === undefined)
            byType.set(type, (kind = ENGAGEMENT_KIND_INDEX[engagementKindOfMember(m)]));
        const base = basePoints[kind];
        engagement.engage(person, kind, base, age, day);
        if (age < W)
            addResponse(engagement.current, base, settings);
        else if (age < 2 * W)
            addResponse(engagement.prior, base, settings);
    }
}
/** Index of each Signal_Type__c value in an intent tally: one Map lookup per signal. */
const SIGNAL_TYPE_INDEX = new Map(INTENT_SIGNAL_TYPES.map((type) => [type, INTENT_SIGNAL_TYPE_INDEX[type]]));
const OTHER_SIGNAL_TYPE = INTENT_SIGNAL_TYPE_INDEX.Other;
const SIGNAL_KIND = ENGAGEMENT_KIND_INDEX['Intent Signal'];
function countSignals(signals, byId, accountId, engagement, settings, notes) {
    const W = engagement.intentDays;
    for (let i = 0; i < signals.length; i++) {
        const signal = signals[i];
        if (!isObject(signal)) {
            notes.add('SI_Intent_Signal__c', '(record)', 'Not a record: left out', null);
            continue;
        }
        const sig = signal;
        const owner = text(sig.Account__c);
        if (owner && accountId && owner !== accountId) {
            notes.add('SI_Intent_Signal__c', 'Account__c', 'Belongs to another account: not counted', recordId(sig));
            continue;
        }
        let day = parseDay(sig.Occurred_At__c);
        if (day === null)
            day = dateOf(notes, 'SI_Intent_Signal__c', recordId(sig), 'Occurred_At__c', sig.Occurred_At__c);
        if (day === null)
            continue;
        const age = engagement.asOfDay - day;
        if (age < 0 || age >= engagement.readDays)
            continue;
        if (day > engagement.newest)
            engagement.newest = day;
        let type = SIGNAL_TYPE_INDEX.get(sig.Signal_Type__c);
        if (type === undefined) {
            type = OTHER_SIGNAL_TYPE;
            notes.add('SI_Intent_Signal__c', 'Signal_Type__c', `Blank or not one of ${INTENT_SIGNAL_TYPES.join(', ')}: counted as Other`, recordId(sig));
        }
        let weight = settings.Intent_Signal_Default_Weight;
        const w = sig.Weight__c;
        if (typeof w === 'number' && Number.isFinite(w) && w >= 0)
            weight = w;
        else if (w === null || w === undefined)
            notes.add('SI_Intent_Signal__c', 'Weight__c', `Blank: default weight ${weight} used`, recordId(sig));
        else
            notes.add('SI_Intent_Signal__c', 'Weight__c', `Not a number of 0 or more: default weight ${weight} used`, recordId(sig));
        const keyword = text(sig.Keyword__c);
        if (age < W)
            addSignal(engagement.current, type, weight, keyword);
        else if (age < 2 * W)
            addSignal(engagement.prior, type, weight, keyword);
        let person = personOf(byId, sig.Contact__c);
        if (person < 0)
            person = personOf(byId, sig.Lead__c);
        if (person >= 0)
            engagement.engage(person, SIGNAL_KIND, weight * settings.Engagement_Signal_Multiplier, age, day);
    }
}
// People in rank order --------------------------------------------------------------------------
/** Orders two people tied on score and last engagement: by name, then by Id. */
function byNameThenId(a, b, names, ids) {
    const nameA = names[a];
    const nameB = names[b];
    if (nameA !== nameB)
        return nameA < nameB ? -1 : 1;
    return ids[a] < ids[b] ? -1 : 1;
}
/**
 * The largest number of (score, day) keys the counting sort of `sortByRank` takes on (an engagement window of
 * up to 647 days; 90 by default); beyond, it compares.
 */
const MAX_RANK_KEYS = 1 << 16;
/**
 * Sorts person indexes best first: higher score, then later last engagement, then name, then Id.
 * Fast path: scores are whole numbers from 0 to 100 and last engagement days fall in the engagement window,
 * so (score, day) is a small whole number. A counting sort orders people by it in linear time; only people
 * tied on both are then compared, by name and Id. Same order as comparing everything (`compareAll`).
 */
function sortByRank(order, scores, lastDay, names, ids) {
    const count = order.length;
    let minDay = Infinity;
    let maxDay = NO_DAY;
    let smallScores = true;
    for (let i = 0; i < count; i++) {
        const score = scores[i];
        if (!Number.isInteger(score) || score < 0 || score > 100)
            smallScores = false;
        const day = lastDay[i];
        if (day === NO_DAY)
            continue;
        if (day < minDay)
            minDay = day;
        if (day > maxDay)
            maxDay = day;
    }
    // Day slots: 0 for the latest day ... maxDay - minDay for the earliest, then one for "never engaged".
    const daySlots = maxDay === NO_DAY ? 1 : maxDay - minDay + 2;
    const keys = 101 * daySlots;
    if (!smallScores || keys > MAX_RANK_KEYS) {
        compareAll(order, scores, lastDay, names, ids);
        return;
    }
    const keyOf = new Int32Array(count);
    const starts = new Int32Array(keys + 1);
    for (let i = 0; i < count; i++) {
        const day = lastDay[i];
        const key = (100 - scores[i]) * daySlots + (day === NO_DAY ? daySlots - 1 : maxDay - day);
        keyOf[i] = key;
        starts[key + 1]++;
    }
    for (let k = 0; k < keys; k++)
        starts[k + 1] += starts[k];
    for (let i = 0; i < count; i++)
        order[starts[keyOf[i]]++] = i;
    // Runs of people with the same key, ordered by name and Id.
    const ties = (a, b) => byNameThenId(a, b, names, ids);
    for (let from = 0; from < count;) {
        const key = keyOf[order[from]];
        let to = from + 1;
        while (to < count && keyOf[order[to]] === key)
            to++;
        if (to - from > 1)
            sortRun(order, from, to, ties);
        from = to;
    }
}
/** Sorts `order[from..to)`: short runs by insertion in place (no allocation), longer ones by the built-in sort. */
function sortRun(order, from, to, compare) {
    if (to - from <= 16) {
        for (let i = from + 1; i < to; i++) {
            const x = order[i];
            let j = i - 1;
            while (j >= from && compare(order[j], x) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        return;
    }
    const run = order.slice(from, to).sort(compare);
    for (let k = 0; k < run.length; k++)
        order[from + k] = run[k];
}
/** `sortByRank` by comparing every pair it needs to (any scores and days). */
function compareAll(order, scores, lastDay, names, ids) {
    order.sort((a, b) => {
        const byScore = scores[b] - scores[a];
        if (byScore)
            return byScore;
        const dayA = lastDay[a];
        const dayB = lastDay[b];
        if (dayA !== dayB)
            return dayA < dayB ? 1 : -1;
        return byNameThenId(a, b, names, ids);
    });
}
/**
 * Computes the insight of one account. `asOf` (YYYY-MM-DD) is the scoring date: every window and every
 * age is counted back from it, and nothing reads the clock. Missing or malformed values never throw:
 * they count as absent and are listed in `dataQuality`. Throws only when `asOf` is not a date or
 * `data.account` is not a record. `config` is trusted: check external configuration with `validateConfig`.
 */
export function computeInsight(data, config, asOf) {
    const asOfDay = parseAsOf(asOf);
    if (!isObject(data) || !isObject(data.account))
        throw new Error('computeInsight needs data.account, an Account record');
    const s = config.settings;
    const notes = new QualityNotes();
    const account = data.account;
    const accountId = recordId(account);
    if (!accountId)
        notes.add('Account', 'Id', 'No Id or referenceId', null);
    const accountName = text(account.Name);
    if (!accountName)
        notes.add('Account', 'Name', 'Blank', accountId);
    let abmTier = null;
    if (isOneOf(ABM_TIERS, account.SI_ABM_Tier__c))
        abmTier = account.SI_ABM_Tier__c;
    else if (account.SI_ABM_Tier__c !== null && account.SI_ABM_Tier__c !== undefined && account.SI_ABM_Tier__c !== '') {
        notes.add('Account', 'SI_ABM_Tier__c', `Not one of ${ABM_TIERS.join(', ')}: ignored`, accountId);
    }
    // One pass per array, in this order (notes keep the first examples of each array in input order).
    const contacts = recordsOf(data.contacts, 'Contact', notes);
    const leads = recordsOf(data.leads, 'Lead', notes);
    const people = readPeople(contacts, leads, account, preparePersonas(config.personas), notes);
    const reachCounter = new ReachCounter(people, reachBinsOf(data, asOfDay, s, notes), s, notes);
    const engagementCounter = new EngagementCounter(people.count, asOfDay, s);
    countResponses(recordsOf(data.campaignMembers, 'CampaignMember', notes), people.byId, engagementCounter, s, notes);
    countSignals(recordsOf(data.intentSignals, 'SI_Intent_Signal__c', notes), people.byId, accountId, engagementCounter, s, notes);
    // Opportunities ---------------------------------------------------------------------------------
    let openOpportunities = 0;
    let recentWonOpportunities = 0;
    for (const opportunity of recordsOf(data.opportunities, 'Opportunity', notes)) {
        if (!isObject(opportunity)) {
            notes.add('Opportunity', '(record)', 'Not a record: left out', null);
            continue;
        }
        const o = opportunity;
        const id = recordId(o);
        // IsClosed and IsWon are computed by Salesforce: without them, StageName decides.
        const stageName = typeof o.StageName === 'string' ? o.StageName.trim().toLowerCase() : '';
        let closed;
        let won;
        if (typeof o.IsClosed === 'boolean') {
            closed = o.IsClosed;
            won = o.IsWon === true;
        }
        else if (stageName) {
            closed = stageName.startsWith('closed');
            won = stageName === 'closed won';
        }
        else {
            notes.add('Opportunity', 'IsClosed', 'Neither IsClosed nor StageName: opportunity not counted', id);
            continue;
        }
        if (!closed) {
            openOpportunities++;
            continue;
        }
        if (!won)
            continue;
        const close = parseDay(o.CloseDate);
        if (close === null) {
            notes.add('Opportunity', 'CloseDate', 'Won opportunity without a valid close date: not counted', id);
            continue;
        }
        if (asOfDay - close <= s.Stage_Won_Opportunity_Days)
            recentWonOpportunities++;
    }
    // People's insights ---------------------------------------------------------------------------
    // Each person's insight is built once, in input order: records are read in the order they sit in
    // memory, not in the random order of their rank. Then the insights are ordered best first.
    const count = people.count;
    const { points, counts, lastDay, lastKind, engaged } = engagementCounter;
    const { lastReached, reachCount } = reachCounter;
    const engagementLabels = new Map();
    // Days repeat across people: format each distinct day once.
    const dayTexts = new Map();
    const dayText = (day) => {
        let t = dayTexts.get(day);
        if (t === undefined)
            dayTexts.set(day, (t = formatDay(day)));
        return t;
    };
    const scores = filled(count, 0);
    const names = [];
    const byIndex = [];
    const order = [];
    let engagedPeople = 0;
    for (let i = 0; i < count; i++) {
        const record = people.records[i];
        const id = people.ids[i];
        const placed = people.placements[people.placement[i]];
        const factors = personEngagementFactorsOf(points, counts, i, s, engagementLabels);
        // The score is the sum of its factors (shared out when capped at 100).
        let score = 0;
        for (let k = 0; k < factors.length; k++)
            score += factors[k].points;
        const name = personName(record, id);
        const engagedDay = lastDay[i];
        const reachedDay = lastReached[i];
        const kindIndex = lastKind[i];
        // Copied from a template, not an object literal: see PERSON.
        const insight = { ...PERSON };
        insight.id = id;
        insight.type = people.isLead[i] === 1 ? 'Lead' : 'Contact';
        insight.name = name;
        insight.title = text(record.Title);
        insight.email = text(record.Email);
        insight.optedOut = record.HasOptedOutOfEmail === true;
        insight.jobFunction = placed.cls.jobFunction;
        insight.seniority = placed.cls.seniority;
        insight.persona = placed.persona;
        insight.score = score;
        insight.factors = factors;
        insight.caps = personEngagementCaps(factors);
        insight.grade = engagementGrade(score, s);
        insight.engagementCount = engaged[i];
        insight.lastEngagedDate = engagedDay === NO_DAY ? null : dayText(engagedDay);
        insight.lastEngagementKind = kindIndex < 0 ? null : ENGAGEMENT_KINDS[kindIndex];
        insight.reachCount = reachCount[i];
        insight.lastReachedDate = reachedDay === NO_DAY ? null : dayText(reachedDay);
        insight.matchedBy = MATCH_KINDS[people.matchedBy[i]];
        insight.outreachProspectId = text(record.SI_Outreach_Prospect_Id__c);
        byIndex.push(insight);
        scores[i] = score;
        names.push(name);
        order.push(i);
        if (engaged[i] > 0)
            engagedPeople++;
    }
    sortByRank(order, scores, lastDay, names, people.ids);
    const personInsights = [];
    // Reach candidates: people not reached yet, and the first reached person of each persona
    // (contactsToReach reads reached people only for their persona).
    const candidates = [];
    // Whether a reached person of each persona was met, by Placement.personaIndex + 1 (0: Other).
    const personaReached = new Uint8Array(people.personas.length + 1);
    for (let r = 0; r < count; r++) {
        const i = order[r];
        const insight = byIndex[i];
        personInsights.push(insight);
        if (reachCount[i] === 0) {
            if (insight.optedOut)
                continue;
        }
        else {
            const persona = people.placements[people.placement[i]].personaIndex + 1;
            if (personaReached[persona] === 1)
                continue;
            personaReached[persona] = 1;
        }
        const engagedDay = lastDay[i];
        candidates.push({ person: insight, lastEngagedDay: engagedDay === NO_DAY ? null : engagedDay });
    }
    const engagement = accountEngagementOf(personInsights, (r) => {
        const day = lastDay[order[r]];
        return day === NO_DAY ? null : day;
    }, s, dayText);
    const reach = computeReach(reachCounter.tally, s, config.personas);
    const intent = computeIntent(engagementCounter.current, engagementCounter.prior, s);
    const profileFit = computeProfileFit(account, config.criteria, s, notes, accountId);
    const buyingStage = computeStage({ intentScore: intent.score, engagedPeople, openOpportunities, recentWonOpportunities }, s);
    const qualified = computeQualified(profileFit.band, buyingStage.stage, account, asOf, notes, accountId);
    const personaMap = buildPersonaMap(config.personas, personInsights);
    const toReach = contactsToReach(candidates, config.personas, s, asOfDay);
    const newest = Math.max(reachCounter.newest, engagementCounter.newest);
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
        freshness: { newestActivityDate: newest === NO_DAY ? null : formatDay(newest), asOf, daysSinceNewest: newest === NO_DAY ? null : asOfDay - newest },
        dataQuality: notes.list()
    };
}
