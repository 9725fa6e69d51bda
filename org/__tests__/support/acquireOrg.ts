// A stand-in org for `npm run acquire`: accounts, a Contact and a Lead, a segment with its memberships, an
// SI_Orchestration__c targeting it, the SI_Acquisition_Result__c object and Lead/Contact with the fields the
// project deploys (SI_Source_Type__c, the unique SI_Acquisition_Key__c), and the persona configuration as
// SI_Persona__mdt records from force-app. The same data is written as CSV exports for the file mode.
//   Acme (acme.com, US)     target; has a CEO Contact (Economic Buyer covered)
//   Globex (globex.com, US) target; a Lead lead@globex.com
//   Initech (initech.com)   was in the segment, removed: not a target
//   Hooli (hooli.de, DE)    target, but in a GDPR country
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readConfigMetadata } from '../../config/configMetadata';
import { startSalesforceStandIn, type SalesforceStandIn } from './salesforceStandIn';
import type { FieldSpec, FieldType, SfValue } from './standIn/types';

export const ORCHESTRATION = 'Fill gaps';

const person = (extra: Record<string, FieldType | FieldSpec>): Record<string, FieldType | FieldSpec> => ({
    FirstName: 'string',
    LastName: 'string',
    Email: 'email',
    Title: 'string',
    Phone: 'phone',
    LeadSource: 'picklist',
    SI_Source_Type__c: 'picklist',
    SI_LinkedIn_URL__c: 'url',
    SI_Acquisition_Key__c: { type: 'string', externalId: true, unique: true },
    ...extra
});

function schema(): Record<string, Record<string, FieldType | FieldSpec>> {
    return {
        Account: { Name: 'string', Website: 'url', BillingCountry: 'string' },
        Contact: person({
            AccountId: { type: 'reference', referenceTo: ['Account'] },
            MailingCountry: 'string',
            MailingState: 'string'
        }),
        Lead: person({ Company: 'string', Website: 'url', Country: 'string', State: 'string' }),
        SI_Segment__c: { Name: 'string' },
        SI_Segment_Membership__c: {
            Segment__c: { type: 'reference', referenceTo: ['SI_Segment__c'] },
            Account__c: { type: 'reference', referenceTo: ['Account'] },
            Added_On__c: 'date',
            Removed_On__c: 'date'
        },
        SI_Orchestration__c: {
            Name: 'string',
            Goal__c: 'string',
            Target_Segment__c: { type: 'reference', referenceTo: ['SI_Segment__c'] },
            Account_Ids__c: 'textarea',
            Provider__c: 'picklist',
            Create_As__c: 'picklist',
            Mapping_Profile__c: 'string',
            Title_Include__c: 'textarea',
            Title_Exclude__c: 'textarea',
            Levels__c: 'multipicklist',
            Functions__c: 'multipicklist',
            Geography_Include__c: 'textarea',
            Geography_Exclude__c: 'textarea',
            Per_Account_Cap__c: 'double',
            Cooldown_Days__c: 'double',
            Schedule__c: 'picklist',
            GDPR_Countries__c: 'textarea',
            Last_Run_Id__c: 'string',
            Last_Run_On__c: 'datetime'
        },
        SI_Acquisition_Result__c: {
            Run_Id__c: { type: 'string', externalId: true },
            Orchestration__c: { type: 'reference', referenceTo: ['SI_Orchestration__c'] },
            Repush_Of__c: 'string',
            Candidate_Key__c: 'string',
            Source__c: 'string',
            Email__c: 'email',
            Person_Name__c: 'string',
            Title__c: 'string',
            Account__c: { type: 'reference', referenceTo: ['Account'] },
            Persona__c: 'string',
            Outcome__c: 'picklist',
            Skip_Reason__c: 'picklist',
            Reason__c: 'string',
            Salesforce_Error__c: 'textarea',
            Record_Id__c: 'string',
            Record_Request__c: 'textarea',
            Run_On__c: 'datetime'
        }
    };
}

export interface AcquireOrg {
    sf: SalesforceStandIn;
    accounts: Record<'acme' | 'globex' | 'initech' | 'hooli', string>;
    segmentId: string;
    orchestrationId: string;
    ceoId: string;
    leadId: string;
}

export async function startAcquireOrg(orchestration: Record<string, SfValue> = {}): Promise<AcquireOrg> {
    const sf = await startSalesforceStandIn({
        schema: schema(),
        keyPrefixes: {
            SI_Segment__c: 'a04',
            SI_Segment_Membership__c: 'a05',
            SI_Orchestration__c: 'a07',
            SI_Acquisition_Result__c: 'a08',
            SI_Persona__mdt: 'm01'
        },
        records: {
            SI_Persona__mdt: readConfigMetadata('force-app/main/default/customMetadata').personas as unknown as Record<
                string,
                SfValue
            >[]
        },
        queryPageSize: 3
    });
    const account = (Name: string, Website: string, BillingCountry: string): string =>
        sf.insert('Account', { Name, Website, BillingCountry });
    const accounts = {
        acme: account('Acme Corporation', 'https://acme.com', 'United States'),
        globex: account('Globex', 'globex.com', 'US'),
        initech: account('Initech', 'initech.com', 'US'),
        hooli: account('Hooli', 'hooli.de', 'Germany')
    };
    const ceoId = sf.insert('Contact', {
        AccountId: accounts.acme,
        FirstName: 'Cy',
        LastName: 'Eo',
        Email: 'Ceo@Acme.com',
        Title: 'CEO'
    });
    const leadId = sf.insert('Lead', {
        LastName: 'Lee',
        Email: 'lead@globex.com',
        Title: 'Analyst',
        Company: 'Globex'
    });
    const segmentId = sf.insert('SI_Segment__c', { Name: 'Sales - FY27 Q1 - Gaps' });
    for (const [a, removed] of [
        [accounts.acme, null],
        [accounts.globex, null],
        [accounts.initech, '2026-11-01'],
        [accounts.hooli, null]
    ] as const)
        sf.insert('SI_Segment_Membership__c', {
            Segment__c: segmentId,
            Account__c: a,
            Added_On__c: '2026-10-01',
            Removed_On__c: removed
        });
    const orchestrationId = sf.insert('SI_Orchestration__c', {
        Name: ORCHESTRATION,
        Target_Segment__c: segmentId,
        Provider__c: 'CSV',
        Create_As__c: 'Lead',
        Per_Account_Cap__c: 1,
        Cooldown_Days__c: 0,
        Schedule__c: 'Manual',
        ...orchestration
    });
    return { sf, accounts, segmentId, orchestrationId, ceoId, leadId };
}

/** The vendor export the tests feed (one row per case). */
export const VENDOR_ROWS: readonly string[][] = [
    ['First Name', 'Last Name', 'Job Title', 'Email Address', 'Company Domain', 'Country', 'LinkedIn URL'],
    ['Ann', 'Lee', 'CTO', ' Ann@Acme.com ', 'acme.com', 'US', 'https://www.linkedin.com/in/annlee'], // eligible: Technical Buyer at Acme
    ['Bo', 'Kim', 'Chief Technology Officer', 'bo@globex.com', 'globex.com', 'United States', ''], // eligible at Globex
    ['Cy', 'Eo', 'CEO', 'ceo@acme.com', 'acme.com', 'US', ''], // already in CRM (the Contact)
    ['Lu', 'Ma', 'CTO', 'LEAD@globex.com', 'globex.com', 'US', ''], // already in CRM (the Lead)
    ['Jo', 'Dee', 'CTO', 'jo@hooli.de', 'hooli.de', 'Deutschland', ''], // GDPR region
    ['Ed', 'Fox', 'CTO', 'ed@initech.com', 'initech.com', 'US', ''], // not a target (removed from the segment)
    ['Al', 'Bo', 'CTO', 'al@acme.com', 'acme.com', 'US', ''] // Acme's second Technical Buyer: over the cap of 1
];

export function writeVendorCsv(dir: string, rows: readonly string[][] = VENDOR_ROWS): string {
    const path = join(dir, 'vendor.csv');
    writeFileSync(path, `${Papa.unparse(rows as string[][], { newline: '\n' })}\n`);
    return path;
}

/** Writes the stand-in's records of the objects the file mode reads as `<Object>.csv` exports. */
export function exportCsv(sf: SalesforceStandIn, dir: string): void {
    mkdirSync(dir, { recursive: true });
    for (const object of ['Account', 'Contact', 'Lead', 'SI_Segment_Membership__c', 'SI_Orchestration__c']) {
        const records = sf.records(object);
        const fields = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((f) => f !== 'IsDeleted');
        const data = records.map((r) => fields.map((f) => (r[f] === null || r[f] === undefined ? '' : String(r[f]))));
        writeFileSync(join(dir, `${object}.csv`), `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`);
    }
}
