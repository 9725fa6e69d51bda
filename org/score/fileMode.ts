// Scores a whole org exported as CSV files (`--from DIR`), bucket by bucket, and writes the update CSVs,
// the history rows and summary.json to OUTDIR. The org mode reads the same rows through Bulk API 2.0.
import {
    appendFileSync,
    mkdirSync,
    mkdtempSync,
    rmSync,
    statSync,
    existsSync,
    writeFileSync,
    createReadStream
} from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { computeInsight, type EngineConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { accountChanges } from './changes';
import { readCsvRecords, type CsvRecord, type RowProblem } from './csvSource';
import { SCORE_OBJECTS, type ScoreObject } from './fields';
import { AccountGrouper, type Shard } from './group';
import { writeUpdateCsv, type WrittenFile } from './output';

const REQUIRED: Record<ScoreObject, string[]> = {
    Account: ['Id', 'Name'],
    Contact: ['Id', 'AccountId'],
    Lead: ['Id'],
    Campaign: ['Id'],
    Task: ['Id'],
    Event: ['Id'],
    CampaignMember: ['Id'],
    Opportunity: ['Id', 'AccountId'],
    SI_Intent_Signal__c: ['Id', 'Account__c']
};

/** Bytes of input per bucket: a bucket is what is held in memory at once. */
const BUCKET_BYTES = 4 * 1024 * 1024;

export interface FileRunOptions {
    from: string;
    out: string;
    asOf: string;
    config: EngineConfig;
    shard: Shard | null;
    onProgress?: (phase: string, done: number, total: number) => void;
}

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

export async function scoreFiles(options: FileRunOptions): Promise<RunSummary> {
    mkdirSync(options.out, { recursive: true });
    const work = mkdtempSync(join(tmpdir(), 'si-score-'));
    try {
        const paths = Object.fromEntries(SCORE_OBJECTS.map((o) => [o, join(options.from, `${o}.csv`)])) as Record<
            ScoreObject,
            string
        >;
        const bytes = SCORE_OBJECTS.reduce((sum, o) => sum + (existsSync(paths[o]) ? statSync(paths[o]).size : 0), 0);
        const grouper = new AccountGrouper(work, Math.max(4, Math.ceil(bytes / BUCKET_BYTES)), options.shard);
        const summary: RunSummary = {
            asOf: options.asOf,
            shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
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
        const add: Record<ScoreObject, (r: CsvRecord, seq: number) => void> = {
            Account: (r, s) => grouper.addAccount(r, s),
            Contact: (r, s) => grouper.addContact(r, s),
            Lead: (r, s) => grouper.addLead(r, s),
            Campaign: (r) => grouper.addCampaign(r),
            Task: (r, s) => grouper.addActivity('t', r, s),
            Event: (r, s) => grouper.addActivity('e', r, s),
            CampaignMember: (r, s) => grouper.addCampaignMember(r, s),
            Opportunity: (r, s) => grouper.addOpportunity(r, s),
            SI_Intent_Signal__c: (r, s) => grouper.addIntentSignal(r, s)
        };
        for (const object of SCORE_OBJECTS) {
            const file = `${object}.csv`;
            const result = await readCsvRecords(paths[object], file, REQUIRED[object], add[object]);
            if (object === 'Lead') grouper.flushLeads();
            summary.rowsRead[object] = result.rows;
            summary.skippedRows += result.skipped.length;
            for (const problem of result.skipped)
                if (summary.skippedExamples.length < 20) summary.skippedExamples.push(problem);
            options.onProgress?.('read', SCORE_OBJECTS.indexOf(object) + 1, SCORE_OBJECTS.length);
        }
        grouper.joinPeople();
        summary.unplaced = Object.fromEntries(grouper.unplaced);

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
                    lines.history?.push(JSON.stringify(changes.history));
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
                            startDate: insight.qualified.startDate,
                            endDate: insight.qualified.endDate,
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
                [
                    'Scored_On__c',
                    'Profile_Fit_Score__c',
                    'Profile_Fit_Band__c',
                    'Reach_Score__c',
                    'Reach_Level__c',
                    'Intent_Score__c',
                    'Intent_Trend__c',
                    'Buying_Stage__c',
                    'Qualified__c'
                ],
                undefined,
                'Account__c'
            ))
        );
        await writeSummaryJson(join(options.out, 'summary.json'), summary, accountsPath);
        return summary;
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
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
