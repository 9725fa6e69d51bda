// `--undo RUN_ID`: assigns again what a run removed, from its SI_Seat_Audit__c records not yet restored:
// licences first (a permission set that needs a licence cannot be assigned without it), then permission
// sets (with the expiration date they had; one that has expired since is not restored and is reported).
// Each restored record gets Restored_At__c and the new assignment's Id, so a second undo restores nothing
// twice; an assignment that exists again already (DUPLICATE_VALUE: somebody assigned it by hand) counts as
// restored. Creates of 200 a request (sObject Collections), then one update of 200 audit records a request.
import type { Connection } from '@salesforce/core';
import { createRecords, errorText, updateRecords, type RecordResult } from '../salesforce/collections';
import { queryAll } from '../salesforce/rest';
import { parseDateTime } from './plan';
import { AUDIT_OBJECT, type AssignmentKind } from './revoke';
import { isId, soqlString } from './soql';

/** A run id as the command makes them: 20261203T101502Z-3fa9. */
export const RUN_ID = /^\d{8}T\d{6}Z-[0-9a-f]{4}$/;

interface AuditRow {
    Id: string;
    User__c: string;
    Username__c: string | null;
    Permission_Set_Id__c: string | null;
    Permission_Set_Name__c: string | null;
    Permission_Set_License_Id__c: string | null;
    Permission_Set_License_Name__c: string | null;
    Expiration_Date__c: string | null;
}

export interface RestoreResult {
    auditId: string;
    userId: string;
    username: string;
    kind: AssignmentKind;
    name: string;
    restored: boolean;
    /** The new assignment (null when it already existed again or was not restored). */
    assignmentId: string | null;
    error: string | null;
}

export async function undoRun(conn: Connection, runId: string, now: () => Date): Promise<RestoreResult[]> {
    if (!RUN_ID.test(runId)) throw new Error(`not a run id: ${runId}`);
    const rows = await queryAll<AuditRow>(
        conn,
        'SELECT Id, User__c, Username__c, Permission_Set_Id__c, Permission_Set_Name__c, Permission_Set_License_Id__c, ' +
            `Permission_Set_License_Name__c, Expiration_Date__c FROM ${AUDIT_OBJECT} ` +
            `WHERE Run_Id__c = ${soqlString(runId)} AND Restored_At__c = null`
    );
    const results: RestoreResult[] = [];
    const licences = rows.filter((r) => !r.Permission_Set_Id__c && isId(r.Permission_Set_License_Id__c));
    const sets = rows.filter((r) => isId(r.Permission_Set_Id__c));
    results.push(
        ...(await restore(conn, licences, 'PermissionSetLicense', (r) => ({
            AssigneeId: r.User__c,
            PermissionSetLicenseId: r.Permission_Set_License_Id__c
        })))
    );
    const at = now();
    const live = sets.filter((r) => !r.Expiration_Date__c || parseDateTime(r.Expiration_Date__c) > at.getTime());
    for (const r of sets.filter((s) => !live.includes(s)))
        results.push({
            ...describe(r, 'PermissionSet'),
            restored: false,
            assignmentId: null,
            error: `the assignment would have expired on ${r.Expiration_Date__c}; not restored`
        });
    results.push(
        ...(await restore(conn, live, 'PermissionSet', (r) => ({
            AssigneeId: r.User__c,
            PermissionSetId: r.Permission_Set_Id__c,
            ...(r.Expiration_Date__c ? { ExpirationDate: r.Expiration_Date__c } : {})
        })))
    );
    const marks = results
        .filter((r) => r.restored)
        .map((r) => ({
            id: r.auditId,
            Restored_At__c: at.toISOString(),
            Restored_Assignment_Id__c: r.assignmentId
        }));
    const marked = await updateRecords(conn, AUDIT_OBJECT, marks);
    marked.forEach((m, i) => {
        if (m.success) return;
        const r = results.find((x) => x.auditId === marks[i]!.id)!;
        r.error = `restored, but its audit record was not marked restored: ${errorText(m)}`;
    });
    return results;
}

function describe(
    r: AuditRow,
    kind: AssignmentKind
): Pick<RestoreResult, 'auditId' | 'userId' | 'username' | 'kind' | 'name'> {
    return {
        auditId: r.Id,
        userId: r.User__c,
        username: r.Username__c ?? r.User__c,
        kind,
        name: (kind === 'PermissionSet' ? r.Permission_Set_Name__c : r.Permission_Set_License_Name__c) ?? ''
    };
}

async function restore(
    conn: Connection,
    rows: readonly AuditRow[],
    kind: AssignmentKind,
    fields: (r: AuditRow) => Record<string, unknown>
): Promise<RestoreResult[]> {
    const object = kind === 'PermissionSet' ? 'PermissionSetAssignment' : 'PermissionSetLicenseAssign';
    const created: RecordResult[] = await createRecords(conn, object, rows.map(fields));
    return rows.map((r, i) => {
        const c = created[i]!;
        const duplicate = !c.success && c.errors.some((e) => e.statusCode === 'DUPLICATE_VALUE');
        return {
            ...describe(r, kind),
            restored: c.success || duplicate,
            assignmentId: c.success ? c.id : null,
            error: c.success || duplicate ? null : errorText(c)
        };
    });
}
