/**
 * `npm run validate`: the offline stand-in for a deploy. Runs every check, prints one line per
 * finding (file, and line where known), a line per check and a summary; exits 1 when any check fails.
 *
 *   npx tsx scripts/validate/index.ts [--root <dir>] [--only a,b] [--skip a,b] [--list]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatResult, formatSummary, summarize, type Summary } from './reporter';
import type { Check, CheckResult } from './types';

interface CheckEntry {
    name: string;
    /** Loaded on demand: `--only lwc` need not load the SDR, ESLint or Code Analyzer. */
    load: () => Promise<Check>;
}

/** In report order. PMD runs in a Java child process, so it is started first and overlaps the rest. */
export const CHECKS: readonly CheckEntry[] = [
    { name: 'project-json', load: async () => (await import('./checks/projectSchemas')).projectSchemas },
    { name: 'types', load: async () => (await import('./checks/typecheck')).typecheck },
    { name: 'dependencies', load: async () => (await import('./checks/dependencies')).dependencies },
    { name: 'lwc', load: async () => (await import('./checks/lwcBundles')).lwcBundles },
    { name: 'emitted-js', load: async () => (await import('./checks/emitted')).emitted },
    { name: 'metadata-xml', load: async () => (await import('./checks/metadataXml')).metadataXml },
    { name: 'metadata-refs', load: async () => (await import('./checks/metadataRefs')).metadataRefs },
    { name: 'flows', load: async () => (await import('./checks/flows')).flows },
    {
        name: 'permission-deps',
        load: async () => (await import('./checks/permissionDependencies')).permissionDependencies
    },
    { name: 'convert', load: async () => (await import('./checks/sourceConvert')).sourceConvert },
    { name: 'apex-parse', load: async () => (await import('./checks/apexParse')).apexParse },
    { name: 'pmd', load: async () => (await import('./checks/pmd')).pmd },
    { name: 'eslint', load: async () => (await import('./checks/eslint')).eslint }
];
const BACKGROUND = new Set(['pmd']);

export interface RunOptions {
    root: string;
    only?: string[];
    skip?: string[];
}

async function runCheck(entry: CheckEntry, root: string): Promise<CheckResult> {
    const started = Date.now();
    let title = entry.name;
    try {
        const check = await entry.load();
        title = check.title;
        const outcome = await check.run({ root });
        if (check.name !== entry.name) throw new Error(`check registered as ${entry.name} names itself ${check.name}`);
        return { ...outcome, name: check.name, title, durationMs: Date.now() - started };
    } catch (error) {
        const e = error as Error;
        return {
            name: entry.name,
            title,
            durationMs: Date.now() - started,
            findings: [{ check: entry.name, file: '.', message: `check could not run: ${e.message}` }]
        };
    }
}

export function selectChecks(options: Pick<RunOptions, 'only' | 'skip'>): CheckEntry[] {
    const known = new Set(CHECKS.map((c) => c.name));
    for (const name of [...(options.only ?? []), ...(options.skip ?? [])]) {
        if (!known.has(name)) throw new Error(`unknown check "${name}"; checks: ${[...known].join(', ')}`);
    }
    return CHECKS.filter(
        (c) => (!options.only || options.only.includes(c.name)) && !(options.skip ?? []).includes(c.name)
    );
}

export async function runValidation(
    options: RunOptions,
    onResult: (r: CheckResult) => void = () => undefined
): Promise<{ results: CheckResult[]; summary: Summary }> {
    const started = Date.now();
    const checks = selectChecks(options);
    const background = new Map(
        checks.filter((c) => BACKGROUND.has(c.name)).map((c) => [c.name, runCheck(c, options.root)])
    );
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
    return value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

export async function main(argv: string[]): Promise<number> {
    if (argv.includes('--list')) {
        for (const entry of CHECKS) process.stdout.write(`${entry.name.padEnd(15)} ${(await entry.load()).title}\n`);
        return 0;
    }
    const rootIndex = argv.indexOf('--root');
    const rootArg = rootIndex >= 0 ? argv[rootIndex + 1] : undefined;
    if (rootIndex >= 0 && !rootArg) throw new Error('--root needs a directory');
    const root = resolve(rootArg ?? process.cwd());
    if (!existsSync(root)) throw new Error(`--root ${root} does not exist`);
    const only = listArg(argv, '--only');
    const skip = listArg(argv, '--skip');
    const { summary } = await runValidation(
        { root, ...(only ? { only } : {}), ...(skip ? { skip } : {}) },
        (result) => {
            for (const line of formatResult(result)) process.stdout.write(`${line}\n`);
        }
    );
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
