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

const fieldPermission = (field: string, editable: boolean, readable: boolean): string =>
    `    <fieldPermissions>\n        <editable>${editable}</editable>\n        <field>${field}</field>\n        <readable>${readable}</readable>\n    </fieldPermissions>\n`;

const CASES = {
    masterDetail: {
        check: 'metadata-refs',
        breakIt: (root: string) => {
            write(root, MASTER_DETAIL, masterDetailField);
            edit(
                root,
                PERMSET,
                '    <hasActivationRequired>',
                `${fieldPermission('SI_Thing__c.Account__c', false, true)}    <hasActivationRequired>`
            );
        }
    },
    requiredField: {
        check: 'metadata-refs',
        breakIt: (root: string) =>
            edit(root, FIELD, '<label>Stage</label>', '<label>Stage</label>\n    <required>true</required>')
    },
    fieldPermissions: {
        check: 'metadata-refs',
        breakIt: (root: string) => {
            edit(
                root,
                PERMSET,
                '<editable>false</editable>\n        <field>SI_Thing__c.Stage__c</field>\n        <readable>true</readable>',
                '<editable>true</editable>\n        <field>SI_Thing__c.Stage__c</field>\n        <readable>false</readable>'
            );
            edit(
                root,
                PERMSET,
                '    <hasActivationRequired>',
                `${fieldPermission('SI_Thing__c.Gone__c', false, true)}    <hasActivationRequired>`
            );
        }
    },
    objectPermissions: {
        check: 'metadata-refs',
        breakIt: (root: string) => {
            edit(root, PERMSET, '<allowEdit>false</allowEdit>', '<allowEdit>true</allowEdit>');
            edit(root, PERMSET, '<allowRead>true</allowRead>', '<allowRead>false</allowRead>');
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
    it('fails on a master-detail field in field permissions, and on a detail whose sharing is not controlled by its parent', () => {
        expectFinding(
            results.masterDetail,
            'metadata-refs',
            `${PERMSET}:14`,
            'SI_Thing__c.Account__c is a master-detail field; the deploy rejects it'
        );
        expectFinding(
            results.masterDetail,
            'metadata-refs',
            `${OBJECT}:11`,
            'SI_Thing__c has a master-detail field, so its sharingModel must be ControlledByParent (it is ReadWrite)'
        );
    });

    it('fails on a required field in field permissions', () => {
        expectFinding(
            results.requiredField,
            'metadata-refs',
            `${PERMSET}:9`,
            'SI_Thing__c.Stage__c is a required field; the deploy rejects it'
        );
    });

    it('fails on a field that is not in the project and on edit without read', () => {
        expectFinding(
            results.fieldPermissions,
            'metadata-refs',
            `${PERMSET}:9`,
            'SI_Thing__c.Stage__c is editable but not readable'
        );
        expectFinding(
            results.fieldPermissions,
            'metadata-refs',
            `${PERMSET}:14`,
            'SI_Thing__c.Gone__c is not a field of this project'
        );
    });

    it('fails on object permissions for an object that is not in the project and on Edit without Read', () => {
        expectFinding(
            results.objectPermissions,
            'metadata-refs',
            `${PERMSET}:20`,
            'SI_Gone__c is not an object of this project'
        );
        expectFinding(
            results.objectPermissions,
            'metadata-refs',
            `${PERMSET}:20`,
            'SI_Gone__c grants allowEdit without allowRead'
        );
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
        expect(results.requiredField.failures).toHaveLength(1);
        expect(results.masterDetail.failures).toHaveLength(2);
        expect(results.objectPermissions.failures).toHaveLength(2);
    });
});
