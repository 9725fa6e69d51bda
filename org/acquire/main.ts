// `npm run acquire`: fills the persona gaps of an orchestration's target accounts with new people (issue 17).
//   npm run acquire -- --target-org ALIAS --orchestration NAME [--preview] [--provider-file FILE] [--json]
//       Preview (the default, writes nothing to the org): counts per outcome, the first 100 eligible with
//       account, persona and reason; the full eligible and skipped lists as CSV files in --out.
//   npm run acquire -- --target-org ALIAS --orchestration NAME --run --provider-file FILE
//       Creates the eligible people as Leads or Contacts (sObject Collections, 200 a request, a refused
//       record fails alone) and writes one SI_Acquisition_Result__c per candidate (Bulk ingest).
//   npm run acquire -- --target-org ALIAS --orchestration NAME --repush RUN_ID
//       Retries only that run's Error rows; never creates anyone twice.
//   npm run acquire -- --target-org ALIAS --scheduled --provider-dir DIR [--run]
//       Every orchestration whose Schedule__c is due today (Daily; Weekdays from Monday to Friday, UTC), each
//       with its vendor file DIR/<Name>.csv: previewed, or run with --run (one that already ran today is not run
//       again). One orchestration failing does not stop the others; the report lists each.
//   npm run acquire -- --data DIR --orchestration NAME --provider-file FILE   (file mode, preview only)
// Exit codes: 0 done; 1 stopped (usage, definition, provider, data, org or request error); 2 done, but some
// candidates ended in Error or some result rows were refused.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from '@salesforce/core';
import { updateRecords } from '../salesforce/collections';
import { queryAll } from '../salesforce/rest';
import { connectOrg } from '../salesforce/connection';
import { SalesforceError } from '../salesforce/errors';
import { newRunId, parseArgs, USAGE, UsageError, type AcquireOptions } from './args';
import { DataError, type AcquireData } from './data';
import { DefinitionError, parseOrchestration } from './definition';
import { ProviderError } from './errors';
import { readFileData } from './fileRead';
import { readOrchestration, readOrgData } from './orgRead';
import { applyOutcomes, createPeople, recordRequest, type RecordRequest } from './people';
import { countDecisions, decideCandidates } from './pipeline';
import { PROVIDER_NAMES, providerFor } from './provider';
import { executeRepush, planRepush, repushRow } from './repush';
import { firstEligible, formatDecisions, writeLists } from './report';
import { countRows, resultRow, writeResults, type ResultRow, type RunContext } from './results';
import { dueOn, providerFileName, weekday, type ScheduledOrchestration } from './schedule';
import type { Decision } from './types';

export interface AcquireIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    now: () => Date;
}

interface Done {
    code: number;
    text: string;
    json: Record<string, unknown>;
}

async function recordLastRun(
    conn: Connection,
    orchestrationId: string | null,
    run: RunContext
): Promise<string | null> {
    if (!orchestrationId) return null;
    const [r] = await updateRecords(conn, 'SI_Orchestration__c', [
        { id: orchestrationId, Last_Run_Id__c: run.runId, Last_Run_On__c: run.runOn }
    ]);
    return r && !r.success ? r.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ') : null;
}

function resultsNote(written: number, failed: { error: string }[], csv: string): string[] {
    const lines = [`Results: ${written} SI_Acquisition_Result__c rows written (${csv}).`];
    if (failed.length > 0)
        lines.push(
            `  ${failed.length} result rows were refused (first: ${failed[0]!.error}); they are in ${csv}: load them with sf data import bulk once fixed.`
        );
    return lines;
}

async function previewOrRun(
    options: AcquireOptions,
    io: AcquireIo,
    conn: Connection | null,
    data: AcquireData
): Promise<Done> {
    const now = io.now();
    const runId = newRunId(now);
    const orchestration = parseOrchestration(data.orchestrationRecord, PROVIDER_NAMES);
    const provider = providerFor(orchestration.provider, {
        file: options.providerFile,
        mappingProfile: orchestration.mappingProfile
    });
    const candidates = await provider.candidates();
    const decisions = decideCandidates({
        orchestration,
        candidates,
        accounts: data.accounts,
        targetAccountIds: data.targetAccountIds,
        existingPeople: data.people,
        personas: data.personas,
        lastAcquired: data.lastAcquired,
        asOf: options.asOf ?? now.toISOString().slice(0, 10)
    });
    mkdirSync(options.out, { recursive: true });
    const running = options.mode === 'run' && conn !== null;
    const lines: string[] = [];
    let code = 0;
    const json: Record<string, unknown> = { runId, mode: options.mode, orchestration: orchestration.name };
    if (running) {
        const accounts = new Map(data.accounts.map((a) => [a.Id, a]));
        const eligible = decisions.filter((d) => d.outcome === 'Eligible');
        const requests = new Map<Decision, RecordRequest>();
        for (const d of eligible)
            requests.set(
                d,
                recordRequest(orchestration.createAs, d.candidate, d.accountId!, accounts.get(d.accountId!))
            );
        const outcomes = await createPeople(conn, [...requests.values()], (done, total) =>
            io.stderr(`acquire: ${orchestration.createAs}s ${done}/${total}\n`)
        );
        applyOutcomes(eligible, outcomes);
        const run: RunContext = {
            runId,
            orchestrationId: data.orchestrationId,
            repushOf: null,
            runOn: now.toISOString()
        };
        const rows = decisions.map((d) => resultRow(run, d, requests.get(d) ?? null));
        const csv = join(options.out, `${runId}-results.csv`);
        const written = await writeResults(conn, rows, csv, { pollMs: options.pollMs });
        const lastRunError = await recordLastRun(conn, data.orchestrationId, run);
        const errors = decisions.filter((d) => d.outcome === 'Error').length;
        lines.push(...resultsNote(written.written, written.failed, csv));
        if (lastRunError) lines.push(`  note: the orchestration's Last Run fields were not updated: ${lastRunError}`);
        if (errors > 0) {
            json.next = `npm run acquire -- --target-org ${options.targetOrg || '<alias>'} --orchestration "${orchestration.name}" --repush ${runId}`;
            lines.push(
                `${errors} ${errors === 1 ? 'person' : 'people'} could not be created (see Salesforce Error). Fix the cause, then:`,
                `  ${json.next}`
            );
        }
        code = errors > 0 || written.failed.length > 0 ? 2 : 0;
        json.results = { file: csv, written: written.written, failed: written.failed.map((f) => f.error) };
    }
    const files = writeLists(options.out, running ? runId : `${runId}-preview`, decisions);
    const counts = countDecisions(decisions);
    const title = running
        ? `Run ${runId} of "${orchestration.name}" (create as ${orchestration.createAs}):`
        : `Preview of "${orchestration.name}" (create as ${orchestration.createAs}; nothing was written):`;
    const text = `${formatDecisions(title, decisions)}\n${[...lines, `Lists: ${files.eligible}, ${files.skipped}`].join('\n')}\n`;
    return { code, text, json: { ...json, ...counts, eligible: firstEligible(decisions), files } };
}

async function repush(options: AcquireOptions, io: AcquireIo, conn: Connection): Promise<Done> {
    const now = io.now();
    const runId = newRunId(now);
    const of = options.repushRunId as string;
    const wait = { pollMs: options.pollMs };
    const { id } = await readOrchestration(conn, options.orchestration);
    const plan = await planRepush(conn, id, of, wait);
    const base = { runId, mode: 'repush', repushOf: of, orchestration: options.orchestration };
    if (plan.pending.length === 0) {
        const text =
            plan.errors.length === 0
                ? `Nothing to re-push: run ${of} has no Error rows.\n`
                : `Nothing to re-push: the ${plan.errors.length} Error rows of run ${of} were created by a re-push before (${[...new Set(plan.resolved.values())].join(', ')}). Nothing was created.\n`;
        return { code: 0, text, json: { ...base, errors: plan.errors.length, pending: 0, Created: 0, Error: 0 } };
    }
    const items = await executeRepush(conn, plan.pending, (done, total) =>
        io.stderr(`acquire: re-push ${done}/${total}\n`)
    );
    const run: RunContext = { runId, orchestrationId: id, repushOf: of, runOn: now.toISOString() };
    const rows: ResultRow[] = items.map((item) => repushRow(run, item));
    mkdirSync(options.out, { recursive: true });
    const csv = join(options.out, `${runId}-results.csv`);
    const written = await writeResults(conn, rows, csv, wait);
    const lastRunError = await recordLastRun(conn, id, run);
    const counts = countRows(rows);
    const found = items.filter((i) => i.foundByKey).length;
    const lines = [
        `Re-push ${runId} of run ${of}: ${plan.pending.length} Error rows to retry (${plan.errors.length - plan.pending.length} created by an earlier re-push).`,
        `  Created ${counts.Created - found}, already there (found by SI_Acquisition_Key__c, not created again) ${found}, still failing ${counts.Error}.`
    ];
    for (const item of items.filter((i) => i.outcome === 'Error').slice(0, 20))
        lines.push(
            `  error: ${item.stored.row.Email__c ?? item.stored.row.Source__c ?? item.stored.key}: ${item.error}`
        );
    lines.push(...resultsNote(written.written, written.failed, csv));
    if (lastRunError) lines.push(`  note: the orchestration's Last Run fields were not updated: ${lastRunError}`);
    return {
        code: counts.Error > 0 || written.failed.length > 0 ? 2 : 0,
        text: `${lines.join('\n')}\n`,
        json: {
            ...base,
            errors: plan.errors.length,
            pending: plan.pending.length,
            Created: counts.Created - found,
            alreadyThere: found,
            Error: counts.Error,
            results: { file: csv, written: written.written, failed: written.failed.map((f) => f.error) }
        }
    };
}

/** The errors that stop one orchestration (reported, the next one goes on). */
function stopReason(e: unknown): string | null {
    if (e instanceof DefinitionError || e instanceof ProviderError || e instanceof DataError) return e.message;
    if (e instanceof SalesforceError) return `${e.message} (next: ${e.nextStep})`;
    const code = (e as { errorCode?: unknown }).errorCode;
    return typeof code === 'string' ? `${code}: ${(e as Error).message}` : null;
}

async function scheduled(options: AcquireOptions, io: AcquireIo, conn: Connection): Promise<Done> {
    const day = io.now().toISOString().slice(0, 10);
    const creating = options.mode === 'run';
    const rows = await queryAll<ScheduledOrchestration>(
        conn,
        "SELECT Id, Name, Schedule__c, Last_Run_Id__c, Last_Run_On__c FROM SI_Orchestration__c WHERE Schedule__c IN ('Daily', 'Weekdays') ORDER BY Name"
    );
    const dir = options.providerDir as string;
    const blocks: string[] = [
        `Scheduled orchestrations on ${day} (${weekday(day)}, UTC): ${rows.length} with a Daily or Weekdays schedule; ${creating ? 'run' : 'preview (give --run to create)'}.`
    ];
    const report: Array<Record<string, unknown>> = [];
    let code = 0;
    for (const o of rows) {
        const due = dueOn(o, day, creating);
        const head = `\n${o.Name} (${o.Schedule__c})`;
        if (!due.due) {
            blocks.push(`${head}: not due: ${due.reason}.`);
            report.push({ name: o.Name, schedule: o.Schedule__c, status: 'not due', reason: due.reason });
            continue;
        }
        const file = join(dir, providerFileName(o.Name));
        if (!existsSync(file)) {
            code = 2;
            const reason = `no vendor file ${file} (the provider file of "${o.Name}" in --provider-dir)`;
            blocks.push(`${head}: due (${due.reason}), not run: ${reason}.`);
            report.push({ name: o.Name, schedule: o.Schedule__c, status: 'no provider file', reason });
            continue;
        }
        io.stderr(`acquire: ${o.Name} (${due.reason}), vendor file ${file}\n`);
        try {
            const one: AcquireOptions = { ...options, orchestration: o.Name, providerFile: file };
            const data = await readOrgData(conn, o.Name, { pollMs: options.pollMs }, (what) =>
                io.stderr(`acquire: read ${what}\n`)
            );
            const done = await previewOrRun(one, io, conn, data);
            code = Math.max(code, done.code);
            blocks.push(`${head}: due (${due.reason}), vendor file ${file}`, done.text.trimEnd());
            report.push({
                name: o.Name,
                schedule: o.Schedule__c,
                status: creating ? 'ran' : 'previewed',
                reason: due.reason,
                providerFile: file,
                result: done.json
            });
        } catch (e) {
            const reason = stopReason(e);
            if (reason === null) throw e;
            code = 2;
            blocks.push(`${head}: due (${due.reason}), stopped: ${reason}`);
            report.push({ name: o.Name, schedule: o.Schedule__c, status: 'stopped', reason });
        }
    }
    const counts = report.reduce<Record<string, number>>(
        (c, r) => ({ ...c, [r.status as string]: (c[r.status as string] ?? 0) + 1 }),
        {}
    );
    blocks.push(
        `\nScheduled: ${
            Object.entries(counts)
                .map(([k, n]) => `${n} ${k}`)
                .join(', ') || 'nothing scheduled'
        }.`
    );
    return { code, text: `${blocks.join('\n')}\n`, json: { day, mode: options.mode, orchestrations: report } };
}

export async function main(argv: readonly string[], io: AcquireIo): Promise<number> {
    try {
        const options = parseArgs(argv);
        let done: Done;
        if (options.data) {
            const data = await readFileData(options.data, options.orchestration, options.config);
            done = await previewOrRun(options, io, null, data);
        } else {
            const conn = await connectOrg(options.targetOrg);
            if (options.scheduled) done = await scheduled(options, io, conn);
            else if (options.mode === 'repush') done = await repush(options, io, conn);
            else {
                const data = await readOrgData(conn, options.orchestration, { pollMs: options.pollMs }, (what) =>
                    io.stderr(`acquire: read ${what}\n`)
                );
                done = await previewOrRun(options, io, conn, data);
            }
        }
        io.stdout(options.json ? `${JSON.stringify(done.json, null, 2)}\n` : done.text);
        return done.code;
    } catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`acquire: ${e.message}\n${USAGE}\n`);
            return 1;
        }
        if (e instanceof DefinitionError || e instanceof ProviderError || e instanceof DataError) {
            io.stderr(`acquire: ${e.message}\n`);
            return 1;
        }
        if (e instanceof SalesforceError) {
            io.stderr(`acquire: ${e.message}\n  Next: ${e.nextStep}\n`);
            return 1;
        }
        const code = (e as { errorCode?: unknown }).errorCode;
        if (typeof code === 'string') {
            io.stderr(`acquire: ${code}: ${(e as Error).message}\n`);
            return 1;
        }
        throw e;
    }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    void main(process.argv.slice(2), {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        now: () => new Date()
    }).then((code) => {
        process.exitCode = code;
    });
}
