// Removes the planned assignments and records each removal in SI_Seat_Audit__c, 200 at a time:
// permission set assignments first, then the licence assignments that nothing left needs (Salesforce
// refuses to remove a licence a remaining assignment needs). Each DELETE of up to 200 assignments is
// followed at once by one POST of the audit records of those removed, so what was removed is in the org
// before the next removal is sent; a record Salesforce rejects is reported with its error and left as it
// is. Nothing is done twice: a removed assignment no longer exists, so a re-run finds only what is left
// (the rejected ones), and Assignment_Id__c is unique, so an assignment is never recorded twice.
import type { Connection } from '@salesforce/core';
import { createRecords, deleteRecords, errorText } from '../salesforce/collections';
import { licencesToRemove, type SeatPlan } from './plan';

export const AUDIT_OBJECT = 'SI_Seat_Audit__c';

export type AssignmentKind = 'PermissionSet' | 'PermissionSetLicense';

export interface RemovalResult {
    userId: string;
    username: string;
    kind: AssignmentKind;
    /** Permission set Name or licence DeveloperName. */
    name: string;
    assignmentId: string;
    removed: boolean;
    /** Why Salesforce refused the removal (`CODE: message`). */
    error: string | null;
    /** The SI_Seat_Audit__c record of the removal. */
    auditId: string | null;
    /** Why the audit record could not be written (the removal happened). */
    auditError: string | null;
}

interface Target {
    plan: SeatPlan;
    kind: AssignmentKind;
    name: string;
    assignmentId: string;
    permissionSetId: string | null;
    licenseId: string | null;
    expirationDate: string | null;
}

export interface RevokeOptions {
    runId: string;
    /** The time each removal is recorded as done. */
    now: () => Date;
}

function auditRecord(t: Target, runId: string, at: Date): Record<string, unknown> {
    return {
        Run_Id__c: runId,
        User__c: t.plan.holder.userId,
        Username__c: t.plan.holder.username,
        Assignment_Id__c: t.assignmentId,
        Permission_Set_Id__c: t.permissionSetId,
        Permission_Set_Name__c: t.kind === 'PermissionSet' ? t.name : null,
        Permission_Set_License_Id__c: t.licenseId,
        Permission_Set_License_Name__c: t.kind === 'PermissionSetLicense' ? t.name : null,
        Expiration_Date__c: t.expirationDate,
        Last_Login__c: t.plan.holder.lastLoginDate,
        Days_Inactive__c: t.plan.daysInactive === Number.MAX_SAFE_INTEGER ? null : t.plan.daysInactive,
        Removed_At__c: at.toISOString()
    };
}

async function removeAll(
    conn: Connection,
    targets: readonly Target[],
    options: RevokeOptions,
    results: RemovalResult[]
): Promise<void> {
    const byId = new Map(targets.map((t) => [t.assignmentId, t]));
    await deleteRecords(
        conn,
        targets.map((t) => t.assignmentId),
        async (ids, deleted) => {
            const at = options.now();
            const chunk: RemovalResult[] = ids.map((id, i) => {
                const t = byId.get(id) as Target;
                const r = deleted[i]!;
                return {
                    userId: t.plan.holder.userId,
                    username: t.plan.holder.username,
                    kind: t.kind,
                    name: t.name,
                    assignmentId: id,
                    removed: r.success,
                    error: r.success ? null : errorText(r),
                    auditId: null,
                    auditError: null
                };
            });
            results.push(...chunk);
            const done = chunk.filter((r) => r.removed);
            if (done.length === 0) return;
            try {
                const audits = await createRecords(
                    conn,
                    AUDIT_OBJECT,
                    done.map((r) => auditRecord(byId.get(r.assignmentId) as Target, options.runId, at))
                );
                audits.forEach((a, i) => {
                    const r = done[i]!;
                    if (a.success) r.auditId = a.id;
                    else r.auditError = errorText(a);
                });
            } catch (e) {
                for (const r of done) r.auditError = (e as Error).message;
                throw e;
            }
        }
    );
}

/**
 * Removes what the plans say (only plans decided `revoke`), permission sets then licences; results are
 * appended to `results` as they come, so a caller that catches an error still reports what was done.
 */
export async function revokeSeats(
    conn: Connection,
    plans: readonly SeatPlan[],
    options: RevokeOptions,
    results: RemovalResult[] = []
): Promise<RemovalResult[]> {
    const revoked = plans.filter((p) => p.decision === 'revoke');
    const sets: Target[] = revoked.flatMap((plan) =>
        plan.removePermissionSets.map((p) => ({
            plan,
            kind: 'PermissionSet' as const,
            name: p.name,
            assignmentId: p.assignmentId,
            permissionSetId: p.permissionSetId,
            licenseId: null,
            expirationDate: p.expirationDate
        }))
    );
    await removeAll(conn, sets, options, results);
    const removed = new Set(results.filter((r) => r.removed).map((r) => r.assignmentId));
    const licences: Target[] = revoked.flatMap((plan) =>
        licencesToRemove(plan, removed).map((l) => ({
            plan,
            kind: 'PermissionSetLicense' as const,
            name: l.developerName,
            assignmentId: l.assignmentId,
            permissionSetId: null,
            licenseId: l.licenseId,
            expirationDate: null
        }))
    );
    await removeAll(conn, licences, options, results);
    return results;
}
