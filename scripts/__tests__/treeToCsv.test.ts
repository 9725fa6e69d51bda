// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
    DEFAULT_CONFIG,
    computeInsight,
    groupAccountData,
    type Dataset
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { main } from '../export-csv';
import { datasetFromTree } from '../insight';
import { readSObjectTree, type SObjectTree, type TreeRecord } from '../../lib/sobjectTree';
import { SCORE_OBJECTS, bulkDateTime, csvValue, exportTreeAsCsv } from '../../lib/treeToCsv';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'data');
const RECIPES = join(__dirname, '..', '..', 'lib', '__tests__', 'data', 'lwc-recipes');
const AS_OF = '2026-11-02';

const dirs: string[] = [];
function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-csv-'));
    dirs.push(dir);
    return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Row = Record<string, string>;

/** Parses a written file with papaparse, strictly: every row as wide as the header. */
function readCsv(dir: string, name: string): { text: string; columns: string[]; rows: Row[] } {
    const text = readFileSync(join(dir, name), 'utf8');
    const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    return { text, columns: parsed.meta.fields ?? [], rows: parsed.data };
}

function tree(records: Record<string, unknown>[]): SObjectTree {
    const byType = new Map<string, TreeRecord[]>();
    for (const r of records as TreeRecord[]) {
        const list = byType.get(r.attributes.type) ?? [];
        list.push(r);
        byType.set(r.attributes.type, list);
    }
    return { byType, files: [], plan: null };
}

/**
 * What a typed CSV reader gives the engine: empty cells null, `true`/`false` and numbers converted where
 * the tree's field held a boolean or a number, dotted columns nested again.
 */
function datasetFromCsv(dir: string, typesOf: SObjectTree): Dataset {
    const source = datasetFromTree(typesOf).dataset as Record<string, readonly Record<string, unknown>[]>;
    const fieldType = (records: readonly Record<string, unknown>[] | undefined, path: string[]): string => {
        for (const r of records ?? []) {
            let v: unknown = r;
            for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
            if (v !== null && v !== undefined) return typeof v;
        }
        return 'string';
    };
    const keys: Record<string, keyof Dataset> = {
        Account: 'accounts',
        Campaign: 'campaigns',
        Contact: 'contacts',
        Lead: 'leads',
        Task: 'tasks',
        Event: 'events',
        CampaignMember: 'campaignMembers',
        Opportunity: 'opportunities',
        SI_Intent_Signal__c: 'intentSignals'
    };
    const dataset: Record<string, unknown[]> = {};
    for (const type of SCORE_OBJECTS) {
        const key = keys[type] as string;
        const { columns, rows } = readCsv(dir, `${type}.csv`);
        const types = new Map(columns.map((c) => [c, fieldType(source[key], c.split('.'))]));
        dataset[key] = rows.map((row) => {
            const record: Record<string, unknown> = {};
            for (const column of columns) {
                const cell = row[column] ?? '';
                const value =
                    cell === ''
                        ? null
                        : types.get(column) === 'number'
                          ? Number(cell)
                          : types.get(column) === 'boolean'
                            ? cell === 'true'
                            : cell;
                const path = column.split('.');
                let target = record;
                for (const p of path.slice(0, -1)) target = (target[p] ??= {}) as Record<string, unknown>;
                target[path[path.length - 1] as string] = value;
            }
            return record;
        });
    }
    return dataset as Dataset;
}

function scoreAll(dataset: Dataset): unknown {
    const grouped = groupAccountData(dataset);
    return {
        accounts: grouped.accounts.map((a) => computeInsight(a, DEFAULT_CONFIG, AS_OF)),
        unplaced: grouped.unplaced
    };
}

describe('exportTreeAsCsv on the sample data', () => {
    let sample: SObjectTree;
    let out: string;
    let result: ReturnType<typeof exportTreeAsCsv>;
    const parsed = new Map<string, ReturnType<typeof readCsv>>();
    beforeAll(() => {
        sample = readSObjectTree(DATA);
        out = tempDir();
        result = exportTreeAsCsv(sample, out);
        for (const type of SCORE_OBJECTS) parsed.set(type, readCsv(out, `${type}.csv`));
    });

    it('writes one file per object the engine reads, counting rows and columns', () => {
        expect(result.files.map((f) => f.name)).toEqual(SCORE_OBJECTS.map((t) => `${t}.csv`));
        expect(readdirSync(out).sort()).toEqual(SCORE_OBJECTS.map((t) => `${t}.csv`).sort());
        for (const file of result.files) {
            const type = file.name.replace(/\.csv$/, '');
            const { columns, rows } = parsed.get(type) as ReturnType<typeof readCsv>;
            expect(file.rows).toBe(sample.byType.get(type)?.length ?? 0);
            expect(rows).toHaveLength(file.rows);
            expect(columns).toEqual(file.columns);
            expect(columns[0]).toBe('Id');
            expect(columns).not.toContain('attributes');
        }
        // The objects the engine does not read (the acquire-contacts history) are named, not exported.
        const notRead = [...sample.byType]
            .filter(([type]) => !(SCORE_OBJECTS as readonly string[]).includes(type))
            .map(([type, records]) => `${type} (${records.length})`);
        expect(notRead.length).toBeGreaterThan(0);
        expect(result.skipped).toEqual(notRead);
    });

    it('carries every record and every field value, Id first, in the Bulk API shape', () => {
        const wrong: unknown[] = [];
        for (const type of SCORE_OBJECTS) {
            const { text, rows } = parsed.get(type) as ReturnType<typeof readCsv>;
            const byId = new Map(rows.map((r) => [r.Id, r]));
            const records = sample.byType.get(type) ?? [];
            expect(byId.size).toBe(records.length);
            for (const record of records) {
                const row = byId.get(record.Id as string);
                if (!row) wrong.push([type, record.Id, 'no row']);
                for (const [field, value] of Object.entries(record)) {
                    if (field !== 'attributes' && row?.[field] !== (csvValue(value) ?? ''))
                        wrong.push([type, record.Id, field, row?.[field], value]);
                }
            }
            // LF only, a line ending after the last row, every value quoted.
            expect(text).not.toContain('\r');
            expect(text.endsWith('\n')).toBe(true);
            expect(text.split('\n')[0]).toMatch(/^"Id"(,"[A-Za-z0-9_.]+")*$/);
        }
        expect(wrong).toEqual([]);
        expect(parsed.get('Task')?.rows.every((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.ActivityDate ?? ''))).toBe(true);
        expect(
            parsed
                .get('Event')
                ?.rows.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(t.ActivityDateTime ?? ''))
        ).toBe(true);
        expect(parsed.get('Account')?.text).toMatch(/,"(true|false)"/);
    });

    it('keeps the links: every lookup names an Id of the CSVs', () => {
        const ids = new Set(SCORE_OBJECTS.flatMap((t) => (parsed.get(t)?.rows ?? []).map((r) => r.Id)));
        const lookups = [
            'AccountId',
            'WhoId',
            'WhatId',
            'CampaignId',
            'ContactId',
            'LeadId',
            'Account__c',
            'Contact__c',
            'Lead__c'
        ];
        const broken: unknown[] = [];
        let checked = 0;
        for (const type of SCORE_OBJECTS) {
            for (const row of parsed.get(type)?.rows ?? []) {
                for (const field of lookups) {
                    const value = row[field];
                    if (!value) continue;
                    checked++;
                    if (!ids.has(value)) broken.push([type, row.Id, field, value]);
                }
            }
        }
        expect(broken).toEqual([]);
        expect(checked).toBeGreaterThan(3000);
    });

    it('scores exactly as the tree does', () => {
        const fromTree = scoreAll(datasetFromTree(sample).dataset);
        const fromCsv = scoreAll(datasetFromCsv(out, sample));
        expect(fromCsv).toEqual(fromTree);
    });
});

describe('exportTreeAsCsv on hand-made records', () => {
    it('quotes commas, quotes, line breaks and surrounding spaces so papaparse reads them back', () => {
        const awkward = [
            'Smith, Jones & Co',
            'The "Best" Bank',
            'line one\nline two',
            'crlf\r\nbreak',
            '  padded  ',
            'Ünïcødé – 東京',
            '=SUM(A1)',
            ''
        ];
        const out = tempDir();
        const records = awkward.map((Name, i) => ({
            attributes: { type: 'Account', referenceId: `A${i}` },
            Id: `A${i}`,
            Name
        }));
        exportTreeAsCsv(tree(records), out);
        const { text, rows } = readCsv(out, 'Account.csv');
        expect(rows.map((r) => r.Name)).toEqual(awkward);
        expect(text).toContain('"The ""Best"" Bank"');
        expect(text).toContain('"=SUM(A1)"'); // data, not a formula: no leading quote added
        expect(text).toContain('"A7",\n'); // empty text is a null: an empty cell
    });

    it('uses the engine id of a record without Id, and the same value in lookups', () => {
        const out = tempDir();
        const records = [
            { attributes: { type: 'Account', referenceId: 'AccRef' }, Name: 'No Id Inc' },
            { attributes: { type: 'Account', referenceId: 'AccRef2' }, Id: '  0015g00000ABCdeAAB ', Name: 'Padded Id' },
            {
                attributes: { type: 'Contact', referenceId: 'ConRef' },
                AccountId: 'AccRef',
                LastName: 'Doe',
                Title: 'CTO',
                Email: 'd@noid.com'
            },
            {
                attributes: { type: 'Task', referenceId: 'TaskRef' },
                WhoId: 'ConRef',
                Subject: 'Call',
                TaskSubtype: 'Call',
                ActivityDate: '2026-10-30'
            }
        ];
        exportTreeAsCsv(tree(records), out);
        expect(readCsv(out, 'Account.csv').rows.map((r) => r.Id)).toEqual(['AccRef', '0015g00000ABCdeAAB']);
        expect(readCsv(out, 'Contact.csv').rows[0]).toMatchObject({ Id: 'ConRef', AccountId: 'AccRef' });
        expect(readCsv(out, 'Task.csv').rows[0]).toMatchObject({ Id: 'TaskRef', WhoId: 'ConRef' });
        const t = tree(records);
        expect(scoreAll(datasetFromCsv(out, t))).toEqual(scoreAll(datasetFromTree(t).dataset));
    });

    it('flattens parent objects to dotted columns, drops attributes, and writes header-only files for absent objects', () => {
        const out = tempDir();
        const records = [
            { attributes: { type: 'Contact', referenceId: 'C1' }, Id: 'C1', LastName: 'Roe' },
            {
                attributes: { type: 'CampaignMember', referenceId: 'M1' },
                Id: 'M1',
                ContactId: 'C1',
                Status: 'Responded',
                Campaign: {
                    attributes: { type: 'Campaign', url: '/x' },
                    Name: 'Webinar, live',
                    Type: 'Webinar',
                    Owner: { Name: 'Pat' }
                }
            },
            {
                attributes: { type: 'CampaignMember', referenceId: 'M2' },
                Id: 'M2',
                ContactId: 'C1',
                Status: 'Sent',
                Campaign: null,
                HasResponded: false
            },
            { attributes: { type: 'Case', referenceId: 'K1' }, Id: 'K1' }
        ];
        const result = exportTreeAsCsv(tree(records), out);
        const members = readCsv(out, 'CampaignMember.csv');
        expect(members.columns).toEqual([
            'Id',
            'ContactId',
            'Status',
            'Campaign.Name',
            'Campaign.Type',
            'Campaign.Owner.Name',
            'HasResponded'
        ]);
        expect(members.rows).toEqual([
            {
                Id: 'M1',
                ContactId: 'C1',
                Status: 'Responded',
                'Campaign.Name': 'Webinar, live',
                'Campaign.Type': 'Webinar',
                'Campaign.Owner.Name': 'Pat',
                HasResponded: ''
            },
            {
                Id: 'M2',
                ContactId: 'C1',
                Status: 'Sent',
                'Campaign.Name': '',
                'Campaign.Type': '',
                'Campaign.Owner.Name': '',
                HasResponded: 'false'
            }
        ]);
        expect(readFileSync(join(out, 'Lead.csv'), 'utf8')).toBe('"Id"\n');
        expect(result.files.find((f) => f.name === 'Lead.csv')).toEqual({ name: 'Lead.csv', rows: 0, columns: ['Id'] });
        expect(result.skipped).toEqual(['Case (1)']);
    });

    it('writes date/times as Bulk API CSV does (UTC, milliseconds, Z) and leaves other values alone', () => {
        expect(bulkDateTime('2026-01-31T14:05:00.000+0000')).toBe('2026-01-31T14:05:00.000Z');
        expect(bulkDateTime('2026-01-31T23:30:00.000-0230')).toBe('2026-02-01T02:00:00.000Z');
        expect(bulkDateTime('2026-01-31T14:05:00+02:00')).toBe('2026-01-31T12:05:00.000Z');
        expect(bulkDateTime('2026-01-31T14:05:00.000Z')).toBe('2026-01-31T14:05:00.000Z');
        expect(bulkDateTime('2026-01-31')).toBe('2026-01-31');
        expect(bulkDateTime('Meeting at 2026-01-31T14:05:00Z')).toBe('Meeting at 2026-01-31T14:05:00Z');
        expect([
            csvValue(true),
            csvValue(false),
            csvValue(12.5),
            csvValue(null),
            csvValue(undefined),
            csvValue(''),
            csvValue(Number.NaN)
        ]).toEqual(['true', 'false', '12.5', null, null, null, null]);
    });
});

describe('exportTreeAsCsv on a real export', () => {
    it('reads the lwc-recipes tree as it is and keeps its extra fields', () => {
        const out = tempDir();
        const result = exportTreeAsCsv(readSObjectTree(RECIPES), out);
        expect(result.files.filter((f) => f.rows > 0).map((f) => [f.name, f.rows])).toEqual([
            ['Account.csv', 10],
            ['Contact.csv', 6]
        ]);
        const contacts = readCsv(out, 'Contact.csv');
        expect(contacts.columns).toEqual([
            'Id',
            'AccountId',
            'FirstName',
            'LastName',
            'Title',
            'Email',
            'Phone',
            'Picture__c'
        ]);
        expect(contacts.rows[0]).toMatchObject({
            Id: 'ContactRef1',
            AccountId: 'AccountRef1',
            Title: 'VP of Engineering',
            Phone: '4152568563'
        });
        expect(readCsv(out, 'Account.csv').rows[0]).toEqual({
            Id: 'AccountRef1',
            Name: 'Alpha Dynamics',
            Type: 'Technology Partner',
            Phone: '3362227000',
            NumberOfEmployees: '12345'
        });
    });
});

describe('npm run export:csv', () => {
    function run(argv: string[]): { code: number; out: string; err: string } {
        let out = '';
        let err = '';
        const code = main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
        return { code, out, err };
    }

    it('writes the files and lists them', () => {
        const dir = tempDir();
        const { code, out, err } = run(['--data', RECIPES, '--out', join(dir, 'csv')]);
        expect(err).toBe('');
        expect(code).toBe(0);
        expect(out).toMatch(/Wrote 9 files to .*csv:/);
        expect(out).toMatch(/Account\.csv\s+10 rows {2}5 columns/);
        expect(readdirSync(join(dir, 'csv'))).toHaveLength(9);
    });

    it.each([
        [[], '--data <dir> is required'],
        [['--data', RECIPES], '--out <dir> is required'],
        [['--data', RECIPES, '--out'], '--out needs a value'],
        [['--data', RECIPES, '--out', RECIPES], '--out must not be the --data folder'],
        [['--data', RECIPES, '--out', '/tmp/x', '--json'], 'unknown argument --json']
    ])('rejects %j with a usage error', (argv, message) => {
        const { code, out, err } = run(argv);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toBe(`export:csv: ${message}\nUsage: npm run export:csv -- --data <dir> --out <dir>\n`);
    });

    it('names the file at fault in an unreadable tree, without the usage line', () => {
        const { code, err } = run(['--data', join(ROOT, 'no-such-folder'), '--out', tempDir()]);
        expect(code).toBe(1);
        expect(err).toMatch(/^export:csv: .*no-such-folder: not a directory\n$/);
    });
});
