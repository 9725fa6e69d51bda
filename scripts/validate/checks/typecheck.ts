import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { isFixturePath, rel } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'types';

function toFinding(root: string, diagnostic: ts.Diagnostic): Finding {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file && diagnostic.start !== undefined) {
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return {
            check: NAME,
            file: rel(root, diagnostic.file.fileName),
            line: line + 1,
            column: character + 1,
            message: `TS${diagnostic.code}: ${message}`
        };
    }
    return { check: NAME, file: 'tsconfig.json', message: `TS${diagnostic.code}: ${message}` };
}

/** `tsc -p tsconfig.json --noEmit`, in process, with test fixtures left out. */
export const typecheck: Check = {
    name: NAME,
    title: 'TypeScript type check (tsconfig.json)',
    async run({ root }) {
        const configPath = join(root, 'tsconfig.json');
        if (!existsSync(configPath)) {
            return { findings: [{ check: NAME, file: 'tsconfig.json', message: 'tsconfig.json not found' }] };
        }
        const configErrors: ts.Diagnostic[] = [];
        const parsed = ts.getParsedCommandLineOfConfigFile(
            configPath,
            { noEmit: true },
            { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => configErrors.push(d) }
        );
        if (!parsed) return { findings: configErrors.map((d) => toFinding(root, d)) };
        const rootNames = parsed.fileNames.filter((f) => !isFixturePath(f));
        const program = ts.createProgram({
            rootNames,
            options: { ...parsed.options, noEmit: true },
            projectReferences: parsed.projectReferences
        });
        const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].filter(
            // "No inputs were found" is reported by the file-count summary instead.
            (d) => d.code !== 18003
        );
        const findings = diagnostics
            .filter((d) => d.category === ts.DiagnosticCategory.Error)
            .filter((d) => !d.file || !isFixturePath(d.file.fileName))
            .map((d) => toFinding(root, d));
        return { findings, summary: `${rootNames.length} files` };
    }
};
