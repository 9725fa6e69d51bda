import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

/**
 * What a deploy rejects, or silently gets wrong, when metadata names other metadata, checked offline:
 * the convert check and the XML allow-list accept any name. Only names this project owns are checked:
 * custom (`__c`) objects and fields, custom tabs, Apex classes, custom permissions and custom metadata
 * types, each without a namespace prefix. Standard objects, fields and tabs, and other packages' (`ns__`)
 * components, may exist in the org and are not reported.
 */
const NAME = 'metadata-refs';

/** Another package's component: a namespace prefix (`ns__X__c`, `ns__Tab`, `ns__Class`). */
const namespaced = (name: string): boolean => name.replace(/__(c|mdt|e|x|b)$/, '').includes('__');
/** A custom object, field or type of this project: `X__c` (or `X__mdt`), not another package's `ns__X__c`. */
const own = (name: string, suffix = '__c'): boolean => name.endsWith(suffix) && !namespaced(name);

interface FieldDef {
    type: string;
    required: boolean;
    referenceTo?: string;
}

interface ObjectDef {
    /** False for a folder holding only fields of a standard object (objects/Account/fields). */
    defined: boolean;
    sharingModel?: string;
    externalSharingModel?: string;
    file?: string;
    fields: Map<string, FieldDef>;
}

interface Project {
    objects: Map<string, ObjectDef>;
    tabs: Set<string>;
    classes: Set<string>;
    customPermissions: Set<string>;
}

const REPEATED = new Set([
    'fieldPermissions',
    'objectPermissions',
    'tabSettings',
    'classAccesses',
    'customPermissions',
    'customMetadataTypeAccesses',
    'layoutSections',
    'layoutColumns',
    'layoutItems',
    'relatedLists',
    'fields',
    'columns',
    'filters'
]);
const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, isArray: (name) => REPEATED.has(name) });

type Xml = Record<string, unknown>;

/** The root element's content, or undefined for XML the metadata-xml check reports. */
function parseRoot(text: string, root: string): Xml | undefined {
    if (XMLValidator.validate(text) !== true) return undefined;
    const parsed = parser.parse(text) as Record<string, unknown>;
    const content = parsed[root];
    return content && typeof content === 'object' ? (content as Xml) : undefined;
}

const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/** 1-based line of the first `<tag>value</tag>`, for messages. */
function lineOf(source: string, tag: string, value: string): number | undefined {
    const index = source.indexOf(`<${tag}>${value}</${tag}>`);
    return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

/** `objects/<Object>/<rest>` of a package file, or undefined. */
function objectPath(file: string): { object: string; rest: string[] } | undefined {
    const parts = file.split(/[\\/]/);
    const at = parts.lastIndexOf('objects');
    if (at < 0 || at + 2 >= parts.length) return undefined;
    return { object: parts[at + 1] as string, rest: parts.slice(at + 2) };
}

function readProject(files: string[]): Project {
    const project: Project = { objects: new Map(), tabs: new Set(), classes: new Set(), customPermissions: new Set() };
    const object = (name: string): ObjectDef => {
        let def = project.objects.get(name);
        if (!def) {
            def = { defined: false, fields: new Map() };
            project.objects.set(name, def);
        }
        return def;
    };
    for (const file of files) {
        const name = basename(file);
        const inObject = objectPath(file);
        if (inObject && inObject.rest.length === 1 && name === `${inObject.object}.object-meta.xml`) {
            const root = parseRoot(readFileSync(file, 'utf8'), 'CustomObject');
            const def = object(inObject.object);
            def.defined = true;
            def.file = file;
            def.sharingModel = text(root?.sharingModel);
            def.externalSharingModel = text(root?.externalSharingModel);
        } else if (inObject && inObject.rest[0] === 'fields' && name.endsWith('.field-meta.xml')) {
            const root = parseRoot(readFileSync(file, 'utf8'), 'CustomField');
            object(inObject.object).fields.set(name.replace('.field-meta.xml', ''), {
                type: text(root?.type) ?? '',
                required: text(root?.required) === 'true',
                referenceTo: text(root?.referenceTo)
            });
        } else if (name.endsWith('.tab-meta.xml')) project.tabs.add(name.replace('.tab-meta.xml', ''));
        else if (name.endsWith('.cls')) project.classes.add(name.replace('.cls', ''));
        else if (name.endsWith('.customPermission-meta.xml'))
            project.customPermissions.add(name.replace('.customPermission-meta.xml', ''));
    }
    return project;
}

type Report = (file: string, message: string, line?: number) => void;

/** Why a custom field of this project cannot be named where a field is expected, or undefined. */
function missingField(project: Project, objectName: string, field: string): string | undefined {
    if (!own(field)) return undefined;
    const def = project.objects.get(objectName);
    if (!def?.fields.has(field))
        return `${objectName}.${field} is not a field of this project (no objects/${objectName}/fields/${field}.field-meta.xml)`;
    return undefined;
}

function checkPermissionSet(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'PermissionSet');
    if (!root) return;
    for (const entry of list(root.fieldPermissions)) {
        const qualified = text(entry.field) ?? '';
        const [objectName = '', field = ''] = qualified.split('.');
        const line = lineOf(source, 'field', qualified);
        const missing = missingField(project, objectName, field);
        if (missing) {
            report(file, `fieldPermissions: ${missing}`, line);
            continue;
        }
        const def = project.objects.get(objectName)?.fields.get(field);
        if (def?.type === 'MasterDetail') {
            report(
                file,
                `fieldPermissions: ${qualified} is a master-detail field; the deploy rejects it in field permissions (object access covers it)`,
                line
            );
        } else if (def?.required) {
            report(
                file,
                `fieldPermissions: ${qualified} is a required field; the deploy rejects it in field permissions (object access covers it)`,
                line
            );
        }
        if (text(entry.editable) === 'true' && text(entry.readable) !== 'true') {
            report(file, `fieldPermissions: ${qualified} is editable but not readable (Edit depends on Read)`, line);
        }
    }
    for (const entry of list(root.objectPermissions)) {
        const objectName = text(entry.object) ?? '';
        const line = lineOf(source, 'object', objectName);
        if (own(objectName) && !project.objects.get(objectName)?.defined) {
            report(
                file,
                `objectPermissions: ${objectName} is not an object of this project (no objects/${objectName}/${objectName}.object-meta.xml)`,
                line
            );
        }
        const granted = (p: string): boolean => text(entry[p]) === 'true';
        const needs: Array<[string, string[]]> = [
            ['allowCreate', ['allowRead']],
            ['allowEdit', ['allowRead']],
            ['allowDelete', ['allowRead', 'allowEdit']],
            ['viewAllRecords', ['allowRead']],
            ['modifyAllRecords', ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords']]
        ];
        for (const [permission, required] of needs) {
            const lacking = required.filter((r) => !granted(r));
            if (granted(permission) && lacking.length > 0) {
                report(
                    file,
                    `objectPermissions: ${objectName} grants ${permission} without ${lacking.join(', ')} (the deploy fails: "Permission ... depends on permission(s)")`,
                    line
                );
            }
        }
    }
    for (const entry of list(root.tabSettings)) {
        const tab = text(entry.tab) ?? '';
        if (!tab.startsWith('standard-') && !namespaced(tab) && !project.tabs.has(tab))
            report(
                file,
                `tabSettings: tab ${tab} is not in this project (no tabs/${tab}.tab-meta.xml)`,
                lineOf(source, 'tab', tab)
            );
    }
    for (const entry of list(root.classAccesses)) {
        const apexClass = text(entry.apexClass) ?? '';
        if (!namespaced(apexClass) && !project.classes.has(apexClass)) {
            report(
                file,
                `classAccesses: Apex class ${apexClass} is not in this project`,
                lineOf(source, 'apexClass', apexClass)
            );
        }
    }
    for (const entry of list(root.customPermissions)) {
        const permission = text(entry.name) ?? '';
        if (!namespaced(permission) && !project.customPermissions.has(permission)) {
            report(
                file,
                `customPermissions: custom permission ${permission} is not in this project`,
                lineOf(source, 'name', permission)
            );
        }
    }
    for (const entry of list(root.customMetadataTypeAccesses)) {
        const type = text(entry.name) ?? '';
        if (own(type, '__mdt') && !project.objects.get(type)?.defined) {
            report(
                file,
                `customMetadataTypeAccesses: ${type} is not a custom metadata type of this project`,
                lineOf(source, 'name', type)
            );
        }
    }
}

function checkTab(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'CustomTab');
    const tab = basename(file).replace('.tab-meta.xml', '');
    if (root && text(root.customObject) === 'true' && !project.objects.get(tab)?.defined) {
        report(
            file,
            `tab of custom object ${tab}, which is not in this project (no objects/${tab}/${tab}.object-meta.xml)`
        );
    }
}

function checkLayout(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'Layout');
    if (!root) return;
    const objectName = basename(file).replace('.layout-meta.xml', '').split('-')[0] ?? '';
    const def = project.objects.get(objectName);
    if (own(objectName) && !def?.defined)
        report(file, `layout of ${objectName}, which is not an object of this project`);
    for (const section of list(root.layoutSections)) {
        for (const column of list(section.layoutColumns)) {
            for (const item of list(column.layoutItems)) {
                const field = text(item.field);
                const missing = field ? missingField(project, objectName, field) : undefined;
                if (missing) report(file, `layout item: ${missing}`, lineOf(source, 'field', field as string));
            }
        }
    }
    for (const related of list(root.relatedLists)) {
        const name = text(related.relatedList) ?? '';
        const [child = '', lookup] = name.split('.');
        if (!lookup || !own(child)) continue;
        const line = lineOf(source, 'relatedList', name);
        const lookupDef = project.objects.get(child)?.fields.get(lookup);
        if (!lookupDef) report(file, `related list ${name}: ${child}.${lookup} is not a field of this project`, line);
        else if (lookupDef.referenceTo !== objectName)
            report(file, `related list ${name}: ${child}.${lookup} does not refer to ${objectName}`, line);
        else
            for (const field of list(related.fields).map(text)) {
                const missing = field ? missingField(project, child, field) : undefined;
                if (missing)
                    report(file, `related list ${name}: ${missing}`, lineOf(source, 'fields', field as string));
            }
    }
}

function checkListView(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'ListView');
    const objectName = objectPath(file)?.object ?? '';
    if (!root) return;
    const names = [...list(root.columns), ...list(root.filters).map((f) => f.field)].map(text);
    for (const field of names) {
        const missing = field ? missingField(project, objectName, field) : undefined;
        if (missing)
            report(
                file,
                `list view: ${missing}`,
                lineOf(source, 'columns', field as string) ?? lineOf(source, 'field', field as string)
            );
    }
}

/** A detail of a master-detail relationship has no sharing of its own: the deploy requires ControlledByParent. */
function checkMasterDetailSharing(project: Project, report: Report): void {
    for (const [name, def] of project.objects) {
        if (!def.defined || !def.file || ![...def.fields.values()].some((f) => f.type === 'MasterDetail')) continue;
        for (const [element, value] of [
            ['sharingModel', def.sharingModel],
            ['externalSharingModel', def.externalSharingModel]
        ] as const) {
            if (value !== undefined && value !== 'ControlledByParent') {
                report(
                    def.file,
                    `${name} has a master-detail field, so its ${element} must be ControlledByParent (it is ${value})`,
                    lineOf(readFileSync(def.file, 'utf8'), element, value)
                );
            }
        }
    }
}

export const metadataRefs: Check = {
    name: NAME,
    title: 'Metadata names what exists and may be granted (permission sets, tabs, layouts, list views, master-detail sharing)',
    async run({ root }) {
        const files = packageFiles(root);
        const project = readProject(files);
        const findings: Finding[] = [];
        const report: Report = (file, message, line) =>
            findings.push({ check: NAME, file: rel(root, file), ...(line === undefined ? {} : { line }), message });
        let checked = 0;
        for (const file of files) {
            const name = basename(file);
            const check = name.endsWith('.permissionset-meta.xml')
                ? checkPermissionSet
                : name.endsWith('.tab-meta.xml')
                  ? checkTab
                  : name.endsWith('.layout-meta.xml')
                    ? checkLayout
                    : name.endsWith('.listView-meta.xml')
                      ? checkListView
                      : undefined;
            if (!check) continue;
            checked += 1;
            check(project, file, readFileSync(file, 'utf8'), report);
        }
        checkMasterDetailSharing(project, report);
        return { findings, summary: `${checked} files, ${project.objects.size} objects` };
    }
};
