/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// The stand-in's sObject Collections (composite/sobjects) and its REST query over related records, driven
// by the real Connection (stored auth, jsforce underneath) and by the project's collections client.
import './support/nodeMode';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Org, type Connection } from '@salesforce/core';
import { COLLECTION_LIMIT, createRecords, deleteRecords, updateRecords } from '../salesforce/collections';
import { queryAll } from '../salesforce/rest';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import { startSalesforceStandIn, type SalesforceStandIn } from './support/salesforceStandIn';

let sf: SalesforceStandIn;
let home: AuthHome;
let restoreHome: () => void;
let conn: Connection;

beforeAll(async () => {
    sf = await startSalesforceStandIn({
        schema: {
            User: { Username: 'string', IsActive: 'boolean' },
            PermissionSet: { Name: 'string' },
            PermissionSetAssignment: {
                AssigneeId: { type: 'reference', referenceTo: ['User'] },
                PermissionSetId: { type: 'reference', referenceTo: ['PermissionSet'] }
            },
            Note__c: { Key__c: { type: 'string', externalId: true, unique: true }, Text__c: 'string' }
        },
        keyPrefixes: { PermissionSet: '0PS', PermissionSetAssignment: '0Pa', Note__c: 'a09' }
    });
    home = createAuthHome(standInAuthOptions(sf, { alias: 'collections' }));
    restoreHome = home.activate();
    conn = (await Org.create({ aliasOrUsername: 'collections' })).getConnection();
});

afterAll(async () => {
    restoreHome();
    home.remove();
    await sf.close();
});

beforeEach(() => {
    sf.faults.clear();
    sf.store.clear();
});

describe('stand-in sObject Collections', () => {
    it('deletes up to 200 records a request, each with its own result in order, and a rejected one stays', async () => {
        const user = sf.insert('User', { Username: 'a@example.com', IsActive: true });
        const set = sf.insert('PermissionSet', { Name: 'SI_Sales_User' });
        const ids = sf.seed(
            'PermissionSetAssignment',
            Array.from({ length: 450 }, () => ({ AssigneeId: user, PermissionSetId: set }))
        );
        sf.faults.rejectRows([ids[7]!], { errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no' });
        const chunks: number[] = [];
        const results = await deleteRecords(conn, [...ids, sf.newId('PermissionSetAssignment')], (part) => {
            chunks.push(part.length);
        });
        expect(chunks).toEqual([COLLECTION_LIMIT, COLLECTION_LIMIT, 51]);
        expect(results).toHaveLength(451);
        expect(results[0]).toEqual({ id: ids[0], success: true, errors: [] });
        expect(results[7]).toEqual({
            id: ids[7],
            success: false,
            errors: [{ statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'no', fields: [] }]
        });
        expect(results[450]?.errors[0]?.statusCode).toBe('INVALID_CROSS_REFERENCE_KEY');
        expect(sf.records('PermissionSetAssignment').map((r) => r.Id)).toEqual([ids[7]]);
        const again = await deleteRecords(conn, [ids[0]!]);
        expect(again[0]?.errors[0]?.statusCode).toBe('INVALID_CROSS_REFERENCE_KEY');
    });

    it('refuses more than 200 records, and a call mixing Setup and other objects fails every record', async () => {
        const ids = Array.from({ length: 201 }, () => sf.newId('Note__c'));
        await expect(
            conn.request({ method: 'DELETE', url: `/composite/sobjects?ids=${ids.join(',')}` })
        ).rejects.toMatchObject({ errorCode: 'EXCEEDED_ID_LIMIT' });
        const note = sf.insert('Note__c', { Key__c: 'k', Text__c: 't' });
        const user = sf.insert('User', { Username: 'b@example.com', IsActive: true });
        const results = await deleteRecords(conn, [note, user]);
        expect(results.map((r) => r.errors[0]?.statusCode)).toEqual(['MIXED_DML_OPERATION', 'MIXED_DML_OPERATION']);
        expect(sf.get('Note__c', note)?.IsDeleted).toBeUndefined();
    });

    it('creates and updates with per-record results; duplicates of an assignment or a unique field fail', async () => {
        const user = sf.insert('User', { Username: 'c@example.com', IsActive: true });
        const set = sf.insert('PermissionSet', { Name: 'SI_Sales_User' });
        const created = await createRecords(conn, 'PermissionSetAssignment', [
            { AssigneeId: user, PermissionSetId: set },
            { AssigneeId: user, PermissionSetId: set }
        ]);
        expect(created[0]?.success).toBe(true);
        expect(created[1]?.errors[0]?.statusCode).toBe('DUPLICATE_VALUE');
        const notes = await createRecords(conn, 'Note__c', [
            { Key__c: 'one', Text__c: 'a' },
            { Key__c: 'ONE', Text__c: 'b' },
            { Key__c: 'two', Nope__c: 'x' }
        ]);
        expect(notes.map((n) => n.success)).toEqual([true, false, false]);
        expect(notes[1]?.errors[0]?.statusCode).toBe('DUPLICATE_VALUE');
        expect(notes[2]?.errors[0]?.statusCode).toBe('INVALID_FIELD');
        const updated = await updateRecords(conn, 'Note__c', [{ id: notes[0]!.id!, Text__c: 'changed' }]);
        expect(updated).toEqual([{ id: notes[0]!.id, success: true, errors: [] }]);
        expect(sf.get('Note__c', notes[0]!.id!)?.Text__c).toBe('changed');
    });

    it('answers REST queries over parent fields of 10,000 records in pages of 2,000 (nextRecordsUrl)', async () => {
        const set = sf.insert('PermissionSet', { Name: 'SI_Sales_User' });
        for (let i = 0; i < 10_000; i++) {
            const user = sf.insert('User', { Username: `u${i}@example.com`, IsActive: i % 2 === 0 });
            sf.insert('PermissionSetAssignment', { AssigneeId: user, PermissionSetId: set });
        }
        const before = sf.requests.length;
        const rows = await queryAll<{ Assignee: { Username: string } }>(
            conn,
            "SELECT Id, Assignee.Username FROM PermissionSetAssignment WHERE PermissionSet.Name = 'SI_Sales_User' AND Assignee.IsActive = true"
        );
        expect(rows).toHaveLength(5000);
        expect(rows[1]?.Assignee.Username).toBe('u2@example.com');
        expect(sf.requests.length - before).toBe(3);
    });
});
