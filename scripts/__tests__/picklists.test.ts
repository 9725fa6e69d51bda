// Every picklist field in force-app is restricted and has exactly the engine vocabulary's values, in the
// engine's order (buying stage in journey order); the one picklist that is not engine vocabulary (a scoring
// run's status) is listed here. A picklist the table below does not map fails the test.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
    ABM_TIERS,
    BUYING_STAGES,
    CRITERION_OPERATORS,
    ENGAGEMENT_GRADES,
    FIT_BANDS,
    GTM_STRATEGIES,
    INTENT_SIGNAL_TYPES,
    INTENT_TRENDS,
    JOB_FUNCTIONS,
    PERSONA_IMPORTANCES,
    QUALIFICATION_RULE_OBJECTS,
    REACH_LEVELS,
    SENIORITIES
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { SEGMENT_STATUSES, SEGMENT_TYPES } from '../../force-app/main/default/lwc/siSegments/definition';
import { PROVIDER_NAMES } from '../../org/acquire/provider';
import { CREATE_AS, OUTCOMES, SCHEDULES, SKIP_REASONS, SOURCE_TYPES } from '../../org/acquire/types';

const OBJECTS = resolve(__dirname, '../../force-app/main/default/objects');

/** States of a run of the org-wide scoring command (`SI_Scoring_Run__c.Status__c`): not engine vocabulary. */
const SCORING_RUN_STATUSES = ['Running', 'Completed', 'Completed With Failures', 'Failed'] as const;

/** `Object.Field` -> the engine vocabulary the picklist must match. */
const EXPECTED: Record<string, readonly string[]> = {
    'Account.SI_Profile_Fit_Band__c': FIT_BANDS,
    'Account.SI_Reach_Level__c': REACH_LEVELS,
    'Account.SI_Intent_Trend__c': INTENT_TRENDS,
    'Account.SI_Buying_Stage__c': BUYING_STAGES,
    'Account.SI_ABM_Tier__c': ABM_TIERS,
    'Account.SI_GTM_Strategy__c': GTM_STRATEGIES,
    'Contact.SI_Engagement_Grade__c': ENGAGEMENT_GRADES,
    'Contact.SI_Profile_Fit__c': FIT_BANDS,
    'Lead.SI_Engagement_Grade__c': ENGAGEMENT_GRADES,
    'Lead.SI_Profile_Fit__c': FIT_BANDS,
    'SI_Intent_Signal__c.Signal_Type__c': INTENT_SIGNAL_TYPES,
    'SI_Account_Score_History__c.Profile_Fit_Band__c': FIT_BANDS,
    'SI_Account_Score_History__c.Reach_Level__c': REACH_LEVELS,
    'SI_Account_Score_History__c.Intent_Trend__c': INTENT_TRENDS,
    'SI_Account_Score_History__c.Buying_Stage__c': BUYING_STAGES,
    'SI_Scoring_Run__c.Status__c': SCORING_RUN_STATUSES,
    'SI_Persona__mdt.Job_Function__c': JOB_FUNCTIONS,
    'SI_Persona__mdt.Seniority__c': SENIORITIES,
    'SI_Persona__mdt.Importance__c': PERSONA_IMPORTANCES,
    'SI_Profile_Criterion__mdt.Operator__c': CRITERION_OPERATORS,
    'SI_Qualification_Rule__mdt.Object__c': QUALIFICATION_RULE_OBJECTS,
    'SI_Segment__c.Type__c': SEGMENT_TYPES,
    'SI_Segment__c.Status__c': SEGMENT_STATUSES,
    'Contact.SI_Source_Type__c': SOURCE_TYPES,
    'Lead.SI_Source_Type__c': SOURCE_TYPES,
    'SI_Orchestration__c.Provider__c': PROVIDER_NAMES,
    'SI_Orchestration__c.Create_As__c': CREATE_AS,
    'SI_Orchestration__c.Schedule__c': SCHEDULES,
    'SI_Orchestration__c.Levels__c': SENIORITIES,
    'SI_Orchestration__c.Functions__c': JOB_FUNCTIONS,
    'SI_Acquisition_Result__c.Outcome__c': OUTCOMES,
    'SI_Acquisition_Result__c.Skip_Reason__c': SKIP_REASONS
};

interface PicklistValue {
    fullName: string;
    label: string;
    default: string;
}

interface Picklist {
    restricted: boolean;
    sorted: boolean;
    values: PicklistValue[];
}

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'value' });

/** Reads a picklist field definition; throws naming the file when it is not a plain value-set picklist. */
function readPicklist(file: string): Picklist | null {
    const field = (parser.parse(readFileSync(file, 'utf8')) as { CustomField?: Record<string, unknown> }).CustomField;
    if (!field) throw new Error(`${file}: not a CustomField`);
    if (field.type !== 'Picklist' && field.type !== 'MultiselectPicklist') return null;
    const valueSet = field.valueSet as
        { restricted?: string; valueSetDefinition?: { sorted?: string; value?: PicklistValue[] } } | undefined;
    if (!valueSet?.valueSetDefinition) throw new Error(`${file}: picklist without a local valueSetDefinition`);
    return {
        restricted: valueSet.restricted === 'true',
        sorted: valueSet.valueSetDefinition.sorted === 'true',
        values: valueSet.valueSetDefinition.value ?? []
    };
}

function allPicklists(): Map<string, Picklist> {
    const found = new Map<string, Picklist>();
    for (const object of readdirSync(OBJECTS)) {
        const dir = join(OBJECTS, object, 'fields');
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.field-meta.xml'))) {
            const picklist = readPicklist(join(dir, file));
            if (picklist) found.set(`${object}.${file.replace('.field-meta.xml', '')}`, picklist);
        }
    }
    return found;
}

describe('picklists against the engine vocabulary', () => {
    const picklists = allPicklists();

    it('finds every mapped picklist and maps every picklist it finds', () => {
        expect([...picklists.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    });

    it.each(Object.entries(EXPECTED))('%s has exactly the values of its vocabulary, in order', (name, vocabulary) => {
        const picklist = picklists.get(name);
        expect(picklist).toBeDefined();
        expect(picklist?.values.map((v) => v.fullName)).toEqual([...vocabulary]);
        // API value and label are the same string: the engine and the labels use the API value.
        expect(picklist?.values.map((v) => v.label)).toEqual([...vocabulary]);
    });

    it.each(Object.keys(EXPECTED))('%s is restricted, unsorted and has no default value', (name) => {
        const picklist = picklists.get(name);
        expect(picklist?.restricted).toBe(true);
        expect(picklist?.sorted).toBe(false);
        expect(picklist?.values.filter((v) => v.default !== 'false')).toEqual([]);
    });

    it.each(['Account.SI_Buying_Stage__c', 'SI_Account_Score_History__c.Buying_Stage__c'])(
        'keeps the buying stage picklist %s in journey order',
        (name) => {
            expect(picklists.get(name)?.values.map((v) => v.fullName)).toEqual([
                'Target',
                'Awareness',
                'Consideration',
                'Decision',
                'Purchase'
            ]);
        }
    );

    it('keeps the intent trend picklists as the engine names the trends', () => {
        for (const name of ['Account.SI_Intent_Trend__c', 'SI_Account_Score_History__c.Intent_Trend__c']) {
            expect([name, picklists.get(name)?.values.map((v) => v.fullName)]).toEqual([
                name,
                ['Rising', 'Steady', 'Falling']
            ]);
        }
    });
});
