import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
    lineOf,
    list,
    masterDetailFields,
    missingField,
    namespaced,
    own,
    parseRoot,
    readProject,
    text,
    type Project,
    type Report
} from '../metadata/projectModel';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

/**
 * `permission-deps`: every grant of a permission set comes with what it depends on, in the same set, and
 * names what exists. The Metadata API rejects a permission set that grants a permission without the ones it
 * depends on ("Permission Read SI_Intent_Signal__c depends on permission(s): Read Account"); the convert
 * check and the XML allow-list accept it. Findings name the file (and line), the permission and what is
 * missing.
 *
 * The rules and where they come from:
 * (a) Master-detail: any object permission on a detail object (an object with a `MasterDetail` field) needs
 *     Read on every master object in the same set, standard masters such as Account too (a profile's Read
 *     does not count). Not stated on a reference page; it is the deploy error above, also listed by an org's
 *     PermissionDependency records (Tooling API:
 *     https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm).
 * (b) Object permissions on the same object, as the ObjectPermissions reference documents them
 *     (https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-objectpermissions.html):
 *     Create and Edit require Read; Delete requires Read and Edit; View All requires Read; Modify All
 *     requires Read, Edit, Delete and View All.
 * (c) Field permissions: Edit requires Read on the same field (FieldPermissions reference,
 *     https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-fieldpermissions.html).
 *     A field permission on a field of a custom object of this project needs Read on that object in the same
 *     set: profiles give no access to custom objects, so without it the field grant gives nothing. Fields of
 *     standard objects (Account.SI_X__c) are not held to this: object access to standard objects comes from
 *     the profile, and such grants deploy.
 * (d) A field permission names a custom field of this project that exists, is not required and is not
 *     master-detail (the deploy rejects required and master-detail fields in field permissions: whoever can
 *     read or edit the object can read or edit them).
 * (e) Every custom permission a set names is defined in this project (customPermissions/).
 * (f) A custom permission's required custom permissions (`requiredPermission` with `dependency` true,
 *     https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_custompermission.htm:
 *     "A required custom permission must be enabled when its parent is enabled") are granted too, in the
 *     same set, through the whole chain; and each one it requires is defined.
 * Objects, fields and custom permissions of other packages (`ns__`) and standard fields are not checked.
 * Dependencies that depend on an org's shape (with Person Accounts, Read on Account needs Read on Contact)
 * are not modelled.
 */
const NAME = 'permission-deps';

/** Object permissions, in the order messages list them. */
const OBJECT_PERMISSIONS = [
    'allowCreate',
    'allowRead',
    'allowEdit',
    'allowDelete',
    'viewAllRecords',
    'modifyAllRecords'
] as const;
type ObjectPermission = (typeof OBJECT_PERMISSIONS)[number];

/** (b) What each object permission requires on the same object (ObjectPermissions reference, above). */
export const OBJECT_PERMISSION_DEPENDENCIES: ReadonlyArray<readonly [ObjectPermission, readonly ObjectPermission[]]> = [
    ['allowCreate', ['allowRead']],
    ['allowEdit', ['allowRead']],
    ['allowDelete', ['allowRead', 'allowEdit']],
    ['viewAllRecords', ['allowRead']],
    ['modifyAllRecords', ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords']]
];

const DEPLOY_FAILS = '(the deploy fails: "Permission ... depends on permission(s)")';

/** Custom permissions `name` requires, directly or through others, each with the chain that leads to it. */
function requiredChain(project: Project, name: string): Array<{ permission: string; via: string[] }> {
    const out: Array<{ permission: string; via: string[] }> = [];
    const seen = new Set([name]);
    const visit = (current: string, via: string[]): void => {
        for (const required of project.customPermissions.get(current)?.requires ?? []) {
            if (seen.has(required)) continue;
            seen.add(required);
            out.push({ permission: required, via });
            visit(required, [...via, required]);
        }
    };
    visit(name, []);
    return out;
}

function checkPermissionSet(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'PermissionSet');
    if (!root) return;
    const objectEntries = list(root.objectPermissions).map((entry) => {
        const object = text(entry.object) ?? '';
        const granted = OBJECT_PERMISSIONS.filter((p) => text(entry[p]) === 'true');
        return { object, granted: new Set<ObjectPermission>(granted), line: lineOf(source, 'object', object) };
    });
    const readable = new Set(objectEntries.filter((e) => e.granted.has('allowRead')).map((e) => e.object));

    for (const { object, granted, line } of objectEntries) {
        if (own(object) && !project.objects.get(object)?.defined) {
            report(
                file,
                `objectPermissions ${object}: not an object of this project (no objects/${object}/${object}.object-meta.xml)`,
                line
            );
        }
        for (const [permission, required] of OBJECT_PERMISSION_DEPENDENCIES) {
            const lacking = required.filter((r) => !granted.has(r));
            if (granted.has(permission) && lacking.length > 0) {
                report(
                    file,
                    `objectPermissions ${object}: ${permission} without ${lacking.join(', ')} (${permission} depends on ${required.join(', ')}) ${DEPLOY_FAILS}`,
                    line
                );
            }
        }
        if (granted.size === 0) continue;
        for (const { field, master } of masterDetailFields(project.objects.get(object))) {
            if (readable.has(master)) continue;
            report(
                file,
                `objectPermissions ${object}: ${[...granted].join(', ')} on a detail of ${master} (master-detail field ${object}.${field}) without Read on ${master}: add objectPermissions ${master} with allowRead (the deploy fails: "Permission Read ${object} depends on permission(s): Read ${master}")`,
                line
            );
        }
    }

    for (const entry of list(root.fieldPermissions)) {
        const qualified = text(entry.field) ?? '';
        const [objectName = '', field = ''] = qualified.split('.');
        const line = lineOf(source, 'field', qualified);
        const isReadable = text(entry.readable) === 'true';
        const isEditable = text(entry.editable) === 'true';
        const missing = missingField(project, objectName, field);
        if (missing) {
            report(file, `fieldPermissions ${qualified}: ${missing}`, line);
            continue;
        }
        const def = project.objects.get(objectName)?.fields.get(field);
        if (def?.type === 'MasterDetail') {
            report(
                file,
                `fieldPermissions ${qualified}: a master-detail field; the deploy rejects it in field permissions (object access covers it)`,
                line
            );
        } else if (def?.required) {
            report(
                file,
                `fieldPermissions ${qualified}: a required field; the deploy rejects it in field permissions (object access covers it)`,
                line
            );
        }
        if (isEditable && !isReadable) {
            report(file, `fieldPermissions ${qualified}: editable without readable (Edit depends on Read)`, line);
        }
        if ((isReadable || isEditable) && own(objectName) && !readable.has(objectName)) {
            report(
                file,
                `fieldPermissions ${qualified}: ${isEditable ? 'editable' : 'readable'} without Read on ${objectName}: add objectPermissions ${objectName} with allowRead (a field of a custom object is reachable only through Read on the object)`,
                line
            );
        }
    }

    const entries = list(root.customPermissions).map((entry) => ({
        name: text(entry.name) ?? '',
        enabled: text(entry.enabled) === 'true'
    }));
    const granted = new Set(entries.filter((e) => e.enabled).map((e) => e.name));
    for (const { name, enabled } of entries) {
        const line = lineOf(source, 'name', name);
        if (namespaced(name)) continue;
        if (!project.customPermissions.has(name)) {
            report(
                file,
                `customPermissions ${name}: not defined in this project (no customPermissions/${name}.customPermission-meta.xml)`,
                line
            );
            continue;
        }
        if (!enabled) continue;
        for (const { permission, via } of requiredChain(project, name)) {
            // One that is not defined is reported once, at the definition that requires it.
            if (granted.has(permission) || (!namespaced(permission) && !project.customPermissions.has(permission)))
                continue;
            const through = via.length > 0 ? ` (through ${via.join(' -> ')})` : '';
            report(
                file,
                `customPermissions ${name}: requires custom permission ${permission}${through}, which this set does not grant: add customPermissions ${permission} enabled`,
                line
            );
        }
    }
}

/** A custom permission's required custom permissions must exist (a deploy cannot resolve them otherwise). */
function checkCustomPermissions(project: Project, report: Report): void {
    for (const [name, def] of project.customPermissions) {
        const source = readFileSync(def.file, 'utf8');
        for (const required of def.requires) {
            if (namespaced(required) || project.customPermissions.has(required)) continue;
            report(
                def.file,
                `custom permission ${name}: requiredPermission ${required} is not defined in this project (no customPermissions/${required}.customPermission-meta.xml)`,
                lineOf(source, 'customPermission', required)
            );
        }
    }
}

export const permissionDependencies: Check = {
    name: NAME,
    title: 'Permission sets grant what each permission depends on (master-detail masters, object and field permissions, custom permissions)',
    async run({ root }) {
        const files = packageFiles(root);
        const project = readProject(files);
        const findings: Finding[] = [];
        const report: Report = (file, message, line) =>
            findings.push({ check: NAME, file: rel(root, file), ...(line === undefined ? {} : { line }), message });
        let sets = 0;
        for (const file of files) {
            if (!basename(file).endsWith('.permissionset-meta.xml')) continue;
            sets += 1;
            checkPermissionSet(project, file, readFileSync(file, 'utf8'), report);
        }
        checkCustomPermissions(project, report);
        return { findings, summary: `${sets} permission sets, ${project.customPermissions.size} custom permissions` };
    }
};
