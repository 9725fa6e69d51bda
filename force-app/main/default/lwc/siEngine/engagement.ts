// Engagement: campaign responses (email clicks, form fills, webinars, events) and person-linked intent
// signals, recency-weighted, per person and for the account.
import type { ModelSettings } from './config';
import { NO_CAPS, SCORE_CAP_LABEL, apportion, capGroup, factor, finishScore, plural, roundPoints } from './scoring';
import type { AccountEngagementResult, CampaignMember, Factor, ScoreCap } from './types';
import { ENGAGEMENT_KINDS, type EngagementGrade, type EngagementKind } from './vocabulary';

function lower(value: unknown): string {
    return typeof value === 'string' ? value.toLowerCase() : '';
}

/**
 * Whether a campaign member counts as a response: `HasResponded` true. When `HasResponded` is blank (it is
 * computed by Salesforce, so imported or exported tree files often lack it): a `FirstRespondedDate`, or a
 * Status saying responded, clicked, attended, submitted, downloaded or filled. `HasResponded` false and
 * statuses such as Sent, Opened or Registered are not engagement.
 */
export function isResponse(member: CampaignMember): boolean {
    if (member.HasResponded === true) return true;
    if (member.HasResponded === false) return false;
    if (typeof member.FirstRespondedDate === 'string' && member.FirstRespondedDate.trim() !== '') return true;
    return /respond|click|attend|submit|download|fill/.test(lower(member.Status));
}

/**
 * The kind of a campaign response, from member `Status` and `Campaign.Type`, first rule that applies:
 * Status with "click" -> Email Click; Campaign Type Webinar -> Webinar when Status says attended, else
 * Other Response; Type Event / Trade Show / Conference / Seminar -> Event when attended, else Other
 * Response; Status with form, submit, download or fill, or Type Content / Website -> Form Fill;
 * Type Email -> Email Click; otherwise Other Response.
 */
export function engagementKindOfMember(member: CampaignMember): EngagementKind {
    const status = lower(member.Status);
    const type = lower(member.Campaign?.Type);
    if (status.includes('click')) return 'Email Click';
    const attended = status.includes('attend');
    if (type.includes('webinar')) return attended ? 'Webinar' : 'Other Response';
    if (
        type.includes('event') ||
        type.includes('trade show') ||
        type.includes('conference') ||
        type.includes('seminar')
    ) {
        return attended ? 'Event' : 'Other Response';
    }
    if (/form|submit|download|fill/.test(status) || type.includes('content') || type.includes('website'))
        return 'Form Fill';
    if (type.includes('email')) return 'Email Click';
    return 'Other Response';
}

/**
 * How many days of campaign responses and intent signals up to the as-of date count for anything: the
 * engagement window, or the intent window and the prior period before it, whichever is longer. Older ones
 * are not read (the panel's queries ask for these days only).
 */
export function engagementReadDays(settings: Pick<ModelSettings, 'Engagement_Window_Days' | 'Intent_Window_Days'>): number {
    return Math.max(settings.Engagement_Window_Days, 2 * settings.Intent_Window_Days);
}

/**
 * The days of activity the engine reads, the as-of day included: Tasks and Events of the reach window,
 * campaign responses and intent signals of `engagementReadDays`. The panel's query asks for these only.
 */
export function readWindows(settings: Pick<ModelSettings, 'Reach_Window_Days' | 'Engagement_Window_Days' | 'Intent_Window_Days'>): { reachDays: number; engagementDays: number } {
    return { reachDays: settings.Reach_Window_Days, engagementDays: engagementReadDays(settings) };
}

/** Base points of a response kind on the scoring date (before recency weighting). */
export function responsePoints(kind: EngagementKind, settings: ModelSettings): number {
    switch (kind) {
        case 'Email Click':
            return settings.Engagement_Email_Click_Points;
        case 'Form Fill':
            return settings.Engagement_Form_Fill_Points;
        case 'Webinar':
            return settings.Engagement_Webinar_Points;
        case 'Event':
            return settings.Engagement_Event_Points;
        case 'Other Response':
            return settings.Engagement_Other_Response_Points;
        default:
            return 0;
    }
}

/** Index of each engagement kind in a tally's arrays (the order of ENGAGEMENT_KINDS). */
export const ENGAGEMENT_KIND_INDEX: Readonly<Record<EngagementKind, number>> = Object.fromEntries(
    ENGAGEMENT_KINDS.map((k, i) => [k, i])
) as Record<EngagementKind, number>;

// Read once per person and kind by the functions below: bound here once, because a module turned into
// CommonJS by a bundler (esbuild, hence tsx and the benchmark) reads imported bindings through getters.
const KIND_COUNT = ENGAGEMENT_KINDS.length;
const round = roundPoints;
const newFactor = factor;

const KIND_LABEL: Record<EngagementKind, [string, string]> = {
    'Email Click': ['email click', 'email clicks'],
    'Form Fill': ['form fill', 'form fills'],
    Webinar: ['webinar attended', 'webinars attended'],
    Event: ['event attended', 'events attended'],
    'Other Response': ['other campaign response', 'other campaign responses'],
    'Intent Signal': ['intent signal', 'intent signals']
};

/**
 * Engagement tallies of many people: per engagement kind (index in ENGAGEMENT_KINDS), per person index,
 * the recency-weighted points and the count of the kind.
 */
export type PointsByKind = readonly (readonly number[])[];

/** The sum of the rounded points of the kinds `person` has a count of. */
function roundedTotal(points: PointsByKind, counts: PointsByKind, person: number): number {
    let total = 0;
    for (let i = 0; i < KIND_COUNT; i++) {
        if (((counts[i] as readonly number[])[person] as number) !== 0)
            total += round((points[i] as readonly number[])[person] as number);
    }
    return total;
}

/** The engagement score of `person` in per-kind tallies, alone (no factor built): rounded factors summed, capped at 100. */
export function personEngagementScoreOf(points: PointsByKind, counts: PointsByKind, person: number): number {
    const total = roundedTotal(points, counts, person);
    return total > 100 ? 100 : total;
}

/**
 * The engagement factors of `person` in per-kind tallies, in an array of exactly their number
 * (one allocation, no growth). `labels`, when given, caches factor labels by kind and count across the
 * people of one insight (with the same settings).
 */
export function personEngagementFactorsOf(
    points: PointsByKind,
    counts: PointsByKind,
    person: number,
    settings: ModelSettings,
    labels: Map<number, string> | undefined
): Factor[] {
    let size = 0;
    for (let i = 0; i < KIND_COUNT; i++) if (((counts[i] as readonly number[])[person] as number) !== 0) size++;
    const total = roundedTotal(points, counts, person);
    const factors = new Array<Factor>(size);
    let n = 0;
    for (let i = 0; i < KIND_COUNT; i++) {
        const count = (counts[i] as readonly number[])[person] as number;
        if (count === 0) continue;
        const key = count * KIND_COUNT + i;
        let label = labels?.get(key);
        if (label === undefined) {
            const [one, many] = KIND_LABEL[ENGAGEMENT_KINDS[i] as EngagementKind];
            label = `${plural(count, one, many)} in the last ${settings.Engagement_Window_Days} days (recency-weighted)`;
            labels?.set(key, label);
        }
        factors[n++] = newFactor(label, round((points[i] as readonly number[])[person] as number));
    }
    // As finishScore: above 100, the 100 points are shared out over the kinds (their rawPoints keep the rest).
    if (total > 100) apportion(factors, 0, size, 100);
    return factors;
}

/**
 * The caps of a person's engagement factors (`personEngagementFactorsOf`): "Capped at 100" when their raw
 * points sum to more than 100, else none (the shared, frozen `NO_CAPS`: no array per person).
 */
export function personEngagementCaps(factors: readonly Factor[]): ScoreCap[] {
    let before = 0;
    for (let k = 0; k < factors.length; k++) before += (factors[k] as Factor).rawPoints;
    return before > 100 ? [{ label: SCORE_CAP_LABEL, max: 100, before, first: 0, count: factors.length }] : NO_CAPS;
}

/** Grade A at `Grade_A_Min` or above, B at `Grade_B_Min`, C at `Grade_C_Min`, else D. */
export function engagementGrade(score: number, settings: ModelSettings): EngagementGrade {
    if (score >= settings.Grade_A_Min) return 'A';
    if (score >= settings.Grade_B_Min) return 'B';
    if (score >= settings.Grade_C_Min) return 'C';
    return 'D';
}

const TOP_PEOPLE = 5;

/**
 * Account engagement: the engagement scores of the people, the five best listed by name and the rest
 * summed in one factor, plus `Account_Engaged_Person_Points` per engaged person (capped at
 * `Account_Engaged_Person_Max`); the total is capped at 100. `people` must be ordered best first.
 */
export function accountEngagement(
    people: readonly { name: string; score: number; engagementCount: number; lastEngagedDay: number | null }[],
    settings: ModelSettings,
    formatDay: (day: number) => string
): AccountEngagementResult {
    return accountEngagementOf(
        people,
        (i) => (people[i] as (typeof people)[number]).lastEngagedDay,
        settings,
        formatDay
    );
}

/** `accountEngagement` of people whose last engaged day is `lastEngagedDayOf(index)`. */
export function accountEngagementOf(
    people: readonly { name: string; score: number; engagementCount: number }[],
    lastEngagedDayOf: (index: number) => number | null,
    settings: ModelSettings,
    formatDay: (day: number) => string
): AccountEngagementResult {
    const factors: Factor[] = [];
    const caps: ScoreCap[] = [];
    let engaged = 0;
    let engagementCount = 0;
    let restPoints = 0;
    let restPeople = 0;
    let lastDay: number | null = null;
    for (let i = 0; i < people.length; i++) {
        const p = people[i] as (typeof people)[number];
        if (p.engagementCount === 0) continue;
        engaged++;
        engagementCount += p.engagementCount;
        const day = lastEngagedDayOf(i);
        if (day !== null && (lastDay === null || day > lastDay)) lastDay = day;
        if (engaged <= TOP_PEOPLE) factors.push(factor(`${p.name}: engagement ${p.score}`, p.score));
        else {
            restPoints += p.score;
            restPeople++;
        }
    }
    if (restPeople > 0)
        factors.push(factor(`${plural(restPeople, 'more engaged person', 'more engaged people')}`, restPoints));
    if (engaged > 0) {
        const first = factors.length;
        factors.push(
            factor(
                `Breadth: ${plural(engaged, 'engaged person', 'engaged people')}`,
                roundPoints(engaged * settings.Account_Engaged_Person_Points)
            )
        );
        capGroup(
            factors,
            first,
            settings.Account_Engaged_Person_Max,
            `Capped at ${settings.Account_Engaged_Person_Max} breadth points`,
            caps
        );
    }
    const scored = finishScore(factors, caps);
    return {
        ...scored,
        engagedPeople: engaged,
        engagementCount,
        lastEngagedDate: lastDay === null ? null : formatDay(lastDay)
    };
}
