// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { checkEmittedCli, copyFixture, removeFixtures, validate } from './helpers';

const CHECK_NAMES = [
    'project-json',
    'types',
    'dependencies',
    'lwc',
    'emitted-js',
    'metadata-xml',
    'metadata-refs',
    'flows',
    'permission-deps',
    'convert',
    'apex-parse',
    'pmd',
    'eslint'
];

afterAll(removeFixtures);

describe('validate on the valid fixture project', () => {
    it('passes every check and prints a summary with counts and time', () => {
        const root = copyFixture();
        const result = validate(root);
        expect(result.failures).toEqual([]);
        for (const name of CHECK_NAMES) expect(result.stdout).toMatch(new RegExp(`^ok {3}\\[${name}\\] `, 'm'));
        expect(result.stdout).toMatch(
            /^validate passed: 13 checks, 13 passed, 0 failed, 0 skipped, 0 finding\(s\) in \d+\.\d s$/m
        );
        expect(result.status).toBe(0);
    });

    it('finds the emitted .js up to date (check:emitted CLI)', () => {
        const result = checkEmittedCli(copyFixture());
        expect(result.stdout).toContain('emitted .js is up to date');
        expect(result.status).toBe(0);
    });
});

describe('validate command line', () => {
    it('rejects a root that does not exist', () => {
        const result = validate('/nonexistent/si-validate-root', '--only', 'lwc');
        expect(result.stderr).toContain('/nonexistent/si-validate-root does not exist');
        expect(result.status).toBe(2);
    });

    it('rejects an unknown check name', () => {
        const result = validate(copyFixture(), '--only', 'lwc,nope');
        expect(result.stderr).toContain('unknown check "nope"');
        expect(result.status).toBe(2);
    });
});
