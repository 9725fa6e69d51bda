// `npm run bench:seats`: the seat audit (`npm run seats`) against the REST stand-in on a generated org of
// N users holding the app's permission sets (org/__tests__/support/seatOrg.ts seedManySeats: one app set
// each, a tenth a second, every fifth user SI_Sales_User with the licence it needs; logins over 0-400 days,
// 5% never logged in). Measures the dry-run audit, then --revoke, then --undo of that run: wall time, API
// requests by kind and requests per 2,000 users. The figure: an audit of 10,000 users in under
// 30 s and at most 5 API calls per 2,000 users. Times depend on the machine; request counts do not.
//   npm run bench:seats [-- --users 10000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthHome, standInAuthOptions } from '../../org/__tests__/support/authHome';
import { seedManySeats, startSeatOrg } from '../../org/__tests__/support/seatOrg';
import type { RequestLogEntry } from '../../org/__tests__/support/salesforceStandIn';
import { main } from '../../org/seats/main';

const NOW = Date.parse('2026-12-03T12:00:00Z');

function kindOf(r: RequestLogEntry): string {
    if (r.path.includes('/oauth2/')) return 'auth';
    if (r.path.includes('/composite/sobjects')) return `${r.method} composite/sobjects`;
    if (/\/query\/01g/.test(r.path)) return 'query next page (nextRecordsUrl)';
    if (r.path.endsWith('/query')) return 'query';
    return `${r.method} other`;
}

async function main_(argv: string[]): Promise<void> {
    const at = argv.indexOf('--users');
    const users = at >= 0 ? Number(argv[at + 1]) : 10_000;
    if (!Number.isInteger(users) || users < 1) throw new Error('--users needs a whole number');
    const tmp = mkdtempSync(join(tmpdir(), 'si-bench-seats-'));
    const org = await startSeatOrg(NOW);
    seedManySeats(org, users);
    const home = createAuthHome(standInAuthOptions(org.sf, { alias: 'bench' }));
    const restore = home.activate();
    const lines: string[] = [];
    try {
        let runId = '';
        for (const [pass, args] of [
            ['audit (dry run)', []],
            ['--revoke', ['--revoke']],
            ['--undo', ['--undo']]
        ] as const) {
            const before = org.sf.requests.length;
            let out = '';
            const started = performance.now();
            const code = await main(
                ['--target-org', 'bench', '--out', join(tmp, 'runs'), ...args, ...(pass === '--undo' ? [runId] : [])],
                { stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t), now: () => new Date(NOW) }
            );
            const seconds = (performance.now() - started) / 1000;
            if (code !== 0) throw new Error(`${pass} exited ${code}:\n${out.slice(-2000)}`);
            if (pass === '--revoke') runId = /--undo (\S+)/.exec(out)?.[1] ?? '';
            const requests = org.sf.requests.slice(before).filter((r) => !r.path.includes('/oauth2/'));
            const byKind = new Map<string, number>();
            for (const r of requests) byKind.set(kindOf(r), (byKind.get(kindOf(r)) ?? 0) + 1);
            const summary = out
                .split('\n')
                .filter((l) => /active users hold|--revoke would remove|^Removed \d|^Undo of run/.test(l));
            lines.push(
                `${pass}: ${seconds.toFixed(2)} s, ${requests.length} API requests ` +
                    `(${((requests.length / users) * 2000).toFixed(1)} per 2,000 users)`,
                ...[...byKind].map(([k, n]) => `    ${k.padEnd(34)} ${n}`),
                ...summary.map((l) => `    ${l}`)
            );
        }
    } finally {
        restore();
        home.remove();
        await org.sf.close();
        rmSync(tmp, { recursive: true, force: true });
    }
    process.stdout.write(
        `Seat audit of ${users.toLocaleString('en-US')} users against the REST stand-in (node ${process.version}):\n${lines.join('\n')}\n`
    );
}

void main_(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
});
