// Command-line face of the signals engine: scores the accounts of an sObject tree export.
//   npm run insight -- --data <dir> [--account <Id or referenceId>] [--as-of YYYY-MM-DD] [--config <file>] [--json]
// Says which as-of it scored at (and whether that was today, the default), and warns on stderr (and in
// --json) when the data's newest activity is more than STALE_DATA_DAYS before it: a stale export, or a
// sample set generated for another day.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    ConfigError,
    DEFAULT_CONFIG,
    computeInsight,
    configFromMetadata,
    explanationLines,
    groupAccountData,
    parseAsOf,
    validateConfig,
    type AccountInsight,
    type ConfigMetadata,
    type Dataset,
    type DataQualityNote,
    type EngineConfig,
    type Scored
} from '../force-app/main/default/lwc/siEngine/siEngine';
import { DataAsOfError, daysBetween, localToday, readDataAsOf } from '../lib/asOf';
import { SObjectTreeError, readSObjectTree, type SObjectTree } from '../lib/sobjectTree';

export interface CliOptions {
    data: string;
    account: string | null;
    asOf: string;
    /** True when --as-of was not given and `asOf` is today. */
    asOfIsToday: boolean;
    config: string | null;
    json: boolean;
}

/**
 * Data whose newest activity (Task, Event, campaign response, intent signal) is more than this many days
 * before the as-of is likely stale: the engine's intent window is 30 days, so such data scores no intent.
 */
export const STALE_DATA_DAYS = 30;

/** How fresh the data is for the as-of: the `dataFreshness` of --json. */
export interface DataFreshness {
    /** The newest activity of any account on or before the as-of (the engine's freshness), or null. */
    newestActivityDate: string | null;
    /** Days from it to the as-of, or null. */
    daysBeforeAsOf: number | null;
    /** The as-of the data folder declares (`sample-as-of.json`: a generated set), or null (an export). */
    dataAsOf: string | null;
    staleAfterDays: number;
    stale: boolean;
    /** The warning printed on stderr when stale, else null. */
    warning: string | null;
}

export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Today's date as YYYY-MM-DD (this machine's calendar): the default of --as-of (the only place the clock is read). */
    today: () => string;
}

/** A wrong command line: printed with the usage. */
export class UsageError extends Error {}

const USAGE =
    'Usage: npm run insight -- --data <dir> [--account <Id or referenceId>] [--as-of YYYY-MM-DD] [--config <file>] [--json]';

export function parseArgs(argv: readonly string[], today: () => string): CliOptions {
    const options: CliOptions = { data: '', account: null, asOf: '', asOfIsToday: false, config: null, json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--data') options.data = value();
        else if (arg === '--account') options.account = value();
        else if (arg === '--as-of') options.asOf = value();
        else if (arg === '--config') options.config = value();
        else if (arg === '--json') options.json = true;
        else throw new UsageError(`unknown argument ${arg}`);
    }
    return checkDataOptions(options, today);
}

/**
 * What every command over sObject tree files checks once its flags are read: `--data` given, and
 * `--as-of` a date (today's when not given).
 */
export function checkDataOptions<T extends { data: string; asOf: string; asOfIsToday: boolean }>(
    options: T,
    today: () => string
): T {
    if (!options.data) throw new UsageError('--data <dir> is required');
    if (!options.asOf) {
        options.asOf = today();
        options.asOfIsToday = true;
    }
    try {
        parseAsOf(options.asOf);
    } catch (e) {
        throw new UsageError(`--as-of: ${(e as Error).message}`);
    }
    return options;
}

/**
 * Reads a configuration file: either an `EngineConfig` (`settings` an object of key to number) or the
 * custom metadata records (`settings` a list of `SI_Model_Setting__mdt` records), as `configToMetadata` gives.
 */
export function loadConfig(path: string): EngineConfig {
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (e) {
        throw new UsageError(`--config ${path}: ${(e as Error).message}`);
    }
    if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { settings?: unknown }).settings)) {
        return configFromMetadata(parsed as ConfigMetadata);
    }
    return validateConfig(parsed, `--config ${path}`);
}

const TYPES: Record<string, keyof Dataset> = {
    Account: 'accounts',
    Campaign: 'campaigns',
    Contact: 'contacts',
    Lead: 'leads',
    Task: 'tasks',
    Event: 'events',
    CampaignMember: 'campaignMembers',
    Opportunity: 'opportunities',
    SI_Intent_Signal__c: 'intentSignals'
};

/** The engine's dataset from a tree, and the sObject types it does not use (with counts). */
export function datasetFromTree(tree: SObjectTree): { dataset: Dataset; unused: string[] } {
    const dataset: Record<string, unknown[]> = {};
    const unused: string[] = [];
    for (const [type, records] of tree.byType) {
        const key = TYPES[type];
        if (key) dataset[key] = records;
        else unused.push(`${type} (${records.length})`);
    }
    return { dataset: dataset as Dataset, unused };
}

/** The date fields of each activity record type, in the order the engine reads them. */
const ACTIVITY_DATES: Readonly<Record<string, readonly string[]>> = {
    Task: ['ActivityDate', 'CompletedDateTime', 'CreatedDate'],
    Event: ['ActivityDateTime', 'ActivityDate'],
    CampaignMember: ['FirstRespondedDate', 'CreatedDate'],
    SI_Intent_Signal__c: ['Occurred_At__c']
};
const ACTIVITY_TYPES = Object.keys(ACTIVITY_DATES);

/** The newest day (YYYY-MM-DD) of any activity record of the tree on or before `asOf`, or null. */
function newestActivity(tree: SObjectTree, asOf: string): string | null {
    let newest: string | null = null;
    for (const [type, fields] of Object.entries(ACTIVITY_DATES)) {
        for (const record of tree.byType.get(type) ?? []) {
            const r = record as Record<string, unknown>;
            const value = fields.map((f) => r[f]).find((v) => typeof v === 'string' && v.length >= 10);
            const day = typeof value === 'string' ? value.slice(0, 10) : null;
            if (day !== null && day <= asOf && (newest === null || day > newest)) newest = day;
        }
    }
    return newest;
}

/**
 * The data's freshness for the as-of: the newest activity record of the data set (any age: the insights
 * read only their windows). Stale when it is more than STALE_DATA_DAYS before the as-of, or when the data
 * has activities but none on or before the as-of (an as-of before the data). Data without any activity is
 * not stale.
 */
export function dataFreshness(tree: SObjectTree, asOf: string, dataAsOf: string | null): DataFreshness {
    const newest = newestActivity(tree, asOf);
    const days = newest === null ? null : daysBetween(newest, asOf);
    const hasActivities = ACTIVITY_TYPES.some((t) => (tree.byType.get(t)?.length ?? 0) > 0);
    const stale = days === null ? hasActivities : days > STALE_DATA_DAYS;
    let warning: string | null = null;
    if (stale) {
        const what =
            newest === null
                ? `the data has no activity on or before the as-of ${asOf}`
                : `the data's newest activity is ${newest}, ${days} days before the as-of ${asOf} (more than ${STALE_DATA_DAYS} days)`;
        const generate = `npm run generate:data -- --as-of ${asOf} --out <dir>`;
        const advice =
            dataAsOf !== null && dataAsOf !== asOf
                ? `Score it on the day it is generated for with --as-of ${dataAsOf}, or generate the sample data for ${asOf}: ${generate}`
                : newest !== null
                  ? `Score it as of its newest activity with --as-of ${newest}, or export it again; for the sample data: ${generate}`
                  : `Pass an --as-of within the data; for the sample data: ${generate}`;
        warning = `${what}. A stale export, or a sample set generated for another day? Scores count little or nothing that old (intent, reach, stage). ${advice}`;
    }
    return {
        newestActivityDate: newest,
        daysBeforeAsOf: days,
        dataAsOf,
        staleAfterDays: STALE_DATA_DAYS,
        stale,
        warning
    };
}

/** The line saying which as-of the scores are for. */
export function formatAsOf(options: Pick<CliOptions, 'asOf' | 'asOfIsToday'>, dataAsOf: string | null): string {
    const source = options.asOfIsToday ? 'today, the default; --as-of YYYY-MM-DD pins a day' : 'from --as-of';
    const data = dataAsOf ? `; the data is generated for ${dataAsOf}` : '';
    return `As of ${options.asOf} (${source})${data}`;
}

function pad(text: string, width: number): string {
    return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function table(rows: string[][]): string {
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    return rows
        .map((r) =>
            r
                .map((cell, c) => pad(cell, widths[c] ?? 0))
                .join('  ')
                .trimEnd()
        )
        .join('\n');
}

export function formatSummary(insights: readonly AccountInsight[]): string {
    const rows = [['Account', 'Id', 'Fit', 'Reach', 'Engagement', 'Intent', 'Stage', 'Qualified', 'Newest activity']];
    for (const i of insights) {
        rows.push([
            i.accountName ?? '(no name)',
            i.accountId ?? '',
            `${i.profileFit.score} ${i.profileFit.band}`,
            `${i.reach.score} ${i.reach.level}`,
            String(i.engagement.score),
            `${i.intent.score} ${i.intent.trend}`,
            i.buyingStage.stage,
            i.qualified.qualified
                ? i.qualified.startDate
                    ? `yes since ${i.qualified.startDate}`
                    : 'yes (start not recorded)'
                : i.qualified.endDate && i.qualified.change === 'No longer qualified'
                  ? `ended ${i.qualified.endDate}`
                  : 'no',
            i.freshness.newestActivityDate ?? '-'
        ]);
    }
    return table(rows);
}

/**
 * A score's factors with the points they give (their share of the score: the lines sum to it), the points
 * before a cap in brackets where a cap changed them, and each cap's note after the last factor it limits.
 */
function factorLines(scored: Pick<Scored, 'factors' | 'caps'>): string[] {
    return explanationLines(scored).map((l) => {
        if (l.points === null) return `            ${l.label}`;
        const before = l.rawPoints !== null && l.rawPoints !== l.points ? `  [${l.rawPoints} before the cap]` : '';
        return `      ${`${l.points >= 0 ? '+' : ''}${l.points}`.padEnd(4)}  ${l.label}${before}`;
    });
}

export function formatDetail(i: AccountInsight): string {
    const byId = new Map(i.people.map((p) => [p.id, p]));
    const lines = [
        `${i.accountName ?? '(no name)'} (${i.accountId ?? 'no Id'}), as of ${i.asOf}`,
        `  Profile fit ${i.profileFit.score} (${i.profileFit.band})`,
        ...factorLines(i.profileFit),
        `  Reach ${i.reach.score} (${i.reach.level}), ${i.reach.peopleReached} people reached, last ${i.reach.lastReachedDate ?? 'never'}`,
        ...factorLines(i.reach),
        `  Account engagement ${i.engagement.score}, ${i.engagement.engagedPeople} engaged people`,
        ...factorLines(i.engagement),
        `  Intent ${i.intent.score} (${i.intent.trend}; prior period ${i.intent.priorScore}); top keywords: ${i.intent.topKeywords.map((k) => k.keyword).join(', ') || 'none'}`,
        ...factorLines(i.intent),
        `  Buying stage ${i.buyingStage.stage}`,
        ...i.buyingStage.reasons.map((r) => `      ${r}`),
        `  ${i.qualified.reason}${i.qualified.startDate ? `; start ${i.qualified.startDate}` : ''}${i.qualified.endDate ? `; end ${i.qualified.endDate}` : ''}`,
        '  Persona map'
    ];
    for (const slot of i.personaMap.personas) {
        const names = slot.people
            .slice(0, 3)
            .map((id) => `${byId.get(id)?.name ?? id} (${byId.get(id)?.grade ?? '?'})`);
        const more = slot.people.length > 3 ? ` +${slot.people.length - 3} more` : '';
        lines.push(
            `      ${pad(`${slot.label} [${slot.importance}]`, 34)} ${slot.gap ? 'GAP: nobody' : names.join(', ') + more}`
        );
    }
    lines.push(`      ${pad('Other', 34)} ${i.personaMap.other.length} people`);
    lines.push('  Contacts to reach');
    if (i.contactsToReach.length === 0) lines.push('      none');
    i.contactsToReach.forEach((c, n) =>
        lines.push(`      ${n + 1}. ${c.name} (${c.persona}, grade ${c.grade}): ${c.reason}`)
    );
    lines.push(
        `  Data freshness: newest activity ${i.freshness.newestActivityDate ?? 'none'}${i.freshness.daysSinceNewest !== null ? ` (${i.freshness.daysSinceNewest} days before ${i.asOf})` : ''}`
    );
    lines.push(...formatNotes('Data quality', i.dataQuality));
    return lines.join('\n');
}

function formatNotes(title: string, notes: readonly DataQualityNote[]): string[] {
    if (notes.length === 0) return [`  ${title}: no notes`];
    return [
        `  ${title}:`,
        ...notes.map(
            (n) =>
                `      ${n.object}.${n.field}: ${n.issue} (${n.count}${n.examples.length ? `, e.g. ${n.examples.join(', ')}` : ''})`
        )
    ];
}

/** Runs the command; returns the exit code (0 ok, 1 bad input). */
export function main(argv: readonly string[], io: CliIo): number {
    try {
        const options = parseArgs(argv, io.today);
        const config = options.config ? loadConfig(options.config) : DEFAULT_CONFIG;
        const tree = readSObjectTree(options.data);
        const dataAsOf = readDataAsOf(options.data);
        const { dataset, unused } = datasetFromTree(tree);
        const grouped = groupAccountData(dataset);
        if (grouped.accounts.length === 0) throw new UsageError(`${options.data}: no Account records`);
        let selected = grouped.accounts;
        if (options.account) {
            const wanted = options.account;
            selected = grouped.accounts.filter(
                (a) => a.account.Id === wanted || a.account.attributes?.referenceId === wanted
            );
            if (selected.length === 0) {
                const known = grouped.accounts
                    .map((a) => `${String(a.account.Id)} (${String(a.account.Name ?? '')})`)
                    .join(', ');
                throw new UsageError(`unknown account ${wanted}; accounts in ${options.data}: ${known}`);
            }
        }
        // Every account is scored; the selected ones are shown.
        const scored = grouped.accounts.map((data) => ({ data, insight: computeInsight(data, config, options.asOf) }));
        const insights = scored.filter((s) => selected.includes(s.data)).map((s) => s.insight);
        const freshness = dataFreshness(tree, options.asOf, dataAsOf);
        if (freshness.warning) io.stderr(`insight: warning: ${freshness.warning}\n`);
        if (options.json) {
            const asOfSource = options.asOfIsToday ? 'today' : '--as-of';
            const result = {
                asOf: options.asOf,
                asOfSource,
                data: options.data,
                dataFreshness: freshness,
                accounts: insights,
                unplaced: grouped.unplaced,
                unusedTypes: unused
            };
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        } else {
            const parts = [formatAsOf(options, dataAsOf), formatSummary(insights)];
            if (options.account) parts.push(...insights.map(formatDetail));
            else parts.push('Details: add --account <Id or referenceId>; everything: --json');
            if (grouped.unplaced.length > 0)
                parts.push(formatNotes('Records not placed under any account', grouped.unplaced).join('\n'));
            if (unused.length > 0) parts.push(`Not used by the engine: ${unused.join(', ')}`);
            io.stdout(`${parts.join('\n\n')}\n`);
        }
        return 0;
    } catch (e) {
        if (
            e instanceof UsageError ||
            e instanceof SObjectTreeError ||
            e instanceof ConfigError ||
            e instanceof DataAsOfError
        ) {
            io.stderr(`insight: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
            return 1;
        }
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        today: () => localToday()
    });
}
