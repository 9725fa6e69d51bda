/**
 * `npm run validate`: the offline stand-in for a deploy. Runs every check, prints one line per
 * finding (file, and line where known), a line per check and a summary; exits 1 when any check fails.
 *
 *   npx tsx scripts/validate/index.ts [--root <dir>] [--only a,b] [--skip a,b] [--list]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { apexParse } from './checks/apexParse';
import { emitted } from './checks/emitted';
import { eslint } from './checks/eslint';
import { lwcBundles } from './checks/lwcBundles';
import { metadataXml } from './checks/metadataXml';
import { pmd } from './checks/pmd';
import { projectSchemas } from './checks/projectSchemas';
import { sourceConvert } from './checks/sourceConvert';
import { typecheck } from './checks/typecheck';
import { formatResult, formatSummary, summarize, type Summary } from './reporter';
import type { Check, CheckResult } from './types';

/** In report order. PMD runs in a Java child process, so it is started first and overlaps the rest. */
export const CHECKS: readonly Check[] = [projectSchemas, typecheck, lwcBundles, emitted, metadataXml, sourceConvert, apexParse, pmd, eslint];
const BACKGROUND = new Set(['pmd']);

export interface RunOptions {
    root: string;
    only?: string[];
    skip?: string[];
}

async function runCheck(check: Check, root: string): Promise<CheckResult> {
    const started = Date.now();
    try {
        const outcome = await check.run({ root });
        return { ...outcome, name: check.name, title: check.title, durationMs: Date.now() - started };
    } catch (error) {
        const e = error as Error;
        return {
            name: check.name,
            title: check.title,
            durationMs: Date.now() - started,
            findings: [{ check: check.name, file: '.', message: `check could not run: ${e.message}` }]
        };
    }
}

export function selectChecks(options: Pick<RunOptions, 'only' | 'skip'>): Check[] {
    const known = new Set(CHECKS.map((c) => c.name));
    for (const name of [...(options.only ?? []), ...(options.skip ?? [])]) {
        if (!known.has(name)) throw new Error(`unknown check "${name}"; checks: ${[...known].join(', ')}`);
    }
    return CHECKS.filter((c) => (!options.only || options.only.includes(c.name)) && !(options.skip ?? []).includes(c.name));
}

export async function runValidation(options: RunOptions, onResult: (r: CheckResult) => void = () => undefined): Promise<{ results: CheckResult[]; summary: Summary }> {
    const started = Date.now();
    const checks = selectChecks(options);
    const background = new Map(checks.filter((c) => BACKGROUND.has(c.name)).map((c) => [c.name, runCheck(c, options.root)]));
    const results: CheckResult[] = [];
    for (const check of checks) {
        const result = await (background.get(check.name) ?? runCheck(check, options.root));
        onResult(result);
        results.push(result);
    }
    return { results, summary: summarize(results, Date.now() - started) };
}

function listArg(argv: string[], flag: string): string[] | undefined {
    const index = argv.indexOf(flag);
    if (index < 0) return undefined;
    const value = argv[index + 1];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a comma-separated list of checks`);
    return value.split(',').map((s) => s.trim()).filter(Boolean);
}

export async function main(argv: string[]): Promise<number> {
    if (argv.includes('--list')) {
        for (const c of CHECKS) process.stdout.write(`${c.name.padEnd(13)} ${c.title}\n`);
        return 0;
    }
    const rootIndex = argv.indexOf('--root');
    const rootArg = rootIndex >= 0 ? argv[rootIndex + 1] : undefined;
    if (rootIndex >= 0 && !rootArg) throw new Error('--root needs a directory');
    const root = resolve(rootArg ?? process.cwd());
    if (!existsSync(root)) throw new Error(`--root ${root} does not exist`);
    const only = listArg(argv, '--only');
    const skip = listArg(argv, '--skip');
    const { summary } = await runValidation({ root, ...(only ? { only } : {}), ...(skip ? { skip } : {}) }, (result) => {
        for (const line of formatResult(result)) process.stdout.write(`${line}\n`);
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return summary.failed > 0 ? 1 : 0;
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            process.stderr.write(`validate: ${(error as Error).message}\n`);
            process.exitCode = 2;
        }
    );
}
