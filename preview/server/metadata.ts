// Project metadata the preview server reads from the real source files (never a copy): custom field
// definitions (for the GraphQL schema) and the configuration custom metadata records, returned as
// `SI_ConfigurationController.getConfiguration` returns them in an org.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readConfigMetadata, type MetadataRecord } from '../../org/config/configMetadata';
import { readTierConfigMetadata } from '../../org/config/tierConfig';
import type { CustomFieldDefinition } from '../graphql/catalog';
import type { Access } from '../graphql/permissions';

export const SOURCE_DIR = 'force-app/main/default';

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });
const valueParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, textNodeName: '#text' });

/** Every Lookup/MasterDetail/other custom field under `objects/<Object>/fields/`. */
export function readCustomFields(root: string): CustomFieldDefinition[] {
    const objectsDir = join(root, SOURCE_DIR, 'objects');
    if (!existsSync(objectsDir)) return [];
    const out: CustomFieldDefinition[] = [];
    for (const object of readdirSync(objectsDir).sort()) {
        const fieldsDir = join(objectsDir, object, 'fields');
        if (!existsSync(fieldsDir)) continue;
        for (const file of readdirSync(fieldsDir)
            .filter((f) => f.endsWith('.field-meta.xml'))
            .sort()) {
            const xml = readFileSync(join(fieldsDir, file), 'utf8');
            const valid = XMLValidator.validate(xml);
            if (valid !== true)
                throw new Error(`${object}/fields/${file}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
            const field = (parser.parse(xml) as { CustomField?: Record<string, unknown> }).CustomField;
            if (!field || typeof field.fullName !== 'string')
                throw new Error(`${object}/fields/${file}: no CustomField fullName`);
            out.push({
                object,
                fullName: field.fullName,
                type: typeof field.type === 'string' ? field.type : 'Text',
                referenceTo: typeof field.referenceTo === 'string' ? field.referenceTo : undefined,
                relationshipName: typeof field.relationshipName === 'string' ? field.relationshipName : undefined,
                required: field.required === 'true'
            });
        }
    }
    return out;
}

/** The permission sets of the project (file names without `.permissionset-meta.xml`). */
export function permissionSetNames(root: string): string[] {
    const dir = join(root, SOURCE_DIR, 'permissionsets');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.permissionset-meta.xml'))
        .map((f) => f.replace(/\.permissionset-meta\.xml$/, ''))
        .sort();
}

function list(value: unknown): Array<Record<string, unknown>> {
    if (value === undefined || value === null) return [];
    return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown>>;
}

/**
 * The read access the given permission sets grant (on top of a Standard User profile, see
 * preview/graphql/permissions.ts). An unknown permission set name is an error listing the known ones.
 */
export function readAccess(
    root: string,
    permissionSets: readonly string[],
    customFields: readonly CustomFieldDefinition[]
): Access {
    const known = permissionSetNames(root);
    const objects = new Set<string>();
    const fields = new Set<string>();
    for (const name of permissionSets) {
        if (!known.includes(name))
            throw new Error(`unknown permission set "${name}" (known: ${known.join(', ') || 'none'})`);
        const file = join(root, SOURCE_DIR, 'permissionsets', `${name}.permissionset-meta.xml`);
        const xml = readFileSync(file, 'utf8');
        const valid = XMLValidator.validate(xml);
        if (valid !== true) throw new Error(`${file}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
        const set = (parser.parse(xml) as { PermissionSet?: Record<string, unknown> }).PermissionSet ?? {};
        for (const p of list(set.objectPermissions))
            if (p.allowRead === 'true' && typeof p.object === 'string') objects.add(p.object);
        for (const p of list(set.fieldPermissions))
            if (p.readable === 'true' && typeof p.field === 'string') fields.add(p.field);
    }
    const alwaysReadable = new Set(
        customFields.filter((f) => f.required || f.type === 'MasterDetail').map((f) => `${f.object}.${f.fullName}`)
    );
    return { objects, fields, alwaysReadable };
}

/** What the permission sets grant besides read access: custom permissions, and objects they create or edit. */
export interface Grants {
    customPermissions: Set<string>;
    /** Apex classes a component may call (classAccesses). */
    apexClasses: Set<string>;
    creatable: Set<string>;
    editable: Set<string>;
}

export function readGrants(root: string, permissionSets: readonly string[]): Grants {
    const grants: Grants = {
        customPermissions: new Set(),
        apexClasses: new Set(),
        creatable: new Set(),
        editable: new Set()
    };
    for (const name of permissionSets) {
        const file = join(root, SOURCE_DIR, 'permissionsets', `${name}.permissionset-meta.xml`);
        if (!existsSync(file)) throw new Error(`unknown permission set "${name}"`);
        const set =
            (parser.parse(readFileSync(file, 'utf8')) as { PermissionSet?: Record<string, unknown> }).PermissionSet ??
            {};
        for (const p of list(set.customPermissions))
            if (p.enabled === 'true' && typeof p.name === 'string') grants.customPermissions.add(p.name);
        for (const p of list(set.classAccesses))
            if (p.enabled === 'true' && typeof p.apexClass === 'string') grants.apexClasses.add(p.apexClass);
        for (const p of list(set.objectPermissions)) {
            if (typeof p.object !== 'string') continue;
            if (p.allowCreate === 'true') grants.creatable.add(p.object);
            if (p.allowEdit === 'true') grants.editable.add(p.object);
        }
    }
    return grants;
}

/** A custom metadata type's records (`<Type>.<Name>.md-meta.xml`): label, developer name and values. */
export function readMetadataRecords(root: string, type: string): MetadataRecord[] {
    const dir = join(root, SOURCE_DIR, 'customMetadata');
    if (!existsSync(dir)) return [];
    const prefix = `${type}.`;
    return readdirSync(dir)
        .filter((f) => f.startsWith(prefix) && f.endsWith('.md-meta.xml'))
        .sort()
        .map((f) => {
            const doc =
                (valueParser.parse(readFileSync(join(dir, f), 'utf8')) as { CustomMetadata?: Record<string, unknown> })
                    .CustomMetadata ?? {};
            const record: Record<string, unknown> = {
                DeveloperName: f.slice(prefix.length, -'.md-meta.xml'.length),
                MasterLabel: String(doc.label ?? '')
            };
            for (const v of list(doc.values)) {
                const raw = v.value;
                const text = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['#text'] : raw;
                const value = text === undefined || text === '' ? null : String(text);
                record[String(v.field)] =
                    value === 'true'
                        ? true
                        : value === 'false'
                          ? false
                          : value !== null && /^-?\d+(\.\d+)?$/.test(value)
                            ? Number(value)
                            : value;
            }
            return record as MetadataRecord;
        });
}

export interface Configuration {
    personas: MetadataRecord[];
    criteria: MetadataRecord[];
    settings: MetadataRecord[];
}

function withoutNulls(record: MetadataRecord): MetadataRecord {
    // Apex omits null fields when it serializes an sObject for a Lightning component.
    return Object.fromEntries(
        Object.entries(record).filter(([, v]) => v !== null && v !== undefined)
    ) as MetadataRecord;
}

function num(v: unknown): number | null {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The records `SI_ConfigurationController.getConfiguration` returns: active personas ordered by
 * `Sort_Order__c` (nulls last) then DeveloperName, active criteria and all settings by DeveloperName.
 */
export function readConfiguration(root: string): Configuration {
    const dir = join(root, SOURCE_DIR, 'customMetadata');
    if (!existsSync(dir)) throw new Error(`no custom metadata records in ${dir}`);
    const config = readConfigMetadata(dir) as unknown as Configuration;
    const byName = (a: MetadataRecord, b: MetadataRecord): number =>
        a.DeveloperName < b.DeveloperName ? -1 : a.DeveloperName > b.DeveloperName ? 1 : 0;
    const personas = config.personas
        .filter((r) => r.Active__c === true)
        .sort((a, b) => {
            const sa = num(a.Sort_Order__c);
            const sb = num(b.Sort_Order__c);
            if (sa !== sb) {
                if (sa === null) return 1;
                if (sb === null) return -1;
                return sa - sb;
            }
            return byName(a, b);
        });
    return {
        personas: personas.map(withoutNulls),
        criteria: config.criteria
            .filter((r) => r.Active__c === true)
            .sort(byName)
            .map(withoutNulls),
        settings: [...config.settings].sort(byName).map(withoutNulls)
    };
}

/**
 * The records `SI_ReadinessController.getReadinessItems` returns: every `SI_Readiness_Item__mdt` record
 * (active or not: the engine filters), ordered by `Sort_Order__c` (nulls last) then DeveloperName.
 */
export function readReadinessItems(root: string): MetadataRecord[] {
    const dir = join(root, SOURCE_DIR, 'customMetadata');
    if (!existsSync(dir)) throw new Error(`no custom metadata records in ${dir}`);
    const records = readTierConfigMetadata(dir).readinessItems as unknown as MetadataRecord[];
    return [...records]
        .sort((a, b) => {
            const sa = num(a.Sort_Order__c);
            const sb = num(b.Sort_Order__c);
            if (sa !== sb) {
                if (sa === null) return 1;
                if (sb === null) return -1;
                return sa - sb;
            }
            return a.DeveloperName < b.DeveloperName ? -1 : a.DeveloperName > b.DeveloperName ? 1 : 0;
        })
        .map(withoutNulls);
}
