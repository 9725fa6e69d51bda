// Rollup plugin: modules the page loads only when first used. The Add to Outreach modal (the modal,
// combobox and toast base components, about a third of the page's code) is needed only after a rep
// clicks "Add to Outreach", so the page should not download, parse and evaluate it before the panel can
// render. The component source keeps its static `import SiAddToSequenceModal from 'c/siAddToSequenceModal'`
// (on the platform a dynamic `import()` needs Lightning Web Security and the `lightning__dynamicComponent`
// capability, which an admin's org may not have); in the preview build only, that import resolves to a
// small handle whose static `open(props)` loads the real module (same source, its own chunk) and calls its
// `open`. Any other property read on the handle (except `then`, which promise resolution probes) fails
// loudly, naming the module, instead of silently misbehaving.
//   lazyModules({ modules: { 'c/siAddToSequenceModal': ['open'] } })
const PREFIX = '\0si-lazy:';

export default function lazyModules({ modules }) {
    const specifiers = new Map(Object.entries(modules));
    return {
        name: 'si-preview-lazy-modules',
        resolveId(id, importer) {
            if (!specifiers.has(id) || !importer || importer.startsWith(PREFIX)) return null;
            return `${PREFIX}${id}`;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const specifier = id.slice(PREFIX.length);
            const statics = specifiers.get(specifier);
            return [
                `let loading;`,
                `function load() {`,
                // A failed load (server stopped, chunk gone after a rebuild) is not cached: the next open() tries again.
                `    loading ??= import(${JSON.stringify(specifier)}).then(`,
                `        (m) => m.default,`,
                `        (e) => {`,
                `            loading = undefined;`,
                `            throw e;`,
                `        }`,
                `    );`,
                `    return loading;`,
                `}`,
                `const handle = {`,
                ...statics.map((name) => `    ${name}: (...args) => load().then((real) => real.${name}(...args)),`),
                `};`,
                `export default new Proxy(handle, {`,
                `    get(target, key) {`,
                // 'then' is what await and promise resolution probe: the handle is not a thenable.
                `        if (key === 'then') return undefined;`,
                `        if (typeof key === 'string' && !Object.prototype.hasOwnProperty.call(target, key)) {`,
                `            throw new Error(${JSON.stringify(`preview: ${specifier} loads on first use; the preview's handle offers ${statics.map((s) => `${s}()`).join(', ')} only, not `)} + key + ' (preview/rollup.config.mjs lazyModules)');`,
                `        }`,
                `        return target[key];`,
                `    }`,
                `});`,
                ``
            ].join('\n');
        }
    };
}
