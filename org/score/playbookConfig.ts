// Which playbook steps a run takes and with what configuration: readiness items, ABM tiers and the points
// rules from custom metadata (a folder of source files in file mode, the org's records in org mode),
// published segments from the org (or SI_Segment__c.csv in file mode). A step the run cannot take is off
// with its reason (a missing object or field, no permission, a shard), never half-run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from '@salesforce/core';
import {
    DEFAULT_READINESS_ITEMS,
    DEFAULT_TIERS,
    qualificationRulesFromMetadata,
    readinessItemsFromMetadata,
    tierDefinitionsFromMetadata,
    type QualificationRules,
    type ReadinessItem,
    type SI_ABM_Tier__mdt,
    type SI_Qualification_Rule__mdt,
    type SI_Readiness_Item__mdt,
    type TierDefinition
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { readQualificationRules } from '../config/qualificationRuleConfig';
import { loadTierConfig } from '../config/tierConfig';
import { queryMetadataRecords } from '../config/orgMetadata';
import { SalesforceError } from '../salesforce/errors';
import type { DescribedObject } from '../salesforce/rest';
import { loadPublishedSegments, SEGMENTS_FIELD, type SegmentRow } from '../segments/membership';
import { InputError, readCsvRecords, type CsvRecord, type RowProblem } from './csvSource';
import { PLAYBOOK_OBJECTS, type PlaybookObject } from './fields';
import {
    PLAYBOOK_STEPS,
    POINTS_FIELD,
    READINESS_MISSING_FIELD,
    READINESS_SCORE_FIELD,
    RECOMMENDED_TIER_FIELD,
    type PlaybookConfig,
    type PlaybookStep
} from './playbook';

export interface PlaybookSettings {
    readinessItems: ReadinessItem[];
    tiers: TierDefinition[];
    rules: QualificationRules;
    /** Configuration that fell back to the shipped defaults, and why. */
    defaulted?: string[];
}

/** Parses `--skip readiness,tiers`: each name must be a step. */
export function parseSkip(value: string): PlaybookStep[] {
    const steps = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    for (const step of steps)
        if (!PLAYBOOK_STEPS.includes(step as PlaybookStep))
            throw new InputError(`--skip: "${step}" is not a step (${PLAYBOOK_STEPS.join(', ')})`);
    return steps as PlaybookStep[];
}

/** The settings of a `customMetadata` folder (a type without records there: the shipped defaults). */
export function playbookSettingsFromDir(customMetadataDir: string): PlaybookSettings {
    const { readinessItems, tiers, defaulted } = loadTierConfig(customMetadataDir);
    return {
        readinessItems,
        tiers,
        rules: readQualificationRules(customMetadataDir),
        defaulted: defaulted.map((type) => `${type}: no records in ${customMetadataDir}, the shipped defaults`)
    };
}

/** The org's records of the three types (a type without records: the shipped defaults, as in file mode). */
export async function playbookSettingsFromOrg(conn: Connection): Promise<PlaybookSettings> {
    const defaulted: string[] = [];
    const records = async <T>(type: string): Promise<T[]> => {
        const found = await queryMetadataRecords<T>(conn, type).catch((e: unknown) => {
            if (e instanceof SalesforceError && e.code === 'MissingField') return null;
            throw e;
        });
        if (found === null) defaulted.push(`${type}: not in the org or not visible to this user, the shipped defaults`);
        else if (found.length === 0) defaulted.push(`${type}: no records in the org, the shipped defaults`);
        return found ?? [];
    };
    const readiness = await records<SI_Readiness_Item__mdt>('SI_Readiness_Item__mdt');
    const tiers = await records<SI_ABM_Tier__mdt>('SI_ABM_Tier__mdt');
    const rules = await records<SI_Qualification_Rule__mdt>('SI_Qualification_Rule__mdt');
    return {
        readinessItems: readiness.length ? readinessItemsFromMetadata(readiness) : [...DEFAULT_READINESS_ITEMS],
        tiers: tiers.length ? tierDefinitionsFromMetadata(tiers) : [...DEFAULT_TIERS],
        rules: qualificationRulesFromMetadata(rules),
        defaulted
    };
}

/** What decides the steps: the run's scope and, in org mode, what the user can read and write. */
export interface StepContext {
    skip: readonly PlaybookStep[];
    /** No shard and no --where. */
    wholeOrg: boolean;
    /** Org mode: describes of Account, Contact, Lead and the playbook objects visible to the user (absent: not visible). */
    describes?: ReadonlyMap<string, DescribedObject>;
    /** Org mode: a dry run writes nothing, so write access is not required. */
    writing?: boolean;
}

function fieldProblem(
    describes: ReadonlyMap<string, DescribedObject>,
    object: string,
    field: string,
    writing: boolean,
    create = false
): string | null {
    const described = describes.get(object);
    if (!described) return `${object} is not in the org or not visible to this user`;
    const info = described.fields.get(field);
    if (!info) return `${object}.${field} is not in the org or not readable by this user`;
    if (writing && !(create ? info.createable : info.updateable))
        return `${object}.${field} is not ${create ? 'creatable' : 'editable'} by this user`;
    return null;
}

/**
 * The steps a run takes. Each step is on unless skipped, or (org mode) an object or field it reads or writes
 * is missing or not accessible, or (tiers) the run scores part of the org: capacity is org-wide.
 */
export function decideSteps(
    settings: PlaybookSettings,
    context: StepContext
): { steps: Set<PlaybookStep>; off: Record<string, string> } {
    const steps = new Set<PlaybookStep>();
    const off: Record<string, string> = {};
    const d = context.describes;
    const w = context.writing ?? true;
    const needs: Record<PlaybookStep, [string, string, boolean?][]> = {
        readiness: [
            ['Account', READINESS_SCORE_FIELD],
            ['Account', READINESS_MISSING_FIELD]
        ],
        tiers: [['Account', RECOMMENDED_TIER_FIELD]],
        segments: [
            ['Account', SEGMENTS_FIELD],
            ['SI_Segment__c', 'Member_Count__c'],
            ['SI_Segment_Membership__c', 'Account__c', true],
            ['SI_Segment_Membership__c', 'Removed_On__c']
        ],
        points: [
            ['SI_Points_Ledger__c', 'Adjustment_Key__c', true],
            ['SI_Points_Ledger__c', 'Points__c', true],
            ['Contact', POINTS_FIELD],
            ['Lead', POINTS_FIELD]
        ],
        events: [['SI_Qualification_Change__e', 'Account_Id__c', true]]
    };
    for (const step of PLAYBOOK_STEPS) {
        if (context.skip.includes(step)) {
            off[step] = 'skipped (--skip)';
            continue;
        }
        if (step === 'tiers' && !context.wholeOrg) {
            off[step] = 'the run scores part of the org (--shard or --where): tier capacity is org-wide';
            continue;
        }
        if (d) {
            const problems = needs[step]
                .map(([object, field, create]) => fieldProblem(d, object, field, w, create))
                .filter((p): p is string => p !== null);
            if (step === 'readiness' || step === 'tiers')
                for (const item of settings.readinessItems) {
                    const p = fieldProblem(d, 'Account', item.field, false);
                    if (p) problems.push(`${p} (readiness item ${item.key})`);
                }
            if (problems.length > 0) {
                off[step] = problems.join('; ');
                continue;
            }
        }
        steps.add(step);
    }
    return { steps, off };
}

/** The config of a run from its settings, steps and the published segments' rows. */
export function playbookConfig(
    settings: PlaybookSettings,
    decided: { steps: Set<PlaybookStep>; off: Record<string, string> },
    segmentRows: readonly SegmentRow[] | null,
    wholeOrg: boolean,
    computedAt: string
): PlaybookConfig {
    const steps = new Set(decided.steps);
    const off = { ...decided.off };
    if (steps.has('segments') && segmentRows === null) {
        steps.delete('segments');
        off.segments = 'no SI_Segment__c.csv in the export';
    }
    if (settings.defaulted?.length) off.configuration = settings.defaulted.join('; ');
    const { segments, problems } = loadPublishedSegments(segmentRows ?? []);
    return {
        readinessItems: settings.readinessItems,
        tiers: settings.tiers,
        rules: settings.rules,
        segments,
        segmentProblems: problems,
        steps,
        off,
        wholeOrg,
        computedAt
    };
}

/** Reads the playbook object files of an export folder that exist (`<object>.csv`). */
export async function readPlaybookFiles(
    from: string,
    onRecord: Record<PlaybookObject, (record: CsvRecord, seq: number) => void>
): Promise<{ present: Set<PlaybookObject>; rows: Record<string, number>; skipped: RowProblem[] }> {
    const present = new Set<PlaybookObject>();
    const rows: Record<string, number> = {};
    const skipped: RowProblem[] = [];
    for (const object of PLAYBOOK_OBJECTS) {
        const path = join(from, `${object}.csv`);
        if (!existsSync(path)) continue;
        present.add(object);
        const result = await readCsvRecords(path, `${object}.csv`, ['Id'], onRecord[object]);
        rows[object] = result.rows;
        skipped.push(...result.skipped);
    }
    return { present, rows, skipped };
}
