import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSet, ForceIgnore, MetadataConverter, type SourceComponent } from '@salesforce/source-deploy-retrieve';
import { XMLParser } from 'fast-xml-parser';
import { packageDirs, rel, walkFiles } from '../project';
import type { Check, Finding } from '../types';

const NAME = 'convert';

interface PackageXml {
    Package?: { types?: Array<{ name?: string; members?: string[] }> };
}

/** `type:fullName` pairs listed in a package.xml. */
function manifestEntries(xml: string): Set<string> {
    const parsed = new XMLParser({ isArray: (name) => name === 'types' || name === 'members' }).parse(xml) as PackageXml;
    const out = new Set<string>();
    for (const type of parsed.Package?.types ?? []) for (const member of type.members ?? []) out.add(`${type.name}:${member}`);
    return out;
}

/** The source files a component and its decomposed children were built from. */
function componentFiles(component: SourceComponent): string[] {
    const files: string[] = [];
    if (component.xml) files.push(component.xml);
    if (component.content) files.push(...component.walkContent(), component.content);
    for (const child of component.getChildren()) files.push(...componentFiles(child));
    return files;
}

/**
 * A finding for an SDR error, on the file its message names, e.g. "<path>: Could not infer a metadata
 * type" or "Unexpected child metadata [<path>] found for parent type [CustomObject]".
 */
function sdrFinding(root: string, error: unknown): Finding {
    const e = error instanceof Error ? error : new Error(String(error));
    const path = /(\/[^\s:[\]]+)/.exec(e.message)?.[1];
    const firstLine = e.message.split('\n')[0] ?? '';
    const message = path ? firstLine.replace(`${path}: `, '').replace(`[${path}]`, '(this file)') : firstLine;
    return { check: NAME, file: path ? rel(root, path) : '.', message: `${e.name}: ${message}` };
}

/**
 * Source to Metadata API format with @salesforce/source-deploy-retrieve (what `sf project convert source`
 * runs), into a temp folder with a plain name (a dot-named folder silently receives only package.xml).
 */
export const sourceConvert: Check = {
    name: NAME,
    title: 'Source converts to Metadata API format; package.xml lists every component',
    async run({ root }) {
        const dirs = packageDirs(root);
        const findings: Finding[] = [];
        let components: ComponentSet;
        let sources: SourceComponent[];
        let used: Set<string>;
        try {
            components = ComponentSet.fromSource({ fsPaths: dirs });
            sources = [...components.getSourceComponents()];
            // Children (fields, list views...) are resolved lazily, and can fail here too.
            used = new Set(sources.flatMap(componentFiles));
        } catch (error) {
            return { findings: [sdrFinding(root, error)] };
        }
        // Files that resolve to no component are silently left out of a deploy: report them.
        const ignore = ForceIgnore.findAndCreate(root);
        for (const dir of dirs) {
            for (const file of walkFiles(dir)) {
                if (!used.has(file) && !ignore.denies(file)) {
                    findings.push({ check: NAME, file: rel(root, file), message: 'belongs to no metadata component: it would not be deployed (unknown suffix or misplaced file?)' });
                }
            }
        }
        const work = mkdtempSync(join(tmpdir(), 'si-validate-convert-'));
        try {
            const outputDirectory = join(work, 'mdapi');
            await new MetadataConverter().convert(components, 'metadata', { type: 'directory', outputDirectory, packageName: 'package' });
            const manifestPath = join(outputDirectory, 'package', 'package.xml');
            if (!existsSync(manifestPath)) return { findings: [...findings, { check: NAME, file: '.', message: 'conversion produced no package.xml' }] };
            const listed = manifestEntries(readFileSync(manifestPath, 'utf8'));
            const expected = sources.flatMap((c) => [c, ...c.getChildren()]);
            for (const component of expected) {
                const key = `${component.type.name}:${component.fullName}`;
                if (!listed.has(key)) {
                    findings.push({ check: NAME, file: rel(root, component.xml ?? component.content ?? root), message: `${key} is missing from the generated package.xml` });
                }
            }
            return { findings, summary: `${sources.length} components, ${listed.size} package.xml members` };
        } catch (error) {
            return { findings: [...findings, sdrFinding(root, error)] };
        } finally {
            rmSync(work, { recursive: true, force: true });
        }
    }
};
