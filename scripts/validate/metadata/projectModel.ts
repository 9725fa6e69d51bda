/**
 * The project's metadata as the reference checks need it (`metadata-refs`, `permission-deps`): custom
 * objects and their fields, tabs, Apex classes and custom permissions with what each requires, read from
 * the package files. XML the metadata-xml check reports (malformed) reads as empty here, so it is reported
 * once, by that check.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Another package's component: a namespace prefix (`ns__X__c`, `ns__Tab`, `ns__Class`). */
export const namespaced = (name: string): boolean => name.replace(/__(c|mdt|e|x|b)$/, '').includes('__');
/** A custom object, field or type of this project: `X__c` (or `X__mdt`), not another package's `ns__X__c`. */
export const own = (name: string, suffix = '__c'): boolean => name.endsWith(suffix) && !namespaced(name);

export interface FieldDef {
    type: string;
    required: boolean;
    referenceTo?: string;
}

export interface ObjectDef {
    /** False for a folder holding only fields of a standard object (objects/Account/fields). */
    defined: boolean;
    sharingModel?: string;
    externalSharingModel?: string;
    file?: string;
    fields: Map<string, FieldDef>;
}

export interface CustomPermissionDef {
    file: string;
    /** The custom permissions it requires (`requiredPermission` entries with `dependency` true), in file order. */
    requires: string[];
}

export interface Project {
    objects: Map<string, ObjectDef>;
    tabs: Set<string>;
    classes: Set<string>;
    customPermissions: Map<string, CustomPermissionDef>;
}

const REPEATED = new Set([
    'fieldPermissions',
    'objectPermissions',
    'tabSettings',
    'classAccesses',
    'customPermissions',
    'customMetadataTypeAccesses',
    'requiredPermission',
    'layoutSections',
    'layoutColumns',
    'layoutItems',
    'relatedLists',
    'fields',
    'columns',
    'filters'
]);
const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, isArray: (name) => REPEATED.has(name) });

export type Xml = Record<string, unknown>;

/** The root element's content, or undefined for XML the metadata-xml check reports. */
export function parseRoot(source: string, root: string): Xml | undefined {
    if (XMLValidator.validate(source) !== true) return undefined;
    const parsed = parser.parse(source) as Record<string, unknown>;
    const content = parsed[root];
    return content && typeof content === 'object' ? (content as Xml) : undefined;
}

export const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/** 1-based line of the first `<tag>value</tag>`, for messages. */
export function lineOf(source: string, tag: string, value: string): number | undefined {
    const index = source.indexOf(`<${tag}>${value}</${tag}>`);
    return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

/** `objects/<Object>/<rest>` of a package file, or undefined. */
export function objectPath(file: string): { object: string; rest: string[] } | undefined {
    const parts = file.split(/[\\/]/);
    const at = parts.lastIndexOf('objects');
    if (at < 0 || at + 2 >= parts.length) return undefined;
    return { object: parts[at + 1] as string, rest: parts.slice(at + 2) };
}

export function readProject(files: string[]): Project {
    const project: Project = { objects: new Map(), tabs: new Set(), classes: new Set(), customPermissions: new Map() };
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
        else if (name.endsWith('.customPermission-meta.xml')) {
            const root = parseRoot(readFileSync(file, 'utf8'), 'CustomPermission');
            const requires = list(root?.requiredPermission)
                .filter((r) => text(r.dependency) === 'true')
                .map((r) => text(r.customPermission) ?? '')
                .filter(Boolean);
            project.customPermissions.set(name.replace('.customPermission-meta.xml', ''), { file, requires });
        }
    }
    return project;
}

export type Report = (file: string, message: string, line?: number) => void;

/** Why a custom field of this project cannot be named where a field is expected, or undefined. */
export function missingField(project: Project, objectName: string, field: string): string | undefined {
    if (!own(field)) return undefined;
    const def = project.objects.get(objectName);
    if (!def?.fields.has(field))
        return `${objectName}.${field} is not a field of this project (no objects/${objectName}/fields/${field}.field-meta.xml)`;
    return undefined;
}

/** The master-detail fields of an object (field name and master object), in field-name order. */
export function masterDetailFields(def: ObjectDef | undefined): Array<{ field: string; master: string }> {
    if (!def) return [];
    return [...def.fields]
        .filter(([, f]) => f.type === 'MasterDetail' && f.referenceTo)
        .map(([field, f]) => ({ field, master: f.referenceTo as string }))
        .sort((a, b) => a.field.localeCompare(b.field));
}
