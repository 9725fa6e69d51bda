// Custom metadata records of the engine configuration, in Salesforce DX source format
// (`force-app/main/default/customMetadata/<Type>.<DeveloperName>.md-meta.xml`): rendering from the
// engine's `configToMetadata`, and reading them back into the record shapes `configFromMetadata` takes.
// Used by `npm run score` (file mode), the preview server, `scripts/generate-config-metadata.ts` and its tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ConfigMetadata } from '../../force-app/main/default/lwc/siEngine/siEngine';

/** The three configuration types, keyed as `ConfigMetadata` keys them. */
export const CONFIG_TYPES = {
    personas: 'SI_Persona__mdt',
    criteria: 'SI_Profile_Criterion__mdt',
    settings: 'SI_Model_Setting__mdt'
} as const satisfies Record<keyof ConfigMetadata, string>;

export type ConfigKind = keyof typeof CONFIG_TYPES;
export const CONFIG_KINDS = Object.keys(CONFIG_TYPES) as ConfigKind[];

/** A custom metadata field value as the XML carries it. */
export type MetadataValue = string | number | boolean | null;

/** One record: `DeveloperName`, `MasterLabel` and custom field values. */
export type MetadataRecord = { DeveloperName: string; MasterLabel: string } & Record<string, MetadataValue>;

/** Limits of the Salesforce platform for every custom metadata record. */
const DEVELOPER_NAME_MAX = 40;
const LABEL_MAX = 40;

/** `SI_Persona__mdt` -> `SI_Persona` (the record file prefix). */
export function typePrefix(type: string): string {
    return type.replace(/__mdt$/, '');
}

export function recordFileName(type: string, developerName: string): string {
    return `${typePrefix(type)}.${developerName}.md-meta.xml`;
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderValue(value: MetadataValue): string {
    if (value === null) return '<value xsi:nil="true"/>';
    if (typeof value === 'boolean') return `<value xsi:type="xsd:boolean">${value}</value>`;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`cannot store the number ${value} in custom metadata`);
        return `<value xsi:type="xsd:double">${String(value)}</value>`;
    }
    return `<value xsi:type="xsd:string">${escapeXml(value)}</value>`;
}

/** The XML of one record; field values in the order the record lists them. */
export function renderRecord(record: Record<string, unknown>): string {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        `    <label>${escapeXml(String(record.MasterLabel))}</label>`,
        '    <protected>false</protected>'
    ];
    for (const [field, value] of Object.entries(record)) {
        if (field === 'DeveloperName' || field === 'MasterLabel') continue;
        if (value === undefined) continue;
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
            throw new Error(
                `field ${field} of ${String(record.DeveloperName)} has a value custom metadata cannot hold: ${JSON.stringify(value)}`
            );
        }
        lines.push(
            '    <values>',
            `        <field>${field}</field>`,
            `        ${renderValue(value as MetadataValue)}`,
            '    </values>'
        );
    }
    lines.push('</CustomMetadata>', '');
    return lines.join('\n');
}

/** What a custom field definition allows, read from `objects/<Type>/fields/<Field>.field-meta.xml`. */
export interface FieldDefinition {
    type: string;
    length: number | null;
    required: boolean;
}

const fieldParser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

/** The custom fields of a custom metadata type, by API name. */
export function readFieldDefinitions(objectsDir: string, type: string): Map<string, FieldDefinition> {
    const dir = join(objectsDir, type, 'fields');
    if (!existsSync(dir)) throw new Error(`custom metadata type ${type} has no fields folder at ${dir}`);
    const fields = new Map<string, FieldDefinition>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.field-meta.xml'))) {
        const parsed = fieldParser.parse(readFileSync(join(dir, file), 'utf8')) as {
            CustomField?: Record<string, unknown>;
        };
        const field = parsed.CustomField;
        if (!field || typeof field.type !== 'string')
            throw new Error(`${join(dir, file)} is not a CustomField with a type`);
        fields.set(file.replace('.field-meta.xml', ''), {
            type: field.type,
            length: typeof field.length === 'string' ? Number(field.length) : null,
            required: field.required === 'true'
        });
    }
    return fields;
}

/**
 * Every problem of a set of records against the type's field definitions: unknown fields, text too long,
 * required fields without value, developer names and labels the platform rejects. Empty when valid.
 */
export function recordProblems(
    type: string,
    records: readonly object[],
    fields: Map<string, FieldDefinition>
): string[] {
    const problems: string[] = [];
    const names = new Set<string>();
    for (const record of records as readonly Record<string, unknown>[]) {
        const name = String(record.DeveloperName ?? '');
        const where = `${type} ${name || '(no DeveloperName)'}`;
        if (!/^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/.test(name) || name.endsWith('_') || name.length > DEVELOPER_NAME_MAX) {
            problems.push(
                `${where}: DeveloperName must be up to ${DEVELOPER_NAME_MAX} letters, digits and single underscores, starting with a letter`
            );
        }
        if (names.has(name)) problems.push(`${where}: duplicate DeveloperName`);
        names.add(name);
        const label = record.MasterLabel;
        if (typeof label !== 'string' || !label.trim() || label.length > LABEL_MAX) {
            problems.push(`${where}: MasterLabel must be 1 to ${LABEL_MAX} characters, got ${JSON.stringify(label)}`);
        }
        for (const [field, value] of Object.entries(record)) {
            if (field === 'DeveloperName' || field === 'MasterLabel') continue;
            const def = fields.get(field);
            if (!def) {
                problems.push(`${where}: field ${field} is not defined on ${type}`);
                continue;
            }
            if (typeof value === 'string' && def.length !== null && value.length > def.length) {
                problems.push(`${where}: ${field} is ${value.length} characters, the field holds ${def.length}`);
            }
        }
        for (const [field, def] of fields) {
            const value = record[field];
            if (def.required && (value === null || value === undefined || value === ''))
                problems.push(`${where}: required field ${field} has no value`);
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------
// Reading

const recordParser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'values'
});

function parseValue(raw: unknown, where: string): MetadataValue {
    if (raw === '' || raw === undefined) return null;
    if (typeof raw === 'string') throw new Error(`${where}: value has no xsi:type`);
    if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: unreadable value`);
    const value = raw as Record<string, unknown>;
    if (value['@_xsi:nil'] === 'true') return null;
    const type = value['@_xsi:type'];
    const text = typeof value['#text'] === 'string' ? value['#text'] : '';
    switch (type) {
        case 'xsd:string':
            return text;
        case 'xsd:boolean':
            if (text !== 'true' && text !== 'false')
                throw new Error(`${where}: boolean value must be true or false, got ${JSON.stringify(text)}`);
            return text === 'true';
        case 'xsd:double':
        case 'xsd:int':
        case 'xsd:long': {
            const n = Number(text);
            if (text.trim() === '' || !Number.isFinite(n))
                throw new Error(`${where}: ${String(type)} value is not a number: ${JSON.stringify(text)}`);
            return n;
        }
        default:
            throw new Error(`${where}: unsupported xsi:type ${JSON.stringify(type)}`);
    }
}

/** Parses one record file; `fileName` gives the DeveloperName (`SI_Persona.Economic_Buyer.md-meta.xml`). */
export function parseRecord(fileName: string, xml: string): MetadataRecord {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${fileName}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
    const match = /^([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\.md-meta\.xml$/.exec(fileName);
    if (!match)
        throw new Error(`${fileName}: not a custom metadata record file name (<Type>.<DeveloperName>.md-meta.xml)`);
    const parsed = recordParser.parse(xml) as { CustomMetadata?: Record<string, unknown> };
    const root = parsed.CustomMetadata;
    if (!root) throw new Error(`${fileName}: root element is not CustomMetadata`);
    const label = root.label;
    if (typeof label !== 'string' || !label) throw new Error(`${fileName}: label is missing`);
    const record: MetadataRecord = { DeveloperName: match[2] as string, MasterLabel: label };
    for (const entry of (root.values as unknown[] | undefined) ?? []) {
        const item = entry as Record<string, unknown>;
        const field = item.field;
        if (typeof field !== 'string' || !field) throw new Error(`${fileName}: a <values> element has no <field>`);
        if (field in record) throw new Error(`${fileName}: field ${field} appears twice`);
        record[field] = parseValue(item.value, `${fileName} ${field}`);
    }
    return record;
}

/**
 * Reads every configuration record in a `customMetadata` folder into the shape `configFromMetadata`
 * takes. Files of other types are ignored; records are ordered by file name.
 */
export function readConfigMetadata(customMetadataDir: string): ConfigMetadata {
    const files = readdirSync(customMetadataDir)
        .filter((f) => f.endsWith('.md-meta.xml'))
        .sort();
    const result: Record<ConfigKind, MetadataRecord[]> = { personas: [], criteria: [], settings: [] };
    for (const kind of CONFIG_KINDS) {
        const prefix = `${typePrefix(CONFIG_TYPES[kind])}.`;
        for (const file of files.filter((f) => f.startsWith(prefix))) {
            result[kind].push(parseRecord(file, readFileSync(join(customMetadataDir, file), 'utf8')));
        }
    }
    return result as unknown as ConfigMetadata;
}
