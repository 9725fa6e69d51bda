// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate batch driver, which works in both.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expectFinding, removeFixtures, runCases, type CliResult } from './helpers';

/** Writes files (creating their folders) into a fixture copy. */
function files(root: string, contents: Record<string, string>): void {
    for (const [file, text] of Object.entries(contents)) {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
    }
}

/** A project shaped like this one: a generator, a benchmark, lib/, and runtime that uses them correctly. */
const LAYOUT: Record<string, string> = {
    'lib/asOf.ts': "export const SAMPLE_AS_OF = '2026-11-02';\n",
    'lib/sobjectTree.ts': "import { SAMPLE_AS_OF } from './asOf';\nexport const reader = SAMPLE_AS_OF;\n",
    'scripts/generate-sample-data.ts':
        "import { SAMPLE_AS_OF } from '../lib/asOf';\nexport const generate = SAMPLE_AS_OF;\n",
    'scripts/bench/engine.ts': "import { generate } from '../generate-sample-data';\nexport const bench = generate;\n",
    'scripts/format.ts': 'export const format = (s: string): string => s;\n',
    'scripts/insight.ts':
        "import { reader } from '../lib/sobjectTree';\nimport { format } from './format';\nexport const insight = format(reader);\n",
    'preview/server/server.ts': "import { SAMPLE_AS_OF } from '../../lib/asOf';\nexport const server = SAMPLE_AS_OF;\n",
    'org/score/main.ts': "import { insight } from '../../scripts/insight';\nexport const main = insight;\n",
    // Tests may use the generator: they are not runtime.
    'preview/server/__tests__/server.test.ts':
        "import { generate } from '../../../scripts/generate-sample-data';\nexport const t = generate;\n",
    'lib/__tests__/asOf.test.ts': "import { bench } from '../../scripts/bench/engine';\nexport const t = bench;\n"
};

const CASES = {
    wellLaidOut: { check: 'dependencies', breakIt: (root: string) => files(root, LAYOUT) },
    serverImportsGenerator: {
        check: 'dependencies',
        breakIt: (root: string) =>
            files(root, {
                ...LAYOUT,
                'preview/server/server.ts':
                    "import { createServer } from 'node:http';\nimport { SAMPLE_AS_OF } from '../../scripts/generate-sample-data';\nexport const server = [createServer, SAMPLE_AS_OF];\n"
            })
    },
    throughAScript: {
        check: 'dependencies',
        breakIt: (root: string) =>
            files(root, {
                ...LAYOUT,
                'scripts/format.ts':
                    "import { pad } from './pad';\nexport const format = (s: string): string => pad(s);\n",
                'scripts/pad.ts':
                    "import { bench } from './bench/engine';\nexport const pad = (s: string): string => s + String(bench);\n"
            })
    },
    dynamicAndRequire: {
        check: 'dependencies',
        breakIt: (root: string) =>
            files(root, {
                ...LAYOUT,
                'lib/sobjectTree.ts':
                    "export async function load(): Promise<unknown> {\n    return import('../scripts/bench/engine');\n}\n",
                'preview/app/clock.ts':
                    "// eslint-disable-next-line\nconst g = require('../../scripts/generate-sample-data.ts');\nexport default g;\n",
                'org/config/reexport.ts': "export * from '../../scripts/generate-sample-data';\n"
            })
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('dependencies check', () => {
    it('passes runtime that imports lib/ and other runtime, and tests that use the generator', () => {
        expect(results.wellLaidOut.failures).toEqual([]);
        expect(results.wellLaidOut.stdout).toMatch(/^ok {3}\[dependencies\] .*: 5 runtime files/m);
        expect(results.wellLaidOut.status).toBe(0);
    });

    it('fails when the preview server imports the sample data generator, naming the line', () => {
        expectFinding(
            results.serverImportsGenerator,
            'dependencies',
            'preview/server/server.ts:2',
            'runtime code imports scripts/generate-sample-data.ts (the one-off sample data generator): move what both need to lib/'
        );
        expect(results.serverImportsGenerator.failures).toHaveLength(1);
    });

    it('fails when runtime reaches a benchmark through a non-runtime script, naming the chain', () => {
        expectFinding(
            results.throughAScript,
            'dependencies',
            'scripts/insight.ts:2',
            'imports scripts/bench/engine.ts (the benchmarks) through scripts/format.ts -> scripts/pad.ts:'
        );
        // org/score/main.ts imports scripts/insight.ts, which is runtime and reported on its own line only.
        expect(results.throughAScript.failures).toHaveLength(1);
    });

    it('sees dynamic import(), require() and export ... from', () => {
        expectFinding(
            results.dynamicAndRequire,
            'dependencies',
            'lib/sobjectTree.ts:2',
            'imports scripts/bench/engine.ts (the benchmarks)'
        );
        expectFinding(
            results.dynamicAndRequire,
            'dependencies',
            'preview/app/clock.ts:2',
            'imports scripts/generate-sample-data.ts'
        );
        expectFinding(
            results.dynamicAndRequire,
            'dependencies',
            'org/config/reexport.ts:1',
            'imports scripts/generate-sample-data.ts'
        );
        expect(results.dynamicAndRequire.failures).toHaveLength(3);
    });
});
