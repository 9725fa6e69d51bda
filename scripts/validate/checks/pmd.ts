import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, type LogEvent } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'pmd';

/** Every PMD Apex rule of severity Critical (1), High (2) or Moderate (3). */
export const PMD_SELECTOR = 'pmd:Apex:(1,2,3)';

export const pmd: Check = {
    name: NAME,
    title: `Code Analyzer PMD, severity 1-3 (${PMD_SELECTOR})`,
    async run({ root }) {
        const files = packageFiles(root).filter((f) => f.endsWith('.cls') || f.endsWith('.trigger'));
        if (files.length === 0) return { findings: [], summary: 'no Apex files' };
        const workingFolder = mkdtempSync(join(tmpdir(), 'si-validate-pmd-'));
        try {
            const config = CodeAnalyzerConfig.fromObject(
                {
                    config_root: root,
                    log_folder: workingFolder,
                    root_working_folder: workingFolder,
                    engines: { cpd: { disable_engine: true } }
                },
                root
            );
            const analyzer = new CodeAnalyzer(config);
            const errors: string[] = [];
            analyzer.onEvent(EventType.LogEvent, (event: LogEvent) => {
                if (event.logLevel === LogLevel.Error) errors.push(event.message);
            });
            await analyzer.addEnginePlugin(createEnginePlugin());
            const workspace = await analyzer.createWorkspace(files);
            const rules = await analyzer.selectRules([PMD_SELECTOR], { workspace });
            const results = await analyzer.run(rules, { workspace });
            const findings: Finding[] = errors.map((message) => ({ check: NAME, file: '.', message: `Code Analyzer error: ${message}` }));
            for (const violation of results.getViolations()) {
                const rule = violation.getRule();
                const location = violation.getPrimaryLocation();
                const file = location.getFile();
                const line = location.getStartLine();
                const column = location.getStartColumn();
                findings.push({
                    check: NAME,
                    file: file ? rel(root, file) : '.',
                    ...(line !== undefined ? { line } : {}),
                    ...(column !== undefined ? { column } : {}),
                    message: `${rule.getName()} (severity ${rule.getSeverityLevel()}): ${violation.getMessage()}`
                });
            }
            return { findings, summary: `${files.length} Apex files, ${rules.getCount()} rules` };
        } finally {
            rmSync(workingFolder, { recursive: true, force: true });
        }
    }
};
