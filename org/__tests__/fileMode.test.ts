/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// File mode of the scoring job: the sample data exported as CSV (the format of sf data export bulk) scores
// exactly as `npm run insight` scores the sObject tree; a second run on the written values changes nothing.
import './support/nodeMode';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
    computeInsight,
    configFromMetadata,
    groupAccountData,
    type EngineConfig
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readConfigMetadata } from '../config/configMetadata';
import { datasetFromTree } from '../../scripts/insight';
import { readSObjectTree } from '../../lib/sobjectTree';
import { exportTreeAsCsv } from '../../lib/treeToCsv';
import { scoreFiles } from '../score/fileMode';
import { main } from '../score/main';

const AS_OF = '2026-11-02';
let dir: string;
let config: EngineConfig;

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'si-file-mode-'));
    exportTreeAsCsv(readSObjectTree('data'), join(dir, 'in'));
    config = configFromMetadata(readConfigMetadata('force-app/main/default/customMetadata'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Scored {
    id: string;
    profileFit: { score: number; band: string };
    reach: { score: number; level: string };
    intent: { score: number; trend: string };
    engagement: number;
    buyingStage: string;
    qualified: { qualified: boolean; startDate: string | null; endDate: string | null };
    people: { id: string; grade: string; persona: string }[];
}

function summaryAccounts(out: string): Scored[] {
    return (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { accounts: Scored[] }).accounts;
}

function csv(path: string): Record<string, string>[] {
    return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

describe('score --from', () => {
    it('scores every account exactly as insight does on the sObject tree', async () => {
        const out = join(dir, 'out-1');
        const summary = await scoreFiles({ from: join(dir, 'in'), out, asOf: AS_OF, config, shard: null });
        expect(summary.skippedRows).toBe(0);
        const expected = groupAccountData(datasetFromTree(readSObjectTree('data')).dataset).accounts.map((data) =>
            computeInsight(data, config, AS_OF)
        );
        const actual = new Map(summaryAccounts(out).map((a) => [a.id, a]));
        expect(actual.size).toBe(expected.length);
        for (const insight of expected) {
            const got = actual.get(insight.accountId as string);
            expect(got).toEqual(
                expect.objectContaining({
                    profileFit: { score: insight.profileFit.score, band: insight.profileFit.band },
                    reach: { score: insight.reach.score, level: insight.reach.level },
                    intent: { score: insight.intent.score, trend: insight.intent.trend },
                    engagement: insight.engagement.score,
                    buyingStage: insight.buyingStage.stage,
                    // The dates the run stores: asOf where it is the first to see a period start or end.
                    qualified: expect.objectContaining({
                        qualified: insight.qualified.qualified,
                        startDate: insight.qualified.toStore.startDate,
                        endDate: insight.qualified.toStore.endDate
                    })
                })
            );
            expect(got?.people).toEqual(insight.people.map((p) => ({ id: p.id, grade: p.grade, persona: p.persona })));
        }
    });

    it('records the start date the first time it sees an account qualified, and keeps a stored one', async () => {
        const out = join(dir, 'out-qualified');
        await scoreFiles({ from: join(dir, 'in'), out, asOf: AS_OF, config, shard: null });
        const scored = summaryAccounts(out) as (Scored & { qualified: { change: string } })[];
        const updates = new Map(csv(join(out, 'Account.csv')).map((r) => [r.Id, r]));
        const stored = new Map(csv(join(dir, 'in', 'Account.csv')).map((r) => [r.Id, r]));
        const became = scored.filter((a) => a.qualified.change === 'Became qualified');
        const still = scored.filter((a) => a.qualified.change === 'Still qualified');
        expect(became.length).toBeGreaterThan(0);
        expect(still.length).toBeGreaterThan(0);
        for (const a of became) {
            expect(a.qualified.startDate).toBe(AS_OF);
            expect(updates.get(a.id)?.SI_Qualified_Start_Date__c).toBe(AS_OF);
            expect(updates.get(a.id)?.SI_Qualified__c).toBe('true');
        }
        for (const a of still) {
            const start = stored.get(a.id)?.SI_Qualified_Start_Date__c;
            expect(start).toBeTruthy();
            expect(a.qualified.startDate).toBe(start);
            // Unchanged, so not written.
            expect(updates.get(a.id)?.SI_Qualified_Start_Date__c ?? '').toBe('');
        }
    });

    it('writes Id plus changed SI_ columns, and nothing on a second run over the written values', async () => {
        const out = join(dir, 'out-2');
        const first = await scoreFiles({ from: join(dir, 'in'), out, asOf: AS_OF, config, shard: null });
        expect(first.updates.Account).toBeGreaterThan(0);
        const accounts = csv(join(out, 'Account.csv'));
        expect(Object.keys(accounts[0] ?? {})[0]).toBe('Id');
        expect(Object.keys(accounts[0] ?? {}).every((c) => c === 'Id' || c.startsWith('SI_'))).toBe(true);
        // Every changed account carries the as-of date of its stored scores (the panel shows it with them).
        expect(accounts.every((a) => a.SI_Last_Scored_At__c === AS_OF)).toBe(true);
        // Apply the updates to the input, as Bulk API 2.0 would (#N/A = null, empty = unchanged).
        for (const object of ['Account', 'Contact', 'Lead']) {
            const input = csv(join(dir, 'in', `${object}.csv`));
            const updates = new Map(
                existsSync(join(out, `${object}.csv`)) ? csv(join(out, `${object}.csv`)).map((r) => [r.Id, r]) : []
            );
            const columns = [
                ...new Set([...Object.keys(input[0] ?? {}), ...Object.keys([...updates.values()][0] ?? {})])
            ];
            const applied = input.map((row) => {
                const update = updates.get(row.Id as string) ?? {};
                const next: Record<string, string> = {};
                for (const c of columns)
                    next[c] = update[c] === '#N/A' ? '' : update[c] ? (update[c] as string) : (row[c] ?? '');
                return next;
            });
            writeFileSync(join(dir, 'in', `${object}.csv`), `${Papa.unparse(applied, { columns, newline: '\n' })}\n`);
        }
        const second = await scoreFiles({
            from: join(dir, 'in'),
            out: join(dir, 'out-3'),
            asOf: AS_OF,
            config,
            shard: null
        });
        expect(second.updates).toEqual({ Account: 0, Contact: 0, Lead: 0 });
        expect(second.historyRows).toBe(0);
        expect(second.files).toEqual([]);
        // Same scores and kept qualified dates; only the change wording moves on (Became -> Still qualified).
        const withoutChange = (a: Scored): Scored => ({
            ...a,
            qualified: { ...a.qualified, change: undefined } as Scored['qualified']
        });
        expect(summaryAccounts(join(dir, 'out-3')).map(withoutChange)).toEqual(
            summaryAccounts(join(dir, 'out-1')).map((a) => withoutChange({ ...a, changed: [] } as Scored))
        );
        expect(
            summaryAccounts(join(dir, 'out-3')).some(
                (a) => (a.qualified as { change?: string }).change === 'Still qualified'
            )
        ).toBe(true);
    });

    it('splits the accounts over shards: together they score each account once, with the same scores', async () => {
        const all = new Map(summaryAccounts(join(dir, 'out-1')).map((a) => [a.id, a.profileFit]));
        const seen: string[] = [];
        for (const index of [1, 2, 3]) {
            const out = join(dir, `shard-${index}`);
            await scoreFiles({ from: join(dir, 'in'), out, asOf: AS_OF, config, shard: { index, count: 3 } });
            for (const a of summaryAccounts(out)) {
                seen.push(a.id);
                expect(a.profileFit).toEqual(all.get(a.id));
            }
        }
        expect(seen.sort()).toEqual([...all.keys()].sort());
    });

    it('skips a malformed row naming file, row and column, and fails on a missing required column', async () => {
        const bad = join(dir, 'bad');
        exportTreeAsCsv(readSObjectTree('data'), bad);
        const tasks = readFileSync(join(bad, 'Task.csv'), 'utf8').split('\n');
        const header = Papa.parse<string[]>(tasks[0] as string).data[0] as string[];
        const cells = Papa.parse<string[]>(tasks[1] as string).data[0] as string[];
        cells[header.indexOf('ActivityDate')] = '2026-13-45x';
        tasks[1] = Papa.unparse([cells]);
        writeFileSync(join(bad, 'Task.csv'), tasks.join('\n'));
        const summary = await scoreFiles({ from: bad, out: join(dir, 'bad-out'), asOf: AS_OF, config, shard: null });
        expect(summary.skippedRows).toBe(1);
        expect(summary.skippedExamples[0]).toEqual({
            file: 'Task.csv',
            row: 2,
            column: 'ActivityDate',
            message: expect.stringContaining('2026-13-45x')
        });

        writeFileSync(join(bad, 'Contact.csv'), 'Id,LastName\n003000000000001AAA,Smith\n');
        const errors: string[] = [];
        const code = await main(['--from', bad, '--out', join(dir, 'bad-out-2'), '--as-of', AS_OF], {
            stdout: () => undefined,
            stderr: (t) => errors.push(t),
            today: () => AS_OF,
            isTTY: false
        });
        expect(code).toBe(1);
        expect(errors.join('')).toMatch(/Contact\.csv: missing required column AccountId/);
    });
});
