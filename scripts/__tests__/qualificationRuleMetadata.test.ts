// The shipped SI_Qualification_Rule__mdt records are the engine's DEFAULT_QUALIFICATION_RULES: rendered from
// them byte for byte, and read back they give exactly them; a changed record is read as configured, and a
// bad one is refused naming the record and the field.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../force-app/main/default/lwc/siEngine/config';
import { DEFAULT_QUALIFICATION_RULES } from '../../force-app/main/default/lwc/siEngine/qualificationRule';
import {
    readQualificationRuleMetadata,
    readQualificationRules,
    renderQualificationRuleRecords
} from '../../org/config/qualificationRuleConfig';

const ROOT = resolve(__dirname, '../..');
const SHIPPED = join(ROOT, 'force-app/main/default/customMetadata');
const OBJECTS = join(ROOT, 'force-app/main/default/objects');

describe('shipped SI_Qualification_Rule__mdt records', () => {
    const scratch: string[] = [];
    afterEach(() => {
        for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    function copy(): string {
        const dir = mkdtempSync(join(tmpdir(), 'si-rule-'));
        cpSync(SHIPPED, dir, { recursive: true });
        scratch.push(dir);
        return dir;
    }

    it('are exactly the files the engine defaults render, no more and no fewer', () => {
        const expected = renderQualificationRuleRecords(OBJECTS);
        const shipped = readdirSync(SHIPPED).filter((f) => f.startsWith('SI_Qualification_Rule.'));
        expect(shipped.sort()).toEqual([...expected.keys()].sort());
        for (const [file, xml] of expected)
            expect([file, readFileSync(join(SHIPPED, file), 'utf8')]).toEqual([file, xml]);
    });

    it('read back into exactly DEFAULT_QUALIFICATION_RULES', () => {
        expect(readQualificationRules(SHIPPED)).toEqual(DEFAULT_QUALIFICATION_RULES);
        expect(readQualificationRuleMetadata(SHIPPED).map((r) => r.DeveloperName)).toEqual(['Contact', 'Lead']);
    });

    it('read an edited record as configured', () => {
        const dir = copy();
        const file = join(dir, 'SI_Qualification_Rule.Contact.md-meta.xml');
        writeFileSync(
            file,
            readFileSync(file, 'utf8')
                .replace('<value xsi:type="xsd:double">20</value>', '<value xsi:type="xsd:double">15</value>')
                .replace('<value xsi:nil="true"/>', '<value xsi:type="xsd:string">Contact_Status__c</value>')
        );
        const rules = readQualificationRules(dir);
        expect([rules.Contact?.points, rules.Contact?.statusField]).toEqual([15, 'Contact_Status__c']);
        expect(rules.Lead).toEqual(DEFAULT_QUALIFICATION_RULES.Lead);
    });

    it('refuse a bad record, naming the record and the field', () => {
        const dir = copy();
        const file = join(dir, 'SI_Qualification_Rule.Lead.md-meta.xml');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace(
                '<value xsi:type="xsd:double">6</value>',
                '<value xsi:type="xsd:double">-2</value>'
            )
        );
        expect(() => readQualificationRules(dir)).toThrow(ConfigError);
        expect(() => readQualificationRules(dir)).toThrow(
            'SI_Qualification_Rule__mdt Lead: Wait_Days__c must be a whole number of days, 0 or more, got -2'
        );
    });

    it('refuse to render a rule the type cannot hold', () => {
        const long = { ...DEFAULT_QUALIFICATION_RULES.Lead!, statusField: 'X'.repeat(81) };
        expect(() => renderQualificationRuleRecords(OBJECTS, { Lead: long, Contact: null })).toThrow(
            'SI_Qualification_Rule__mdt Lead: Status_Field__c is 81 characters, the field holds 80'
        );
    });
});
