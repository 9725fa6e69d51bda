// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, checkEmittedCli, copyFixture, edit, expectFinding, read, removeFixtures, runCases, write, type CliResult } from './helpers';

const CASES = {
    typeError: {
        check: 'types',
        breakIt: (root: string) =>
            edit(root, `${BUNDLE}/siHello.ts`, 'return `Hello, ${this.name}`;', 'const count: number = this.name;\n        return `Hello, ${count}`;')
    },
    templateRejected: {
        check: 'lwc',
        breakIt: (root: string) => edit(root, `${BUNDLE}/siHello.html`, '<p class="greeting">', '<p class="greeting" lwc:bogus={greeting}>')
    },
    scriptRejected: {
        check: 'lwc',
        breakIt: (root: string) => edit(root, `${BUNDLE}/siHello.js`, '    @api\n    name', '    @api\n    @api\n    name')
    },
    templateNotBound: {
        check: 'lwc',
        breakIt: (root: string) => {
            edit(root, `${BUNDLE}/siHello.js`, 'export default class SiHello', 'class SiHello');
            write(root, `${BUNDLE}/siHello.js`, `${read(root, `${BUNDLE}/siHello.js`)}export { SiHello as default };\n`);
        }
    },
    metaAndMainMissing: {
        check: 'lwc',
        breakIt: (root: string) => {
            rmSync(join(root, BUNDLE, 'siHello.js-meta.xml'));
            rmSync(join(root, BUNDLE, 'siHello.js'));
        }
    },
    pathsEntryMissing: {
        check: 'lwc',
        breakIt: (root: string) => edit(root, 'tsconfig.json', /"c\/siHello": \[[^\]]*\]/, '"c/other": ["force-app/main/default/lwc/other/other"]')
    },
    staleJs: { check: 'emitted-js', breakIt: (root: string) => edit(root, `${BUNDLE}/siHello.ts`, "'World'", "'Everyone'") },
    missingAndOrphanJs: {
        check: 'emitted-js',
        breakIt: (root: string) => {
            rmSync(join(root, BUNDLE, 'siHello.js'));
            write(root, `${BUNDLE}/oldHelper.js`, 'export const unused = 1;\n');
        }
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('types check', () => {
    it('fails on a type error with file:line', () => {
        expectFinding(results.typeError, 'types', `${BUNDLE}/siHello.ts:8:15`, "TS2322: Type 'string' is not assignable to type 'number'");
    });
});

describe('lwc check', () => {
    it('fails when the LWC compiler rejects a template', () => {
        expectFinding(results.templateRejected, 'lwc', `${BUNDLE}/siHello.html:2`, 'LWC compiler rejects it: LWC1127');
    });

    it('fails when the LWC compiler rejects the JavaScript', () => {
        expectFinding(results.scriptRejected, 'lwc', `${BUNDLE}/siHello.js`, 'LWC compiler rejects it');
    });

    it('fails when the template is not bound (esbuild-style default export)', () => {
        expectFinding(results.templateNotBound, 'lwc', `${BUNDLE}/siHello.js`, 'template siHello.html is not bound');
    });

    it('fails when the .js-meta.xml or the main .js is missing', () => {
        expectFinding(results.metaAndMainMissing, 'lwc', `${BUNDLE}/siHello.js-meta.xml`, 'missing');
        expectFinding(results.metaAndMainMissing, 'lwc', `${BUNDLE}/siHello.js`, 'missing main file: emit it with npm run build');
    });

    it('fails when tsconfig.json has no paths entry for a TypeScript bundle', () => {
        expectFinding(results.pathsEntryMissing, 'lwc', 'tsconfig.json', 'no "paths" entry "c/siHello"');
    });
});

describe('emitted-js check', () => {
    it('fails when a .ts changed without rebuilding its .js', () => {
        expectFinding(results.staleJs, 'emitted-js', `${BUNDLE}/siHello.js`, 'stale: differs from what the build emits from its .ts, first at line 5');
    });

    it('fails when the emitted .js is missing, or a .js has lost its .ts', () => {
        expectFinding(results.missingAndOrphanJs, 'emitted-js', `${BUNDLE}/siHello.js`, 'missing: the build emits this file but it is not committed');
        expectFinding(results.missingAndOrphanJs, 'emitted-js', `${BUNDLE}/oldHelper.js`, 'stale: no oldHelper.ts beside it');
    });

    it('check:emitted command line names the stale file and exits 1', () => {
        const root = copyFixture();
        CASES.staleJs.breakIt(root);
        const cli = checkEmittedCli(root);
        expect(cli.stdout).toContain(`FAIL [emitted-js] ${BUNDLE}/siHello.js stale`);
        expect(cli.status).toBe(1);
    });
});
