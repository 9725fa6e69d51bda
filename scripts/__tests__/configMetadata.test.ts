// Runs in the default (jsdom) environment: with `@jest-environment node` the LWC preset setup in
// jest.config.js fails (`Element is not defined`). Node APIs (fs, path) work in both.
// The shipped custom metadata records are the engine's built-in defaults: parsed from the XML in
// force-app and mapped by the engine, they give exactly DEFAULT_CONFIG; one changed record breaks that.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
    ConfigError,
    DEFAULT_CONFIG,
    configFromMetadata,
    configToMetadata,
    type ConfigMetadata
} from '../../force-app/main/default/lwc/siEngine/siEngine';
import { parseRecord, readConfigMetadata, readFieldDefinitions, recordProblems, renderRecord } from '../../org/config/configMetadata';
import { compareRecords, renderDefaultRecords } from '../generate-config-metadata';

const ROOT = resolve(__dirname, '../..');
const SHIPPED = join(ROOT, 'force-app/main/default/customMetadata');
const OBJECTS = join(ROOT, 'force-app/main/default/objects');

/**
 * Profile criteria have no sort order field: the Apex read returns them by DeveloperName and
 * `readConfigMetadata` reads files in the same order, so the engine sees them by key. DEFAULT_CONFIG lists
 * them in another order; that one difference is made explicit here, everything else must be identical.
 */
const EXPECTED_FROM_METADATA = {
    ...DEFAULT_CONFIG,
    criteria: [...DEFAULT_CONFIG.criteria].sort((a, b) => a.key.localeCompare(b.key))
};

function byName<T extends { DeveloperName?: unknown }>(records: readonly T[]): T[] {
    return [...records].sort((a, b) => String(a.DeveloperName).localeCompare(String(b.DeveloperName)));
}

function normalised(metadata: ConfigMetadata): ConfigMetadata {
    return {
        personas: byName(metadata.personas),
        criteria: byName(metadata.criteria),
        settings: byName(metadata.settings)
    };
}

/** A scratch copy of the shipped records, so a test can change one. */
function copyOfShipped(): string {
    const dir = mkdtempSync(join(tmpdir(), 'si-cmdt-'));
    cpSync(SHIPPED, dir, { recursive: true });
    return dir;
}

function replaceInFile(file: string, from: string, to: string): void {
    const xml = readFileSync(file, 'utf8');
    if (!xml.includes(from)) throw new Error(`test setup: ${from} not found in ${file}`);
    writeFileSync(file, xml.replace(from, to));
}

describe('shipped configuration custom metadata', () => {
    const scratch: string[] = [];
    afterEach(() => {
        for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    function scratchCopy(): string {
        const dir = copyOfShipped();
        scratch.push(dir);
        return dir;
    }

    it('maps through configFromMetadata to exactly DEFAULT_CONFIG', () => {
        const parsed = readConfigMetadata(SHIPPED);
        expect(configFromMetadata(parsed)).toEqual(EXPECTED_FROM_METADATA);
    });

    it('holds exactly the records configToMetadata(DEFAULT_CONFIG) gives, no more and no fewer', () => {
        const parsed = readConfigMetadata(SHIPPED);
        expect(normalised(parsed)).toEqual(normalised(configToMetadata(DEFAULT_CONFIG)));
        expect(parsed.personas).toHaveLength(DEFAULT_CONFIG.personas.length);
        expect(parsed.criteria).toHaveLength(DEFAULT_CONFIG.criteria.length);
        expect(parsed.settings).toHaveLength(Object.keys(DEFAULT_CONFIG.settings).length);
    });

    it('is byte-identical to what npm run generate:config writes (not stale)', () => {
        expect(compareRecords(SHIPPED, renderDefaultRecords())).toEqual([]);
    });

    it('fits the field definitions of each custom metadata type', () => {
        const parsed = readConfigMetadata(SHIPPED);
        expect(
            recordProblems('SI_Persona__mdt', parsed.personas, readFieldDefinitions(OBJECTS, 'SI_Persona__mdt'))
        ).toEqual([]);
        expect(
            recordProblems(
                'SI_Profile_Criterion__mdt',
                parsed.criteria,
                readFieldDefinitions(OBJECTS, 'SI_Profile_Criterion__mdt')
            )
        ).toEqual([]);
        expect(
            recordProblems(
                'SI_Model_Setting__mdt',
                parsed.settings,
                readFieldDefinitions(OBJECTS, 'SI_Model_Setting__mdt')
            )
        ).toEqual([]);
    });

    describe('when one record is changed', () => {
        it('detects changed criterion points', () => {
            const dir = scratchCopy();
            replaceInFile(
                join(dir, 'SI_Profile_Criterion.Company_Size.md-meta.xml'),
                '<value xsi:type="xsd:double">25</value>',
                '<value xsi:type="xsd:double">26</value>'
            );
            const config = configFromMetadata(readConfigMetadata(dir));
            expect(config).not.toEqual(EXPECTED_FROM_METADATA);
            expect(config.criteria.find((c) => c.key === 'Company_Size')?.points).toBe(26);
            expect(compareRecords(dir, renderDefaultRecords())).toEqual([
                'changed SI_Profile_Criterion.Company_Size.md-meta.xml'
            ]);
        });

        it('detects a changed setting value', () => {
            const dir = scratchCopy();
            replaceInFile(join(dir, 'SI_Model_Setting.Reach_Window_Days.md-meta.xml'), '>90<', '>60<');
            expect(configFromMetadata(readConfigMetadata(dir)).settings.Reach_Window_Days).toBe(60);
            expect(configFromMetadata(readConfigMetadata(dir))).not.toEqual(EXPECTED_FROM_METADATA);
        });

        it('detects a deactivated persona', () => {
            const dir = scratchCopy();
            replaceInFile(
                join(dir, 'SI_Persona.Practitioner.md-meta.xml'),
                '<value xsi:type="xsd:boolean">true</value>',
                '<value xsi:type="xsd:boolean">false</value>'
            );
            const config = configFromMetadata(readConfigMetadata(dir));
            expect(config.personas.map((p) => p.key)).not.toContain('Practitioner');
            expect(config).not.toEqual(EXPECTED_FROM_METADATA);
        });

        it('detects a deleted setting record, which the engine alone would hide by its default', () => {
            const dir = scratchCopy();
            unlinkSync(join(dir, 'SI_Model_Setting.To_Reach_Max.md-meta.xml'));
            expect(configFromMetadata(readConfigMetadata(dir))).toEqual(EXPECTED_FROM_METADATA);
            expect(normalised(readConfigMetadata(dir))).not.toEqual(normalised(configToMetadata(DEFAULT_CONFIG)));
            expect(compareRecords(dir, renderDefaultRecords())).toEqual([
                'missing SI_Model_Setting.To_Reach_Max.md-meta.xml'
            ]);
        });

        it('rejects a persona with a value outside the engine vocabulary', () => {
            const dir = scratchCopy();
            replaceInFile(join(dir, 'SI_Persona.IT_Manager.md-meta.xml'), '>Manager<', '>Boss<');
            expect(() => configFromMetadata(readConfigMetadata(dir))).toThrow(ConfigError);
            expect(() => configFromMetadata(readConfigMetadata(dir))).toThrow(/unknown seniority "Boss"/);
        });
    });
});

describe('custom metadata record XML', () => {
    const record = {
        DeveloperName: 'Sample_Criterion',
        MasterLabel: 'Sample & <criterion>',
        Field__c: 'Industry',
        Operator__c: 'In',
        Values__c: 'A,B',
        Min_Value__c: null,
        Max_Value__c: 12.5,
        Points__c: 10,
        Active__c: false
    };

    it('round-trips strings (escaped), numbers, booleans and nulls', () => {
        expect(parseRecord('SI_Profile_Criterion.Sample_Criterion.md-meta.xml', renderRecord(record))).toEqual(record);
    });

    it('names the file and the problem for a value without xsi:type', () => {
        const xml = renderRecord(record).replace(
            '<value xsi:type="xsd:string">Industry</value>',
            '<value>Industry</value>'
        );
        expect(() => parseRecord('SI_Profile_Criterion.Sample_Criterion.md-meta.xml', xml)).toThrow(
            'SI_Profile_Criterion.Sample_Criterion.md-meta.xml Field__c: value has no xsi:type'
        );
    });

    it('rejects a number that is not a number', () => {
        const xml = renderRecord(record).replace('>12.5<', '>twelve<');
        expect(() => parseRecord('SI_Profile_Criterion.Sample_Criterion.md-meta.xml', xml)).toThrow(
            /Max_Value__c: xsd:double value is not a number: "twelve"/
        );
    });

    it('rejects malformed XML and a bad file name', () => {
        expect(() => parseRecord('SI_Persona.X.md-meta.xml', '<CustomMetadata><label>x</CustomMetadata>')).toThrow(
            /SI_Persona.X.md-meta.xml: malformed XML/
        );
        expect(() => parseRecord('SI_Persona.md-meta.xml', renderRecord(record))).toThrow(
            /not a custom metadata record file name/
        );
    });

    it('reports fields the type does not define, over-long text and missing required values', () => {
        const fields = readFieldDefinitions(OBJECTS, 'SI_Profile_Criterion__mdt');
        const problems = recordProblems(
            'SI_Profile_Criterion__mdt',
            [{ ...record, Colour__c: 'red', Values__c: 'x'.repeat(256), Points__c: null }],
            fields
        );
        expect(problems).toEqual([
            'SI_Profile_Criterion__mdt Sample_Criterion: Values__c is 256 characters, the field holds 255',
            'SI_Profile_Criterion__mdt Sample_Criterion: field Colour__c is not defined on SI_Profile_Criterion__mdt',
            'SI_Profile_Criterion__mdt Sample_Criterion: required field Points__c has no value'
        ]);
    });

    it('reports developer names and labels the platform rejects', () => {
        const fields = readFieldDefinitions(OBJECTS, 'SI_Model_Setting__mdt');
        const problems = recordProblems(
            'SI_Model_Setting__mdt',
            [
                { DeveloperName: 'Bad__Name', MasterLabel: 'ok', Value__c: 1 },
                { DeveloperName: 'Fine', MasterLabel: 'x'.repeat(41), Value__c: 1 },
                { DeveloperName: 'Fine', MasterLabel: 'ok', Value__c: 1 }
            ],
            fields
        );
        expect(problems).toEqual([
            'SI_Model_Setting__mdt Bad__Name: DeveloperName must be up to 40 letters, digits and single underscores, starting with a letter',
            `SI_Model_Setting__mdt Fine: MasterLabel must be 1 to 40 characters, got "${'x'.repeat(41)}"`,
            'SI_Model_Setting__mdt Fine: duplicate DeveloperName'
        ]);
    });
});
