/**
 * Stale emitted JavaScript check. Compiles the LWC TypeScript exactly as `npm run build` does
 * (`tsconfig.build.json`), but into memory instead of beside the sources, and compares each result with
 * the committed `.js` beside its `.ts`. Reports every differing or missing `.js`, and every `.js` in a
 * TypeScript bundle whose `.ts` sibling is gone (a leftover that would still be deployed).
 *
 * Run: npx tsx scripts/check-emitted.ts [--root <dir>]   (exit code 1 when anything is stale)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface EmittedProblem {
    /** Path relative to the root, forward slashes. */
    file: string;
    message: string;
}

const LWC_ROOT = 'force-app/main/default/lwc';

function relPath(root: string, path: string): string {
    return relative(root, path).split(sep).join('/');
}

/** Source `.ts` files (not declarations, not tests) of one bundle folder, recursively. */
function bundleFiles(dir: string, ext: string): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '__tests__' && entry.name !== 'node_modules') out.push(...bundleFiles(path, ext));
        } else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) {
            out.push(path);
        }
    }
    return out;
}

export function checkEmitted(rootDir: string): EmittedProblem[] {
    const root = resolve(rootDir);
    const configPath = join(root, 'tsconfig.build.json');
    if (!existsSync(configPath)) return [{ file: 'tsconfig.build.json', message: 'not found: cannot compile the LWC TypeScript' }];
    const lwcRoot = join(root, LWC_ROOT);
    const configErrors: ts.Diagnostic[] = [];
    const parsed = ts.getParsedCommandLineOfConfigFile(
        configPath,
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => configErrors.push(d) }
    );
    if (!parsed) {
        return configErrors.map((d) => ({ file: 'tsconfig.build.json', message: ts.flattenDiagnosticMessageText(d.messageText, ' ') }));
    }
    // A temporary outDir mirroring the lwc folder; nothing is written there, the output is captured in memory.
    const outDir = join(root, '.si-check-emitted');
    const options: ts.CompilerOptions = { ...parsed.options, noEmit: false, outDir, rootDir: lwcRoot, declaration: false, sourceMap: false };
    const program = ts.createProgram({ rootNames: parsed.fileNames, options });
    const emitted = new Map<string, string>();
    const result = program.emit(undefined, (fileName, text) => {
        if (!fileName.endsWith('.js')) return;
        emitted.set(join(lwcRoot, relative(outDir, fileName)), text);
    });
    const problems: EmittedProblem[] = [];
    for (const d of result.diagnostics) {
        if (d.category !== ts.DiagnosticCategory.Error) continue;
        const where = d.file ? relPath(root, d.file.fileName) : 'tsconfig.build.json';
        problems.push({ file: where, message: `emit failed: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}` });
    }
    for (const [path, text] of [...emitted].sort(([a], [b]) => a.localeCompare(b))) {
        const file = relPath(root, path);
        if (!existsSync(path)) problems.push({ file, message: 'missing: the build emits this file but it is not committed (run npm run build)' });
        else if (readFileSync(path, 'utf8') !== text) {
            const committed = readFileSync(path, 'utf8').split('\n');
            const fresh = text.split('\n');
            let line = 0;
            while (line < fresh.length && committed[line] === fresh[line]) line += 1;
            problems.push({ file, message: `stale: differs from what the build emits from its .ts, first at line ${line + 1} (run npm run build)` });
        }
    }
    // Leftover .js in a TypeScript bundle: its .ts is gone but the .js would still be deployed.
    if (existsSync(lwcRoot)) {
        for (const bundle of readdirSync(lwcRoot, { withFileTypes: true })) {
            if (!bundle.isDirectory() || bundle.name.startsWith('.') || bundle.name === '__tests__') continue;
            const dir = join(lwcRoot, bundle.name);
            if (bundleFiles(dir, '.ts').length === 0) continue;
            for (const js of bundleFiles(dir, '.js')) {
                if (!existsSync(js.replace(/\.js$/, '.ts'))) {
                    problems.push({ file: relPath(root, js), message: `stale: no ${relPath(dirname(js), js).replace(/\.js$/, '.ts')} beside it in this TypeScript bundle (delete it or restore its .ts)` });
                }
            }
        }
    }
    return problems;
}

function main(argv: string[]): number {
    const index = argv.indexOf('--root');
    const root = index >= 0 && argv[index + 1] ? resolve(argv[index + 1] as string) : process.cwd();
    const problems = checkEmitted(root);
    for (const p of problems) process.stdout.write(`FAIL [emitted-js] ${p.file} ${p.message}\n`);
    process.stdout.write(problems.length === 0 ? 'emitted .js is up to date\n' : `${problems.length} stale emitted file(s)\n`);
    return problems.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
