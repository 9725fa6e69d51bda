// `npm run bench:score-org`: the org mode against the Bulk API 2.0 stand-in on a generated org: requests
// per 1,000 accounts by kind, rows written, and the same for a second run over the written values (which
// must write 0 rows). Counts, not times: they do not depend on the machine.
//   npm run bench:score-org [-- --accounts 2000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthHome, standInAuthOptions } from '../../org/__tests__/support/authHome';
import { startScoringOrg } from '../../org/__tests__/support/scoringOrg';
import { main } from '../../org/score/main';
import { PAGE_RECORDS } from '../../org/score/orgMode';
import { generateScoreData, SCORE_DATA_AS_OF } from './scoreData';

function kindOf(method: string, path: string): string {
    if (path.includes('/oauth2/')) return 'auth';
    if (/\/jobs\/query\/[^/]+\/results/.test(path)) return 'query results pages';
    if (path.includes('/jobs/query')) return 'query job create/poll';
    if (path.includes('/jobs/ingest')) return 'ingest job create/upload/close/poll/results';
    if (path.includes('/describe')) return 'describe';
    if (path.includes('/query')) return 'REST query (custom metadata)';
    if (path.includes('/sobjects/')) return 'run record upsert';
    return `${method} other`;
}

async function main_(argv: string[]): Promise<void> {
    const accounts = Number(argv[argv.indexOf('--accounts') + 1] || 2000);
    const tmp = mkdtempSync(join(tmpdir(), 'si-bench-org-'));
    try {
        const data = join(tmp, 'data');
        await generateScoreData({ dir: data, accounts, people: accounts * 6, activities: accounts * 30, seed: 5 });
        const sf = await startScoringOrg(data, { queryPageSize: 2000 });
        const home = createAuthHome(standInAuthOptions(sf, { alias: 'bench' }));
        const restore = home.activate();
        const rows: string[] = [];
        try {
            for (const pass of ['first run', 'second run']) {
                const before = sf.requests.length;
                let out = '';
                const code = await main(
                    [
                        '--target-org',
                        'bench',
                        '--as-of',
                        SCORE_DATA_AS_OF,
                        '--runs',
                        join(tmp, 'runs'),
                        '--poll-ms',
                        '0'
                    ],
                    {
                        stdout: (t) => (out += t),
                        stderr: (t) => process.stderr.write(t),
                        today: () => SCORE_DATA_AS_OF,
                        isTTY: false
                    }
                );
                if (code !== 0) throw new Error(`${pass} exited ${code}`);
                const requests = sf.requests.slice(before);
                const byKind = new Map<string, number>();
                for (const r of requests)
                    byKind.set(kindOf(r.method, r.path), (byKind.get(kindOf(r.method, r.path)) ?? 0) + 1);
                const uploaded = requests.filter((r) => r.method === 'PUT').reduce((n, r) => n + (r.rows ?? 0), 0);
                rows.push(
                    `${pass}: ${requests.length} requests (${((requests.length / accounts) * 1000).toFixed(1)} per 1,000 accounts), ${uploaded} rows uploaded`
                );
                for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) rows.push(`  ${kind.padEnd(46)} ${n}`);
                rows.push(`  ${out.split('\n').find((l) => l.startsWith('Updates:')) ?? ''}`);
            }
        } finally {
            restore();
            home.remove();
            await sf.close();
        }
        process.stdout.write(
            `${accounts} accounts, ${accounts * 6} people, ${accounts * 30} activities; results pages of up to ${PAGE_RECORDS.toLocaleString('en-US')} rows\n${rows.join('\n')}\n`
        );
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
}

void main_(process.argv.slice(2));
