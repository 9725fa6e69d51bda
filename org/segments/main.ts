// Every published segment's members in an export, for admins and tests:
//   npm run segments -- --data <dir> [--as-of YYYY-MM-DD] [--segments <file>] [--json]
// Reads an sObject tree export (what `npm run insight` reads); the segments are the export's SI_Segment__c
// records (with SI_Segment_Membership__c for List segments) or those of a --segments JSON file. Each account
// is scored and given the Account values the scoring job would store, and its membership is what the job's
// accountMembership gives (members.ts).
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { DataAsOfError, localToday, readDataAsOf } from '../../lib/asOf';
import { SObjectTreeError, readSObjectTree } from '../../lib/sobjectTree';
import { UsageError, checkDataOptions, datasetFromTree, formatAsOf, type CliIo } from '../../scripts/insight';
import { computeMembership, type MembershipResult } from './members';
import { SegmentSourceError, segmentsFromFile, segmentsFromTree, type SegmentSource } from './source';

export interface SegmentsOptions {
    data: string;
    asOf: string;
    asOfIsToday: boolean;
    segments: string | null;
    json: boolean;
}

export interface SegmentsResult extends MembershipResult {
    asOf: string;
    asOfSource: 'today' | '--as-of';
    data: string;
    /** Where the segments came from. */
    from: string;
    notPublished: SegmentSource['notPublished'];
}

const USAGE = 'Usage: npm run segments -- --data <dir> [--as-of YYYY-MM-DD] [--segments <file>] [--json]';

export function parseSegmentsArgs(argv: readonly string[], today: () => string): SegmentsOptions {
    const options: SegmentsOptions = { data: '', asOf: '', asOfIsToday: false, segments: null, json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
            return v;
        };
        if (arg === '--data') options.data = value();
        else if (arg === '--as-of') options.asOf = value();
        else if (arg === '--segments') options.segments = value();
        else if (arg === '--json') options.json = true;
        else throw new UsageError(`unknown argument ${arg}`);
    }
    return checkDataOptions(options, today);
}

export function computeSegments(options: SegmentsOptions): SegmentsResult {
    const tree = readSObjectTree(options.data);
    const { dataset } = datasetFromTree(tree);
    if ((dataset.accounts ?? []).length === 0) throw new UsageError(`${options.data}: no Account records`);
    const source = options.segments ? segmentsFromFile(options.segments) : segmentsFromTree(tree.byType, options.asOf);
    if (source.rows.length === 0)
        throw new SegmentSourceError(
            `${options.data}: no SI_Segment__c records; export them (sf data export tree --query "SELECT Id, Name, Type__c, Status__c, Definition__c FROM SI_Segment__c") or pass --segments <file>`
        );
    const result = computeMembership(dataset, source.rows, source.open, DEFAULT_CONFIG, options.asOf);
    return {
        asOf: options.asOf,
        asOfSource: options.asOfIsToday ? 'today' : '--as-of',
        data: options.data,
        from: source.from,
        notPublished: source.notPublished,
        ...result
    };
}

export function formatSegments(result: SegmentsResult, options: SegmentsOptions, dataAsOf: string | null): string {
    const parts = [formatAsOf(options, dataAsOf), `Segments: ${result.from}`];
    if (result.segments.length === 0) parts.push('Published segments: none');
    for (const s of result.segments) {
        const moves = `${s.joined} joined, ${s.left} left on ${result.asOf}`;
        const lines = [`${s.name} (${s.type}): ${s.count} ${s.count === 1 ? 'account' : 'accounts'}; ${moves}`];
        for (const m of s.members) lines.push(`  ${m.name ?? '(no name)'}  ${m.id}`);
        parts.push(lines.join('\n'));
    }
    if (result.notPublished.length > 0)
        parts.push(
            `Not published (no members kept): ${result.notPublished.map((n) => `${n.name} (${n.status})`).join(', ')}`
        );
    const truncated = result.accounts.filter((a) => a.truncated);
    if (truncated.length > 0)
        parts.push(
            `SI_Segments__c holds whole names up to 255 characters; cut short for: ${truncated.map((a) => a.name ?? a.id).join(', ')}`
        );
    parts.push("Each account's SI_Segments__c: --json");
    return `${parts.join('\n\n')}\n`;
}

/** Runs the command; returns the exit code (0 ok, 1 bad input). */
export function main(argv: readonly string[], io: CliIo): number {
    try {
        const options = parseSegmentsArgs(argv, io.today);
        const result = computeSegments(options);
        for (const p of result.problems) io.stderr(`segments: warning: ${p}\n`);
        if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else io.stdout(formatSegments(result, options, readDataAsOf(options.data)));
        return 0;
    } catch (e) {
        if (
            e instanceof UsageError ||
            e instanceof SObjectTreeError ||
            e instanceof SegmentSourceError ||
            e instanceof DataAsOfError
        ) {
            io.stderr(`segments: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
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
