// Rollup plugin: lets the real resolvers (LWC modules, lightning-base-components, node_modules) answer
// every import first, and only then falls back to the preview's stand-ins for platform-only modules:
//   lightning/graphql, lightning/uiRecordApi, lightning/uiObjectInfoApi, lightning/platformShowToastEvent,
//   lightning/platformResourceLoader, force/navigation -> preview/standins/*.ts
//   @salesforce/resourceUrl/<Name>     -> `/resource/<Name>` (unknown static resource: build error)
//   @salesforce/label/c.<Name>         -> the value in the real CustomLabels XML (unknown label: build error)
//   @salesforce/customPermission/<X>   -> a URL-controlled toggle (unknown permission: build error)
//   @salesforce/apex/<Class>.<method>  -> preview/standins/apex.ts (a method without a stand-in: build error)
//   @salesforce/schema/<Object>[.<Field>], @salesforce/user/Id
//   @salesforce/gate/*, @salesforce/accessCheck/* (platform flags lightning-base-components reads)
// An import nobody resolves fails the build, naming the import and the importing file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const PREFIX = '\0si-standin:';

/** Reads `<labels><fullName/><value/></labels>` from the CustomLabels file. */
export function readLabels(file) {
    if (!existsSync(file)) return new Map();
    const xml = readFileSync(file, 'utf8');
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${file}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
    const parsed = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'labels' }).parse(xml);
    const labels = new Map();
    for (const label of parsed.CustomLabels?.labels ?? []) {
        if (typeof label.fullName !== 'string') throw new Error(`${file}: a label without fullName`);
        labels.set(label.fullName, typeof label.value === 'string' ? label.value : String(label.value ?? ''));
    }
    return labels;
}

export default function standins({ root }) {
    const source = join(root, 'force-app/main/default');
    const standinDir = join(root, 'preview/standins');
    const labelsFile = join(source, 'labels/CustomLabels.labels-meta.xml');
    const permissionsDir = join(source, 'customPermissions');
    const classesDir = join(source, 'classes');
    const resourcesDir = join(source, 'staticresources');
    const FILES = {
        'lightning/graphql': join(standinDir, 'graphql.ts'),
        'lightning/uiRecordApi': join(standinDir, 'uiRecordApi.ts'),
        'lightning/uiObjectInfoApi': join(standinDir, 'uiObjectInfoApi.ts'),
        'lightning/platformShowToastEvent': join(standinDir, 'platformShowToastEvent.ts'),
        'lightning/platformResourceLoader': join(standinDir, 'platformResourceLoader.ts'),
        'force/navigation': join(standinDir, 'navigation.ts')
    };
    let labels = new Map();
    let apexStandins = new Set();

    return {
        name: 'si-preview-standins',
        buildStart() {
            labels = readLabels(labelsFile);
            this.addWatchFile(labelsFile);
            const apexSource = readFileSync(join(standinDir, 'apex.ts'), 'utf8');
            apexStandins = new Set([...apexSource.matchAll(/^\s+'([A-Za-z0-9_]+\.[A-Za-z0-9_]+)':/gm)].map((m) => m[1]));
        },
        async resolveId(id, importer, options) {
            if (!importer || id.startsWith('\0') || id.startsWith('.') || isAbsolute(id)) return null;
            const real = await this.resolve(id, importer, { ...options, skipSelf: true });
            if (real && !real.external) return real;
            if (FILES[id]) return FILES[id];
            let standin;
            try {
                standin = standinIdFor(id, { labels, permissionsDir, classesDir, apexStandins, resourcesDir });
            } catch (e) {
                this.error(`${e.message} (imported by ${importer})`);
            }
            if (standin) return standin;
            this.error(`Unresolved import "${id}" in ${importer}: no module provides it and the preview has no stand-in for it (preview/build/standins.mjs).`);
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const [kind, ...rest] = id.slice(PREFIX.length).split(':');
            const arg = rest.join(':');
            switch (kind) {
                case 'label':
                    return `export default ${JSON.stringify(labels.get(arg))};`;
                case 'permission':
                    return `import { hasPermission } from ${JSON.stringify(join(standinDir, 'customPermission.ts'))};\nexport default hasPermission(${JSON.stringify(arg)});`;
                case 'apex':
                    return `import { apexMethod } from ${JSON.stringify(join(standinDir, 'apex.ts'))};\nexport default apexMethod(${JSON.stringify(arg)});`;
                case 'schema': {
                    const [objectApiName, ...field] = arg.split('.');
                    const value = field.length > 0 ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
                    return `export default ${JSON.stringify(value)};`;
                }
                case 'user':
                    return `export default "0055g00000PREVIEW";`;
                case 'resource':
                    return `export default ${JSON.stringify(`/resource/${arg}`)};`;
                case 'gate':
                    return 'export default { isOpen: () => false };';
                case 'flag':
                    return 'export default true;';
                default:
                    return null;
            }
        }
    };
}

/** Maps a platform import to a virtual stand-in id, or throws naming what is missing. */
export function standinIdFor(id, { labels, permissionsDir, classesDir, apexStandins, resourcesDir }) {
    let m;
    if ((m = /^@salesforce\/resourceUrl\/([A-Za-z0-9_]+)$/.exec(id))) {
        if (!resourcesDir || !existsSync(join(resourcesDir, `${m[1]}.resource-meta.xml`)))
            throw new Error(`Unknown static resource ${m[1]}: no ${m[1]}.resource-meta.xml in force-app/main/default/staticresources`);
        return `${PREFIX}resource:${m[1]}`;
    }
    if ((m = /^@salesforce\/label\/c\.([A-Za-z0-9_]+)$/.exec(id))) {
        if (!labels.has(m[1])) throw new Error(`Unknown custom label ${m[1]}: not in force-app/main/default/labels/CustomLabels.labels-meta.xml`);
        return `${PREFIX}label:${m[1]}`;
    }
    if ((m = /^@salesforce\/customPermission\/([A-Za-z0-9_]+)$/.exec(id))) {
        if (!existsSync(join(permissionsDir, `${m[1]}.customPermission-meta.xml`))) {
            throw new Error(`Unknown custom permission ${m[1]}: no ${m[1]}.customPermission-meta.xml in force-app/main/default/customPermissions`);
        }
        return `${PREFIX}permission:${m[1]}`;
    }
    if ((m = /^@salesforce\/apex\/([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)$/.exec(id))) {
        const file = join(classesDir, `${m[1]}.cls`);
        if (!existsSync(file)) throw new Error(`Apex class ${m[1]} does not exist (${file})`);
        const cls = readFileSync(file, 'utf8');
        if (!new RegExp(`@AuraEnabled[^;{]*\\s+(public|global)\\s+static\\s+[^(]*\\b${m[2]}\\s*\\(`).test(cls)) {
            throw new Error(`Apex ${m[1]}.${m[2]} is not an @AuraEnabled static method`);
        }
        const name = `${m[1]}.${m[2]}`;
        if (!apexStandins.has(name)) throw new Error(`The preview has no stand-in for Apex ${name}: add one to preview/standins/apex.ts`);
        return `${PREFIX}apex:${name}`;
    }
    if ((m = /^@salesforce\/schema\/([A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*)$/.exec(id))) return `${PREFIX}schema:${m[1]}`;
    if (id === '@salesforce/user/Id') return `${PREFIX}user:Id`;
    if (/^@salesforce\/gate\//.test(id)) return `${PREFIX}gate:${id}`;
    if (/^@salesforce\/accessCheck\//.test(id)) return `${PREFIX}flag:${id}`;
    return null;
}
