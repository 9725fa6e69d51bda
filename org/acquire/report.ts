// What a run shows and keeps: counts per outcome and per skip reason, the first 100 eligible people with
// their account, persona and reason, and the full eligible and skipped lists as CSV files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { countDecisions } from './pipeline';
import type { Decision } from './types';

export const PREVIEW_LIMIT = 100;

const COLUMNS = [
    'Source',
    'First Name',
    'Last Name',
    'Email',
    'Title',
    'Company',
    'Domain',
    'Country',
    'State',
    'Account Id',
    'Account Name',
    'Persona',
    'Outcome',
    'Skip Reason',
    'Reason',
    'Record Id',
    'Salesforce Error'
];

function cells(d: Decision): string[] {
    const c = d.candidate;
    return [
        c.source,
        c.firstName,
        c.lastName,
        c.email,
        c.title,
        c.company,
        c.domain,
        c.country,
        c.state,
        d.accountId,
        d.accountName,
        d.persona,
        d.outcome,
        d.skipReason,
        d.reason,
        d.recordId ?? d.matchedRecordId,
        d.error
    ].map((v) => v ?? '');
}

export function decisionsCsv(decisions: readonly Decision[]): string {
    return `${Papa.unparse({ fields: COLUMNS, data: decisions.map(cells) }, { newline: '\n' })}\n`;
}

export interface ListFiles {
    eligible: string;
    skipped: string;
}

/** Writes `<stem>-eligible.csv` (every candidate not skipped: Eligible, Created or Error) and `<stem>-skipped.csv`. */
export function writeLists(dir: string, stem: string, decisions: readonly Decision[]): ListFiles {
    const files = { eligible: join(dir, `${stem}-eligible.csv`), skipped: join(dir, `${stem}-skipped.csv`) };
    writeFileSync(files.eligible, decisionsCsv(decisions.filter((d) => d.outcome !== 'Skipped')));
    writeFileSync(files.skipped, decisionsCsv(decisions.filter((d) => d.outcome === 'Skipped')));
    return files;
}

function pad(s: string, n: number): string {
    return s.length >= n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** The text report: counts, then the first 100 eligible people. */
export function formatDecisions(title: string, decisions: readonly Decision[]): string {
    const { outcomes, skipped } = countDecisions(decisions);
    const lines = [
        title,
        `${decisions.length} candidates: ${
            Object.entries(outcomes)
                .filter(([, n]) => n > 0)
                .map(([o, n]) => `${o} ${n}`)
                .join(', ') || 'none'
        }`
    ];
    for (const [reason, n] of Object.entries(skipped).sort((a, b) => b[1] - a[1]))
        lines.push(`  skipped, ${reason}: ${n}`);
    const eligible = decisions.filter((d) => d.outcome !== 'Skipped');
    if (eligible.length > 0) {
        lines.push(
            '',
            `${eligible.length > PREVIEW_LIMIT ? `First ${PREVIEW_LIMIT} of ${eligible.length}` : eligible.length} eligible:`,
            `${pad('Email', 32)} ${pad('Account', 26)} ${pad('Persona', 20)} Reason`
        );
        for (const d of eligible.slice(0, PREVIEW_LIMIT))
            lines.push(
                `${pad(d.candidate.email ?? '', 32)} ${pad(d.accountName ?? d.accountId ?? '', 26)} ${pad(d.persona ?? '', 20)} ${
                    d.outcome === 'Eligible'
                        ? d.reason
                        : d.outcome === 'Created'
                          ? `created ${d.recordId}`
                          : `error: ${d.error}`
                }`
            );
    }
    return `${lines.join('\n')}\n`;
}

/** The first 100 eligible, for --json. */
export function firstEligible(decisions: readonly Decision[]): Record<string, string | null>[] {
    return decisions
        .filter((d) => d.outcome !== 'Skipped')
        .slice(0, PREVIEW_LIMIT)
        .map((d) => ({
            source: d.candidate.source,
            email: d.candidate.email,
            name: [d.candidate.firstName, d.candidate.lastName].filter(Boolean).join(' '),
            title: d.candidate.title,
            accountId: d.accountId,
            accountName: d.accountName,
            persona: d.persona,
            outcome: d.outcome,
            reason: d.reason,
            recordId: d.recordId,
            error: d.error
        }));
}
