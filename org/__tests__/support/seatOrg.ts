// A stand-in org for the seat audit: users, permission sets (the app's SI_* sets, a profile-owned set with
// Modify All Data, another set that needs the same permission set licence), their assignments, a permission
// set licence and its assignments, and the SI_Seat_Audit__c object the project deploys. The objects and
// fields are Salesforce's (PermissionSetAssignment.AssigneeId, PermissionSet.LicenseId, ...), with their real
// key prefixes, so the command's queries and sObject Collections calls run as against an org.
//
//   const sf = await startSeatOrg();                 // empty org: the running user and the permission sets
//   const org = seedSeatOrg(sf, { now });            // helpers that add users with sets, logins, licences
import { startSalesforceStandIn, type SalesforceStandIn, type StandInOptions } from './salesforceStandIn';
import type { FieldSpec, FieldType } from './standIn/types';

export const APP_SETS = [
    'SI_Insights_User',
    'SI_Marketing_User',
    'SI_Operations_User',
    'SI_Sales_User',
    'SI_View_Only_User'
] as const;
export type AppSet = (typeof APP_SETS)[number];

/** The permission set licence the stand-in's SI_Sales_User needs (an org's own sets may need one). */
export const LICENCE = 'SalesIntelligencePsl';

export const DAY = 86_400_000;

function seatSchema(): Record<string, Record<string, FieldType | FieldSpec>> {
    return {
        User: {
            Username: 'string',
            Name: 'string',
            IsActive: 'boolean',
            LastLoginDate: 'datetime',
            CreatedDate: { type: 'datetime', createable: false, updateable: false }
        },
        PermissionSet: {
            Name: 'string',
            Label: 'string',
            IsOwnedByProfile: 'boolean',
            PermissionsModifyAllData: 'boolean',
            LicenseId: { type: 'reference', referenceTo: ['PermissionSetLicense'] }
        },
        PermissionSetAssignment: {
            AssigneeId: { type: 'reference', referenceTo: ['User'], updateable: false },
            PermissionSetId: { type: 'reference', referenceTo: ['PermissionSet'], updateable: false },
            PermissionSetGroupId: { type: 'reference', referenceTo: ['PermissionSetGroup'], updateable: false },
            ExpirationDate: 'datetime'
        },
        PermissionSetLicense: { DeveloperName: 'string', MasterLabel: 'string' },
        PermissionSetLicenseAssign: {
            AssigneeId: { type: 'reference', referenceTo: ['User'], updateable: false },
            PermissionSetLicenseId: { type: 'reference', referenceTo: ['PermissionSetLicense'], updateable: false }
        },
        SI_Seat_Audit__c: {
            Run_Id__c: { type: 'string', externalId: true },
            Assignment_Id__c: { type: 'string', externalId: true, unique: true },
            User__c: { type: 'reference', referenceTo: ['User'] },
            Username__c: 'string',
            Permission_Set_Id__c: 'string',
            Permission_Set_Name__c: 'string',
            Permission_Set_License_Id__c: 'string',
            Permission_Set_License_Name__c: 'string',
            Expiration_Date__c: 'datetime',
            Last_Login__c: 'datetime',
            Days_Inactive__c: 'double',
            Removed_At__c: 'datetime',
            Restored_At__c: 'datetime',
            Restored_Assignment_Id__c: 'string'
        }
    };
}

export interface SeatOrg {
    sf: SalesforceStandIn;
    /** Permission set Ids by Name (the app's, `Admin_Profile` and `Other_Needs_Licence`). */
    sets: Record<string, string>;
    licenceId: string;
    /** Adds an active user (or inactive with `active: false`) and returns their Id. */
    user(
        username: string,
        options?: { lastLoginDaysAgo?: number | null; createdDaysAgo?: number; active?: boolean }
    ): string;
    /** Assigns a permission set (by Name) and returns the assignment's Id. */
    assign(userId: string, set: string, expirationDate?: string | null): string;
    /** Assigns the permission set licence and returns the assignment's Id. */
    assignLicence(userId: string): string;
    /** The stand-in's running user (the stored auth's username). */
    runningUserId: string;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000');

/** A stand-in with the seat objects, the app's permission sets and the running user (no seats yet). */
export async function startSeatOrg(now: number, options: StandInOptions = {}): Promise<SeatOrg> {
    const sf = await startSalesforceStandIn({
        schema: seatSchema(),
        keyPrefixes: {
            PermissionSet: '0PS',
            PermissionSetAssignment: '0Pa',
            PermissionSetLicense: '0PL',
            PermissionSetLicenseAssign: '2LA',
            SI_Seat_Audit__c: 'a05'
        },
        now: () => now,
        ...options
    });
    const licenceId = sf.insert('PermissionSetLicense', { DeveloperName: LICENCE, MasterLabel: 'Sales Intelligence' });
    const sets: Record<string, string> = {};
    for (const name of APP_SETS)
        sets[name] = sf.insert('PermissionSet', {
            Name: name,
            Label: name.replace(/_/g, ' '),
            IsOwnedByProfile: false,
            PermissionsModifyAllData: false,
            LicenseId: name === 'SI_Sales_User' ? licenceId : null
        });
    sets.Admin_Profile = sf.insert('PermissionSet', {
        Name: 'X00ex000000001AAA',
        Label: 'System Administrator',
        IsOwnedByProfile: true,
        PermissionsModifyAllData: true,
        LicenseId: null
    });
    sets.Other_Needs_Licence = sf.insert('PermissionSet', {
        Name: 'Other_Needs_Licence',
        Label: 'Another set that needs the licence',
        IsOwnedByProfile: false,
        PermissionsModifyAllData: false,
        LicenseId: licenceId
    });
    const user: SeatOrg['user'] = (username, o = {}) =>
        sf.insert('User', {
            Username: username,
            Name: username.split('@')[0] ?? username,
            IsActive: o.active ?? true,
            LastLoginDate:
                o.lastLoginDaysAgo === null || o.lastLoginDaysAgo === undefined
                    ? null
                    : iso(now - o.lastLoginDaysAgo * DAY),
            CreatedDate: iso(now - (o.createdDaysAgo ?? 1000) * DAY)
        });
    const runningUserId = sf.insert('User', {
        Id: sf.userId,
        Username: sf.username,
        Name: 'Stand In',
        IsActive: true,
        LastLoginDate: iso(now - 400 * DAY),
        CreatedDate: iso(now - 2000 * DAY)
    });
    return {
        sf,
        sets,
        licenceId,
        runningUserId,
        user,
        assign: (userId, set, expirationDate = null) => {
            const permissionSetId = sets[set];
            if (!permissionSetId) throw new Error(`no permission set ${set}`);
            return sf.insert('PermissionSetAssignment', {
                AssigneeId: userId,
                PermissionSetId: permissionSetId,
                PermissionSetGroupId: null,
                ExpirationDate: expirationDate
            });
        },
        assignLicence: (userId) =>
            sf.insert('PermissionSetLicenseAssign', { AssigneeId: userId, PermissionSetLicenseId: licenceId })
    };
}

/**
 * `users` holders of the app's sets for a benchmark: every user holds one app set (SI_Sales_User every
 * fifth, with the licence), a tenth of them a second; logins spread over 0-400 days, 5% never logged in.
 */
export function seedManySeats(org: SeatOrg, users: number): void {
    for (let i = 0; i < users; i++) {
        const id = org.user(`user${i}@seats.example.com`, {
            lastLoginDaysAgo: i % 20 === 0 ? null : (i * 37) % 400,
            createdDaysAgo: 500
        });
        const set = APP_SETS[i % APP_SETS.length] as AppSet;
        org.assign(id, set);
        if (set === 'SI_Sales_User') org.assignLicence(id);
        if (i % 10 === 0) org.assign(id, set === 'SI_View_Only_User' ? 'SI_Insights_User' : 'SI_View_Only_User');
    }
}
