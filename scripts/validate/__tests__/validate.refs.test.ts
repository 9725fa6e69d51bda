// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { FIELD, PERMSET, edit, expectFinding, removeFixtures, runCases, write, type CliResult } from './helpers';

const DEFAULT = 'force-app/main/default';
const OBJECT = `${DEFAULT}/objects/SI_Thing__c/SI_Thing__c.object-meta.xml`;
const MASTER_DETAIL = `${DEFAULT}/objects/SI_Thing__c/fields/Account__c.field-meta.xml`;
const LAYOUT = `${DEFAULT}/layouts/SI_Thing__c-Thing Layout.layout-meta.xml`;
const LIST_VIEW = `${DEFAULT}/objects/SI_Thing__c/listViews/All.listView-meta.xml`;
const STRAY_TAB = `${DEFAULT}/tabs/SI_Gone__c.tab-meta.xml`;

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

const masterDetailField = [
    XML.trimEnd(),
    `<CustomField ${NS}>`,
    '    <fullName>Account__c</fullName>',
    '    <label>Account</label>',
    '    <referenceTo>Account</referenceTo>',
    '    <relationshipName>SI_Things</relationshipName>',
    '    <type>MasterDetail</type>',
    '</CustomField>',
    ''
].join('\n');

const CASES = {
    masterDetail: {
        check: 'metadata-refs',
        breakIt: (root: string) => write(root, MASTER_DETAIL, masterDetailField)
    },
    // A permission set's field, object and custom permissions are the permission-deps check's: reported once.
    reportedOnce: {
        check: ['metadata-refs', 'permission-deps'],
        breakIt: (root: string) => {
            edit(root, FIELD, '<label>Stage</label>', '<label>Stage</label>\n    <required>true</required>');
            edit(root, PERMSET, '<object>SI_Thing__c</object>', '<object>SI_Gone__c</object>');
        }
    },
    tabs: {
        check: 'metadata-refs',
        breakIt: (root: string) => {
            write(
                root,
                STRAY_TAB,
                `${XML}<CustomTab ${NS}>\n    <customObject>true</customObject>\n    <motif>Custom15: People</motif>\n</CustomTab>\n`
            );
            edit(root, PERMSET, '<tab>SI_Thing__c</tab>', '<tab>SI_Other__c</tab>');
        }
    },
    references: {
        check: 'metadata-refs',
        breakIt: (root: string) => {
            edit(root, PERMSET, '<apexClass>SI_Hello</apexClass>', '<apexClass>SI_Goodbye</apexClass>');
            edit(root, LAYOUT, '<field>Stage__c</field>', '<field>Phase__c</field>');
            edit(
                root,
                LAYOUT,
                '    <showEmailCheckbox>',
                '    <relatedLists>\n        <fields>NAME</fields>\n        <relatedList>SI_Thing__c.Stage__c</relatedList>\n    </relatedLists>\n    <showEmailCheckbox>'
            );
            edit(root, LIST_VIEW, '<columns>Stage__c</columns>', '<columns>Step__c</columns>');
        }
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('metadata-refs check', () => {
    it('fails on a detail whose sharing is not controlled by its parent', () => {
        expectFinding(
            results.masterDetail,
            'metadata-refs',
            `${OBJECT}:11`,
            'SI_Thing__c has a master-detail field, so its sharingModel must be ControlledByParent (it is ReadWrite)'
        );
    });

    it('leaves field, object and custom permissions of permission sets to permission-deps (each reported once)', () => {
        const result = results.reportedOnce;
        expectFinding(result, 'permission-deps', `${PERMSET}:9`, 'SI_Thing__c.Stage__c: a required field');
        expectFinding(result, 'permission-deps', `${PERMSET}:20`, 'SI_Gone__c: not an object of this project');
        expectFinding(
            result,
            'permission-deps',
            `${PERMSET}:9`,
            'SI_Thing__c.Stage__c: readable without Read on SI_Thing__c'
        );
        expect(result.failures.filter((l) => l.startsWith('FAIL [metadata-refs]'))).toEqual([]);
    });

    it('fails on a tab of an object that does not exist and on tab settings for a tab that does not exist', () => {
        expectFinding(
            results.tabs,
            'metadata-refs',
            STRAY_TAB,
            'tab of custom object SI_Gone__c, which is not in this project'
        );
        expectFinding(results.tabs, 'metadata-refs', `${PERMSET}:24`, 'tab SI_Other__c is not in this project');
    });

    it('fails on a missing Apex class, layout field, related list lookup and list view column', () => {
        expectFinding(
            results.references,
            'metadata-refs',
            `${PERMSET}:4`,
            'Apex class SI_Goodbye is not in this project'
        );
        expectFinding(
            results.references,
            'metadata-refs',
            `${LAYOUT}:15`,
            'SI_Thing__c.Phase__c is not a field of this project'
        );
        expectFinding(
            results.references,
            'metadata-refs',
            `${LAYOUT}:22`,
            'related list SI_Thing__c.Stage__c: SI_Thing__c.Stage__c does not refer to SI_Thing__c'
        );
        expectFinding(
            results.references,
            'metadata-refs',
            `${LIST_VIEW}:5`,
            'SI_Thing__c.Step__c is not a field of this project'
        );
    });

    it('reports nothing else on those fixtures (each break gives only its own findings)', () => {
        expect(results.masterDetail.failures).toHaveLength(1);
        expect(results.reportedOnce.failures).toHaveLength(3);
    });
});
