// Rollup 4 build of the local preview (never deployed: `.forceignore` has `preview/**`).
// Two builds: `@lwc/synthetic-shadow` on its own (loaded before the engine, as in Lightning Experience;
// sharing a chunk with the engine makes it silently not apply), then the page: the real components
// compiled from their TypeScript sources in force-app (no copy), lightning-base-components for
// `lightning/*`, and stand-ins for platform-only modules (preview/build/standins.mjs); only the icon
// templates the bundle names (preview/build/icons.mjs, kept in `app.js`), the Add to Outreach modal in a
// chunk of its own loaded on first open (preview/build/lazyModules.mjs), and the design system's
// stylesheet trimmed to the classes the bundle uses (preview/build/slds.mjs -> slds.css).
// Output: build/preview/ (served by preview/server/server.ts).
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { transform as esbuildTransform } from 'esbuild';
import icons from './build/icons.mjs';
import lazyModules from './build/lazyModules.mjs';
import pureCalls from './build/pureCalls.mjs';
import sldsStylesheet from './build/slds.mjs';
import standins from './build/standins.mjs';
import typescript from './build/typescript.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build/preview');
const lwcDir = join(root, 'force-app/main/default/lwc');
const production = process.env.SI_PREVIEW_DEV !== '1';

/**
 * The engine must be the version of the compiler: `lwc` 9.4.3 with its own @lwc/engine-dom and
 * @lwc/wire-service, whatever version the hoisted `@lwc/*` packages have (Jest pins the hoisted ones
 * to sfdx-lwc-jest's engine). A mismatch fails the build instead of breaking the page.
 */
function lwcRuntime() {
    const fromLwc = createRequire(join(root, 'node_modules/lwc/package.json'));
    const fromPlugin = createRequire(join(root, 'node_modules/@lwc/rollup-plugin/package.json'));
    const packageOf = (req, name) => {
        const main = req.resolve(name);
        let dir = dirname(main);
        while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) dir = dirname(dir);
        return { dir, main, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
    };
    const lwcVersion = JSON.parse(readFileSync(join(root, 'node_modules/lwc/package.json'), 'utf8')).version;
    const engine = packageOf(fromLwc, '@lwc/engine-dom');
    const wire = packageOf(fromLwc, '@lwc/wire-service');
    const compiler = packageOf(fromPlugin, '@lwc/compiler');
    const synthetic = packageOf(require, '@lwc/synthetic-shadow');
    const versions = { lwc: lwcVersion, '@lwc/engine-dom': engine.version, '@lwc/wire-service': wire.version, '@lwc/compiler (rollup plugin)': compiler.version, '@lwc/synthetic-shadow': synthetic.version };
    if (new Set(Object.values(versions)).size !== 1) {
        throw new Error(`preview: LWC engine, compiler and synthetic shadow must be one version, got ${JSON.stringify(versions)}`);
    }
    return {
        synthetic: synthetic.main,
        modules: [
            { name: 'lwc', path: engine.main },
            { name: '@lwc/wire-service', path: wire.main },
            { name: 'wire-service', path: wire.main }
        ]
    };
}
const runtime = lwcRuntime();

/** One module record per force-app bundle: `c/<bundle>` -> its `.ts` source (never the emitted `.js`). */
function projectModules() {
    return readdirSync(lwcDir)
        .filter((name) => statSync(join(lwcDir, name)).isDirectory())
        .map((name) => {
            const ts = join(lwcDir, name, `${name}.ts`);
            const js = join(lwcDir, name, `${name}.js`);
            const html = join(lwcDir, name, `${name}.html`);
            const entry = [ts, js, html].find((f) => {
                try {
                    return statSync(f).isFile();
                } catch {
                    return false;
                }
            });
            return entry ? { name: `c/${name}`, path: entry } : null;
        })
        .filter((m) => m !== null);
}

const replacements = replace({
    preventAssignment: true,
    values: {
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
        'import.meta.env.SSR': 'false'
    }
});

/**
 * Minifies each output chunk with esbuild (installed with tsx) in the production build: the browser
 * parses and compiles about a third of the code. `SI_PREVIEW_DEV=1` keeps the readable output.
 */
function minify() {
    return {
        name: 'si-preview-minify',
        async renderChunk(code, chunk, options) {
            if (!production) return null;
            const format = options.format === 'es' ? 'esm' : options.format;
            const out = await esbuildTransform(code, { minify: true, format, target: 'es2022', legalComments: 'none', sourcefile: chunk.fileName });
            return { code: out.code, map: null };
        }
    };
}

function failOnWarnings(warning, warn) {
    if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    // Template warnings inside lightning-base-components itself (duplicate slots, `type` on a div) are
    // upstream's; warnings about our own sources still show.
    if (warning.plugin === 'rollup-plugin-lwc-compiler' && /node_modules\/lightning-base-components\//.test(warning.id ?? warning.loc?.file ?? '')) return;
    warn(warning);
}

/**
 * Empties the output folder when a build starts (not when the config is merely loaded), so nothing a
 * former build emitted (chunks since merged into app.js, a renamed asset) is still served. Watch mode
 * keeps it: its rebuilds overwrite what they emit.
 */
function cleanOutput() {
    let cleaned = false;
    return {
        name: 'si-preview-clean',
        buildStart() {
            if (cleaned || this.meta.watchMode) return;
            cleaned = true;
            rmSync(out, { recursive: true, force: true });
        }
    };
}
const clean = cleanOutput();

/** Copies the page shell and its stylesheet into the output. */
function pageShell() {
    return {
        name: 'si-preview-page',
        buildStart() {
            for (const f of ['index.html', 'preview.css']) this.addWatchFile(join(root, 'preview/app', f));
        },
        generateBundle() {
            for (const f of ['index.html', 'preview.css']) {
                this.emitFile({ type: 'asset', fileName: f, source: readFileSync(join(root, 'preview/app', f), 'utf8') });
            }
        }
    };
}

const iconSubset = icons({ root });
const appEntry = join(root, 'preview/app/main.ts');
/** The icon template modules of lightning-base-components (see preview/build/icons.mjs). */
const ICON_MODULE = /\/lightning\/iconSvgTemplates[A-Za-z]*\//;

export default [
    {
        input: runtime.synthetic,
        output: { file: join(out, 'synthetic-shadow.js'), format: 'iife' },
        plugins: [clean, replacements, nodeResolve(), minify()],
        onwarn: failOnWarnings
    },
    {
        input: { app: appEntry },
        output: {
            dir: out,
            format: 'esm',
            entryFileNames: '[name].js',
            chunkFileNames: '[name]-[hash].js',
            sourcemap: false,
            // The icon subset is a few KB: it stays in app.js (LBC imports it with `import()`, which then
            // resolves without a request). Only the lazy modules below get chunks of their own.
            manualChunks: (id) => (id === appEntry || ICON_MODULE.test(id) ? 'app' : undefined)
        },
        plugins: [
            lazyModules({ modules: { 'c/siAddToSequenceModal': ['open'] } }),
            pureCalls({
                rules: [{ module: /\/lightning\/internationalizationLibrary\/datetime\/intlFormat\.js$/, text: 'const isNonUTCSupported = ' }]
            }),
            standins({ root }),
            iconSubset,
            typescript(),
            replacements,
            lwc({
                rootDir: join(root, 'preview/app/modules'),
                modules: [...projectModules(), { dir: join(root, 'preview/app/modules') }, { npm: 'lightning-base-components' }],
                defaultModules: runtime.modules,
                enableSyntheticElementInternals: true,
                enableDynamicComponents: true
            }),
            nodeResolve(),
            minify(),
            pageShell(),
            sldsStylesheet({
                source: join(require.resolve('@salesforce-ux/design-system/package.json'), '..', 'assets/styles/salesforce-lightning-design-system.min.css'),
                pageFiles: [join(root, 'preview/app/index.html')],
                full: process.env.SI_PREVIEW_FULL_SLDS === '1',
                builtClasses: [
                    {
                        // lightning/iconUtils computeSldsClass: `slds-icon-${category}-${name}` (underscores as
                        // dashes) on every lightning-icon: only the icons the build kept.
                        prefix: 'slds-icon-',
                        sites: 1,
                        classes: () => iconSubset.api.usedNames().map((n) => `slds-icon-${n.replace(':', '-').replace(/_/g, '-')}`),
                        why: 'lightning/iconUtils builds slds-icon-<category>-<name>'
                    }
                ]
            })
        ],
        onwarn: failOnWarnings,
        treeshake: true
    }
];
