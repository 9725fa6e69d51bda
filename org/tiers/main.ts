// ABM tiers and account readiness, over an sObject tree export (the data `npm run insight` reads) or an org:
//   npm run tiers -- --data <dir> [--as-of YYYY-MM-DD] [--config <customMetadata dir>] [--json]
//   npm run tiers -- --target-org <alias> [--config <customMetadata dir>] [--json]
// With --data, scores every account with the engine; with --target-org, takes the scores the org-wide
// scoring job stored on each Account (orgSource.ts) and the org's SI_Readiness_Item__mdt and SI_ABM_Tier__mdt
// records. Then checks each account against the readiness items and recommends tier moves that respect each
// tier's capacity (readiness.ts, tiers.ts). Reads only: the job writes SI_Recommended_Tier__c.
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
    ConfigError,
    DEFAULT_CONFIG,
    DEFAULT_READINESS_ITEMS,
    DEFAULT_TIERS,
    computeInsight,
    computeReadiness,
    configFromMetadata,
    groupAccountData,
    recommendTiers,
    tierCandidate,
    type EngineConfig,
    type ReadinessItem,
    type ReadinessResult,
    type TierDefinition,
    type TierPlan
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { DataAsOfError, localToday, readDataAsOf } from '../../lib/asOf';
import { SObjectTreeError, readSObjectTree } from '../../lib/sobjectTree';
import { readConfigMetadata } from '../config/configMetadata';
import { loadTierConfig } from '../config/tierConfig';
import { SalesforceError } from '../salesforce/errors';
import type { UnscoredAccount } from './orgSource';
import {
    UsageError,
    checkDataOptions,
    dataFreshness,
    datasetFromTree,
    formatAsOf,
    type CliIo
} from '../../scripts/insight';

export interface TiersOptions {
    /** An sObject tree export, or '' with --target-org. */
    data: string;
    /** An org alias or username (the sf CLI's stored auth), or null with --data. */
    targetOrg: string | null;
    asOf: string;
    asOfIsToday: boolean;
    /** A `customMetadata` folder (engine configuration, readiness items, tiers), or null: the shipped defaults. */
    config: string | null;
    json: boolean;
}

const USAGE = [
    'Usage: npm run tiers -- --data <dir> [--as-of YYYY-MM-DD] [--config <customMetadata dir>] [--json]',
    '       npm run tiers -- --target-org <alias> [--config <customMetadata dir>] [--json]'
].join('\n');

export function parseTiersArgs(argv: readonly string[], today: () => string): TiersOptions {
    const options: TiersOptions = {
        data: '',
        targetOrg: null,
        asOf: '',
        asOfIsToday: false,
        config: null,
        json: false
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--data') options.data = value();
        else if (arg === '--as-of') options.asOf = value();
        else if (arg === '--config') options.config = value();
        else if (arg === '--json') options.json = true;
        else if (arg === '--target-org') options.targetOrg = value();
        else throw new UsageError(`unknown argument ${arg}`);
    }
    if (options.targetOrg !== null) {
        if (options.data) throw new UsageError('--data and --target-org: give one of them');
        if (options.asOf)
            throw new UsageError(
                '--as-of does not apply with --target-org: the scores are those the scoring job stored (run npm run score -- --target-org <alias> --as-of <day> first)'
            );
        return options;
    }
    if (!options.data) throw new UsageError('--data <dir> or --target-org <alias> is required');
    return checkDataOptions(options, today);
}

interface LoadedConfig {
    engine: EngineConfig;
    readinessItems: ReadinessItem[];
    tiers: TierDefinition[];
    /** Where each part came from. */
    source: string;
}

function loadConfiguration(dir: string | null): LoadedConfig {
    if (dir === null) {
        return {
            engine: DEFAULT_CONFIG,
            readinessItems: [...DEFAULT_READINESS_ITEMS],
            tiers: [...DEFAULT_TIERS],
            source: 'the shipped defaults'
        };
    }
    if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new UsageError(`--config ${dir}: not a directory (a customMetadata folder)`);
    const metadata = readConfigMetadata(dir);
    const hasEngine = metadata.personas.length + metadata.criteria.length + metadata.settings.length > 0;
    const engine = hasEngine ? configFromMetadata(metadata) : DEFAULT_CONFIG;
    const { readinessItems, tiers, defaulted } = loadTierConfig(dir);
    if (!hasEngine) defaulted.unshift('SI_Persona__mdt, SI_Profile_Criterion__mdt, SI_Model_Setting__mdt');
    const source = defaulted.length > 0 ? `${dir} (shipped defaults for ${defaulted.join(', ')})` : dir;
    return { engine, readinessItems, tiers, source };
}

export interface AccountReadiness {
    accountId: string;
    accountName: string | null;
    readiness: ReadinessResult;
}

export interface TiersResult {
    /** The day the scores are for: --as-of or today (--data); the latest stored scoring day (--target-org). */
    asOf: string;
    asOfSource: 'today' | '--as-of' | 'stored scores';
    /** Where the accounts came from: the --data directory, or `org <alias>`. */
    data: string;
    config: string;
    tiers: TierPlan['tiers'];
    moves: TierPlan['moves'];
    accounts: TierPlan['accounts'];
    readiness: AccountReadiness[];
    /** Readiness fields that no Account record of the data carries at all (not exported?): counted missing. */
    fieldsNotInData: string[];
    /** --target-org: accounts the scoring job has not scored (no tier until it has), and the days it scored the others. */
    unscored?: UnscoredAccount[];
    scoredOn?: [string, number][];
    warnings: string[];
}

/** Scores, checks and plans; pure apart from reading the files. */
export function computeTiers(options: TiersOptions): TiersResult {
    const config = loadConfiguration(options.config);
    const tree = readSObjectTree(options.data);
    const dataAsOf = readDataAsOf(options.data);
    const { dataset } = datasetFromTree(tree);
    const grouped = groupAccountData(dataset);
    if (grouped.accounts.length === 0) throw new UsageError(`${options.data}: no Account records`);
    const readiness: AccountReadiness[] = [];
    const candidates = grouped.accounts.map((data) => {
        const insight = computeInsight(data, config.engine, options.asOf);
        const r = computeReadiness(data.account, config.readinessItems);
        readiness.push({ accountId: insight.accountId ?? '', accountName: insight.accountName, readiness: r });
        const stored = data.account.SI_ABM_Tier__c;
        return tierCandidate(insight, r, typeof stored === 'string' ? stored : null);
    });
    const plan = recommendTiers(candidates, config.tiers);
    const accounts = grouped.accounts.map((a) => a.account as Record<string, unknown>);
    const fieldsNotInData = config.readinessItems.map((i) => i.field).filter((f) => accounts.every((a) => !(f in a)));
    const warnings: string[] = [];
    const freshness = dataFreshness(tree, options.asOf, dataAsOf);
    if (freshness.warning) warnings.push(freshness.warning);
    if (fieldsNotInData.length > 0) {
        warnings.push(
            `no Account record of ${options.data} has ${fieldsNotInData.join(', ')}: every account counts ${fieldsNotInData.length === 1 ? 'it' : 'them'} as missing. If the export left ${fieldsNotInData.length === 1 ? 'it' : 'them'} out, export again with ${fieldsNotInData.length === 1 ? 'it' : 'them'} in the query (sf data export tree --query "SELECT Id, Name, ${fieldsNotInData.join(', ')}, ... FROM Account")`
        );
    }
    return {
        asOf: options.asOf,
        asOfSource: options.asOfIsToday ? 'today' : '--as-of',
        data: options.data,
        config: config.source,
        tiers: plan.tiers,
        moves: plan.moves,
        accounts: plan.accounts,
        readiness,
        fieldsNotInData,
        warnings
    };
}

/** --target-org: the stored scores of the org's accounts, the org's readiness items and tiers (or --config's). */
export async function computeTiersOrg(options: TiersOptions): Promise<TiersResult> {
    const alias = options.targetOrg ?? '';
    // Loaded here, not at the top: file mode never needs @salesforce/core (slow to load, and not in jsdom).
    const [{ connectOrg }, { playbookSettingsFromOrg }, { readOrgCandidates }] = await Promise.all([
        import('../salesforce/connection'),
        import('../score/playbookConfig'),
        import('./orgSource')
    ]);
    const conn = await connectOrg(alias);
    let readinessItems: ReadinessItem[];
    let tiers: TierDefinition[];
    let source: string;
    if (options.config !== null) {
        const loaded = loadConfiguration(options.config);
        ({ readinessItems, tiers, source } = loaded);
    } else {
        const settings = await playbookSettingsFromOrg(conn);
        ({ readinessItems, tiers } = settings);
        const defaulted = settings.defaulted ?? [];
        source = `org ${alias}${defaulted.length > 0 ? ` (${defaulted.join('; ')})` : ''}`;
    }
    const read = await readOrgCandidates(conn, readinessItems);
    if (read.readiness.length === 0) throw new UsageError(`org ${alias}: no Account records visible to this user`);
    const plan = recommendTiers(read.candidates, tiers);
    const warnings: string[] = [];
    if (read.unscored.length > 0)
        warnings.push(
            `${read.unscored.length} of ${read.readiness.length} accounts have no stored scores and get no tier: run npm run score -- --target-org ${alias} first (listed under "Not scored")`
        );
    if (read.scoredOn.length > 1)
        warnings.push(
            `the stored scores are from ${read.scoredOn.length} different days (${read.scoredOn.map(([d, n]) => `${d}: ${n}`).join(', ')}): a full run of npm run score brings them to one day`
        );
    if (read.fieldsNotReadable.length > 0)
        warnings.push(
            `Account.${read.fieldsNotReadable.join(', Account.')} ${read.fieldsNotReadable.length === 1 ? 'is' : 'are'} not in org ${alias} or not readable by this user: every account counts ${read.fieldsNotReadable.length === 1 ? 'it' : 'them'} as missing`
        );
    return {
        asOf: read.scoredOn[0]?.[0] ?? '',
        asOfSource: 'stored scores',
        data: `org ${alias}`,
        config: source,
        tiers: plan.tiers,
        moves: plan.moves,
        accounts: plan.accounts,
        readiness: read.readiness,
        fieldsNotInData: read.fieldsNotReadable,
        unscored: read.unscored,
        scoredOn: read.scoredOn,
        warnings
    };
}

function table(rows: string[][]): string {
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    return rows
        .map((r) =>
            r
                .map((cell, c) => cell.padEnd(widths[c] ?? 0))
                .join('  ')
                .trimEnd()
        )
        .join('\n');
}

function name(r: { accountName: string | null; accountId: string }): string {
    return r.accountName ?? r.accountId;
}

export function formatTiers(result: TiersResult, options: TiersOptions, dataAsOf: string | null): string {
    const scores =
        result.asOfSource === 'stored scores'
            ? `Scores: stored by npm run score on ${result.scoredOn?.length ? result.scoredOn.map(([d, n]) => `${d} (${n} accounts)`).join(', ') : 'no day yet'}, ${result.data}`
            : formatAsOf(options, dataAsOf);
    const parts: string[] = [scores, `Configuration: ${result.config}`];
    parts.push(['Tiers', ...result.tiers.map((t) => `  ${t.note}`)].join('\n'));

    const moves = result.moves;
    if (moves.length === 0) parts.push('Recommended moves: none');
    else {
        const rows = [['Account', 'Id', 'Now', 'Recommended', 'Move', 'Priority', 'Readiness']];
        for (const m of moves)
            rows.push([
                name(m),
                m.accountId,
                m.currentTier ?? '-',
                m.recommendedTier ?? 'no tier',
                m.move,
                String(m.priority),
                `${m.readinessScore}${m.ready ? '' : ' not ready'}`
            ]);
        const reasons = moves.map((m) => [`  ${name(m)}:`, ...m.reasons.map((r) => `    - ${r}`)].join('\n'));
        parts.push(`Recommended moves (${moves.length})\n${table(rows)}\n\nWhy\n${reasons.join('\n')}`);
    }

    const kept = result.accounts.filter((a) => a.move === 'Keep');
    if (kept.length > 0)
        parts.push(
            [
                `Kept (${kept.length})`,
                ...kept.map((k) => `  ${name(k)}: ${k.reasons[k.reasons.length - 1] ?? ''}`)
            ].join('\n')
        );

    const none = result.accounts.filter((a) => a.move === 'None');
    if (none.length > 0)
        parts.push(
            [`No tier (${none.length})`, ...none.map((n) => `  ${name(n)}: ${n.reasons.join('; ')}`)].join('\n')
        );

    const waitlist = result.tiers.filter((t) => t.waitlist.length > 0);
    parts.push(
        waitlist.length === 0
            ? 'Waitlist: none'
            : [
                  'Waitlist',
                  ...waitlist.flatMap((t) => [
                      `  ${t.tier}`,
                      ...t.waitlist.map(
                          (w) =>
                              `    ${w.position}. ${name(w)} (priority ${w.priority}; ${w.placedIn ? `recommended ${w.placedIn} meanwhile` : 'no tier meanwhile'})`
                      )
                  ])
              ].join('\n')
    );

    const unscored = result.unscored ?? [];
    if (unscored.length > 0)
        parts.push(
            [
                `Not scored (${unscored.length}): no tier until npm run score has scored them`,
                ...unscored.map((u) => `  ${name(u)} (${u.accountId}): ${u.reason}`)
            ].join('\n')
        );

    const rows = [['Account', 'Id', 'Readiness', 'Ready', 'Missing required', 'Missing recommended']];
    for (const r of result.readiness)
        rows.push([
            name(r),
            r.accountId,
            String(r.readiness.score),
            r.readiness.ready ? 'yes' : 'no',
            r.readiness.missingRequired.map((i) => i.label).join(', ') || '-',
            r.readiness.missingRecommended.map((i) => i.label).join(', ') || '-'
        ]);
    parts.push(`Readiness\n${table(rows)}`);
    if (result.fieldsNotInData.length > 0)
        parts.push(
            `${result.asOfSource === 'stored scores' ? 'Not readable in the org' : 'Not in the data'}: ${result.fieldsNotInData.join(', ')}`
        );
    parts.push("Everything, with each item's help text: --json");
    return `${parts.join('\n\n')}\n`;
}

/** Runs the command; returns the exit code (0 ok, 1 bad input or an org error). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
    try {
        const options = parseTiersArgs(argv, io.today);
        const result = options.targetOrg !== null ? await computeTiersOrg(options) : computeTiers(options);
        for (const w of result.warnings) io.stderr(`tiers: warning: ${w}\n`);
        if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else io.stdout(formatTiers(result, options, options.data ? readDataAsOf(options.data) : null));
        return 0;
    } catch (e) {
        if (
            e instanceof UsageError ||
            e instanceof SObjectTreeError ||
            e instanceof ConfigError ||
            e instanceof DataAsOfError
        ) {
            io.stderr(`tiers: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
            return 1;
        }
        if (e instanceof SalesforceError) {
            io.stderr(`tiers: ${e.message}\n${e.nextStep ? `Next: ${e.nextStep}\n` : ''}`);
            return 1;
        }
        if (e instanceof Error && /md-meta\.xml/.test(e.message)) {
            io.stderr(`tiers: ${e.message}\n`);
            return 1;
        }
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    void main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        today: () => localToday()
    }).then((code) => {
        process.exitCode = code;
    });
}
