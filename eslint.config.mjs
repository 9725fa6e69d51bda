// ESLint 9 flat configuration.
// - LWC TypeScript sources: Salesforce's `recommended` LWC rules (platform rules on) parsed by typescript-eslint.
//   (`recommendedTs` uses the Babel parser and reports `no-undef` on types, see docs/TOOLCHAIN notes.)
// - Tests: Jest rules.  - Node tooling: typescript-eslint recommended.
// The emitted `.js` beside each `.ts` is generated (checked by `npm run check:emitted`), so it is not linted twice.
import { createRequire } from 'node:module';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const require = createRequire(import.meta.url);
const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');

const LWC_TS = ['force-app/main/default/lwc/**/*.ts', 'preview/**/modules/**/*.ts'];
const TESTS = ['**/__tests__/**/*.ts', 'force-app/test/**/*.js'];

const scoped = (configs, files) => configs.map((c) => ({ ...c, files }));

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'build/**',
            'test-results/**',
            'playwright-report/**',
            '.sf/**',
            '.sfdx/**',
            'force-app/main/default/lwc/**/*.js',
            'scripts/validate/__tests__/fixtures/**',
            '**/__tests__/fixtures/**'
        ]
    },
    ...scoped(lwcConfig.configs.recommended, LWC_TS),
    {
        files: LWC_TS,
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { sourceType: 'module' }
        },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
            // TypeScript checks these itself, with types the core rules cannot see.
            'no-undef': 'off',
            'no-unused-vars': 'off',
            'no-redeclare': 'off',
            // eslint-plugin-import cannot see type-only exports; tsc checks imports and exports exactly.
            'import/export': 'off',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
            '@typescript-eslint/no-explicit-any': 'error'
        }
    },
    ...scoped(tseslint.configs.recommended, [
        'lib/**/*.ts',
        'scripts/**/*.ts',
        'preview/**/*.ts',
        'org/**/*.ts',
        'types/**/*.ts'
    ]),
    {
        files: [
            'lib/**/*.ts',
            'scripts/**/*.ts',
            'scripts/**/*.mjs',
            'preview/**/*.ts',
            'org/**/*.ts',
            'preview/**/*.mjs',
            '*.mjs',
            '*.js',
            '.ci/**/*.js'
        ],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: TESTS,
        plugins: { jest: jestPlugin },
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            '@typescript-eslint/no-explicit-any': 'off',
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
        }
    },
    {
        // `jest.mock(id, factory, { virtual: true })` only for ids no file answers (labels, Apex, permissions). For a
        // real module (a c/ component, a lightning/ stub) Jest 29 keys a virtual mock by the bare id but a component's
        // own import by the resolved path, and the resolver that caches those keys is shared by the test files of a
        // worker: after a file that loaded the component without the mock, the component gets the real module
        // (jestjs/jest#16288), and the test fails only in some full runs.
        files: [...TESTS, 'scripts/bench/**/*.ts'],
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector:
                        "CallExpression[callee.object.name='jest'][callee.property.name=/^(mock|doMock)$/][arguments.0.value=/^(c|lightning)\\u002F/] > ObjectExpression > Property[key.name='virtual'][value.value=true]",
                    message:
                        'A c/ or lightning/ module exists: mock it without { virtual: true }, or a component may get the real module when another test file ran first in the worker.'
                }
            ]
        }
    },
    {
        // The preview's own page components are tooling, not platform code: they may schedule frames.
        files: ['preview/**/modules/**/*.ts'],
        rules: { '@lwc/lwc/no-async-operation': 'off' }
    },
    {
        files: ['types/**/*.d.ts'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' }
    }
];
