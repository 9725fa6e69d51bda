import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { transformSync } from '@lwc/compiler';
import ts from 'typescript';
import { packageDirs, rel, walkFiles } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'lwc';

/** `DiagnosticLevel.Error` in @lwc/errors: Fatal 0, Error 1, Warning 2, Log 3. */
const LWC_ERROR_LEVEL = 1;

interface LwcCompileError extends Error {
    location?: { line?: number; column?: number };
}

/** Every `lwc` folder of every package directory (tests excluded). */
export function lwcFolders(root: string): string[] {
    const folders = new Set<string>();
    for (const dir of packageDirs(root)) {
        for (const file of walkFiles(dir, { skipTests: true })) {
            const match = /^(.*[\\/]lwc)[\\/][^\\/]+[\\/]/.exec(file);
            if (match?.[1]) folders.add(match[1]);
        }
    }
    return [...folders].sort();
}

function tsconfigPaths(root: string): Record<string, string[]> | null {
    const path = join(root, 'tsconfig.json');
    if (!existsSync(path)) return null;
    const read = ts.readConfigFile(path, ts.sys.readFile);
    const options = (read.config as { compilerOptions?: { paths?: Record<string, string[]>; baseUrl?: string } } | undefined)?.compilerOptions;
    return options?.paths ?? {};
}

/**
 * The component is bound to its template only when the compiler rewrote the default export into a
 * `registerComponent(Class, { tmpl: _tmpl ... })` call with the bundle's own template imported.
 */
export function isTemplateBound(compiledMain: string, bundle: string): boolean {
    return (
        new RegExp(`import _tmpl from "\\./${bundle}\\.html"`).test(compiledMain) &&
        /registerComponent\(\s*\w+\s*,\s*\{\s*tmpl:\s*_tmpl\b/.test(compiledMain)
    );
}

function compile(root: string, bundle: string, file: string, findings: Finding[]): string | null {
    try {
        const result = transformSync(readFileSync(file, 'utf8'), file, { name: bundle, namespace: 'c' });
        for (const warning of result.warnings ?? []) {
            if (warning.level > LWC_ERROR_LEVEL) continue;
            findings.push({
                check: NAME,
                file: rel(root, file),
                ...(warning.location ? { line: warning.location.line, column: warning.location.column } : {}),
                message: `LWC compiler: ${warning.message}`
            });
        }
        return result.code;
    } catch (error) {
        const e = error as LwcCompileError;
        const firstLine = (e.message ?? String(error)).split('\n')[0] ?? '';
        findings.push({
            check: NAME,
            file: rel(root, file),
            ...(e.location?.line !== undefined ? { line: e.location.line } : {}),
            ...(e.location?.column !== undefined ? { column: e.location.column } : {}),
            message: `LWC compiler rejects it: ${firstLine.replace(`${file}: `, '')}`
        });
        return null;
    }
}

function checkBundle(root: string, dir: string, paths: Record<string, string[]> | null, findings: Finding[]): void {
    const bundle = basename(dir);
    const at = (name: string): string => join(dir, name);
    const relBundle = rel(root, dir);
    const add = (file: string, message: string): void => {
        findings.push({ check: NAME, file, message });
    };

    if (!existsSync(at(`${bundle}.js-meta.xml`))) add(`${relBundle}/${bundle}.js-meta.xml`, 'missing: every bundle needs a .js-meta.xml configuration file');
    const hasTs = existsSync(at(`${bundle}.ts`));
    const mainJs = at(`${bundle}.js`);
    if (!existsSync(mainJs)) {
        add(`${relBundle}/${bundle}.js`, hasTs ? 'missing main file: emit it with npm run build (the platform deploys .js, never .ts)' : 'missing main file: a bundle needs <bundle>.js');
    }
    if (hasTs && paths !== null) {
        const expected = `${relBundle}/${bundle}`;
        const entry = paths[`c/${bundle}`];
        if (!entry) add('tsconfig.json', `no "paths" entry "c/${bundle}": ["${expected}"] for ${relBundle}/${bundle}.ts`);
        else if (!entry.some((p) => resolve(root, p) === resolve(root, expected))) {
            add('tsconfig.json', `"paths" entry "c/${bundle}" is ${JSON.stringify(entry)}, expected ["${expected}"]`);
        }
    }

    const sources = walkFiles(dir, { skipTests: true }).filter((f) => /\.(js|html|css)$/.test(f));
    for (const file of sources) {
        const code = compile(root, bundle, file, findings);
        if (file === mainJs && code !== null && existsSync(at(`${bundle}.html`)) && !isTemplateBound(code, bundle)) {
            add(
                rel(root, file),
                `template ${bundle}.html is not bound: the compiled module has no registerComponent(..., { tmpl }) ` +
                    '(the main file needs `export default class ... extends LightningElement`, as tsc emits; esbuild-style `export { X as default }` leaves the component without its template)'
            );
        }
    }
}

export const lwcBundles: Check = {
    name: NAME,
    title: 'LWC bundles compile, templates bound, meta and tsconfig paths present',
    async run({ root }) {
        const findings: Finding[] = [];
        const paths = tsconfigPaths(root);
        let count = 0;
        for (const folder of lwcFolders(root)) {
            for (const entry of readdirSync(folder, { withFileTypes: true })) {
                if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name.startsWith('__')) continue;
                count += 1;
                checkBundle(root, join(folder, entry.name), paths, findings);
            }
        }
        return { findings, summary: `${count} bundles` };
    }
};
