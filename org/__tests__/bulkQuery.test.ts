/**
 * @jest-environment ./org/__tests__/support/salesforceEnvironment.js
 */
// The Bulk API 2.0 query client (org/salesforce/bulkQuery.ts) against the Salesforce stand-in, through the
// real @salesforce/core Connection from a stored-auth HOME.
import './support/nodeMode';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Org, type Connection } from '@salesforce/core';
import { createAuthHome, standInAuthOptions, type AuthHome } from './support/authHome';
import { startSalesforceStandIn, type SalesforceStandIn } from './support/salesforceStandIn';
import { createQueryJob, queryPages, waitForQueryJob } from '../salesforce/bulkQuery';
import { SalesforceError } from '../salesforce/errors';

let sf: SalesforceStandIn;
let home: AuthHome;
let restoreHome: () => void;
let conn: Connection;
const fast = { sleep: async () => undefined, pollMs: 1 };

beforeAll(async () => {
    sf = await startSalesforceStandIn({
        schema: { Account: { Name: 'string', Industry: 'picklist' } },
        queryPageSize: 50
    });
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
    sf.seed(
        'Account',
        Array.from({ length: 120 }, (_, i) => ({ Name: `Account, "${i}"`, Industry: i % 2 ? 'Technology' : null }))
    );
});

afterEach(() => sf.faults.clear());

async function readAll(
    soql: string,
    locator: string | null = null
): Promise<{ header: string[]; rows: string[][]; pages: number }> {
    const job = await createQueryJob(conn, soql);
    await waitForQueryJob(conn, job.id, fast);
    const rows: string[][] = [];
    let header: string[] = [];
    let pages = 0;
    for await (const page of queryPages(conn, job.id, locator, fast)) {
        header = page.header;
        rows.push(...page.rows);
        pages++;
    }
    return { header, rows, pages };
}

describe('bulk query', () => {
    it('reads every page once, following Sforce-Locator, with quoted values intact', async () => {
        const { header, rows, pages } = await readAll('SELECT Id, Name, Industry FROM Account');
        expect(pages).toBe(3);
        expect(header).toEqual(['Id', 'Name', 'Industry']);
        expect(rows).toHaveLength(120);
        expect(new Set(rows.map((r) => r[0])).size).toBe(120);
        expect(rows.map((r) => r[1]).sort()).toEqual(Array.from({ length: 120 }, (_, i) => `Account, "${i}"`).sort());
        expect(rows.filter((r) => r[2] === '').length).toBe(60);
    });

    it('refreshes an expired session through the stored auth and goes on', async () => {
        const before = sf.accessToken;
        sf.faults.expireSession({ method: 'GET', path: /\/results/ });
        const { rows } = await readAll('SELECT Id FROM Account');
        expect(rows).toHaveLength(120);
        expect(sf.accessToken).not.toBe(before);
    });

    it('retries a 503 on a results page', async () => {
        sf.faults.respond(503, { method: 'GET', path: /\/results/ });
        const { rows } = await readAll('SELECT Id FROM Account');
        expect(rows).toHaveLength(120);
        expect(sf.requests.filter((r) => /\/results/.test(r.path) && r.status === 503)).toHaveLength(1);
    });

    it('names a query Salesforce rejects', async () => {
        const error = await createQueryJob(conn, 'SELECT Id, Nope__c FROM Account').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SalesforceError);
        expect((error as SalesforceError).code).toBe('InvalidQuery');
        expect((error as SalesforceError).message).toMatch(/Nope__c/);
    });

    it('names a failed and an aborted job', async () => {
        sf.faults.failNextJob('query', 'InternalServerError : boom');
        const failed = await createQueryJob(conn, 'SELECT Id FROM Account');
        await expect(waitForQueryJob(conn, failed.id, fast)).rejects.toMatchObject({ code: 'JobFailed' });
        sf.faults.abortNextJob('query');
        const aborted = await createQueryJob(conn, 'SELECT Id FROM Account');
        await expect(waitForQueryJob(conn, aborted.id, fast)).rejects.toMatchObject({ code: 'JobAborted' });
    });

    it('resumes from a locator without re-reading earlier pages', async () => {
        const job = await createQueryJob(conn, 'SELECT Id FROM Account');
        await waitForQueryJob(conn, job.id, fast);
        const first = (await queryPages(conn, job.id, null, fast).next()).value;
        const rest: string[][] = [];
        for await (const page of queryPages(conn, job.id, first?.next ?? null, fast)) rest.push(...page.rows);
        expect(rest).toHaveLength(70);
        expect(new Set([...(first?.rows ?? []), ...rest].map((r) => r[0])).size).toBe(120);
    });
});
