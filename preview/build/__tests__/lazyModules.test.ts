// The preview build's on-demand modules (preview/build/lazyModules.mjs): the panel's import of the modal
// resolves to a handle whose open() loads the real module once and delegates to it. The plugin is an ES
// module (.mjs, as Rollup loads it); Jest runs CommonJS, so each case runs in a Node child.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const MODULE = join(__dirname, '../lazyModules.mjs');

/**
 * Runs `body` in a Node child with `plugin` (lazyModules for `c/modal` with `open`) and
 * `handleFor(real, failFirst)`, which loads the plugin's handle with its dynamic import pointed at a module
 * whose default export is the object literal `real` (text); with `failFirst`, the first load throws. Returns what `body` returns (JSON).
 */
function run(body: string): unknown {
    const script = `
        import lazyModules from ${JSON.stringify(MODULE)};
        const plugin = lazyModules({ modules: { 'c/modal': ['open'] } });
        const loads = [];
        globalThis.__siLoads = loads;
        async function handleFor(real, failFirst = false) {
            const code = plugin.load(plugin.resolveId('c/modal', '/force-app/panel.ts'));
            const target = 'data:text/javascript,' + encodeURIComponent('globalThis.__siLoads.push(1); export default ' + real + ';');
            let calls = 0;
            globalThis.__siTarget = () => (failFirst && calls++ === 0 ? 'data:text/javascript,' + encodeURIComponent('throw new Error("chunk missing")') : target);
            const wired = code.replace('import("c/modal")', 'import(globalThis.__siTarget())');
            if (wired === code) throw new Error('no import("c/modal") in the handle');
            return (await import('data:text/javascript,' + encodeURIComponent(wired))).default;
        }
        const result = await (async () => { ${body} })();
        process.stdout.write(JSON.stringify(result));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
    return JSON.parse(out) as unknown;
}

describe('lazyModules', () => {
    it('resolves the import to a handle, except from the handle itself (which loads the real module)', () => {
        expect(
            run(`return [
                plugin.resolveId('c/modal', '/force-app/panel.ts'),
                plugin.resolveId('c/modal', plugin.resolveId('c/modal', '/force-app/panel.ts')),
                plugin.resolveId('c/other', '/force-app/panel.ts'),
                plugin.load('/force-app/panel.ts')
            ];`)
        ).toEqual(['\0si-lazy:c/modal', null, null, null]);
    });

    it('open() loads the real module once and returns what its open() returns', () => {
        expect(
            run(`
                const handle = await handleFor('{ open: async (props) => "opened " + props.size }');
                const before = globalThis.__siLoads.length;
                const first = await handle.open({ size: 'medium' });
                const second = await handle.open({ size: 'small' });
                return { before, first, second, loads: globalThis.__siLoads.length };`)
        ).toEqual({ before: 0, first: 'opened medium', second: 'opened small', loads: 1 });
    });

    it("passes the real open()'s rejection on", () => {
        expect(
            run(`
                const handle = await handleFor('{ open: async () => { throw new Error("closed by the rep"); } }');
                try { await handle.open({}); return 'resolved'; } catch (e) { return e.message; }`)
        ).toBe('closed by the rep');
    });

    it('tries the load again after a failed one', () => {
        expect(
            run(`
                const handle = await handleFor('{ open: async () => "opened" }', true);
                let first;
                try { await handle.open({}); first = 'resolved'; } catch (e) { first = e.message; }
                return [first, await handle.open({})];`)
        ).toEqual(['chunk missing', 'opened']);
    });

    it('fails loudly, naming the module, on anything but the listed statics', () => {
        const message = run(`
            const handle = await handleFor('{ open: async () => 1 }');
            try { handle.close(); return 'no error'; } catch (e) { return e.message; }`);
        expect(message).toMatch(/c\/modal loads on first use/);
        expect(message).toMatch(/open\(\) only, not close/);
    });
});
