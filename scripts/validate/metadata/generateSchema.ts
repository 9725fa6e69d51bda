/**
 * Regenerates `metadataSchema.json`: the child elements each Metadata API type allows, taken from the
 * Metadata API WSDL as published in `@salesforce/types` (its `lib/metadata.d.ts` is generated from the
 * WSDL). Every installed copy of that package is read and the union of their fields is kept, so a field
 * known to any API version we have is allowed. Only types reachable from ROOT_TYPES are written.
 *
 * Run: npx tsx scripts/validate/metadata/generateSchema.ts
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { MetadataSchema, PropSpec, TypeSpec } from './schemaTypes';

/** Metadata types whose files this project has or is likely to add; their nested types come along. */
export const ROOT_TYPES = [
    'ApexClass', 'ApexTrigger', 'ApexPage', 'ApexComponent',
    'CustomObject', 'CustomField', 'ListView', 'RecordType', 'ValidationRule', 'WebLink', 'CompactLayout',
    'FieldSet', 'BusinessProcess', 'SharingReason', 'Index',
    'CustomMetadata', 'CustomPermission', 'PermissionSet', 'PermissionSetGroup', 'FlexiPage',
    'CustomLabels', 'CustomLabel', 'CustomTab', 'ExternalCredential', 'NamedCredential',
    'LightningComponentBundle', 'AuraDefinitionBundle', 'CustomApplication', 'Layout', 'StaticResource',
    'QuickAction', 'RemoteSiteSetting', 'CspTrustedSite', 'CustomNotificationType', 'GlobalValueSet',
    'StandardValueSet', 'ContentAsset', 'LightningMessageChannel', 'Flow',
    'ExternalAuthIdentityProvider', 'AuthProvider', 'ConnectedApp', 'ExternalClientApplication', 'PathAssistant',
    'DuplicateRule', 'EmailTemplate', 'Profile', 'MutingPermissionSet', 'CustomSite'
] as const;

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'any', 'unknown']);

interface RawType {
    bases: string[];
    props: Map<string, { typeName: string | null; many: boolean }>;
}

function findDeclarationFiles(root: string): string[] {
    const found: string[] = [];
    const walk = (dir: string, depth: number): void => {
        if (depth > 8) return;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (!entry.isDirectory()) continue;
            const next = join(dir, entry.name);
            if (entry.name === 'types' && dir.endsWith('@salesforce')) {
                const file = join(next, 'lib', 'metadata.d.ts');
                if (existsSync(file)) found.push(file);
            } else if (entry.name === 'node_modules' || entry.name.startsWith('@') || depth > 0) {
                walk(next, depth + 1);
            }
        }
    };
    walk(join(root, 'node_modules'), 0);
    return found;
}

function typeNameOf(node: ts.TypeNode): { typeName: string | null; many: boolean } {
    if (ts.isArrayTypeNode(node)) return { typeName: typeNameOf(node.elementType).typeName, many: true };
    if (ts.isTypeReferenceNode(node)) return { typeName: node.typeName.getText(), many: false };
    return { typeName: null, many: false };
}

function readTypes(file: string, into: Map<string, RawType>, enums: Set<string>): void {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) continue;
        const name = statement.name.text;
        const type = statement.type;
        const literals: ts.TypeLiteralNode[] = [];
        const bases: string[] = [];
        if (ts.isUnionTypeNode(type) || ts.isLiteralTypeNode(type)) {
            enums.add(name);
            continue;
        }
        if (ts.isTypeLiteralNode(type)) literals.push(type);
        else if (ts.isIntersectionTypeNode(type)) {
            for (const part of type.types) {
                if (ts.isTypeLiteralNode(part)) literals.push(part);
                else if (ts.isTypeReferenceNode(part)) bases.push(part.typeName.getText());
            }
        } else if (ts.isTypeReferenceNode(type)) bases.push(type.typeName.getText());
        else if (type.kind === ts.SyntaxKind.StringKeyword) {
            enums.add(name);
            continue;
        }
        const entry: RawType = into.get(name) ?? { bases: [], props: new Map() };
        for (const base of bases) if (!entry.bases.includes(base)) entry.bases.push(base);
        for (const literal of literals) {
            for (const member of literal.members) {
                if (!ts.isPropertySignature(member) || !member.type) continue;
                const propName = member.name.getText();
                const spec = typeNameOf(member.type);
                const previous = entry.props.get(propName);
                entry.props.set(propName, {
                    typeName: spec.typeName ?? previous?.typeName ?? null,
                    many: spec.many || (previous?.many ?? false)
                });
            }
        }
        into.set(name, entry);
    }
}

export function buildSchema(files: string[], roots: readonly string[]): MetadataSchema {
    const raw = new Map<string, RawType>();
    const enums = new Set<string>();
    for (const file of files) readTypes(file, raw, enums);
    const isComplex = (name: string | null): name is string =>
        name !== null && !PRIMITIVES.has(name) && !enums.has(name) && raw.has(name);
    const flatten = (name: string, seen: Set<string> = new Set()): Map<string, PropSpec> => {
        const out = new Map<string, PropSpec>();
        const entry = raw.get(name);
        if (!entry || seen.has(name)) return out;
        seen.add(name);
        for (const base of entry.bases) for (const [k, v] of flatten(base, seen)) out.set(k, v);
        for (const [k, v] of entry.props) out.set(k, { type: isComplex(v.typeName) ? v.typeName : null, many: v.many });
        return out;
    };
    const types: Record<string, TypeSpec> = {};
    const queue: string[] = [...roots];
    while (queue.length > 0) {
        const name = queue.shift() as string;
        if (types[name] || !raw.has(name)) continue;
        const props = flatten(name);
        const spec: TypeSpec = {};
        for (const key of [...props.keys()].sort()) {
            const prop = props.get(key) as PropSpec;
            spec[key] = prop;
            if (prop.type && !types[prop.type]) queue.push(prop.type);
        }
        types[name] = spec;
    }
    const missing = roots.filter((r) => !types[r]);
    if (missing.length > 0) throw new Error(`Root types not found in ${files.join(', ')}: ${missing.join(', ')}`);
    return { source: '', types };
}

function main(): void {
    const root = process.cwd();
    const files = findDeclarationFiles(root);
    if (files.length === 0) throw new Error('No @salesforce/types/lib/metadata.d.ts found under node_modules');
    const schema = buildSchema(files, ROOT_TYPES);
    const versions = files.map((f) => {
        const pkg = JSON.parse(readFileSync(join(f, '..', '..', 'package.json'), 'utf8')) as { version: string };
        return `@salesforce/types@${pkg.version} (${relative(root, f)})`;
    });
    schema.source = `Generated by scripts/validate/metadata/generateSchema.ts from the Metadata API WSDL types in ${versions.join(' + ')}`;
    const out = join(__dirname, 'metadataSchema.json');
    // One type per line keeps the file reviewable and its diffs small.
    const lines = Object.keys(schema.types)
        .sort()
        .map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(schema.types[name])}`);
    writeFileSync(out, `{\n  "source": ${JSON.stringify(schema.source)},\n  "types": {\n${lines.join(',\n')}\n  }\n}\n`);
    process.stdout.write(`${out}: ${Object.keys(schema.types).length} types\n`);
}

if (require.main === module) main();
