// Playbook records for a scoring test org: published and unpublished segments (with the memberships a list
// upload and an earlier run left), as the CSV files `npm run score -- --from` and the stand-in org read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** 18-character Ids with the stand-in's key prefixes (a04 segments, a05 memberships). */
export const SEGMENT_IDS = {
    strong: 'a04000000000001AAA',
    healthcare: 'a04000000000002AAA',
    list: 'a04000000000003AAA',
    unpublished: 'a04000000000004AAA'
} as const;

export const STRONG_FIT = 'Ops - FY27 Q1 - Strong fit';
export const HEALTHCARE = 'Ops - FY27 Q1 - Healthcare or Banking';
export const LISTED = 'SDR - FY27 Q1 - Event list';

function write(path: string, rows: Record<string, string | null>[]): void {
    writeFileSync(path, `${Papa.unparse(rows, { newline: '\n' })}\n`);
}

/**
 * Writes SI_Segment__c.csv and SI_Segment_Membership__c.csv into `dir` (beside its Account.csv): two
 * published Filter segments, a published List segment holding the first two accounts, and an unpublished
 * segment whose row for the third account is still open. Returns the account Ids used.
 */
export function writePlaybookFixtures(dir: string): { accountIds: string[] } {
    const [, ...rows] = Papa.parse<string[]>(readFileSync(join(dir, 'Account.csv'), 'utf8'), {
        skipEmptyLines: true
    }).data;
    const accountIds = rows.map((r) => r[0] as string);
    write(join(dir, 'SI_Segment__c.csv'), [
        {
            Id: SEGMENT_IDS.strong,
            Name: STRONG_FIT,
            Type__c: 'Filter',
            Status__c: 'Published',
            Definition__c: JSON.stringify({ all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong'] }] })
        },
        {
            Id: SEGMENT_IDS.healthcare,
            Name: HEALTHCARE,
            Type__c: 'Filter',
            Status__c: 'Published',
            Definition__c: JSON.stringify({
                any: [{ field: 'Industry', op: 'in', values: ['Healthcare', 'Banking'] }]
            })
        },
        { Id: SEGMENT_IDS.list, Name: LISTED, Type__c: 'List', Status__c: 'Published', Definition__c: null },
        {
            Id: SEGMENT_IDS.unpublished,
            Name: 'Ops - FY26 Q4 - Old list',
            Type__c: 'List',
            Status__c: 'Unpublished',
            Definition__c: null
        }
    ]);
    write(join(dir, 'SI_Segment_Membership__c.csv'), [
        {
            Id: 'a05000000000001AAA',
            Segment__c: SEGMENT_IDS.list,
            Account__c: accountIds[0] ?? null,
            Added_On__c: '2026-10-01',
            Removed_On__c: null
        },
        {
            Id: 'a05000000000002AAA',
            Segment__c: SEGMENT_IDS.list,
            Account__c: accountIds[1] ?? null,
            Added_On__c: '2026-10-01',
            Removed_On__c: null
        },
        {
            Id: 'a05000000000003AAA',
            Segment__c: SEGMENT_IDS.unpublished,
            Account__c: accountIds[2] ?? null,
            Added_On__c: '2026-09-01',
            Removed_On__c: null
        },
        // History: closed rows are never read into a run.
        {
            Id: 'a05000000000004AAA',
            Segment__c: SEGMENT_IDS.list,
            Account__c: accountIds[3] ?? null,
            Added_On__c: '2026-08-01',
            Removed_On__c: '2026-09-01'
        }
    ]);
    return { accountIds };
}
