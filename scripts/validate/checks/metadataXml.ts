import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RegistryAccess } from '@salesforce/source-deploy-retrieve';
import { XMLValidator } from 'fast-xml-parser';
import type { MetadataSchema, TypeSpec } from '../metadata/schemaTypes';
import { ANY, ELEMENT_OVERRIDES, SUPPLEMENT_TYPES } from '../metadata/supplements';
import { parseXmlTree, type XmlElement } from '../metadata/xmlTree';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'metadata-xml';
export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'metadata', 'metadataSchema.json'), 'utf8')) as MetadataSchema;

/** The allow-list for a type: WSDL fields, then documented supplements and overrides. */
export function typeSpec(typeName: string): TypeSpec | undefined {
    const base = SUPPLEMENT_TYPES[typeName] ?? schema.types[typeName];
    if (!base) return undefined;
    return { ...base, ...(ELEMENT_OVERRIDES[typeName] ?? {}) };
}

/** `-meta.xml` suffix (e.g. "field" for `X.field-meta.xml`) -> metadata type, from the SDR registry. */
function suffixTable(): Map<string, string> {
    const table = new Map<string, string>();
    const registry = new RegistryAccess().getRegistry();
    // Child types first, so a top-level type sharing a suffix with a child (CustomLabels) wins.
    for (const type of Object.values(registry.types)) {
        for (const child of Object.values(type.children?.types ?? {})) if (child.suffix) table.set(child.suffix, child.name);
    }
    for (const type of Object.values(registry.types)) if (type.suffix) table.set(type.suffix, type.name);
    // Bundle types: their configuration file is named after the main file, not a type suffix.
    table.set('js', 'LightningComponentBundle');
    for (const s of ['cmp', 'app', 'evt', 'intf', 'tokens', 'design']) if (!table.has(s)) table.set(s, 'AuraDefinitionBundle');
    return table;
}

export function metadataSuffix(file: string): string | undefined {
    const name = basename(file).replace(/-meta\.xml$/, '');
    const dot = name.lastIndexOf('.');
    return dot < 0 ? undefined : name.slice(dot + 1);
}

function checkChildren(element: XmlElement, spec: TypeSpec, typeName: string, path: string, report: (line: number, message: string) => void): void {
    const counts = new Map<string, number>();
    for (const child of element.children) {
        const rule = spec[child.name];
        if (!rule) {
            const allowed = Object.keys(spec).sort().join(', ');
            report(child.line, `<${child.name}> is not an element of ${typeName} (in ${path}); allowed: ${allowed}`);
            continue;
        }
        counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
        if (!rule.many && counts.get(child.name) === 2) report(child.line, `<${child.name}> appears more than once in ${path}; ${typeName} allows one`);
        if (rule.type === ANY) continue;
        const childPath = `${path}/${child.name}`;
        if (rule.type === null) {
            const first = child.children[0];
            if (first) report(first.line, `<${child.name}> holds a value, not elements (found <${first.name}> in ${childPath})`);
            continue;
        }
        const childSpec = typeSpec(rule.type);
        if (childSpec) checkChildren(child, childSpec, rule.type, childPath, report);
    }
}

/** Findings for one metadata file's text; `types` maps suffix -> type name. */
export function checkMetadataText(text: string, file: string, types: Map<string, string>): Array<Omit<Finding, 'check' | 'file'>> {
    const out: Array<Omit<Finding, 'check' | 'file'>> = [];
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
        return [{ line: valid.err.line, column: valid.err.col, message: `not well-formed XML: ${valid.err.msg} (${valid.err.code})` }];
    }
    const root = parseXmlTree(text);
    const suffix = metadataSuffix(file);
    const typeName = suffix ? types.get(suffix) : undefined;
    if (!typeName) return [{ message: `unknown metadata file suffix ".${suffix ?? ''}-meta.xml": no metadata type uses it` }];
    if (root.name !== typeName) out.push({ line: root.line, message: `root element is <${root.name}>, but a .${suffix}-meta.xml file holds <${typeName}>` });
    if (root.attributes.xmlns !== METADATA_NS) {
        out.push({ line: root.line, message: `root element namespace is ${root.attributes.xmlns === undefined ? 'missing' : `"${root.attributes.xmlns}"`}; expected xmlns="${METADATA_NS}"` });
    }
    const spec = typeSpec(typeName);
    if (!spec) {
        out.push({ message: `no element allow-list for metadata type ${typeName}: add it to ROOT_TYPES in scripts/validate/metadata/generateSchema.ts and regenerate` });
        return out;
    }
    if (root.hasText) out.push({ line: root.line, message: `<${root.name}> has text content outside any element` });
    checkChildren(root, spec, typeName, root.name, (line, message) => out.push({ line, message }));
    return out;
}

export const metadataXml: Check = {
    name: NAME,
    title: 'Metadata XML well-formed, right root and namespace, only allowed elements',
    async run({ root }) {
        const files = packageFiles(root).filter((f) => f.endsWith('-meta.xml'));
        const types = suffixTable();
        const findings: Finding[] = [];
        for (const file of files) {
            for (const f of checkMetadataText(readFileSync(file, 'utf8'), file, types)) findings.push({ check: NAME, file: rel(root, file), ...f });
        }
        return { findings, summary: `${files.length} files` };
    }
};
