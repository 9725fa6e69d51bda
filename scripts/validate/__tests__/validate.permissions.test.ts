/* eslint-disable jest/expect-expect -- the assertions are in expectFinding and expectOnly */
// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
//
// The permission-deps check: each rule has a broken case (the permissions fixture plus one permission set,
// or one definition, that breaks only that rule) and the fixture itself, which grants every permission
// with what it depends on, passes it and the metadata checks.
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
    PERMISSIONS_FIXTURE,
    REPO,
    edit,
    expectFinding,
    read,
    removeFixtures,
    runCases,
    write,
    type BrokenCase,
    type CliResult
} from './helpers';

const CHECK = 'permission-deps';
const DEFAULT = 'force-app/main/default';
const BROKEN = `${DEFAULT}/permissionsets/SI_Broken.permissionset-meta.xml`;
const EDIT_PERMISSION = `${DEFAULT}/customPermissions/SI_Fixture_Edit.customPermission-meta.xml`;

const OBJECT_PERMISSIONS = [
    'allowCreate',
    'allowDelete',
    'allowEdit',
    'allowRead',
    'modifyAllRecords',
    'viewAllRecords'
] as const;
type ObjectPermission = (typeof OBJECT_PERMISSIONS)[number];

interface Grants {
    custom?: Array<[name: string, enabled: boolean]>;
    fields?: Array<[field: string, access: 'read' | 'edit' | 'edit-only']>;
    objects?: Array<[object: string, permissions: ObjectPermission[]]>;
}

/** A permission set in the layout `sf project retrieve` writes (elements and entries sorted). */
function permissionSet({ custom = [], fields = [], objects = [] }: Grants): string {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">'
    ];
    for (const [name, enabled] of custom) {
        lines.push(
            '    <customPermissions>',
            `        <enabled>${enabled}</enabled>`,
            `        <name>${name}</name>`,
            '    </customPermissions>'
        );
    }
    for (const [field, access] of fields) {
        lines.push(
            '    <fieldPermissions>',
            `        <editable>${access !== 'read'}</editable>`,
            `        <field>${field}</field>`,
            `        <readable>${access !== 'edit-only'}</readable>`,
            '    </fieldPermissions>'
        );
    }
    lines.push('    <hasActivationRequired>false</hasActivationRequired>', '    <label>SI Broken</label>');
    for (const [object, permissions] of objects) {
        lines.push('    <objectPermissions>');
        for (const p of OBJECT_PERMISSIONS) {
            if (p === 'viewAllRecords') lines.push(`        <object>${object}</object>`);
            lines.push(`        <${p}>${permissions.includes(p)}</${p}>`);
        }
        lines.push('    </objectPermissions>');
    }
    lines.push('</PermissionSet>', '');
    return lines.join('\n');
}

/** 1-based line of the first line containing `needle`. */
function lineIn(text: string, needle: string): number {
    const index = text.split('\n').findIndex((l) => l.includes(needle));
    if (index < 0) throw new Error(`"${needle}" not found`);
    return index + 1;
}

/** A broken case: the permissions fixture plus the permission set `grants`. */
function withSet(grants: Grants): BrokenCase & { xml: string } {
    const xml = permissionSet(grants);
    return { check: CHECK, fixture: PERMISSIONS_FIXTURE, xml, breakIt: (root) => write(root, BROKEN, xml) };
}
const at = (c: { xml: string }, needle: string): string => `${BROKEN}:${lineIn(c.xml, needle)}`;

const READ_BOTH_MASTERS: Array<[string, ObjectPermission[]]> = [
    ['Account', ['allowRead']],
    ['SI_Thing__c', ['allowRead']]
];

const requiresGone = read(PERMISSIONS_FIXTURE, EDIT_PERMISSION).replace(
    '</CustomPermission>',
    '    <requiredPermission>\n        <customPermission>SI_Fixture_Gone</customPermission>\n        <dependency>true</dependency>\n    </requiredPermission>\n</CustomPermission>'
);

const SETS = ['SI_Insights_User', 'SI_Marketing_User', 'SI_Operations_User', 'SI_Sales_User', 'SI_View_Only_User'];
const ACCOUNT_READ =
    /    <objectPermissions>\n(?:(?!<\/objectPermissions>)[\s\S])*?<object>Account<\/object>[\s\S]*?<\/objectPermissions>\n/;

/** The fixture's metadata replaced by the repository's objects, custom permissions and permission sets. */
function useProjectMetadata(root: string): void {
    rmSync(join(root, DEFAULT), { recursive: true, force: true });
    for (const folder of ['objects', 'customPermissions', 'permissionsets']) {
        cpSync(join(REPO, DEFAULT, folder), join(root, DEFAULT, folder), { recursive: true });
    }
}

const CASES = {
    good: {
        check: ['metadata-xml', 'metadata-refs', CHECK, 'convert'],
        fixture: PERMISSIONS_FIXTURE,
        breakIt: () => undefined
    },
    // (a) master-detail: Read on every master, standard and custom
    standardMaster: withSet({
        objects: [
            ['SI_Thing_Event__c', ['allowRead']],
            ['SI_Thing__c', ['allowRead']]
        ]
    }),
    customMaster: withSet({
        objects: [
            ['Account', ['allowRead']],
            ['SI_Thing_Event__c', ['allowCreate', 'allowEdit', 'allowRead']]
        ]
    }),
    masterWithoutRead: withSet({
        objects: [
            ['Account', []],
            ['SI_Thing_Event__c', ['allowRead']],
            ['SI_Thing__c', ['allowRead']]
        ]
    }),
    // (b) object permissions on the same object
    createWithoutRead: withSet({ objects: [['SI_Thing__c', ['allowCreate']]] }),
    editWithoutRead: withSet({ objects: [['SI_Thing__c', ['allowEdit']]] }),
    deleteWithoutEdit: withSet({ objects: [['SI_Thing__c', ['allowDelete', 'allowRead']]] }),
    viewAllWithoutRead: withSet({ objects: [['SI_Thing__c', ['viewAllRecords']]] }),
    modifyAllWithoutViewAllAndDelete: withSet({
        objects: [['SI_Thing__c', ['allowEdit', 'allowRead', 'modifyAllRecords']]]
    }),
    // (c) field permissions: Read on the custom object, and Edit needs Read
    fieldWithoutObject: withSet({ fields: [['SI_Thing__c.Stage__c', 'read']] }),
    editableFieldWithoutObject: withSet({
        fields: [['SI_Thing_Event__c.Note__c', 'edit']],
        objects: [['Account', ['allowRead']]]
    }),
    editableNotReadable: withSet({
        fields: [['SI_Thing__c.Stage__c', 'edit-only']],
        objects: [['SI_Thing__c', ['allowRead']]]
    }),
    // (d) fields that do not exist, required and master-detail fields; objects that do not exist
    missingField: withSet({
        fields: [
            ['SI_Gone__c.Stage__c', 'read'],
            ['SI_Thing__c.Gone__c', 'read']
        ],
        objects: [['SI_Thing__c', ['allowRead']]]
    }),
    requiredField: withSet({ fields: [['SI_Thing__c.Code__c', 'read']], objects: [['SI_Thing__c', ['allowRead']]] }),
    masterDetailField: withSet({
        fields: [['SI_Thing_Event__c.Thing__c', 'read']],
        objects: [...READ_BOTH_MASTERS, ['SI_Thing_Event__c', ['allowRead']]]
    }),
    missingObject: withSet({ objects: [['SI_Gone__c', ['allowRead']]] }),
    // (e) custom permissions defined in the project
    undefinedCustomPermission: withSet({ custom: [['SI_Fixture_Nope', true]] }),
    // (f) required custom permissions granted too, through the chain
    requiredNotGranted: withSet({ custom: [['SI_Fixture_Edit', true]] }),
    requiredDisabled: withSet({
        custom: [
            ['SI_Fixture_Edit', true],
            ['SI_Fixture_View', false]
        ]
    }),
    requiredChain: withSet({ custom: [['SI_Fixture_Admin', true]] }),
    requiredUndefined: {
        check: CHECK,
        fixture: PERMISSIONS_FIXTURE,
        breakIt: (root: string) => write(root, EDIT_PERMISSION, requiresGone)
    },
    // The shipped permission sets: they pass; without their Read on Account the deploy would reject them.
    projectSets: { check: CHECK, fixture: PERMISSIONS_FIXTURE, breakIt: useProjectMetadata },
    projectSetsWithoutAccount: {
        check: CHECK,
        fixture: PERMISSIONS_FIXTURE,
        breakIt: (root: string) => {
            useProjectMetadata(root);
            for (const set of SETS)
                edit(root, `${DEFAULT}/permissionsets/${set}.permissionset-meta.xml`, ACCOUNT_READ, '');
        }
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

/** The one finding of a case, asserted by location and text. */
function expectOnly(result: CliResult, location: string, text: string): void {
    expectFinding(result, CHECK, location, text);
    expect(result.failures).toHaveLength(1);
}

describe('permission-deps check', () => {
    it('passes the permissions fixture, which grants every permission with what it depends on (and the metadata checks pass it)', () => {
        expect(results.good.failures).toEqual([]);
        expect(results.good.stdout).toMatch(/^ok {3}\[permission-deps\] .*: 3 permission sets, 4 custom permissions/m);
        expect(results.good.status).toBe(0);
    });

    describe('(a) a detail object needs Read on every master', () => {
        it('fails on a detail without Read on its standard master (Account)', () => {
            const c = CASES.standardMaster;
            expectOnly(
                results.standardMaster,
                at(c, '<object>SI_Thing_Event__c</object>'),
                'objectPermissions SI_Thing_Event__c: allowRead on a detail of Account (master-detail field SI_Thing_Event__c.Account__c) without Read on Account: add objectPermissions Account with allowRead (the deploy fails: "Permission Read SI_Thing_Event__c depends on permission(s): Read Account")'
            );
        });

        it('fails on a detail without Read on its custom master, naming every permission granted on the detail', () => {
            expectOnly(
                results.customMaster,
                at(CASES.customMaster, '<object>SI_Thing_Event__c</object>'),
                'objectPermissions SI_Thing_Event__c: allowCreate, allowRead, allowEdit on a detail of SI_Thing__c (master-detail field SI_Thing_Event__c.Thing__c) without Read on SI_Thing__c'
            );
        });

        it('fails when the master is listed without allowRead', () => {
            expectOnly(
                results.masterWithoutRead,
                at(CASES.masterWithoutRead, '<object>SI_Thing_Event__c</object>'),
                'without Read on Account'
            );
        });
    });

    describe('(b) object permissions need the object permissions they depend on', () => {
        const object = (c: { xml: string }): string => at(c, '<object>SI_Thing__c</object>');

        it('fails on Create without Read', () => {
            expectOnly(
                results.createWithoutRead,
                object(CASES.createWithoutRead),
                'objectPermissions SI_Thing__c: allowCreate without allowRead (allowCreate depends on allowRead) (the deploy fails: "Permission ... depends on permission(s)")'
            );
        });

        it('fails on Edit without Read', () => {
            expectOnly(
                results.editWithoutRead,
                object(CASES.editWithoutRead),
                'objectPermissions SI_Thing__c: allowEdit without allowRead'
            );
        });

        it('fails on Delete without Edit', () => {
            expectOnly(
                results.deleteWithoutEdit,
                object(CASES.deleteWithoutEdit),
                'objectPermissions SI_Thing__c: allowDelete without allowEdit (allowDelete depends on allowRead, allowEdit)'
            );
        });

        it('fails on View All without Read', () => {
            expectOnly(
                results.viewAllWithoutRead,
                object(CASES.viewAllWithoutRead),
                'objectPermissions SI_Thing__c: viewAllRecords without allowRead'
            );
        });

        it('fails on Modify All without Delete and View All', () => {
            expectOnly(
                results.modifyAllWithoutViewAllAndDelete,
                object(CASES.modifyAllWithoutViewAllAndDelete),
                'objectPermissions SI_Thing__c: modifyAllRecords without allowDelete, viewAllRecords (modifyAllRecords depends on allowRead, allowEdit, allowDelete, viewAllRecords)'
            );
        });
    });

    describe('(c) field permissions on a custom object need Read on it, and Edit needs Read', () => {
        it('fails on a readable field of a custom object the set cannot read', () => {
            expectOnly(
                results.fieldWithoutObject,
                at(CASES.fieldWithoutObject, '<field>SI_Thing__c.Stage__c</field>'),
                'fieldPermissions SI_Thing__c.Stage__c: readable without Read on SI_Thing__c: add objectPermissions SI_Thing__c with allowRead'
            );
        });

        it('fails on an editable field of a detail object the set cannot read', () => {
            expectOnly(
                results.editableFieldWithoutObject,
                at(CASES.editableFieldWithoutObject, '<field>SI_Thing_Event__c.Note__c</field>'),
                'fieldPermissions SI_Thing_Event__c.Note__c: editable without Read on SI_Thing_Event__c'
            );
        });

        it('fails on an editable field that is not readable', () => {
            expectOnly(
                results.editableNotReadable,
                at(CASES.editableNotReadable, '<field>SI_Thing__c.Stage__c</field>'),
                'fieldPermissions SI_Thing__c.Stage__c: editable without readable (Edit depends on Read)'
            );
        });
    });

    describe('(d) field and object permissions name what exists and may carry them', () => {
        it('fails on fields that are not in the project', () => {
            const c = CASES.missingField;
            expectFinding(
                results.missingField,
                CHECK,
                at(c, '<field>SI_Gone__c.Stage__c</field>'),
                'fieldPermissions SI_Gone__c.Stage__c: SI_Gone__c.Stage__c is not a field of this project'
            );
            expectFinding(
                results.missingField,
                CHECK,
                at(c, '<field>SI_Thing__c.Gone__c</field>'),
                'fieldPermissions SI_Thing__c.Gone__c: SI_Thing__c.Gone__c is not a field of this project'
            );
            expect(results.missingField.failures).toHaveLength(2);
        });

        it('fails on a required field', () => {
            expectOnly(
                results.requiredField,
                at(CASES.requiredField, '<field>SI_Thing__c.Code__c</field>'),
                'fieldPermissions SI_Thing__c.Code__c: a required field; the deploy rejects it in field permissions'
            );
        });

        it('fails on a master-detail field', () => {
            expectOnly(
                results.masterDetailField,
                at(CASES.masterDetailField, '<field>SI_Thing_Event__c.Thing__c</field>'),
                'fieldPermissions SI_Thing_Event__c.Thing__c: a master-detail field; the deploy rejects it in field permissions'
            );
        });

        it('fails on object permissions for an object that is not in the project', () => {
            expectOnly(
                results.missingObject,
                at(CASES.missingObject, '<object>SI_Gone__c</object>'),
                'objectPermissions SI_Gone__c: not an object of this project'
            );
        });
    });

    describe('(e) and (f) custom permissions are defined, and what they require is granted', () => {
        it('fails on a custom permission that is not defined', () => {
            expectOnly(
                results.undefinedCustomPermission,
                at(CASES.undefinedCustomPermission, '<name>SI_Fixture_Nope</name>'),
                'customPermissions SI_Fixture_Nope: not defined in this project (no customPermissions/SI_Fixture_Nope.customPermission-meta.xml)'
            );
        });

        it('fails on a custom permission whose required custom permission is not granted', () => {
            expectOnly(
                results.requiredNotGranted,
                at(CASES.requiredNotGranted, '<name>SI_Fixture_Edit</name>'),
                'customPermissions SI_Fixture_Edit: requires custom permission SI_Fixture_View, which this set does not grant: add customPermissions SI_Fixture_View enabled'
            );
        });

        it('fails when the required custom permission is listed but not enabled', () => {
            expectOnly(
                results.requiredDisabled,
                at(CASES.requiredDisabled, '<name>SI_Fixture_Edit</name>'),
                'requires custom permission SI_Fixture_View, which this set does not grant'
            );
        });

        it('follows the chain of required custom permissions (and ignores those not required)', () => {
            const location = at(CASES.requiredChain, '<name>SI_Fixture_Admin</name>');
            expectFinding(
                results.requiredChain,
                CHECK,
                location,
                'customPermissions SI_Fixture_Admin: requires custom permission SI_Fixture_Edit, which'
            );
            expectFinding(
                results.requiredChain,
                CHECK,
                location,
                'customPermissions SI_Fixture_Admin: requires custom permission SI_Fixture_View (through SI_Fixture_Edit), which'
            );
            expect(results.requiredChain.failures).toHaveLength(2);
        });

        it('fails on a custom permission that requires one that is not defined', () => {
            expectOnly(
                results.requiredUndefined,
                `${EDIT_PERMISSION}:${lineIn(requiresGone, '<customPermission>SI_Fixture_Gone</customPermission>')}`,
                'custom permission SI_Fixture_Edit: requiredPermission SI_Fixture_Gone is not defined in this project'
            );
        });
    });

    describe('the shipped permission sets', () => {
        it('pass', () => {
            expect(results.projectSets.failures).toEqual([]);
            expect(results.projectSets.stdout).toMatch(/: 5 permission sets, 4 custom permissions/);
        });

        it('would fail, each set on every detail of Account it grants, without their Read on Account', () => {
            const result = results.projectSetsWithoutAccount;
            const sets = readdirSync(join(REPO, DEFAULT, 'permissionsets'));
            expect(sets.map((s) => s.replace('.permissionset-meta.xml', '')).sort()).toEqual(SETS);
            // The details of Account (master-detail to it) each set grants.
            const details = (set: string): string[] => {
                const xml = readFileSync(
                    join(REPO, DEFAULT, 'permissionsets', `${set}.permissionset-meta.xml`),
                    'utf8'
                );
                return ['SI_Account_Score_History__c', 'SI_Intent_Signal__c', 'SI_Points_Ledger__c'].filter((d) =>
                    xml.includes(`<object>${d}</object>`)
                );
            };
            for (const set of SETS) {
                const file = `${DEFAULT}/permissionsets/${set}.permissionset-meta.xml`;
                expect(details(set)).toEqual(
                    expect.arrayContaining(['SI_Account_Score_History__c', 'SI_Intent_Signal__c'])
                );
                for (const detail of details(set)) {
                    expectFinding(result, CHECK, file, `objectPermissions ${detail}: `);
                    expect(
                        result.failures.some(
                            (l) =>
                                l.includes(file) && l.includes(`Read ${detail} depends on permission(s): Read Account`)
                        )
                    ).toBe(true);
                }
            }
            expect(result.failures).toHaveLength(SETS.reduce((n, set) => n + details(set).length, 0));
        });
    });
});
