// Dependencies point one way: the runtime (the preview server and page, the org commands, the shared
// library, the `insight` and `export:csv` commands) never imports the one-off sample data generator or
// the benchmarks, directly or through other non-runtime modules. Shared code goes to `lib/`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { rel, walkFiles } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'dependencies';

/**
 * Runtime code: folders (every source file in them but tests) and single files. `preview/standins` is
 * the page's stand-ins for the platform modules, which the page reaches through the bundler's aliases,
 * not through relative imports, so it is listed itself.
 */
export const RUNTIME = [
    'lib/',
    'org/',
    'preview/server/',
    'preview/app/',
    'preview/standins/',
    'scripts/insight.ts',
    'scripts/export-csv.ts'
] as const;

/** What the runtime must never depend on: a file or a folder (trailing `/`), and what it is. */
export const FORBIDDEN: ReadonlyArray<{ path: string; what: string }> = [
    { path: 'scripts/generate-sample-data.ts', what: 'the one-off sample data generator' },
    ...['acquisitions', 'archetypes', 'calendar', 'plan', 'vocabulary'].map((part) => ({
        path: `scripts/sample-data-${part}.ts`,
        what: `the sample data generator's ${part}`
    })),
    { path: 'scripts/bench/', what: 'the benchmarks' }
];

const SOURCE = /\.(ts|mts|cts|mjs|cjs|js)$/;

function isTest(path: string): boolean {
    return path.includes('/__tests__/') || /\.(test|spec|bench)\.[mc]?[jt]s$/.test(path);
}

function isRuntime(path: string): boolean {
    return RUNTIME.some((r) => (r.endsWith('/') ? path.startsWith(r) : path === r)) && !isTest(path);
}

function forbidden(path: string): { path: string; what: string } | undefined {
    return FORBIDDEN.find((f) => (f.path.endsWith('/') ? path.startsWith(f.path) : path === f.path));
}

/** The file a relative specifier names (tried as written, with a source extension, as a folder index), or null. */
function resolveImport(fromFile: string, specifier: string): string | null {
    const base = resolve(dirname(fromFile), specifier);
    const candidates = [
        base,
        ...['.ts', '.mts', '.cts', '.mjs', '.cjs', '.js'].map((e) => base + e),
        join(base, 'index.ts'),
        join(base, 'index.js')
    ];
    // ESM-style `./x.js` naming `./x.ts`.
    if (/\.[mc]?js$/.test(base)) candidates.push(base.replace(/js$/, 'ts'));
    return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

interface Import {
    target: string;
    line: number;
}

/** Relative imports of a source file: static, `export ... from`, dynamic `import()` and `require()`. */
function importsOf(file: string, cache: Map<string, Import[]>): Import[] {
    const known = cache.get(file);
    if (known) return known;
    const text = readFileSync(file, 'utf8');
    const out: Import[] = [];
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
        if (!ref.fileName.startsWith('./') && !ref.fileName.startsWith('../')) continue;
        const target = resolveImport(file, ref.fileName);
        if (target) out.push({ target, line: text.slice(0, ref.pos).split('\n').length });
    }
    cache.set(file, out);
    return out;
}

/**
 * The chain from `start` (a non-runtime module a runtime file imports) to a forbidden module, through
 * non-runtime modules only (a runtime module is checked on its own), or null.
 */
function chainToForbidden(root: string, start: string, cache: Map<string, Import[]>): string[] | null {
    const seen = new Set<string>([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
        const chain = queue.shift() as string[];
        const file = chain[chain.length - 1] as string;
        for (const { target } of importsOf(file, cache)) {
            const relative = rel(root, target);
            if (seen.has(target) || !SOURCE.test(target) || target.includes('/node_modules/')) continue;
            seen.add(target);
            if (forbidden(relative)) return [...chain, target];
            if (!isRuntime(relative)) queue.push([...chain, target]);
        }
    }
    return null;
}

export const dependencies: Check = {
    name: NAME,
    title: 'Runtime code never imports the sample data generator or the benchmarks',
    async run({ root }) {
        const files = RUNTIME.flatMap((r) =>
            r.endsWith('/') ? walkFiles(join(root, r)) : existsSync(join(root, r)) ? [join(root, r)] : []
        ).filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts') && isRuntime(rel(root, f)));
        const cache = new Map<string, Import[]>();
        const findings: Finding[] = [];
        for (const file of files) {
            for (const { target, line } of importsOf(file, cache)) {
                const relative = rel(root, target);
                if (!SOURCE.test(target) || isRuntime(relative)) continue;
                const direct = forbidden(relative);
                const chain = direct ? [target] : chainToForbidden(root, target, cache);
                if (!chain) continue;
                const last = rel(root, chain[chain.length - 1] as string);
                const through =
                    chain.length > 1
                        ? ` through ${chain
                              .slice(0, -1)
                              .map((c) => rel(root, c))
                              .join(' -> ')}`
                        : '';
                findings.push({
                    check: NAME,
                    file: rel(root, file),
                    line,
                    message: `runtime code imports ${last} (${forbidden(last)?.what})${through}: move what both need to lib/`
                });
            }
        }
        return { findings, summary: `${files.length} runtime files` };
    }
};
