// The seat audit's report: one CSV row per assignment (permission set or licence) of every seat holder,
// with what the run decided and did, and the text table the command prints (one line per user).
import Papa from 'papaparse';
import type { SeatPlan } from './plan';
import type { RemovalResult } from './revoke';
import type { RestoreResult } from './undo';

export interface ReportRow {
    run_id: string;
    user_id: string;
    username: string;
    name: string;
    last_login: string;
    never_logged_in: boolean;
    days_inactive: number | '';
    modify_all_data: boolean;
    running_user: boolean;
    decision: string;
    kind: 'PermissionSet' | 'PermissionSetLicense';
    assignment: string;
    assignment_id: string;
    /** active, kept: ..., would remove (dry run), removed, failed. */
    result: string;
    error: string;
    audit_id: string;
}

export const NEEDED_ELSEWHERE = 'kept: needed by another permission set';
export const SET_NOT_REMOVED = 'kept: a permission set of the user was not removed';

/** The report rows of a run; `results` is null for a dry run (nothing was sent). */
export function reportRows(
    runId: string,
    plans: readonly SeatPlan[],
    results: readonly RemovalResult[] | null
): ReportRow[] {
    const byAssignment = new Map((results ?? []).map((r) => [r.assignmentId, r]));
    const rows: ReportRow[] = [];
    for (const plan of plans) {
        const h = plan.holder;
        const base = {
            run_id: runId,
            user_id: h.userId,
            username: h.username,
            name: h.name,
            last_login: h.lastLoginDate ?? '',
            never_logged_in: plan.neverLoggedIn,
            days_inactive: plan.daysInactive === Number.MAX_SAFE_INTEGER ? ('' as const) : plan.daysInactive,
            modify_all_data: h.modifyAllData,
            running_user: h.isRunningUser,
            decision: plan.decision
        };
        const outcome = (assignmentId: string, planned: boolean, notPlanned: string) => {
            if (plan.decision !== 'revoke') return { result: plan.decision, error: '', audit_id: '' };
            if (!planned) return { result: notPlanned, error: '', audit_id: '' };
            if (!results) return { result: 'would remove', error: '', audit_id: '' };
            const r = byAssignment.get(assignmentId);
            if (!r) return { result: SET_NOT_REMOVED, error: '', audit_id: '' };
            return {
                result: r.removed ? 'removed' : 'failed',
                error: r.error ?? (r.auditError ? `removed, but no audit record: ${r.auditError}` : ''),
                audit_id: r.auditId ?? ''
            };
        };
        for (const p of h.permissionSets)
            rows.push({
                ...base,
                kind: 'PermissionSet',
                assignment: p.name,
                assignment_id: p.assignmentId,
                ...outcome(p.assignmentId, true, '')
            });
        for (const l of h.licences)
            rows.push({
                ...base,
                kind: 'PermissionSetLicense',
                assignment: l.developerName,
                assignment_id: l.assignmentId,
                ...outcome(
                    l.assignmentId,
                    plan.removeLicences.some((x) => x.assignmentId === l.assignmentId),
                    NEEDED_ELSEWHERE
                )
            });
    }
    return rows;
}

export function toCsv(rows: readonly object[]): string {
    return `${Papa.unparse(rows as object[], { newline: '\n', escapeFormulae: true })}\n`;
}

const cell = (text: string, width: number): string =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** One line per seat holder: username, last login, days inactive, sets, licences, decision and result. */
export function formatTable(plans: readonly SeatPlan[], rows: readonly ReportRow[]): string {
    const resultsByUser = new Map<string, string[]>();
    for (const r of rows) {
        const list = resultsByUser.get(r.user_id) ?? [];
        if (r.result !== r.decision && !list.includes(r.result)) list.push(r.result);
        resultsByUser.set(r.user_id, list);
    }
    const lines = [
        `${cell('User', 34)} ${cell('Last login', 10)} ${'Days'.padStart(5)}  ${cell('Permission sets', 40)} ${cell('Licences', 24)} Decision`
    ];
    for (const p of plans) {
        const h = p.holder;
        const results = resultsByUser.get(h.userId) ?? [];
        const flags = [h.isRunningUser ? 'you' : '', h.modifyAllData ? 'MAD' : ''].filter(Boolean).join(',');
        lines.push(
            [
                cell(`${h.username}${flags ? ` (${flags})` : ''}`, 34),
                cell(h.lastLoginDate ? h.lastLoginDate.slice(0, 10) : 'never', 10),
                (p.daysInactive === Number.MAX_SAFE_INTEGER ? '?' : String(p.daysInactive)).padStart(5),
                '',
                cell(h.permissionSets.map((s) => s.name).join(', '), 40),
                cell(h.licences.map((l) => l.developerName).join(', ') || '-', 24),
                `${p.decision}${results.length > 0 ? ` -> ${results.join(', ')}` : ''}`
            ].join(' ')
        );
    }
    return `${lines.join('\n')}\n`;
}

export function restoreRows(runId: string, results: readonly RestoreResult[]): object[] {
    return results.map((r) => ({
        run_id: runId,
        audit_id: r.auditId,
        user_id: r.userId,
        username: r.username,
        kind: r.kind,
        assignment: r.name,
        result: r.restored ? 'restored' : 'failed',
        new_assignment_id: r.assignmentId ?? '',
        error: r.error ?? ''
    }));
}
