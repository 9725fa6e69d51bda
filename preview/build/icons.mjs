// Rollup plugin: only the icons the page can show. lightning-base-components renders an icon from a
// template module per category (`lightning/iconSvgTemplates{Utility,Standard,Action,Custom,Doctype}`,
// `...Rtl`), each importing every icon of its category (749 utility icons: a 0.68 MB chunk, loaded by the
// first icon of the category). This plugin loads those modules with only the entries whose names occur
// in the bundle:
//   - every `category:name` string literal in the code of every module of the bundle (our components,
//     the preview page, and the lightning-base-components modules actually bundled, e.g. `utility:down`
//     in lightning-combobox), found by walking the module graph once every other module is loaded;
//   - names lightning-base-components builds from a variable, listed below per module (`utility:${variant}`).
// The subset is a few KB, so the build keeps it in app.js (`manualChunks` in rollup.config.mjs: LBC still
// imports it with `import()`, which then resolves without a request).
// A name missing from the subset renders as LBC renders any unknown name: `lightning-primitive-icon` finds
// no template and shows its empty `<svg><use href=""></use></svg>`. So the build FAILS instead when:
//   - our own code (anything outside node_modules) names an icon lightning-base-components does not have;
//   - our own code builds an icon name from a variable (`utility:${x}`, `'utility:' + x`): write the names out;
//   - a bundled node_modules module builds one and is not listed in DYNAMIC_NAMES below.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const CATEGORIES = ['action', 'custom', 'doctype', 'standard', 'utility'];
const CATEGORY = CATEGORIES.join('|');
/** The generated index of one template module (`lightning/iconSvgTemplatesUtility` and the like). */
const TEMPLATES_INDEX = /\/lightning\/iconSvgTemplates([A-Za-z]*)\/buildTemplates\/templates\.js$/;
/** Any module of the template packages (their indexes and the icons' `.html` templates). */
const TEMPLATE_MODULE = /\/lightning\/iconSvgTemplates[A-Za-z]*\//;
/** A whole string `utility:warning` (LBC's `validNameRe`). */
const NAME = new RegExp(`^(${CATEGORY}):([a-zA-Z]\\w*)$`);
/** A string or template part ending in `utility:`, i.e. a name built at run time (`utility:${x}`, `'utility:' + x`). */
const PREFIX = new RegExp(`(^|[^\\w-])(${CATEGORY}):$`);

/** The strings of a module's AST: string literals and the literal parts of template literals (comments are not in it). */
function strings(node, out = []) {
    if (Array.isArray(node)) {
        for (const n of node) strings(n, out);
    } else if (node && typeof node === 'object') {
        if (node.type === 'Literal' && typeof node.value === 'string') out.push(node.value);
        else if (node.type === 'TemplateElement') out.push(node.value.cooked ?? node.value.raw);
        for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') strings(node[key], out);
    }
    return out;
}

/**
 * Icon names lightning-base-components builds from a variable, per module (path under
 * `lightning-base-components/src/`): the values the variable can take. A new site fails the build.
 */
const DYNAMIC_NAMES = {
    // get iconName() { return `utility:${this._variant}`; }, the variant normalized to one of these four.
    'lightning/toast/toast.js': ['utility:info', 'utility:success', 'utility:warning', 'utility:error']
};

/** The entries of a template index: `utility_warning` -> `./utility/warning.html`. */
function readIndex(file) {
    const source = readFileSync(file, 'utf8');
    const entries = new Map();
    for (const m of source.matchAll(/^import \{ default as (\w+) \} from '(\.\/[\w/-]+\.html)';$/gm)) entries.set(m[1], m[2]);
    if (entries.size === 0) throw new Error(`preview icons: no icon templates found in ${file} (has lightning-base-components changed its layout?)`);
    return entries;
}

export default function icons({ root }) {
    /** The names the bundle uses, found once per build. */
    let used = null;
    /** What each generated index kept, for the build log. */
    const kept = new Map();

    /** Loads every module of the graph except the icon templates and collects the icon names in their code. */
    async function collect(ctx) {
        const seen = new Set();
        const names = new Map(); // name -> first module using it
        const own = new Map();
        const problems = [];
        const visit = async (id) => {
            if (seen.has(id) || TEMPLATE_MODULE.test(id)) return;
            seen.add(id);
            if (ctx.getModuleInfo(id)?.isExternal) return;
            const info = await ctx.load({ id, resolveDependencies: true });
            const file = id.split('?')[0];
            const inNodeModules = file.includes('/node_modules/');
            const where = file.startsWith('\0') ? file.slice(1) : relative(root, file);
            let dynamic = false;
            for (const text of strings(info.ast ?? ctx.parse(info.code ?? ''))) {
                if (NAME.test(text)) {
                    if (!names.has(text)) names.set(text, where);
                    if (!inNodeModules && !own.has(text)) own.set(text, where);
                } else if (PREFIX.test(text)) dynamic = true;
            }
            if (dynamic) {
                const lbcPath = file.split('/node_modules/lightning-base-components/src/')[1];
                const listed = lbcPath && DYNAMIC_NAMES[lbcPath];
                if (listed) {
                    for (const name of listed) if (!names.has(name)) names.set(name, where);
                } else if (inNodeModules) {
                    problems.push(`${where} builds an icon name from a variable; list the names it can take in DYNAMIC_NAMES (preview/build/icons.mjs)`);
                } else {
                    problems.push(`${where} builds an icon name from a variable; write each name out as a string literal (e.g. a map from value to 'utility:...') so the preview build can keep its template`);
                }
            }
            await Promise.all([...info.importedIds, ...info.dynamicallyImportedIds].map(visit));
        };
        await Promise.all([...ctx.getModuleIds()].map(visit));
        return { names, own, problems };
    }

    /** Every icon of lightning-base-components, per category, from the category template indexes. */
    function catalogue(lbcLightningDir) {
        const all = new Map();
        for (const category of CATEGORIES) {
            const dir = `iconSvgTemplates${category[0].toUpperCase()}${category.slice(1)}`;
            all.set(category, new Set([...readIndex(join(lbcLightningDir, dir, 'buildTemplates/templates.js')).keys()].map((k) => k.slice(category.length + 1))));
        }
        return all;
    }

    /** The names once collected (`category:name`), for other plugins (the stylesheet's icon classes). */
    let usedNames = [];

    return {
        name: 'si-preview-icons',
        api: {
            /** Every icon name the bundle uses (after the build has loaded an icon template module). */
            usedNames: () => usedNames
        },
        buildStart() {
            used = null;
            usedNames = [];
            kept.clear();
        },
        async load(id) {
            const match = TEMPLATES_INDEX.exec(id);
            if (!match) return null;
            if (!used) {
                used = collect(this).then(({ names, own, problems }) => {
                    const lightningDir = join(dirname(id), '../..');
                    const all = catalogue(lightningDir);
                    for (const [name, where] of own) {
                        const [category, icon] = name.split(':');
                        if (!all.get(category).has(icon)) {
                            problems.push(`${where} uses the icon "${name}", which lightning-base-components does not have (${all.get(category).size} ${category} icons; see node_modules/lightning-base-components/src/lightning/iconSvgTemplates${category[0].toUpperCase()}${category.slice(1)}/buildTemplates/${category}/)`);
                        }
                    }
                    if (problems.length > 0) throw new Error(`preview icons:\n  - ${problems.join('\n  - ')}`);
                    usedNames = [...names.keys()].sort();
                    return names;
                });
            }
            let names;
            try {
                names = await used;
            } catch (e) {
                this.error(e.message);
            }
            const entries = readIndex(id);
            const keep = [...names.keys()].map((n) => n.replace(':', '_')).filter((key) => entries.has(key)).sort();
            kept.set(id, { module: `lightning/iconSvgTemplates${match[1]}`, kept: keep, of: entries.size });
            const imports = keep.map((key) => `import { default as ${key} } from '${entries.get(key)}';`);
            return `// Generated by preview/build/icons.mjs: the icons the preview bundle names (${keep.length} of ${entries.size}).\n${imports.join('\n')}\nexport default { ${keep.join(', ')} };\n`;
        },
        generateBundle(_options, bundle) {
            // Only the template modules in the output (the RTL ones are loaded, then tree-shaken: `dir` is 'ltr').
            const rendered = new Set();
            for (const file of Object.values(bundle)) {
                if (file.type !== 'chunk') continue;
                for (const [id, m] of Object.entries(file.modules)) if (kept.has(id) && m.renderedLength > 0) rendered.add(id);
            }
            for (const id of [...rendered].sort()) {
                const { module, kept: keep, of } = kept.get(id);
                this.info(`${module}: ${keep.length} of ${of} icons kept${keep.length ? ` (${keep.map((k) => k.replace('_', ':')).join(', ')})` : ''}`);
            }
        }
    };
}
