// A stand-in org for the scoring job: the schema the project deploys (the fields the job reads and writes,
// the run and history objects, the configuration's custom metadata types) seeded from a generated org
// (scripts/bench/scoreData.ts CSVs, the same files the file mode reads).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readConfigMetadata } from '../../config/configMetadata';
import { readQualificationRuleMetadata } from '../../config/qualificationRuleConfig';
import { readTierConfigMetadata } from '../../config/tierConfig';
import { RowConverter } from '../../score/csvSource';
import { DEFAULT_READINESS_ITEMS } from '../../../force-app/main/default/lwc/siEngine/siEngine';
import { FIELD_TYPES, PLAYBOOK_OBJECTS, PLAYBOOK_QUERY_FIELDS, QUERY_FIELDS, SCORE_OBJECTS } from '../../score/fields';
import { startSalesforceStandIn, type SalesforceStandIn, type SfValue, type StandInOptions } from './salesforceStandIn';
import type { FieldSpec, FieldType } from './standIn/types';

function typeOf(field: string): FieldType {
    if (field === 'Id') return 'id';
    switch (FIELD_TYPES[field]) {
        case 'boolean':
            return 'boolean';
        case 'number':
            return 'double';
        case 'date':
            return 'date';
        case 'datetime':
            return 'datetime';
        case 'id':
            return 'reference';
        default:
            return 'string';
    }
}

export function scoringSchema(): Record<string, Record<string, FieldType | FieldSpec>> {
    const schema: Record<string, Record<string, FieldType | FieldSpec>> = {};
    for (const object of SCORE_OBJECTS)
        schema[object] = Object.fromEntries(QUERY_FIELDS[object].map((f) => [f, typeOf(f)]));
    // The playbook: the readiness items' Account fields, its objects, the change event.
    for (const item of DEFAULT_READINESS_ITEMS)
        (schema.Account as Record<string, FieldType>)[item.field] ??= typeOf(item.field);
    for (const object of PLAYBOOK_OBJECTS)
        schema[object] = Object.fromEntries(PLAYBOOK_QUERY_FIELDS[object].map((f) => [f, typeOf(f)]));
    (schema.SI_Segment__c as Record<string, FieldType>).Member_Count__c = 'double';
    (schema.SI_Segment__c as Record<string, FieldType>).Last_Computed__c = 'datetime';
    (schema.SI_Points_Ledger__c as Record<string, FieldType | FieldSpec>).Adjustment_Key__c = {
        type: 'string',
        unique: true,
        externalId: true
    };
    schema.SI_Qualification_Change__e = {
        Account_Id__c: 'string',
        Account_Name__c: 'string',
        Owner_Id__c: 'string',
        Previous_State__c: 'string',
        New_State__c: 'string',
        Qualified_Start_Date__c: 'date',
        Qualified_End_Date__c: 'date',
        Profile_Fit_Band__c: 'string',
        Buying_Stage__c: 'string',
        As_Of__c: 'date'
    };
    schema.SI_Scoring_Run__c = {
        Run_Id__c: { type: 'string', externalId: true },
        Status__c: 'picklist',
        Started_At__c: 'datetime',
        Finished_At__c: 'datetime',
        As_Of__c: 'date',
        Dry_Run__c: 'boolean',
        Shard__c: 'string',
        Filter__c: 'textarea',
        Accounts_Scored__c: 'double',
        Records_Updated__c: 'double',
        Records_Failed__c: 'double',
        Records_Skipped__c: 'double',
        Message__c: 'textarea'
    };
    schema.SI_Account_Score_History__c = {
        Account__c: 'reference',
        Scoring_Run__c: 'reference',
        Scored_On__c: 'date',
        Profile_Fit_Score__c: 'double',
        Profile_Fit_Band__c: 'picklist',
        Reach_Score__c: 'double',
        Reach_Level__c: 'picklist',
        Intent_Score__c: 'double',
        Intent_Trend__c: 'picklist',
        Buying_Stage__c: 'picklist',
        Qualified__c: 'boolean'
    };
    return schema;
}

/** The generated CSV files of `dir` as stand-in records (only the fields the schema has). */
export function recordsFromCsv(dir: string): Record<string, Record<string, SfValue>[]> {
    const out: Record<string, Record<string, SfValue>[]> = {};
    for (const object of [...SCORE_OBJECTS, ...PLAYBOOK_OBJECTS]) {
        const path = join(dir, `${object}.csv`);
        // The playbook's files are optional (an org without segments or ledger rows).
        if (!existsSync(path) && (PLAYBOOK_OBJECTS as readonly string[]).includes(object)) continue;
        const [header, ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8'), {
            skipEmptyLines: true
        }).data;
        const converter = new RowConverter(header ?? [], object);
        const keep = new Set(
            (QUERY_FIELDS as Record<string, readonly string[]>)[object] ??
                (PLAYBOOK_QUERY_FIELDS as Record<string, readonly string[]>)[object]
        );
        out[object] = rows.map((cells, i) => {
            const record = converter.convert(cells, i + 2);
            if (!record) throw new Error(`${object}.csv row ${i + 2}: ${converter.problem?.message}`);
            return Object.fromEntries(Object.entries(record).filter(([k]) => keep.has(k))) as Record<string, SfValue>;
        });
    }
    const config = readConfigMetadata('force-app/main/default/customMetadata');
    out.SI_Persona__mdt = config.personas as unknown as Record<string, SfValue>[];
    out.SI_Profile_Criterion__mdt = config.criteria as unknown as Record<string, SfValue>[];
    out.SI_Model_Setting__mdt = config.settings as unknown as Record<string, SfValue>[];
    const tiers = readTierConfigMetadata('force-app/main/default/customMetadata');
    out.SI_Readiness_Item__mdt = tiers.readinessItems as unknown as Record<string, SfValue>[];
    out.SI_ABM_Tier__mdt = tiers.tiers as unknown as Record<string, SfValue>[];
    out.SI_Qualification_Rule__mdt = readQualificationRuleMetadata(
        'force-app/main/default/customMetadata'
    ) as unknown as Record<string, SfValue>[];
    return out;
}

export function startScoringOrg(dir: string, options: StandInOptions = {}): Promise<SalesforceStandIn> {
    return startSalesforceStandIn({
        schema: scoringSchema(),
        records: recordsFromCsv(dir),
        keyPrefixes: {
            SI_Scoring_Run__c: 'a01',
            SI_Account_Score_History__c: 'a02',
            SI_Intent_Signal__c: 'a03',
            SI_Segment__c: 'a04',
            SI_Segment_Membership__c: 'a05',
            SI_Points_Ledger__c: 'a06',
            SI_Qualification_Change__e: 'e00',
            SI_Persona__mdt: 'm01',
            SI_Profile_Criterion__mdt: 'm02',
            SI_Model_Setting__mdt: 'm03',
            SI_Readiness_Item__mdt: 'm04',
            SI_ABM_Tier__mdt: 'm05',
            SI_Qualification_Rule__mdt: 'm06'
        },
        queryPageSize: 40,
        ...options
    });
}
