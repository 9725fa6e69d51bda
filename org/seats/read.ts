// Reads who holds the app's seats: every active user with a direct assignment of one of the app's
// permission sets, their last login, the permission set licences those sets need (and any named with
// --licence), and who has Modify All Data. REST queries only (nextRecordsUrl paging, 2,000 records a page):
//   1. the running user's Id (User by the stored auth's username)
//   2. the app's permission sets (PermissionSet by Name, not profile-owned) and the licences they need
//      (PermissionSet.LicenseId when it is a permission set licence, key prefix 0PL) or --licence names
//   3. the assignments of those sets to active users, with the user's fields through Assignee
//   4. the active users with Modify All Data from any permission set, profile-owned ones (a profile's
//      permissions) and permission set groups' aggregate sets included
//   5. (only with licences) the licence assignments of active users, and the other assignments that
//      need those licences (a user who needs a licence for another set keeps it)
import type { Connection } from '@salesforce/core';
import { queryAll } from '../salesforce/rest';
import { SalesforceError } from '../salesforce/errors';
import { idList, isId, nameList, soqlString } from './soql';

export interface PermissionSetInfo {
    id: string;
    name: string;
    /** The permission set licence the set needs (PermissionSet.LicenseId when it is one), else null. */
    licenseId: string | null;
}

export interface LicenceInfo {
    id: string;
    developerName: string;
}

export interface HeldPermissionSet {
    assignmentId: string;
    permissionSetId: string;
    name: string;
    /** PermissionSetAssignment.ExpirationDate (API 52.0+), kept so an undo restores it. */
    expirationDate: string | null;
    licenseId: string | null;
}

export interface HeldLicence {
    assignmentId: string;
    licenseId: string;
    developerName: string;
}

export interface SeatHolder {
    userId: string;
    username: string;
    name: string;
    /** User.LastLoginDate: null when the user never logged in. */
    lastLoginDate: string | null;
    createdDate: string | null;
    isRunningUser: boolean;
    modifyAllData: boolean;
    permissionSets: HeldPermissionSet[];
    licences: HeldLicence[];
    /** Licences (Ids) another of the user's permission sets (not the app's) needs. */
    licencesNeededElsewhere: string[];
}

export interface SeatRead {
    runningUserId: string;
    permissionSets: PermissionSetInfo[];
    licences: LicenceInfo[];
    /** App permission set names that are not in the org (not deployed). */
    missingPermissionSets: string[];
    holders: SeatHolder[];
}

interface AssignmentRow {
    Id: string;
    AssigneeId: string;
    PermissionSetId: string;
    ExpirationDate: string | null;
    Assignee: { Username: string; Name: string; LastLoginDate: string | null; CreatedDate: string | null } | null;
}

const PSL_PREFIX = '0PL';

export async function runningUserId(conn: Connection): Promise<string> {
    const username = conn.getUsername();
    if (!username) throw new SalesforceError('UnknownOrg', 'the stored auth names no username');
    const [user] = await queryAll<{ Id: string }>(
        conn,
        `SELECT Id FROM User WHERE Username = ${soqlString(username)} LIMIT 1`
    );
    if (!user) throw new SalesforceError('UnknownOrg', `no user ${username} in the org`);
    return user.Id;
}

async function readPermissionSets(
    conn: Connection,
    names: readonly string[]
): Promise<{ sets: PermissionSetInfo[]; missing: string[] }> {
    const rows = await queryAll<{ Id: string; Name: string; LicenseId: string | null }>(
        conn,
        `SELECT Id, Name, LicenseId FROM PermissionSet WHERE Name IN ${nameList(names, 'permission set')} AND IsOwnedByProfile = false`
    );
    const sets = rows.map((r) => ({
        id: r.Id,
        name: r.Name,
        licenseId: isId(r.LicenseId) && r.LicenseId.startsWith(PSL_PREFIX) ? r.LicenseId : null
    }));
    const found = new Set(sets.map((s) => s.name.toLowerCase()));
    return { sets, missing: names.filter((n) => !found.has(n.toLowerCase())) };
}

async function readLicences(
    conn: Connection,
    ids: readonly string[],
    names: readonly string[]
): Promise<LicenceInfo[]> {
    const where = [
        ...(ids.length > 0 ? [`Id IN ${idList(ids)}`] : []),
        ...(names.length > 0 ? [`DeveloperName IN ${nameList(names, 'licence')}`] : [])
    ];
    if (where.length === 0) return [];
    const rows = await queryAll<{ Id: string; DeveloperName: string }>(
        conn,
        `SELECT Id, DeveloperName FROM PermissionSetLicense WHERE ${where.join(' OR ')}`
    );
    const found = new Set(rows.map((r) => r.DeveloperName.toLowerCase()));
    const unknown = names.filter((n) => !found.has(n.toLowerCase()));
    if (unknown.length > 0)
        throw new SalesforceError(
            'InvalidQuery',
            `no permission set licence named ${unknown.join(', ')} (--licence takes a PermissionSetLicense DeveloperName)`
        );
    return rows.map((r) => ({ id: r.Id, developerName: r.DeveloperName }));
}

/** Everything the audit needs, in at most 7 queries plus one page per further 2,000 rows. */
export async function readSeats(
    conn: Connection,
    options: { permissionSetNames: readonly string[]; licenceNames: readonly string[] }
): Promise<SeatRead> {
    const userId = await runningUserId(conn);
    const { sets, missing } = await readPermissionSets(conn, options.permissionSetNames);
    const neededIds = [...new Set(sets.map((s) => s.licenseId).filter((id): id is string => id !== null))];
    const licences = await readLicences(conn, neededIds, options.licenceNames);
    const read: SeatRead = {
        runningUserId: userId,
        permissionSets: sets,
        licences,
        missingPermissionSets: missing,
        holders: []
    };
    if (sets.length === 0) return read;
    const setById = new Map(sets.map((s) => [s.id, s]));
    const rows = await queryAll<AssignmentRow>(
        conn,
        'SELECT Id, AssigneeId, PermissionSetId, ExpirationDate, Assignee.Username, Assignee.Name, ' +
            'Assignee.LastLoginDate, Assignee.CreatedDate FROM PermissionSetAssignment ' +
            `WHERE PermissionSetId IN ${idList(sets.map((s) => s.id))} AND Assignee.IsActive = true`
    );
    const holders = new Map<string, SeatHolder>();
    for (const row of rows) {
        const set = setById.get(row.PermissionSetId);
        if (!set || !row.Assignee) continue;
        let holder = holders.get(row.AssigneeId);
        if (!holder) {
            holder = {
                userId: row.AssigneeId,
                username: row.Assignee.Username,
                name: row.Assignee.Name,
                lastLoginDate: row.Assignee.LastLoginDate ?? null,
                createdDate: row.Assignee.CreatedDate ?? null,
                isRunningUser: row.AssigneeId === userId,
                modifyAllData: false,
                permissionSets: [],
                licences: [],
                licencesNeededElsewhere: []
            };
            holders.set(row.AssigneeId, holder);
        }
        holder.permissionSets.push({
            assignmentId: row.Id,
            permissionSetId: set.id,
            name: set.name,
            expirationDate: row.ExpirationDate ?? null,
            licenseId: set.licenseId
        });
    }
    const mad = await queryAll<{ AssigneeId: string }>(
        conn,
        'SELECT AssigneeId FROM PermissionSetAssignment ' +
            'WHERE PermissionSet.PermissionsModifyAllData = true AND Assignee.IsActive = true'
    );
    for (const r of mad) {
        const holder = holders.get(r.AssigneeId);
        if (holder) holder.modifyAllData = true;
    }
    if (licences.length > 0) await readLicenceAssignments(conn, licences, sets, holders);
    read.holders = [...holders.values()].sort((a, b) => a.username.localeCompare(b.username));
    return read;
}

async function readLicenceAssignments(
    conn: Connection,
    licences: readonly LicenceInfo[],
    sets: readonly PermissionSetInfo[],
    holders: Map<string, SeatHolder>
): Promise<void> {
    const byId = new Map(licences.map((l) => [l.id, l]));
    const ids = idList(licences.map((l) => l.id));
    const assigned = await queryAll<{ Id: string; AssigneeId: string; PermissionSetLicenseId: string }>(
        conn,
        'SELECT Id, AssigneeId, PermissionSetLicenseId FROM PermissionSetLicenseAssign ' +
            `WHERE PermissionSetLicenseId IN ${ids} AND Assignee.IsActive = true`
    );
    for (const r of assigned) {
        const holder = holders.get(r.AssigneeId);
        const licence = byId.get(r.PermissionSetLicenseId);
        if (holder && licence)
            holder.licences.push({
                assignmentId: r.Id,
                licenseId: licence.id,
                developerName: licence.developerName
            });
    }
    const elsewhere = await queryAll<{ AssigneeId: string; PermissionSet: { LicenseId: string } | null }>(
        conn,
        'SELECT AssigneeId, PermissionSet.LicenseId FROM PermissionSetAssignment ' +
            `WHERE PermissionSet.LicenseId IN ${ids} AND PermissionSetId NOT IN ${idList(sets.map((s) => s.id))} ` +
            'AND Assignee.IsActive = true'
    );
    for (const r of elsewhere) {
        const holder = holders.get(r.AssigneeId);
        const licenseId = r.PermissionSet?.LicenseId;
        if (holder && licenseId && !holder.licencesNeededElsewhere.includes(licenseId))
            holder.licencesNeededElsewhere.push(licenseId);
    }
}
