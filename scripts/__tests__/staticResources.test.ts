// The static resources the components load are the npm packages the tests run against: SI_PapaParse is
// papaparse's own papaparse.min.js at the installed version (the list upload is tested with the npm module).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

describe('static resources', () => {
    it('SI_PapaParse is the installed papaparse.min.js, byte for byte', () => {
        const shipped = readFileSync(join(ROOT, 'force-app/main/default/staticresources/SI_PapaParse.js'));
        const installed = readFileSync(require.resolve('papaparse/papaparse.min.js'));
        expect(shipped.equals(installed)).toBe(true);
    });
});
