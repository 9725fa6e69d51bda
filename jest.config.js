'use strict';
// One Jest configuration for component, engine, client and tooling tests.
// SI_JEST_EMITTED=1 resolves `.js` before `.ts`, so the same tests also run against the
// emitted JavaScript that is deployed (see `npm run test:emitted`).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const emitted = process.env.SI_JEST_EMITTED === '1';

module.exports = {
    ...jestConfig,
    moduleFileExtensions: emitted ? ['js', 'ts', 'html', 'json'] : ['ts', 'js', 'html', 'json'],
    testMatch: [
        '<rootDir>/force-app/**/__tests__/**/*.test.ts',
        '<rootDir>/lib/**/__tests__/**/*.test.ts',
        '<rootDir>/scripts/**/__tests__/**/*.test.ts',
        '<rootDir>/preview/**/__tests__/**/*.test.ts',
        '<rootDir>/org/**/__tests__/**/*.test.ts'
    ],
    // Emitted-JS runs only need the tests that exercise deployed code.
    testPathIgnorePatterns: [
        ...jestConfig.testPathIgnorePatterns,
        '<rootDir>/.localdevserver',
        ...(emitted ? ['<rootDir>/lib/', '<rootDir>/scripts/', '<rootDir>/org/'] : [])
    ],
    setupFilesAfterEnv: [...jestConfig.setupFilesAfterEnv, '<rootDir>/jest.setup.js'],
    // Overrides of the `lightning/*` stubs live in force-app/test/jest-mocks/ and are mapped here.
    moduleNameMapper: {
        '^lightning/modal$': '<rootDir>/force-app/test/jest-mocks/lightning/modal'
    },
    collectCoverageFrom: [
        'force-app/main/default/lwc/**/*.ts',
        '!**/__tests__/**'
    ],
    coverageReporters: ['text-summary', 'lcov', 'json-summary'],
    testTimeout: 30000
};
