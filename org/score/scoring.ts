// Scores the accounts grouped on disk, bucket by bucket, with the shared engine, and writes what changed:
// the update CSVs, the score history rows and summary.json. Shared by the file mode and the org mode.
import { appendFileSync, createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { computeInsight, type EngineConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { accountChanges } from './changes';
import type { RowProblem } from './csvSource';
import type { AccountGrouper, Shard } from './group';
import { writeUpdateCsv, type WrittenFile } from './output';

export interface RunSummary {
    asOf: string;
    shard: string | null;
    accountsScored: number;
    rowsRead: Record<string, number>;
    skippedRows: number;
    skippedExamples: RowProblem[];
    unplaced: Record<string, number>;
    updates: { Account: number; Contact: number; Lead: number };
    historyRows: number;
    bandMoves: Record<string, number>;
    stageMoves: Record<string, number>;
    newlyQualified: number;
    noLongerQualified: number;
    files: WrittenFile[];
}

function bump(map: Record<string, number>, key: string | null): void {
    if (key) map[key] = (map[key] ?? 0) + 1;
}

export function newSummary(asOf: string, shard: Shard | null): RunSummary {
    return {
        asOf,
        shard: shard ? `${shard.index}/${shard.count}` : null,
        accountsScored: 0,
        rowsRead: {},
        skippedRows: 0,
        skippedExamples: [],
        unplaced: {},
        updates: { Account: 0, Contact: 0, Lead: 0 },
        historyRows: 0,
        bandMoves: {},
        stageMoves: {},
        newlyQualified: 0,
        noLongerQualified: 0,
        files: []
    };
}

/** Notes malformed rows (all counted, the first 20 kept as examples). */
export function noteSkipped(summary: RunSummary, problems: readonly RowProblem[]): void {
    summary.skippedRows += problems.length;
    for (const problem of problems) if (summary.skippedExamples.length < 20) summary.skippedExamples.push(problem);
}

/** The history CSV's columns after `Account__c`. */
export const HISTORY_COLUMNS = [
    'Scored_On__c',
    'Profile_Fit_Score__c',
    'Profile_Fit_Band__c',
    'Reach_Score__c',
    'Reach_Level__c',
    'Intent_Score__c',
    'Intent_Trend__c',
    'Buying_Stage__c',
    'Qualified__c'
] as const;

/**
 * Scores every bucket of `grouper` (after `joinPeople`) into `summary`, then writes the update CSVs
 * (Account, Contact, Lead), `SI_Account_Score_History__c.csv` and summary.json to `out`. `work` holds the
 * change rows meanwhile. `history` adds fixed columns to every history row (the run's lookup).
 */
export async function scoreAndWrite(
    grouper: AccountGrouper,
    options: {
        config: EngineConfig;
        asOf: string;
        work: string;
        out: string;
        summary: RunSummary;
        history?: Record<string, string>;
        onProgress?: (phase: string, done: number, total: number) => void;
    }
): Promise<void> {
    const { summary, work } = options;
    const changePaths = {
        Account: join(work, 'Account.changes.jsonl'),
        Contact: join(work, 'Contact.changes.jsonl'),
        Lead: join(work, 'Lead.changes.jsonl'),
        history: join(work, 'history.jsonl')
    };
    const accountsPath = join(work, 'accounts.jsonl');
    const columns = { Account: new Set<string>(), Contact: new Set<string>(), Lead: new Set<string>() };
    for (let b = 0; b < grouper.bucketCount; b++) {
        const lines: Record<string, string[]> = { Account: [], Contact: [], Lead: [], history: [], accounts: [] };
        for (const data of grouper.bucket(b)) {
            const insight = computeInsight(data, options.config, options.asOf);
            const changes = accountChanges(data, insight);
            summary.accountsScored++;
            if (changes.account) {
                lines.Account?.push(JSON.stringify(changes.account));
                for (const c of Object.keys(changes.account)) if (c !== 'Id') columns.Account.add(c);
                summary.updates.Account++;
            }
            for (const { object, row } of changes.people) {
                lines[object]?.push(JSON.stringify(row));
                for (const c of Object.keys(row)) if (c !== 'Id') columns[object].add(c);
                summary.updates[object]++;
            }
            if (changes.history) {
                lines.history?.push(JSON.stringify({ ...changes.history, ...options.history }));
                summary.historyRows++;
            }
            bump(summary.bandMoves, changes.bandMove);
            bump(summary.stageMoves, changes.stageMove);
            if (insight.qualified.change === 'Became qualified') summary.newlyQualified++;
            if (insight.qualified.change === 'No longer qualified') summary.noLongerQualified++;
            lines.accounts?.push(
                JSON.stringify({
                    id: insight.accountId,
                    name: insight.accountName,
                    profileFit: { score: insight.profileFit.score, band: insight.profileFit.band },
                    reach: { score: insight.reach.score, level: insight.reach.level },
                    intent: { score: insight.intent.score, trend: insight.intent.trend },
                    engagement: insight.engagement.score,
                    buyingStage: insight.buyingStage.stage,
                    qualified: {
                        qualified: insight.qualified.qualified,
                        // As stored by this run.
                        startDate: insight.qualified.toStore.startDate,
                        endDate: insight.qualified.toStore.endDate,
                        change: insight.qualified.change
                    },
                    people: insight.people.map((p) => ({ id: p.id, grade: p.grade, persona: p.persona })),
                    changed: changes.account ? Object.keys(changes.account).filter((c) => c !== 'Id') : []
                })
            );
        }
        for (const [key, list] of Object.entries(lines)) {
            if (list.length === 0) continue;
            appendFileSync(
                key === 'accounts' ? accountsPath : changePaths[key as keyof typeof changePaths],
                `${list.join('\n')}\n`
            );
        }
        options.onProgress?.('score', b + 1, grouper.bucketCount);
    }
    for (const object of ['Account', 'Contact', 'Lead'] as const) {
        summary.files.push(
            ...(await writeUpdateCsv(changePaths[object], options.out, object, [...columns[object]].sort()))
        );
    }
    summary.files.push(
        ...(await writeUpdateCsv(
            changePaths.history,
            options.out,
            'SI_Account_Score_History__c',
            [...Object.keys(options.history ?? {}), ...HISTORY_COLUMNS],
            undefined,
            'Account__c'
        ))
    );
    await writeSummaryJson(join(options.out, 'summary.json'), summary, accountsPath);
}

/** summary.json: the totals, then the per-account results streamed from disk. */
async function writeSummaryJson(path: string, summary: RunSummary, accountsPath: string): Promise<void> {
    const head = JSON.stringify(summary, null, 2);
    writeFileSync(path, `${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "accounts": [\n`);
    let first = true;
    if (existsSync(accountsPath)) {
        let buffer: string[] = [];
        for await (const line of createInterface({ input: createReadStream(accountsPath), crlfDelay: Infinity })) {
            if (!line) continue;
            buffer.push(`${first ? '' : ',\n'}    ${line}`);
            first = false;
            if (buffer.length >= 1000) {
                appendFileSync(path, buffer.join(''));
                buffer = [];
            }
        }
        appendFileSync(path, buffer.join(''));
    }
    appendFileSync(path, '\n  ]\n}\n');
}
