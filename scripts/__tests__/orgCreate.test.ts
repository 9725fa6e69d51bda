// Default (jsdom) environment: `@jest-environment node` fails in the LWC preset setup (`Element is not defined`).
// `npm run org:create` without a Dev Hub: the real script runs in a sandbox whose `sf` is a stand-in that
// records its calls (no org is reachable from these machines). What matters here: the data it imports is
// generated for the day of import into a temporary folder, not the committed data/ of 2026-11-02.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DATA_AS_OF_FILE, localToday } from '../../lib/asOf';

const ROOT = path.resolve(__dirname, '..', '..');

/** An `sf` that logs every call to $SF_LOG and answers the few calls whose output the script reads. */
const FAKE_SF = `#!/bin/bash
echo "sf $*" >> "$SF_LOG"
case "$1 $2" in
  "config get") echo '{"result":[{"value":"devhub"}]}' ;;
  "org display") echo '{"result":{"username":"admin@si.example"}}' ;;
  "data query") echo '{"result":{"records":[{"Id":"001000000000001AAA"}]}}' ;;
  "org open") echo '{"result":{"url":"https://si.example/secret"}}' ;;
  "data import")
    plan=""
    while [ $# -gt 0 ]; do [ "$1" = --plan ] && plan="$2"; shift; done
    [ -f "$plan" ] || { echo "no plan $plan" >&2; exit 1; }
    dir="$(dirname "$plan")"
    cp "$dir/${DATA_AS_OF_FILE}" "$SF_LOG.as-of.json"
    cat "$plan" > "$SF_LOG.plan.json"
    cat "$dir"/Task-01.json > "$SF_LOG.tasks.json" ;;
esac
`;

let sandbox: string;
let log: string;
let result: SpawnSyncReturns<string>;
let today: string;

beforeAll(() => {
    sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'si-org-create-'));
    const dataTmp = path.join(sandbox, 'tmp');
    log = path.join(sandbox, 'sf.log');
    const put = (file: string, text: string, mode = 0o644): void => {
        fs.mkdirSync(path.dirname(path.join(sandbox, file)), { recursive: true });
        fs.writeFileSync(path.join(sandbox, file), text, { mode });
    };
    fs.mkdirSync(dataTmp);
    put('scripts/org-create.sh', fs.readFileSync(path.join(ROOT, 'scripts/org-create.sh'), 'utf8'), 0o755);
    // The real generator, linked (its imports resolve from the repository).
    fs.symlinkSync(
        path.join(ROOT, 'scripts/generate-sample-data.ts'),
        path.join(sandbox, 'scripts/generate-sample-data.ts')
    );
    put('package.json', JSON.stringify({ name: 'si-sandbox', private: true, scripts: { build: 'echo built' } }));
    put('config/project-scratch-def.json', '{}');
    put('force-app/main/default/permissionsets/SI_Operations_User.permissionset-meta.xml', '<PermissionSet/>');
    put('force-app/main/default/permissionsets/SI_Sales_User.permissionset-meta.xml', '<PermissionSet/>');
    put('node_modules/.bin/sf', FAKE_SF, 0o755);
    fs.symlinkSync(path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(sandbox, 'node_modules/.bin/tsx'));
    today = localToday();
    result = spawnSync('bash', [path.join(sandbox, 'scripts/org-create.sh'), 'si-test', '3', 'SI_Sales_User'], {
        cwd: sandbox,
        encoding: 'utf8',
        env: { ...process.env, SF_LOG: log, TMPDIR: dataTmp, DEV_HUB: '' }
    });
}, 120_000);
afterAll(() => fs.rmSync(sandbox, { recursive: true, force: true }));

describe('npm run org:create', () => {
    it('runs every step and prints the account page', () => {
        expect(result.stderr).not.toContain('org:create:'); // its failures; npm may warn about its own config
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('https://si.example/secret');
        const calls = fs.readFileSync(log, 'utf8').trim().split('\n');
        expect(calls.map((c) => c.split(' ').slice(1, 3).join(' '))).toEqual([
            'config get',
            'org create',
            'project deploy',
            'org assign',
            'org display',
            'data update',
            'data import',
            'data query',
            'org open'
        ]);
    });

    it('imports the plan of sample data generated for the day of import, from a temporary folder it removes', () => {
        const asOf = (JSON.parse(fs.readFileSync(`${log}.as-of.json`, 'utf8')) as { asOf: string }).asOf;
        // The day the script ran (unless midnight passed while it ran).
        expect([today, localToday()]).toContain(asOf);
        expect(result.stdout).toContain(`generating the sample data as of ${asOf}`);
        const importCall = fs
            .readFileSync(log, 'utf8')
            .split('\n')
            .find((c) => c.startsWith('sf data import tree'));
        const plan = /--plan (\S+)/.exec(importCall ?? '')?.[1] ?? '';
        expect(plan.startsWith(path.join(sandbox, 'tmp', 'si-sample-data.'))).toBe(true);
        expect(plan.endsWith('/data-plan.json')).toBe(true);
        // The plan does not list the as-of file, and the folder is gone after the run.
        expect(fs.readFileSync(`${log}.plan.json`, 'utf8')).not.toContain(DATA_AS_OF_FILE);
        expect(fs.existsSync(path.dirname(plan))).toBe(false);
        // Its tasks are dated up to the day of import: the newest is recent.
        const tasks = (
            JSON.parse(fs.readFileSync(`${log}.tasks.json`, 'utf8')) as { records: Array<{ ActivityDate: string }> }
        ).records;
        const newest = tasks
            .map((t) => t.ActivityDate)
            .sort()
            .pop() as string;
        expect(newest <= asOf).toBe(true);
        expect(Date.parse(asOf) - Date.parse(newest)).toBeLessThanOrEqual(10 * 86_400_000);
    });
});
