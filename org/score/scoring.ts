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
import { RECOMMENDED_TIER_FIELD, type Playbook, type PlaybookSummary } from './playbook';

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
    /** The playbook steps' counts (readiness, tiers, segments, points, events); null when none ran. */
    playbook: PlaybookSummary | null;
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
        playbook: null,
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
 * The files a run writes into the org, by file stem (`<stem>.csv`, `<stem>-2.csv`...): the object and the
 * Bulk API 2.0 operation, in the order they are written. Scores first (the playbook reads them), the
 * playbook's rows next, people's fields after the ledger rows their points come from, the change events
 * last (a Flow they start reads the account as this run left it).
 */
export const RUN_FILES: Readonly<Record<string, { object: string; operation: 'insert' | 'update'; order: number }>> = {
    Account: { object: 'Account', operation: 'update', order: 0 },
    SI_Account_Score_History__c: { object: 'SI_Account_Score_History__c', operation: 'insert', order: 1 },
    'SI_Segment_Membership__c.added': { object: 'SI_Segment_Membership__c', operation: 'insert', order: 2 },
    'SI_Segment_Membership__c.removed': { object: 'SI_Segment_Membership__c', operation: 'update', order: 3 },
    SI_Segment__c: { object: 'SI_Segment__c', operation: 'update', order: 4 },
    SI_Points_Ledger__c: { object: 'SI_Points_Ledger__c', operation: 'insert', order: 5 },
    Contact: { object: 'Contact', operation: 'update', order: 6 },
    Lead: { object: 'Lead', operation: 'update', order: 7 },
    SI_Qualification_Change__e: { object: 'SI_Qualification_Change__e', operation: 'insert', order: 8 }
};

/** The stem of a written file: `Account-2.csv` -> `Account`. */
export function fileStem(file: string): string {
    return file.replace(/(-\d+)?\.csv$/, '');
}

/** Not written into the org: who gets points and why (every run; the dry run's listing). */
export const DECISIONS_FILE = 'points-decisions.csv';

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
        /** The playbook steps to run for each account, and the tiers after all of them. */
        playbook?: Playbook;
        onProgress?: (phase: string, done: number, total: number) => void;
    }
): Promise<void> {
    const { summary, work } = options;
    const changePaths = {
        Account: join(work, 'Account.changes.jsonl'),
        Contact: join(work, 'Contact.changes.jsonl'),
        Lead: join(work, 'Lead.changes.jsonl'),
        history: join(work, 'history.jsonl'),
        added: join(work, 'membership-added.jsonl'),
        removed: join(work, 'membership-removed.jsonl'),
        ledger: join(work, 'ledger.jsonl'),
        events: join(work, 'events.jsonl'),
        decisions: join(work, 'decisions.jsonl')
    };
    const accountsPath = join(work, 'accounts.jsonl');
    const columns = { Account: new Set<string>(), Contact: new Set<string>(), Lead: new Set<string>() };
    for (let b = 0; b < grouper.bucketCount; b++) {
        const lines: Record<string, string[]> = {
            Account: [],
            Contact: [],
            Lead: [],
            history: [],
            accounts: [],
            added: [],
            removed: [],
            ledger: [],
            events: [],
            decisions: []
        };
        for (const grouped of grouper.bucket(b)) {
            const { data } = grouped;
            const insight = computeInsight(data, options.config, options.asOf);
            const changes = accountChanges(data, insight);
            if (options.playbook) {
                const rows = options.playbook.account(grouped, insight, changes);
                for (const row of rows.membershipInserts) lines.added?.push(JSON.stringify(row));
                for (const row of rows.membershipUpdates) lines.removed?.push(JSON.stringify(row));
                for (const row of rows.ledger) lines.ledger?.push(JSON.stringify(row));
                for (const row of rows.decisions) lines.decisions?.push(JSON.stringify(row));
                if (rows.event) lines.events?.push(JSON.stringify(rows.event));
            }
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
    // The recommended tiers need every account: merged into the Account file's rows (one row per account).
    const late = options.playbook?.tierChanges() ?? new Map();
    if (late.size > 0) columns.Account.add(RECOMMENDED_TIER_FIELD);
    for (const object of ['Account', 'Contact', 'Lead'] as const) {
        summary.files.push(
            ...(await writeUpdateCsv(
                changePaths[object],
                options.out,
                object,
                [...columns[object]].sort(),
                undefined,
                'Id',
                object === 'Account' ? late : undefined
            ))
        );
    }
    if (options.playbook) {
        const write = (path: string, stem: string, idColumn: string, rest: readonly string[]): Promise<WrittenFile[]> =>
            writeUpdateCsv(path, options.out, stem, rest, undefined, idColumn);
        summary.files.push(
            ...(await write(changePaths.added, 'SI_Segment_Membership__c.added', 'Segment__c', [
                'Account__c',
                'Added_On__c'
            ])),
            ...(await write(changePaths.removed, 'SI_Segment_Membership__c.removed', 'Id', ['Removed_On__c'])),
            ...(await write(changePaths.ledger, 'SI_Points_Ledger__c', 'Account__c', LEDGER_COLUMNS)),
            ...(await write(changePaths.events, 'SI_Qualification_Change__e', 'Account_Id__c', EVENT_COLUMNS))
        );
        const counts = options.playbook.segmentCountRows();
        if (counts.length > 0) {
            writeFileSync(join(work, 'segments.jsonl'), `${counts.map((r) => JSON.stringify(r)).join('\n')}\n`);
            summary.files.push(
                ...(await write(join(work, 'segments.jsonl'), 'SI_Segment__c', 'Id', [
                    'Member_Count__c',
                    'Last_Computed__c'
                ]))
            );
        }
        // Listed, not written into the org.
        await writeUpdateCsv(
            changePaths.decisions,
            options.out,
            DECISIONS_FILE.replace(/\.csv$/, ''),
            DECISION_COLUMNS,
            Infinity,
            'Account__c'
        );
        summary.playbook = options.playbook.summary;
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

const LEDGER_COLUMNS = [
    'Contact__c',
    'Lead__c',
    'Points__c',
    'Reason__c',
    'Qualified_Start_Date__c',
    'Applied_On__c',
    'Adjustment_Key__c',
    'Rule__c'
] as const;

const EVENT_COLUMNS = [
    'Account_Name__c',
    'Owner_Id__c',
    'Previous_State__c',
    'New_State__c',
    'Qualified_Start_Date__c',
    'Qualified_End_Date__c',
    'Profile_Fit_Band__c',
    'Buying_Stage__c',
    'As_Of__c'
] as const;

const DECISION_COLUMNS = ['Person__c', 'Object__c', 'Outcome__c', 'Points__c', 'Due_On__c', 'Reason__c'] as const;

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
