// The preview build's pure-call marks (preview/build/pureCalls.mjs): the time-zone probe of
// lightning-base-components gets `/*#__PURE__*/`, so Rollup drops it when nothing reads it, and keeps it
// when something does. The plugin is an ES module (.mjs, as Rollup loads it); Jest runs CommonJS, so each
// case runs in a Node child, with Rollup itself for the bundling cases.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const MODULE = join(__dirname, '../pureCalls.mjs');
const INTL_FORMAT = join(ROOT, 'node_modules/lightning-base-components/src/lightning/internationalizationLibrary/datetime/intlFormat.js');
const RULE = "{ module: /\\/intlFormat\\.js$/, text: 'const isNonUTCSupported = ' }";

function run(body: string, input: unknown): unknown {
    const script = `
        import pureCalls from ${JSON.stringify(MODULE)};
        import { rollup } from 'rollup';
        const input = JSON.parse(process.argv[1]);
        const warnings = [];
        const plugin = pureCalls({ rules: [${RULE}] });
        const result = await (async () => { ${body} })();
        process.stdout.write(JSON.stringify(result));`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(input)], { cwd: ROOT, encoding: 'utf8' })) as unknown;
}

/** Bundles `entry` (which imports ./intlFormat.js, given as `source`) and returns the output code. */
const BUNDLE = `
    const files = { '/v/entry.js': input.entry, '/v/intlFormat.js': input.source };
    const bundle = await rollup({
        input: '/v/entry.js',
        plugins: [
            {
                name: 'virtual',
                // The module's own imports (the rest of the library) stay outside the bundle.
                resolveId: (id) => (id === './intlFormat.js' ? '/v/intlFormat.js' : id in files ? id : { id, external: true }),
                load: (id) => files[id] ?? null
            },
            plugin
        ],
        onwarn: (w) => warnings.push(w.message)
    });
    const { output } = await bundle.generate({ format: 'esm' });
    return { code: output[0].code, warnings };`;

describe('pureCalls', () => {
    const source = readFileSync(INTL_FORMAT, 'utf8');

    it("marks lightning-base-components' time-zone probe as a pure call", () => {
        const out = run(`return plugin.transform.call({ warn: (m) => warnings.push(m) }, input.source, '/x/intlFormat.js');`, { source }) as { code: string };
        expect(out.code).toContain('const isNonUTCSupported = /*#__PURE__*/ (function');
        expect(run(`return plugin.transform.call({ warn: () => {} }, input.source, '/x/other.js');`, { source })).toBeNull();
    });

    it('lets Rollup drop the probe when nothing reads it, and keep it when something does', () => {
        // toDate does not read the probe's result; dateTimeFormat does.
        const unused = run(BUNDLE, { source, entry: "import { toDate } from './intlFormat.js'; export const f = toDate;" }) as { code: string };
        expect(unused.code).toContain('function toDate');
        expect(unused.code).not.toContain('America/Los_Angeles');
        const used = run(BUNDLE, { source, entry: "import { dateTimeFormat } from './intlFormat.js'; export const f = dateTimeFormat;" }) as { code: string };
        expect(used.code).toContain('isNonUTCSupported');
        expect(used.code).toContain('America/Los_Angeles');
    });

    it('warns at the end of a build when no module matched a rule (the module moved)', () => {
        const out = run(
            `plugin.buildStart(); plugin.transform.call({ warn: (m) => warnings.push(m) }, 'x', '/x/other.js'); plugin.buildEnd.call({ warn: (m) => warnings.push(m) }); return warnings;`,
            {}
        ) as string[];
        expect(out).toHaveLength(1);
        expect(out[0]).toMatch(/no module of the build matches/);
        const none = run(
            `plugin.buildStart(); plugin.transform.call({ warn: (m) => warnings.push(m) }, input.source, '/x/intlFormat.js'); plugin.buildEnd.call({ warn: (m) => warnings.push(m) }); return warnings;`,
            { source }
        ) as string[];
        expect(none).toEqual([]);
    });

    it('warns and leaves the module alone when the text is not there any more', () => {
        const out = run(`const r = plugin.transform.call({ warn: (m) => warnings.push(m) }, 'const somethingElse = 1;', '/x/intlFormat.js'); return { r, warnings };`, {}) as { r: unknown; warnings: string[] };
        expect(out.r).toBeNull();
        expect(out.warnings[0]).toMatch(/is not in \/x\/intlFormat\.js any more/);
    });
});
