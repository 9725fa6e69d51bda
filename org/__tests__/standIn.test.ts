/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// The Salesforce stand-in, driven by the real @salesforce/core (Org.create from a stored-auth HOME, its
// Connection, jsforce underneath) and by plain fetch where raw headers (Sforce-Locator) are needed.
import './support/nodeMode';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { Org, type Connection } from '@salesforce/core';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import { startSalesforceStandIn, type SalesforceStandIn } from './support/salesforceStandIn';

let sf: SalesforceStandIn;
let home: AuthHome;
let restoreHome: () => void;
let conn: Connection;

const SCHEMA = {
    Account: {
        Name: 'string',
        Industry: 'picklist',
        AnnualRevenue: 'currency',
        Score__c: 'double',
        Active__c: 'boolean',
        LastScored__c: 'date',
        External_Key__c: { type: 'string', externalId: true },
        Formula__c: { type: 'double', updateable: false, createable: false }
    },
    Campaign: { Name: 'string', StartDate: 'date' },
    CampaignMember: { CampaignId: 'reference', ContactId: 'reference', Status: 'picklist', FirstRespondedDate: 'date' },
    Contact: { LastName: 'string', AccountId: 'reference', CreatedDate: 'datetime' }
} as const;

beforeAll(async () => {
    sf = await startSalesforceStandIn({ schema: SCHEMA, apiVersion: '62.0' });
    home = createAuthHome(standInAuthOptions(sf, { alias: 'standin' }));
    restoreHome = home.activate();
    conn = (await Org.create({ aliasOrUsername: 'standin' })).getConnection();
});

afterAll(async () => {
    restoreHome();
    home.remove();
    await sf.close();
});

beforeEach(() => {
    sf.store.clear();
});

afterEach(() => {
    sf.faults.clear();
});

type Json = Record<string, any>;

const post = (url: string, body: unknown): Promise<Json> =>
    conn.request<Json>({
        method: 'POST',
        url,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' }
    });
const patch = (url: string, body: unknown): Promise<Json> =>
    conn.request<Json>({
        method: 'PATCH',
        url,
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' }
    });

/** Error thrown by a Connection request (jsforce HttpApiError: errorCode + message). */
async function failure(promise: Promise<unknown>): Promise<{ errorCode?: string; message: string }> {
    try {
        await promise;
    } catch (e) {
        return e as { errorCode?: string; message: string };
    }
    throw new Error('expected the request to fail');
}

async function pollJob(
    kind: 'query' | 'ingest',
    id: string,
    done = ['JobComplete', 'Failed', 'Aborted']
): Promise<{ states: string[]; info: Json }> {
    const states: string[] = [];
    for (let i = 0; i < 20; i++) {
        const info = await conn.request<Json>(`/jobs/${kind}/${id}`);
        states.push(info.state);
        if (done.includes(info.state)) return { states, info };
    }
    throw new Error(`job ${id} never finished: ${states.join(',')}`);
}

/** GET with the connection's current token, returning status, headers and text (for CSV and raw headers). */
async function raw(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
    const res = await fetch(conn.normalizeUrl(path), {
        ...init,
        headers: { Authorization: `Bearer ${conn.accessToken}`, ...(init.headers as Record<string, string>) }
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
}

const csvRows = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

async function queryJob(query: string, extra: Json = {}): Promise<Json> {
    const job = await post('/jobs/query', { operation: 'query', query, ...extra });
    await pollJob('query', job.id);
    return job;
}

async function ingest(object: string, operation: string, csv: string, extra: Json = {}): Promise<Json> {
    const job = await post('/jobs/ingest', { object, operation, contentType: 'CSV', lineEnding: 'LF', ...extra });
    await conn.request({
        method: 'PUT',
        url: `/jobs/ingest/${job.id}/batches`,
        body: csv,
        headers: { 'content-type': 'text/csv' }
    });
    await patch(`/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
    return (await pollJob('ingest', job.id)).info;
}

describe('stored auth and sessions', () => {
    it('Org.create reads the auth home without a request, and Org.create({}) finds the default target-org', async () => {
        expect(conn.instanceUrl).toBe(sf.instanceUrl);
        expect(conn.getApiVersion()).toBe('62.0');
        expect(conn.getUsername()).toBe(sf.username);
        const before = sf.requests.length;
        const byDefault = await Org.create({});
        expect(byDefault.getUsername()).toBe(sf.username);
        expect(byDefault.getOrgId()).toBe(sf.orgId);
        expect(sf.requests.length).toBe(before);
    });

    it('answers 401 INVALID_SESSION_ID without a valid bearer token', async () => {
        const res = await fetch(`${sf.instanceUrl}/services/data/v62.0/limits`, {
            headers: { Authorization: 'Bearer nope' }
        });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
        const versions = await fetch(`${sf.instanceUrl}/services/data`);
        expect(versions.status).toBe(200);
        expect((await versions.json()).at(-1)).toEqual({
            label: "Winter '25",
            url: '/services/data/v62.0',
            version: '62.0'
        });
    });

    it('on 401 the Connection refreshes through /services/oauth2/token, saves the new token and retries', async () => {
        const oldToken = conn.accessToken;
        const authFileBefore = readFileSync(home.authFile, 'utf8');
        sf.expireSession();
        const mark = sf.requests.length;
        const limits = await conn.request<Json>('/limits');
        expect(limits.DailyBulkV2QueryJobs).toEqual({ Max: 10000, Remaining: expect.any(Number) });
        const seen = sf.requests.slice(mark).map((r) => `${r.method} ${r.path} ${r.status}`);
        expect(seen[0]).toBe('GET /services/data/v62.0/limits 401');
        expect(seen).toContain('POST /services/oauth2/token 200');
        expect(seen.at(-1)).toBe('GET /services/data/v62.0/limits 200');
        expect(conn.accessToken).toBe(sf.accessToken);
        expect(conn.accessToken).not.toBe(oldToken);
        const saved = JSON.parse(readFileSync(home.authFile, 'utf8'));
        expect(saved.accessToken).not.toBe(JSON.parse(authFileBefore).accessToken);
        expect(saved.accessToken).not.toContain(sf.accessToken);
        // A fresh Org from the same home decrypts the saved, refreshed token.
        const again = (await Org.create({ aliasOrUsername: 'standin' })).getConnection();
        expect(again.accessToken).toBe(sf.accessToken);
    });

    it('refreshAuth() before a raw fetch renews an expired token (what sf data export bulk does)', async () => {
        sf.expireSession();
        expect((await raw('/limits')).status).toBe(401);
        await conn.refreshAuth();
        expect((await raw('/limits')).status).toBe(200);
    });

    it('rejects a wrong refresh token like Salesforce (400 invalid_grant)', async () => {
        const res = await fetch(`${sf.instanceUrl}/services/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'grant_type=refresh_token&refresh_token=wrong&client_id=PlatformCLI'
        });
        expect(res.status).toBe(400);
        expect(await res.json()).toEqual({ error: 'invalid_grant', error_description: 'expired access/refresh token' });
    });
});

describe('Bulk API 2.0 query', () => {
    it('pages results by maxRecords and Sforce-Locator, with the header row on every page', async () => {
        const ids = sf.seed(
            'Account',
            Array.from({ length: 130 }, (_, i) => ({ Name: `Acme ${i}`, Score__c: i, Active__c: i % 13 !== 0 }))
        );
        const job = await post('/jobs/query', {
            operation: 'query',
            query: 'SELECT Id, Name, Score__c FROM Account WHERE Active__c = true'
        });
        expect(job).toMatchObject({
            operation: 'query',
            object: 'Account',
            state: 'UploadComplete',
            apiVersion: 62,
            lineEnding: 'LF',
            columnDelimiter: 'COMMA'
        });
        const { states, info } = await pollJob('query', job.id);
        expect(states).toEqual(['InProgress', 'JobComplete']);
        expect(info).toMatchObject({ state: 'JobComplete', jobType: 'V2Query', numberRecordsProcessed: 120 });

        const pages: { rows: string[][]; locator: string | null; count: string | null }[] = [];
        let locator: string | null = null;
        do {
            const page = await raw(
                `/jobs/query/${job.id}/results?maxRecords=50${locator ? `&locator=${locator}` : ''}`
            );
            expect(page.status).toBe(200);
            expect(page.headers.get('content-type')).toBe('text/csv');
            locator = page.headers.get('sforce-locator');
            pages.push({ rows: csvRows(page.text), locator, count: page.headers.get('sforce-numberofrecords') });
        } while (locator !== 'null' && pages.length < 10);
        expect(pages.map((p) => p.count)).toEqual(['50', '50', '20']);
        expect(pages.map((p) => p.rows[0])).toEqual([
            ['Id', 'Name', 'Score__c'],
            ['Id', 'Name', 'Score__c'],
            ['Id', 'Name', 'Score__c']
        ]);
        const records = pages.flatMap((p) => p.rows.slice(1));
        const expected = ids.filter((_, i) => i % 13 !== 0);
        expect(records.map((r) => r[0])).toEqual(expected);
        expect(records[0]).toEqual([expected[0], 'Acme 1', '1']);

        // A locator stays valid: the second page again, identical.
        const again = await raw(`/jobs/query/${job.id}/results?maxRecords=50&locator=${pages[0]!.locator}`);
        expect(csvRows(again.text)).toEqual(pages[1]!.rows);
        // Without maxRecords the stand-in's default page size (50) applies.
        const first = await raw(`/jobs/query/${job.id}/results`);
        expect(first.headers.get('sforce-numberofrecords')).toBe('50');
    });

    it('writes RFC 4180 CSV: quotes, empty cells for null, true/false, relationship columns', async () => {
        const campaign = sf.insert('Campaign', { Name: 'Spring, "Big" Push\nLine 2', StartDate: '2025-03-01' });
        const contact = sf.insert('Contact', { LastName: 'Ng' });
        sf.insert('CampaignMember', {
            CampaignId: campaign,
            ContactId: contact,
            Status: 'Responded',
            FirstRespondedDate: '2025-03-04'
        });
        sf.insert('CampaignMember', { CampaignId: null, ContactId: contact, Status: 'Sent', FirstRespondedDate: null });
        const job = await queryJob(
            'SELECT Id, Campaign.Name, Contact.LastName, Status, FirstRespondedDate FROM CampaignMember ORDER BY Status'
        );
        const page = await raw(`/jobs/query/${job.id}/results`);
        expect(page.text.split('\n')[0]).toBe('"Id","Campaign.Name","Contact.LastName","Status","FirstRespondedDate"');
        const rows = csvRows(page.text);
        expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
            ['Spring, "Big" Push\nLine 2', 'Ng', 'Responded', '2025-03-04'],
            ['', 'Ng', 'Sent', '']
        ]);
        expect(page.text).toMatch(/"Ng","Sent",\n$/);

        sf.insert('Account', { Name: 'A', Active__c: false });
        const booleans = await queryJob('SELECT Active__c FROM Account', {
            columnDelimiter: 'PIPE',
            lineEnding: 'CRLF'
        });
        expect((await raw(`/jobs/query/${booleans.id}/results`)).text).toBe('"Active__c"\r\n"false"\r\n');
    });

    it('filters with =, !=, <, >=, IN, NOT IN, LIKE, AND/OR/parentheses, null, dates and relative dates', async () => {
        sf.seed('Account', [
            { Name: 'Alpha', Industry: 'Tech', Score__c: 10, Active__c: true, LastScored__c: '2025-01-15' },
            { Name: 'beta', Industry: 'Retail', Score__c: 55.5, Active__c: false, LastScored__c: '2025-02-01' },
            { Name: 'Gamma', Industry: null, Score__c: 90, Active__c: true, LastScored__c: null },
            {
                Name: 'Delta',
                Industry: 'Tech',
                Score__c: null,
                Active__c: true,
                LastScored__c: new Date().toISOString().slice(0, 10)
            }
        ]);
        const names = async (where: string): Promise<string[]> => {
            const job = await queryJob(`SELECT Name FROM Account WHERE ${where} ORDER BY Name`);
            return csvRows((await raw(`/jobs/query/${job.id}/results`)).text)
                .slice(1)
                .map((r) => r[0]!);
        };
        expect(await names("Name = 'BETA'")).toEqual(['beta']);
        expect(await names("Industry != 'Tech'")).toEqual(['beta', 'Gamma']);
        expect(await names('Score__c >= 55.5')).toEqual(['beta', 'Gamma']);
        expect(await names('Score__c < 55.5')).toEqual(['Alpha']);
        expect(await names("Industry IN ('Retail', 'Tech') AND Active__c = true")).toEqual(['Alpha', 'Delta']);
        expect(await names("Industry NOT IN ('Tech')")).toEqual(['beta', 'Gamma']);
        expect(await names("(Score__c > 50 OR Industry = null) AND Name LIKE '%a'")).toEqual(['beta', 'Gamma']);
        expect(await names('Score__c = null')).toEqual(['Delta']);
        expect(await names('LastScored__c >= 2025-01-20 AND LastScored__c <= 2025-02-01')).toEqual(['beta']);
        expect(await names('LastScored__c = LAST_N_DAYS:3')).toEqual(['Delta']);
        expect(await names('NOT Active__c = true')).toEqual(['beta']);
    });

    it('rejects an unknown field, an unknown object and malformed SOQL with 400 at job creation', async () => {
        sf.insert('Account', { Name: 'A' });
        const field = await failure(
            post('/jobs/query', { operation: 'query', query: 'SELECT Id, Nope__c FROM Account' })
        );
        expect(field.errorCode).toBe('INVALID_FIELD');
        expect(field.message).toContain("No such column 'Nope__c' on entity 'Account'");
        const object = await failure(post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Nope__c' }));
        expect(object.errorCode).toBe('INVALID_TYPE');
        const relation = await failure(
            post('/jobs/query', { operation: 'query', query: 'SELECT Campaign.Nope FROM CampaignMember' })
        );
        expect(relation.errorCode).toBe('INVALID_FIELD');
        const malformed = await failure(
            post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account WHERE' })
        );
        expect(malformed.errorCode).toBe('MALFORMED_QUERY');
        const typed = await failure(
            post('/jobs/query', { operation: 'query', query: "SELECT Id FROM Account WHERE Score__c = '5'" })
        );
        expect(typed).toMatchObject({
            errorCode: 'INVALID_FIELD',
            message: expect.stringContaining("field 'Score__c' must be of type double")
        });
        const raw400 = await raw('/jobs/query', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ operation: 'query', query: 'SELECT Id, Nope__c FROM Account' })
        });
        expect(raw400.status).toBe(400);
        expect(JSON.parse(raw400.text)).toEqual([
            { message: expect.stringContaining('No such column'), errorCode: 'INVALID_FIELD' }
        ]);
    });

    it('answers 409 when results are read with another API version than the job was created with', async () => {
        sf.insert('Account', { Name: 'A' });
        const job = await queryJob('SELECT Id FROM Account');
        const wrong = await raw(`${sf.instanceUrl}/services/data/v61.0/jobs/query/${job.id}/results`);
        expect(wrong.status).toBe(409);
        const right = await raw(`${sf.instanceUrl}/services/data/v62.0/jobs/query/${job.id}/results`);
        expect(right.status).toBe(200);
    });

    it('refuses results before JobComplete (412 JOB_NOT_COMPLETE), ends Failed or Aborted on a fault or abort', async () => {
        sf.insert('Account', { Name: 'A' });
        const early = await post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account' });
        const notYet = await raw(`/jobs/query/${early.id}/results`);
        expect(notYet.status).toBe(412);
        expect(JSON.parse(notYet.text)[0].errorCode).toBe('JOB_NOT_COMPLETE');
        const aborted = await patch(`/jobs/query/${early.id}`, { state: 'Aborted' });
        expect(aborted.state).toBe('Aborted');
        expect((await pollJob('query', early.id)).info.state).toBe('Aborted');

        sf.faults.failNextJob('query', 'InternalServerError : query timed out');
        const failing = await post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account' });
        const failed = await pollJob('query', failing.id);
        expect(failed.info).toMatchObject({ state: 'Failed', errorMessage: 'InternalServerError : query timed out' });
        expect((await raw(`/jobs/query/${failing.id}/results`)).status).toBe(412);

        sf.faults.abortNextJob('query');
        const dropped = await post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account' });
        expect((await pollJob('query', dropped.id)).info.state).toBe('Aborted');
    });

    it('queryAll includes soft-deleted records, query does not', async () => {
        const [a, b] = sf.seed('Account', [{ Name: 'Kept' }, { Name: 'Gone' }]);
        sf.softDelete('Account', b!);
        const q = await queryJob('SELECT Id FROM Account');
        const qa = await queryJob('SELECT Id FROM Account', { operation: 'queryAll' });
        expect(csvRows((await raw(`/jobs/query/${q.id}/results`)).text).slice(1)).toEqual([[a]]);
        expect(csvRows((await raw(`/jobs/query/${qa.id}/results`)).text).slice(1)).toEqual([[a], [b]]);
    });
});

describe('Bulk API 2.0 ingest', () => {
    it('updates by Id: empty cell leaves the field, #N/A sets null, unknown Ids and bad values fail their rows', async () => {
        const [a, b, c] = sf.seed('Account', [
            { Name: 'A', Score__c: 1, Industry: 'Tech' },
            { Name: 'B', Score__c: 2, Industry: 'Retail' },
            { Name: 'C', Score__c: 3, Industry: 'Energy' }
        ]);
        const missing = sf.newId('Account');
        const csv = [
            'Id,Score__c,Industry',
            `${a},10,`,
            `${b},20,#N/A`,
            `${missing},30,Tech`,
            `${c},abc,Tech`,
            ''
        ].join('\n');
        const info = await ingest('Account', 'update', csv);
        expect(info).toMatchObject({
            state: 'JobComplete',
            jobType: 'V2Ingest',
            numberRecordsProcessed: 4,
            numberRecordsFailed: 2
        });
        expect(sf.get('Account', a!)).toMatchObject({ Score__c: 10, Industry: 'Tech' });
        expect(sf.get('Account', b!)).toMatchObject({ Score__c: 20, Industry: null });
        expect(sf.get('Account', c!)).toMatchObject({ Score__c: 3, Industry: 'Energy' });

        const ok = await raw(`/jobs/ingest/${info.id}/successfulResults/`);
        expect(csvRows(ok.text)).toEqual([
            ['sf__Id', 'sf__Created', 'Id', 'Score__c', 'Industry'],
            [a, 'false', a, '10', ''],
            [b, 'false', b, '20', '#N/A']
        ]);
        const failed = csvRows((await raw(`/jobs/ingest/${info.id}/failedResults/`)).text);
        expect(failed[0]).toEqual(['sf__Id', 'sf__Error', 'Id', 'Score__c', 'Industry']);
        expect(failed[1]).toEqual([
            missing,
            'INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--',
            missing,
            '30',
            'Tech'
        ]);
        expect(failed[2]![1]).toMatch(
            /^INVALID_TYPE_ON_FIELD_IN_RECORD:.*value not of required type: abc:Score__c --$/
        );
        expect(csvRows((await raw(`/jobs/ingest/${info.id}/unprocessedrecords/`)).text)).toEqual([
            ['Id', 'Score__c', 'Industry']
        ]);
        const upload = sf.requestsTo(`/jobs/ingest/${info.id}/batches`, 'PUT');
        expect(upload.map((r) => [r.status, r.rows])).toEqual([[201, 4]]);
    });

    it('inserts with new 18-character Ids, upserts by external id, reports deleted records', async () => {
        const inserted = await ingest(
            'Account',
            'insert',
            'Name,External_Key__c,Active__c\n"Zed, Inc.",K1,true\nYan,K2,false\n'
        );
        expect(inserted).toMatchObject({ numberRecordsProcessed: 2, numberRecordsFailed: 0 });
        const ok = csvRows((await raw(`/jobs/ingest/${inserted.id}/successfulResults/`)).text).slice(1);
        expect(ok.map((r) => r[1])).toEqual(['true', 'true']);
        for (const [id] of ok) expect(id).toMatch(/^001[a-zA-Z0-9]{15}$/);
        expect(sf.get('Account', ok[0]![0]!)).toMatchObject({
            Name: 'Zed, Inc.',
            External_Key__c: 'K1',
            Active__c: true
        });

        const upserted = await ingest('Account', 'upsert', 'External_Key__c,Name\nk1,Zed Renamed\nK3,Xu\n', {
            externalIdFieldName: 'External_Key__c'
        });
        const created = csvRows((await raw(`/jobs/ingest/${upserted.id}/successfulResults/`)).text).slice(1);
        expect(created.map((r) => [r[0] === ok[0]![0], r[1]])).toEqual([
            [true, 'false'],
            [false, 'true']
        ]);
        expect(sf.get('Account', ok[0]![0]!)?.Name).toBe('Zed Renamed');
        expect(sf.records('Account')).toHaveLength(3);

        sf.softDelete('Account', ok[1]![0]!);
        const deleted = await ingest('Account', 'update', `Id,Name\n${ok[1]![0]},Back\n`);
        const row = csvRows((await raw(`/jobs/ingest/${deleted.id}/failedResults/`)).text)[1];
        expect(row![1]).toBe('ENTITY_IS_DELETED:entity is deleted:--');
        const readOnly = await ingest('Account', 'update', `Id,Formula__c\n${ok[0]![0]},5\n`);
        expect(csvRows((await raw(`/jobs/ingest/${readOnly.id}/failedResults/`)).text)[1]![1]).toMatch(
            /^INVALID_FIELD_FOR_INSERT_UPDATE:Unable to create\/update fields: Formula__c/
        );
    });

    it('fails armed rows with UNABLE_TO_LOCK_ROW once, and the retried rows then succeed', async () => {
        const [a, b] = sf.seed('Account', [
            { Name: 'A', Score__c: 0 },
            { Name: 'B', Score__c: 0 }
        ]);
        sf.faults.lockRows([a!], 1);
        sf.faults.rejectRows((row) => row.Score__c === '13', { message: 'Score may not be 13', fields: ['Score__c'] });
        const first = await ingest('Account', 'update', `Id,Score__c\n${a},5\n${b},6\n`);
        expect(first.numberRecordsFailed).toBe(1);
        const failed = csvRows((await raw(`/jobs/ingest/${first.id}/failedResults/`)).text)[1]!;
        expect(failed.slice(0, 2)).toEqual([
            a,
            `UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: ${a}:--`
        ]);
        expect(sf.get('Account', a!)?.Score__c).toBe(0);
        expect(sf.get('Account', b!)?.Score__c).toBe(6);

        const retry = await ingest('Account', 'update', `Id,Score__c\n${a},5\n`);
        expect(retry).toMatchObject({ numberRecordsProcessed: 1, numberRecordsFailed: 0 });
        expect(sf.get('Account', a!)?.Score__c).toBe(5);

        const permanent = await ingest('Account', 'update', `Id,Score__c\n${b},13\n`);
        const again = await ingest('Account', 'update', `Id,Score__c\n${b},13\n`);
        for (const job of [permanent, again]) {
            const row = csvRows((await raw(`/jobs/ingest/${job.id}/failedResults/`)).text)[1]!;
            expect(row[1]).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION:Score may not be 13:Score__c --');
        }
    });

    it('ends Failed on an unknown column or a wrong line ending, Aborted on a fault or a client abort', async () => {
        const [a] = sf.seed('Account', [{ Name: 'A' }]);
        const unknown = await ingest('Account', 'update', `Id,Bogus__c\n${a},1\n`);
        expect(unknown).toMatchObject({
            state: 'Failed',
            errorMessage: 'InvalidBatch : Field name not found : Bogus__c',
            numberRecordsProcessed: 0
        });
        expect(csvRows((await raw(`/jobs/ingest/${unknown.id}/unprocessedrecords/`)).text)).toEqual([
            ['Id', 'Bogus__c'],
            [a, '1']
        ]);

        const crlf = await ingest('Account', 'update', `Id,Name\r\n${a},B\r\n`);
        expect(crlf).toMatchObject({
            state: 'Failed',
            errorMessage: expect.stringContaining('LineEnding is invalid on user data')
        });

        sf.faults.abortNextJob('ingest');
        expect((await ingest('Account', 'update', `Id,Name\n${a},B\n`)).state).toBe('Aborted');
        sf.faults.failNextJob('ingest', 'InternalServerError : try again');
        expect(await ingest('Account', 'update', `Id,Name\n${a},B\n`)).toMatchObject({
            state: 'Failed',
            errorMessage: 'InternalServerError : try again'
        });
        expect(sf.get('Account', a!)?.Name).toBe('A');

        const open = await post('/jobs/ingest', { object: 'Account', operation: 'update', lineEnding: 'LF' });
        expect(open.state).toBe('Open');
        expect(open.contentUrl).toBe(`services/data/v62.0/jobs/ingest/${open.id}/batches`);
        expect((await patch(`/jobs/ingest/${open.id}`, { state: 'Aborted' })).state).toBe('Aborted');
        const closedUpload = await failure(
            conn.request({
                method: 'PUT',
                url: `/jobs/ingest/${open.id}/batches`,
                body: 'Id\n',
                headers: { 'content-type': 'text/csv' }
            })
        );
        expect(closedUpload.errorCode).toBe('INVALIDJOBSTATE');
    });

    it('takes a streamed upload, counts its rows, and answers 413 above the size limit', async () => {
        const ids = sf.seed(
            'Account',
            Array.from({ length: 300 }, (_, i) => ({ Name: `N${i}` }))
        );
        const job = await post('/jobs/ingest', { object: 'Account', operation: 'update', lineEnding: 'LF' });
        const lines = ['Id,Name\n', ...ids.map((id, i) => `${id},Renamed ${i}\n`)];
        const put = await fetch(conn.normalizeUrl(`/jobs/ingest/${job.id}/batches`), {
            method: 'PUT',
            headers: { Authorization: `Bearer ${conn.accessToken}`, 'content-type': 'text/csv' },
            body: Readable.toWeb(Readable.from(lines)) as ReadableStream,
            duplex: 'half'
        } as RequestInit);
        expect(put.status).toBe(201);
        expect(sf.ingestJobs.get(job.id)?.rowsUploaded).toBe(300);
        await patch(`/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
        expect((await pollJob('ingest', job.id)).info).toMatchObject({
            numberRecordsProcessed: 300,
            numberRecordsFailed: 0
        });
        expect(sf.get('Account', ids[299]!)?.Name).toBe('Renamed 299');

        const small = await startSalesforceStandIn({
            maxUploadBytes: 100,
            accessToken: 'tok',
            records: { Account: [{ Name: 'x' }] }
        });
        try {
            const create = await fetch(`${small.instanceUrl}/services/data/v62.0/jobs/ingest`, {
                method: 'POST',
                headers: { Authorization: 'Bearer tok', 'content-type': 'application/json' },
                body: JSON.stringify({ object: 'Account', operation: 'insert' })
            });
            const { id } = (await create.json()) as { id: string };
            const tooBig = await fetch(`${small.instanceUrl}/services/data/v62.0/jobs/ingest/${id}/batches`, {
                method: 'PUT',
                headers: { Authorization: 'Bearer tok', 'content-type': 'text/csv' },
                body: `Name\n${'y'.repeat(200)}\n`
            });
            expect(tooBig.status).toBe(413);
            expect(small.requests.at(-1)).toMatchObject({ status: 413, bodyBytes: 206 });
        } finally {
            await small.close();
        }
    });
});

describe('request faults', () => {
    it('answers 503 / 429 / 500 with Salesforce-like bodies, consumed in order', async () => {
        sf.faults
            .respond(503, { path: '/limits' })
            .respond(429, { path: /\/limits$/ })
            .respond(500, { path: '/limits' });
        const bodies: unknown[] = [];
        for (const status of [503, 429, 500]) {
            const res = await raw('/limits');
            expect(res.status).toBe(status);
            bodies.push(JSON.parse(res.text)[0].errorCode);
        }
        expect(bodies).toEqual(['SERVER_UNAVAILABLE', 'REQUEST_LIMIT_EXCEEDED', 'UNKNOWN_EXCEPTION']);
        expect((await raw('/limits')).status).toBe(200);
        expect(
            sf
                .requestsTo('/limits')
                .slice(-4)
                .map((r) => [r.status, r.fault])
        ).toEqual([
            [503, 'status'],
            [429, 'status'],
            [500, 'status'],
            [200, undefined]
        ]);
    });

    it('jsforce retries a GET on 503/429 by itself (backoff 0.5 s, 1 s, ...) but not a POST', async () => {
        sf.faults.respond(503, { path: '/limits', times: 2 });
        await expect(conn.request('/limits')).resolves.toHaveProperty('DailyApiRequests');
        expect(
            sf
                .requestsTo('/limits')
                .slice(-3)
                .map((r) => r.status)
        ).toEqual([503, 503, 200]);
        sf.faults.respond(503, { method: 'POST', path: '/jobs/query' });
        expect(
            await failure(post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account' }))
        ).toMatchObject({
            errorCode: 'SERVER_UNAVAILABLE'
        });
    });

    it('expires the session on a matching request, drops a connection mid-body, and hangs a request', async () => {
        sf.faults.expireSession({ method: 'GET', path: '/limits' });
        await expect(conn.request('/limits')).resolves.toHaveProperty('DailyBulkApiBatches');
        expect(
            sf
                .requestsTo('/limits')
                .slice(-2)
                .map((r) => r.status)
        ).toEqual([401, 200]);

        sf.seed(
            'Account',
            Array.from({ length: 40 }, (_, i) => ({ Name: `Long name number ${i}` }))
        );
        const job = await queryJob('SELECT Id, Name FROM Account');
        sf.faults.drop({ path: /\/results$/ });
        const res = await fetch(conn.normalizeUrl(`/jobs/query/${job.id}/results`), {
            headers: { Authorization: `Bearer ${conn.accessToken}` }
        });
        expect(res.status).toBe(200);
        await expect(res.text()).rejects.toThrow();
        expect((await raw(`/jobs/query/${job.id}/results`)).headers.get('sforce-numberofrecords')).toBe('40');
        sf.faults.drop({ path: /\/jobs\/query\/\w+$/ }, 0);
        const mark = sf.requests.length;
        const outcome = await conn.request<Json>(`/jobs/query/${job.id}`).then(
            (info) => info.state,
            (e: Error) => e.message
        );
        // jsforce does not retry a connection closed before the body: the caller sees `fetch failed`.
        expect(outcome).toBe('fetch failed');
        expect(sf.requests.slice(mark).map((r) => [r.fault, r.responseBytes])).toEqual([['drop', 0]]);

        sf.faults.hang({ path: '/limits' });
        await expect(
            fetch(conn.normalizeUrl('/limits'), {
                headers: { Authorization: `Bearer ${conn.accessToken}` },
                signal: AbortSignal.timeout(300)
            })
        ).rejects.toThrow();
        expect(sf.requestsTo('/limits').at(-1)).toMatchObject({ status: null, fault: 'hang' });
    });
});

describe('REST API', () => {
    it('describes fields with types and updateable flags', async () => {
        sf.insert('Account', { Name: 'A' });
        const describe = await conn.request<Json>('/sobjects/Account/describe');
        expect(describe).toMatchObject({ name: 'Account', keyPrefix: '001' });
        const byName = Object.fromEntries(describe.fields.map((f: Json) => [f.name, [f.type, f.updateable]]));
        expect(byName).toMatchObject({
            Id: ['id', false],
            Name: ['string', true],
            AnnualRevenue: ['currency', true],
            Score__c: ['double', true],
            Active__c: ['boolean', true],
            LastScored__c: ['date', true],
            Formula__c: ['double', false]
        });
        const cm = await conn.request<Json>('/sobjects/CampaignMember/describe');
        expect(cm.fields.find((f: Json) => f.name === 'CampaignId')).toMatchObject({
            type: 'reference',
            referenceTo: ['Campaign'],
            relationshipName: 'Campaign'
        });
        expect(await failure(conn.request('/sobjects/Nope__c/describe'))).toMatchObject({ errorCode: 'NOT_FOUND' });
    });

    it('queries with nextRecordsUrl paging and nested relationship records', async () => {
        const campaign = sf.insert('Campaign', { Name: 'Launch' });
        sf.seed(
            'CampaignMember',
            Array.from({ length: 450 }, (_, i) => ({ CampaignId: campaign, Status: i < 5 ? 'Responded' : 'Sent' }))
        );
        const first = await conn.request<Json>({
            method: 'GET',
            url: `/query?q=${encodeURIComponent('SELECT Id, Campaign.Name, Status FROM CampaignMember')}`,
            headers: { 'Sforce-Query-Options': 'batchSize=200' }
        });
        expect(first).toMatchObject({
            totalSize: 450,
            done: false,
            nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01g\w+-200$/)
        });
        expect(first.records[0]).toMatchObject({
            attributes: { type: 'CampaignMember' },
            Campaign: { attributes: { type: 'Campaign' }, Name: 'Launch' },
            Status: 'Responded'
        });
        const second = await conn.request<Json>({
            method: 'GET',
            url: first.nextRecordsUrl,
            headers: { 'Sforce-Query-Options': 'batchSize=200' }
        });
        const third = await conn.request<Json>(second.nextRecordsUrl);
        expect([first.records.length, second.records.length, third.records.length, third.done]).toEqual([
            200,
            200,
            50,
            true
        ]);
        const all = await conn.query("SELECT Id FROM CampaignMember WHERE Status = 'Responded'");
        expect(all.totalSize).toBe(5);
    });

    it('creates, updates and upserts records, and reports limits', async () => {
        const created = await conn.sobject('Account').create({ Name: 'Made', Score__c: 4 });
        expect(created).toMatchObject({ success: true, id: expect.stringMatching(/^001\w{15}$/) });
        await conn.sobject('Account').update({ Id: created.id!, Score__c: 8, Industry: null });
        expect(sf.get('Account', created.id!)).toMatchObject({ Name: 'Made', Score__c: 8, Industry: null });
        const upsert = await conn
            .sobject('Account')
            .upsert({ External_Key__c: 'E1', Name: 'Upserted' }, 'External_Key__c');
        expect(upsert).toMatchObject({ success: true, created: true });
        const again = await conn
            .sobject('Account')
            .upsert({ External_Key__c: 'E1', Name: 'Renamed' }, 'External_Key__c');
        expect(again).toMatchObject({ success: true, created: false, id: upsert.id });
        expect(await failure(conn.sobject('Account').create({ Nope__c: 1 }))).toMatchObject({
            errorCode: 'INVALID_FIELD'
        });
        const before = (await conn.request<Json>('/limits')).DailyBulkV2QueryJobs.Remaining;
        await post('/jobs/query', { operation: 'query', query: 'SELECT Id FROM Account' });
        expect((await conn.request<Json>('/limits')).DailyBulkV2QueryJobs.Remaining).toBe(before - 1);
    });
});
