// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, edit, expectFinding, removeFixtures, runCases, write, type CliResult } from './helpers';

const UNSAFE = 'force-app/main/default/classes/SI_Unsafe.cls';

const CASES = {
    pmdFinding: {
        check: 'pmd',
        breakIt: (root: string) => {
            write(
                root,
                UNSAFE,
                [
                    'public class SI_Unsafe {',
                    '    public static List<Account> find(String name) {',
                    "        return Database.query('SELECT Id FROM Account WHERE Name = \\'' + name + '\\'');",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            write(root, `${UNSAFE}-meta.xml`, '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n');
        }
    },
    lintError: {
        check: 'eslint',
        breakIt: (root: string) =>
            edit(root, `${BUNDLE}/siHello.ts`, 'get greeting', "renderedCallback(): void {\n        this.template.querySelector('p')!.innerHTML = this.name;\n    }\n\n    get greeting")
    },
    lwcRulesOff: { check: 'eslint', breakIt: (root: string) => edit(root, 'eslint.config.mjs', /'@lwc\/lwc\/[a-z-]+': 'error',\n/g, '') },
    noConfig: { check: 'eslint', breakIt: (root: string) => rmSync(join(root, 'eslint.config.mjs')) }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('pmd check', () => {
    it('fails on a severity 1-3 finding, naming rule, severity and file:line', () => {
        expectFinding(results.pmdFinding, 'pmd', `${UNSAFE}:3`, 'ApexSOQLInjection (severity 2)');
        expectFinding(results.pmdFinding, 'pmd', `${UNSAFE}:1`, 'ApexSharingViolations (severity 3)');
        // The fixture's own class (sharing declared, user-mode query) has no finding.
        expect(results.pmdFinding.failures.filter((l) => l.includes('SI_Hello.cls'))).toEqual([]);
    });
});

describe('eslint check', () => {
    it('fails on an ESLint error from an LWC platform rule', () => {
        expectFinding(results.lintError, 'eslint', `${BUNDLE}/siHello.ts:8`, '@lwc/lwc/no-inner-html');
    });

    it('fails when the config leaves the LWC platform rules off', () => {
        expectFinding(results.lwcRulesOff, 'eslint', 'eslint.config.mjs', 'no @lwc/lwc/* rule is on');
    });

    it('is skipped with a clear message while there is no eslint.config.mjs', () => {
        expect(results.noConfig.stdout).toMatch(/^SKIP \[eslint\] .*: no eslint\.config\.mjs at the project root yet/m);
        expect(results.noConfig.status).toBe(0);
    });
});
