import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders never scanned: dependencies, VCS and tool state. */
const EXCLUDED_DIRS = new Set(['node_modules', '.git', '.sf', '.sfdx', '.localdevserver', 'coverage']);

/** Test fixtures are sample projects, not part of the project (also excluded from deploys by .forceignore). */
export function isFixturePath(path: string): boolean {
    return path.split(/[\\/]/).join('/').includes('__tests__/fixtures/');
}

/** Path relative to root with forward slashes, for messages. */
export function rel(root: string, path: string): string {
    const out = relative(root, path).split(sep).join('/');
    return out === '' ? '.' : out;
}

export interface WalkOptions {
    /** Also skip every `__tests__` folder (metadata scans: tests are never deployed). */
    skipTests?: boolean;
}

/** Every file under dir (absolute paths, sorted), skipping excluded folders and test fixtures. */
export function walkFiles(dir: string, options: WalkOptions = {}): string[] {
    const out: string[] = [];
    if (!existsSync(dir)) return out;
    const visit = (current: string): void => {
        const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const path = join(current, entry.name);
            if (entry.isDirectory()) {
                if (EXCLUDED_DIRS.has(entry.name)) continue;
                if (options.skipTests && entry.name === '__tests__') continue;
                if (isFixturePath(path + '/')) continue;
                visit(path);
            } else if (entry.isFile()) {
                out.push(path);
            }
        }
    };
    visit(dir);
    return out;
}

interface ProjectJson {
    packageDirectories?: Array<{ path?: unknown }>;
}

/**
 * Absolute package directories from sfdx-project.json. Throws with a clear message when the file is
 * missing or names no package directory (the schema check reports the details).
 */
export function packageDirs(root: string): string[] {
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file)) throw new Error('sfdx-project.json not found');
    let parsed: ProjectJson;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8')) as ProjectJson;
    } catch (error) {
        throw new Error(`sfdx-project.json is not valid JSON: ${(error as Error).message}`);
    }
    const dirs = (parsed.packageDirectories ?? [])
        .map((d) => d.path)
        .filter((p): p is string => typeof p === 'string')
        .map((p) => join(root, p));
    if (dirs.length === 0) throw new Error('sfdx-project.json names no packageDirectories[].path');
    return dirs;
}

/** All files of all package directories, tests and fixtures excluded. */
export function packageFiles(root: string): string[] {
    return packageDirs(root).flatMap((dir) => walkFiles(dir, { skipTests: true }));
}
