// The permission matrix in README.md and the permission set XML grant exactly the same, in both
// directions; any grant of a kind the matrix does not have (system permissions, Modify All, apps...) fails.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = resolve(__dirname, '../..');
const SOURCE = join(ROOT, 'force-app/main/default');
const PERMISSION_SETS = join(SOURCE, 'permissionsets');
const MATRIX = join(ROOT, 'README.md');

const SETS = ['SI_Operations_User', 'SI_Marketing_User', 'SI_View_Only_User', 'SI_Insights_User', 'SI_Sales_User'];

type Kind =
    | 'Custom permission'
    | 'Apex class'
    | 'External credential principal'
    | 'Object'
    | 'Tab'
    | 'Custom metadata type'
    | 'Field';

const KINDS: readonly Kind[] = [
    'Custom permission',
    'Apex class',
    'External credential principal',
    'Object',
    'Tab',
    'Custom metadata type',
    'Field'
];

/** `kind|name|set` -> value (`Yes`, `Read`, `Edit`, `CRED`, `Visible`...). Absent = not granted. */
type Grants = Map<string, string>;

const key = (kind: Kind, name: string, set: string): string => `${kind}|${name}|${set}`;

function cells(line: string): string[] {
    return line
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
}

/** Parses the matrix table (the one whose header starts with `| Kind | Name |`). */
function parseMatrix(markdown: string): Grants {
    const lines = markdown.split('\n');
    const start = lines.findIndex((l) => /^\|\s*Kind\s*\|\s*Name\s*\|/.test(l));
    if (start < 0) throw new Error('README.md has no table with a "| Kind | Name |" header');
    const header = cells(lines[start] as string);
    const sets = header.slice(2);
    const grants: Grants = new Map();
    for (const line of lines.slice(start + 2)) {
        if (!line.trim().startsWith('|')) break;
        const [kind, name, ...values] = cells(line);
        if (!KINDS.includes(kind as Kind)) throw new Error(`matrix row "${line}": unknown kind ${kind}`);
        if (!name || values.length !== sets.length)
            throw new Error(`matrix row "${line}": expected a name and ${sets.length} values`);
        values.forEach((value, i) => {
            const k = key(kind as Kind, name, sets[i] as string);
            if (grants.has(k)) throw new Error(`matrix lists ${kind} ${name} twice`);
            if (value !== '-') grants.set(k, value);
        });
    }
    return grants;
}

const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name, path) =>
        typeof path === 'string' &&
        path.split('.').length === 2 &&
        name !== 'label' &&
        name !== 'description' &&
        name !== 'hasActivationRequired' &&
        name !== 'license'
});

const ALLOWED_ELEMENTS = new Set([
    'label',
    'description',
    'hasActivationRequired',
    'license',
    'classAccesses',
    'customMetadataTypeAccesses',
    'customPermissions',
    'externalCredentialPrincipalAccesses',
    'fieldPermissions',
    'objectPermissions',
    'tabSettings'
]);

/** Grants of one permission set; `problems` gets every grant the matrix cannot express. */
function parsePermissionSet(set: string, xml: string, problems: string[]): Grants {
    const root = (parser.parse(xml) as { PermissionSet?: Record<string, unknown> }).PermissionSet;
    if (!root) throw new Error(`${set}: root element is not PermissionSet`);
    const grants: Grants = new Map();
    const entries = (name: string): Record<string, string>[] =>
        (root[name] as Record<string, string>[] | undefined) ?? [];
    const grant = (kind: Kind, name: string | undefined, value: string): void => {
        if (!name) {
            problems.push(`${set}: a ${kind} entry has no name`);
            return;
        }
        grants.set(key(kind, name, set), value);
    };
    for (const element of Object.keys(root)) {
        if (!element.startsWith('@_') && !ALLOWED_ELEMENTS.has(element))
            problems.push(`${set}: grants ${element}, which the matrix does not allow`);
    }
    if (root.hasActivationRequired !== 'false') problems.push(`${set}: hasActivationRequired must be false`);
    if (root.license !== undefined) problems.push(`${set}: must not require a license`);
    for (const e of entries('classAccesses')) if (e.enabled === 'true') grant('Apex class', e.apexClass, 'Yes');
    for (const e of entries('customMetadataTypeAccesses'))
        if (e.enabled === 'true') grant('Custom metadata type', e.name, 'Yes');
    for (const e of entries('customPermissions')) if (e.enabled === 'true') grant('Custom permission', e.name, 'Yes');
    for (const e of entries('externalCredentialPrincipalAccesses')) {
        if (e.enabled === 'true') grant('External credential principal', e.externalCredentialPrincipal, 'Yes');
    }
    for (const e of entries('fieldPermissions')) {
        if (e.editable === 'true' && e.readable !== 'true')
            problems.push(`${set}: ${e.field} is editable but not readable`);
        else if (e.readable === 'true') grant('Field', e.field, e.editable === 'true' ? 'Edit' : 'Read');
    }
    for (const e of entries('objectPermissions')) {
        if (e.modifyAllRecords === 'true' || e.viewAllRecords === 'true' || e.viewAllFields === 'true') {
            problems.push(`${set}: ${e.object} grants Modify All, View All or View All Fields`);
        }
        const letters = [
            e.allowCreate === 'true' ? 'C' : '',
            e.allowRead === 'true' ? 'R' : '',
            e.allowEdit === 'true' ? 'E' : '',
            e.allowDelete === 'true' ? 'D' : ''
        ].join('');
        if (letters) grant('Object', e.object, letters);
    }
    for (const e of entries('tabSettings')) if (e.visibility !== 'None') grant('Tab', e.tab, String(e.visibility));
    return grants;
}

/** Differences between the matrix and the XML, both directions. */
function compareGrants(matrix: Grants, xml: Grants): string[] {
    const differences: string[] = [];
    for (const [k, value] of matrix) {
        const actual = xml.get(k);
        if (actual === undefined) differences.push(`matrix grants ${k} = ${value}, the permission set does not`);
        else if (actual !== value) differences.push(`matrix says ${k} = ${value}, the permission set grants ${actual}`);
    }
    for (const [k, value] of xml)
        if (!matrix.has(k)) differences.push(`permission set grants ${k} = ${value}, the matrix does not list it`);
    return differences;
}

function readAllPermissionSets(problems: string[]): Grants {
    const all: Grants = new Map();
    for (const set of SETS) {
        const file = join(PERMISSION_SETS, `${set}.permissionset-meta.xml`);
        for (const [k, v] of parsePermissionSet(set, readFileSync(file, 'utf8'), problems)) all.set(k, v);
    }
    return all;
}

const fieldParser = new XMLParser({ parseTagValue: false });

function fieldDefinition(qualified: string): Record<string, unknown> | null {
    const [object, field] = qualified.split('.');
    const file = join(SOURCE, 'objects', object ?? '', 'fields', `${field ?? ''}.field-meta.xml`);
    if (!existsSync(file)) return null;
    return (fieldParser.parse(readFileSync(file, 'utf8')) as { CustomField: Record<string, unknown> }).CustomField;
}

describe('permission matrix (README.md) against the permission sets', () => {
    const matrix = parseMatrix(readFileSync(MATRIX, 'utf8'));
    const problems: string[] = [];
    const xml = readAllPermissionSets(problems);
    const names = (kind: Kind): string[] => [
        ...new Set([...matrix.keys()].filter((k) => k.startsWith(`${kind}|`)).map((k) => k.split('|')[1] as string))
    ];

    it('ships exactly the five role permission sets', () => {
        const files = readdirSync(PERMISSION_SETS).filter((f) => f.endsWith('.permissionset-meta.xml'));
        expect(files.map((f) => f.replace('.permissionset-meta.xml', '')).sort()).toEqual([...SETS].sort());
    });

    it('has no difference in either direction', () => {
        expect(compareGrants(matrix, xml)).toEqual([]);
    });

    it('grants nothing the matrix cannot express (no system permissions, Modify All, View All)', () => {
        expect(problems).toEqual([]);
    });

    it('lists a read-or-edit decision for every optional custom field of the SI objects and fields', () => {
        const optional: string[] = [];
        // Custom metadata types and platform events (`__e`: field-level security does not apply to their
        // fields, every subscriber gets every field) have no field permissions.
        const withoutFls = (o: string): boolean => o.endsWith('__mdt') || o.endsWith('__e');
        for (const object of readdirSync(join(SOURCE, 'objects')).filter((o) => !withoutFls(o))) {
            const dir = join(SOURCE, 'objects', object, 'fields');
            if (!existsSync(dir)) continue;
            for (const file of readdirSync(dir)) {
                const name = `${object}.${file.replace('.field-meta.xml', '')}`;
                const def = fieldDefinition(name);
                if (def && def.required !== 'true' && def.type !== 'MasterDetail') optional.push(name);
            }
        }
        expect(names('Field').sort()).toEqual(optional.sort());
    });

    it('lists no required or master-detail field (the deploy rejects them in field permissions)', () => {
        const forbidden = names('Field').filter((f) => {
            const def = fieldDefinition(f);
            return !def || def.required === 'true' || def.type === 'MasterDetail';
        });
        expect(forbidden).toEqual([]);
    });

    it('refers only to custom permissions, metadata types, objects and the principal the project defines', () => {
        const missing: string[] = [];
        for (const n of names('Custom permission'))
            if (!existsSync(join(SOURCE, 'customPermissions', `${n}.customPermission-meta.xml`))) missing.push(n);
        for (const n of names('Custom metadata type'))
            if (!existsSync(join(SOURCE, 'objects', n, `${n}.object-meta.xml`))) missing.push(n);
        for (const n of names('Tab'))
            if (!existsSync(join(SOURCE, 'tabs', `${n}.tab-meta.xml`))) missing.push(`tab ${n}`);
        for (const n of names('Object')) {
            if (n.endsWith('__c') && !existsSync(join(SOURCE, 'objects', n, `${n}.object-meta.xml`))) missing.push(n);
        }
        for (const n of names('External credential principal')) {
            const [credential, principal] = n.split('-');
            const file = join(SOURCE, 'externalCredentials', `${credential ?? ''}.externalCredential-meta.xml`);
            if (
                !existsSync(file) ||
                !readFileSync(file, 'utf8').includes(`<parameterName>${principal ?? ''}</parameterName>`)
            )
                missing.push(n);
        }
        expect(missing).toEqual([]);
    });

    it('refers only to Apex classes present in force-app (a missing class fails the deploy)', () => {
        const missing = names('Apex class').filter((n) => !existsSync(join(SOURCE, 'classes', `${n}.cls`)));
        expect(missing).toEqual([]);
    });

    it('grants Add to Sequence, the Outreach transport and the Outreach principal together, and only with them', () => {
        for (const set of SETS) {
            const sequence = matrix.has(key('Custom permission', 'SI_Add_To_Sequence', set));
            expect([set, matrix.has(key('Apex class', 'SI_OutreachTransport', set))]).toEqual([set, sequence]);
            expect([
                set,
                matrix.has(key('External credential principal', 'SI_Outreach-SI_Outreach_User', set))
            ]).toEqual([set, sequence]);
            expect([set, matrix.get(key('Field', 'Contact.SI_Outreach_Prospect_Id__c', set))]).toEqual([
                set,
                sequence ? 'Edit' : 'Read'
            ]);
        }
    });
});

describe('matrix comparison', () => {
    const base = readFileSync(join(PERMISSION_SETS, 'SI_Sales_User.permissionset-meta.xml'), 'utf8');
    const matrix = parseMatrix(readFileSync(MATRIX, 'utf8'));
    const salesOnly = new Map([...matrix].filter(([k]) => k.endsWith('|SI_Sales_User')));

    it('reports a field made editable in the XML only', () => {
        const changed = base.replace(
            '<editable>false</editable>\n        <field>Account.SI_ABM_Tier__c</field>',
            '<editable>true</editable>\n        <field>Account.SI_ABM_Tier__c</field>'
        );
        expect(changed).not.toEqual(base);
        expect(compareGrants(salesOnly, parsePermissionSet('SI_Sales_User', changed, []))).toEqual([
            'matrix says Field|Account.SI_ABM_Tier__c|SI_Sales_User = Read, the permission set grants Edit'
        ]);
    });

    it('reports a grant the matrix does not list and one it lists that the XML lacks', () => {
        const changed = base
            .replace('<name>SI_Add_To_Sequence</name>', '<name>SI_Manage_Settings</name>')
            .replace(
                /<classAccesses>\s*<apexClass>SI_OutreachTransport<\/apexClass>\s*<enabled>true<\/enabled>\s*<\/classAccesses>/,
                ''
            );
        expect(compareGrants(salesOnly, parsePermissionSet('SI_Sales_User', changed, [])).sort()).toEqual([
            'matrix grants Apex class|SI_OutreachTransport|SI_Sales_User = Yes, the permission set does not',
            'matrix grants Custom permission|SI_Add_To_Sequence|SI_Sales_User = Yes, the permission set does not',
            'permission set grants Custom permission|SI_Manage_Settings|SI_Sales_User = Yes, the matrix does not list it'
        ]);
    });

    it('reports system permissions and Modify All as problems', () => {
        const changed = base
            .replace(
                '<modifyAllRecords>false</modifyAllRecords>\n        <object>SI_Intent_Signal__c</object>',
                '<modifyAllRecords>true</modifyAllRecords>\n        <object>SI_Intent_Signal__c</object>'
            )
            .replace(
                '</PermissionSet>',
                '<userPermissions><enabled>true</enabled><name>ModifyAllData</name></userPermissions></PermissionSet>'
            );
        const problems: string[] = [];
        parsePermissionSet('SI_Sales_User', changed, problems);
        expect(problems).toEqual([
            'SI_Sales_User: grants userPermissions, which the matrix does not allow',
            'SI_Sales_User: SI_Intent_Signal__c grants Modify All, View All or View All Fields'
        ]);
    });

    it('rejects a matrix row of an unknown kind', () => {
        const markdown = '| Kind | Name | `SI_Sales_User` |\n| --- | --- | --- |\n| Flow | `X` | Yes |\n';
        expect(() => parseMatrix(markdown)).toThrow('unknown kind Flow');
    });
});
