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
    ...scoped(tseslint.configs.recommended, ['lib/**/*.ts', 'scripts/**/*.ts', 'preview/**/*.ts', 'org/**/*.ts', 'types/**/*.ts']),
    {
        files: ['lib/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs', 'preview/**/*.ts', 'org/**/*.ts', 'preview/**/*.mjs', '*.mjs', '*.js', '.ci/**/*.js'],
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
        // The preview's own page components are tooling, not platform code: they may schedule frames.
        files: ['preview/**/modules/**/*.ts'],
        rules: { '@lwc/lwc/no-async-operation': 'off' }
    },
    {
        files: ['types/**/*.d.ts'],
        rules: { '@typescript-eslint/no-explicit-any': 'off' }
    }
];
