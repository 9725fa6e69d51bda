import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { rel, walkFiles } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'eslint';

const CONFIG_FILES = ['eslint.config.mjs', 'eslint.config.js', 'eslint.config.cjs'];

/** Fixture projects under __tests__/fixtures are samples, linted only when they are the root. */
export const ESLINT_IGNORES = ['**/__tests__/fixtures/**'];

export const eslint: Check = {
    name: NAME,
    title: 'ESLint errors (project eslint.config.mjs, LWC rules on)',
    async run({ root }) {
        const configFile = CONFIG_FILES.map((f) => join(root, f)).find((f) => existsSync(f));
        if (!configFile) return { findings: [], skipped: `no ${CONFIG_FILES[0]} at the project root yet` };
        const linter = new ESLint({ cwd: root, overrideConfigFile: configFile, ignorePatterns: ESLINT_IGNORES, errorOnUnmatchedPattern: false });
        const results = await linter.lintFiles(['.']);
        const findings: Finding[] = [];
        for (const result of results) {
            for (const message of result.messages) {
                if (message.severity !== 2) continue;
                findings.push({
                    check: NAME,
                    file: rel(root, result.filePath),
                    ...(message.line !== undefined ? { line: message.line, column: message.column } : {}),
                    message: `${message.ruleId ?? 'parse'}: ${message.message}`
                });
            }
        }
        // The LWC platform rules must apply to component sources: a config that drops them passes silently otherwise.
        const lwcSource = walkFiles(root, { skipTests: true }).find(
            (f) => /[\\/]lwc[\\/][^\\/]+[\\/][^\\/]+\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')
        );
        if (lwcSource && !(await linter.isPathIgnored(lwcSource))) {
            const config = (await linter.calculateConfigForFile(lwcSource)) as { rules?: Record<string, unknown> };
            const lwcRules = Object.entries(config.rules ?? {}).filter(([id, setting]) => {
                const level = Array.isArray(setting) ? setting[0] : setting;
                return id.startsWith('@lwc/lwc/') && level !== 0 && level !== 'off';
            });
            if (lwcRules.length === 0) {
                findings.push({ check: NAME, file: rel(root, configFile), message: `no @lwc/lwc/* rule is on for ${rel(root, lwcSource)}: enable the LWC platform rules` });
            }
        }
        return { findings, summary: `${results.length} files` };
    }
};
