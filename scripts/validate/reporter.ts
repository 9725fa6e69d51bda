import type { CheckResult, Finding } from './types';

export function formatLocation(finding: Pick<Finding, 'file' | 'line' | 'column'>): string {
    if (finding.line === undefined) return finding.file;
    return finding.column === undefined ? `${finding.file}:${finding.line}` : `${finding.file}:${finding.line}:${finding.column}`;
}

/** One line per finding: `FAIL [check] file:line:column message`. Multi-line messages are folded. */
export function formatFinding(finding: Finding): string {
    const message = finding.message.replace(/\s*\n\s*/g, ' | ').trim();
    return `FAIL [${finding.check}] ${formatLocation(finding)} ${message}`;
}

function seconds(ms: number): string {
    return `${(ms / 1000).toFixed(1)} s`;
}

export function formatResult(result: CheckResult): string[] {
    const time = seconds(result.durationMs);
    if (result.skipped !== undefined) return [`SKIP [${result.name}] ${result.title}: ${result.skipped} (${time})`];
    if (result.findings.length === 0) {
        const what = result.summary ? `: ${result.summary}` : '';
        return [`ok   [${result.name}] ${result.title}${what} (${time})`];
    }
    return [
        ...result.findings.map(formatFinding),
        `FAIL [${result.name}] ${result.title}: ${result.findings.length} finding(s) (${time})`
    ];
}

export interface Summary {
    checks: number;
    passed: number;
    failed: number;
    skipped: number;
    findings: number;
    durationMs: number;
}

export function summarize(results: CheckResult[], durationMs: number): Summary {
    const failed = results.filter((r) => r.skipped === undefined && r.findings.length > 0).length;
    const skipped = results.filter((r) => r.skipped !== undefined).length;
    return {
        checks: results.length,
        passed: results.length - failed - skipped,
        failed,
        skipped,
        findings: results.reduce((n, r) => n + r.findings.length, 0),
        durationMs
    };
}

export function formatSummary(summary: Summary): string {
    const verdict = summary.failed > 0 ? 'FAILED' : 'passed';
    return (
        `validate ${verdict}: ${summary.checks} checks, ${summary.passed} passed, ${summary.failed} failed, ` +
        `${summary.skipped} skipped, ${summary.findings} finding(s) in ${seconds(summary.durationMs)}`
    );
}
