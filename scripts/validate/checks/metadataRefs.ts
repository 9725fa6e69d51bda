import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
    lineOf,
    list,
    missingField,
    namespaced,
    objectPath,
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
 * What a deploy rejects, or silently gets wrong, when metadata names other metadata, checked offline:
 * the convert check and the XML allow-list accept any name. Only names this project owns are checked:
 * custom (`__c`) objects and fields, custom tabs, Apex classes and custom metadata types, each without a
 * namespace prefix. Standard objects, fields and tabs, and other packages' (`ns__`) components, may exist
 * in the org and are not reported. A permission set's object, field and custom permissions (what they name
 * and what they depend on) are the `permission-deps` check's.
 */
const NAME = 'metadata-refs';

function checkPermissionSet(project: Project, file: string, source: string, report: Report): void {
    const root = parseRoot(source, 'PermissionSet');
    if (!root) return;
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
    title: 'Metadata names what exists (permission set tabs, Apex classes and metadata types; tabs, layouts, list views; master-detail sharing)',
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
