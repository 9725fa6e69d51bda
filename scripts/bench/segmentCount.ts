// npm run bench:segments-count [-- --changes 60]: the segment builder's live count in the preview (issue 15: "live
// count in the builder for the sample data: under 200 ms in the preview"). The preview server runs as
// SI_Operations_User over data/ (its accounts carrying the scores the scoring job stores); headless Chromium opens
// `/?page=segments` and changes the first filter (profile fit band) one tick at a time, always leaving at least one
// value ticked so every change is a new definition and a new GraphQL query. Each figure is the time in the page
// from the click to the members list having its new answer rendered: c-si-segment-members' `countchange` (sent
// when the query's answer arrives) and the next animation frame. Also reports the preview server's time on those
// queries (its Server-Timing header). Writes build/bench/segment-count.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { SAMPLE_AS_OF } from '../../lib/asOf';
import { createPreviewApi, createPreviewServer, listen } from '../../preview/server/server';
import { median } from './jobRuns';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'build', 'bench', 'segment-count.json');
const TARGET_MS = 200;
/** Ticks that walk Strong -> Strong+Moderate -> Moderate -> Moderate+Weak -> Weak -> Weak+Strong -> Strong. */
const WALK = ['Moderate', 'Strong', 'Weak', 'Moderate', 'Strong', 'Weak'];

function changesArg(argv: readonly string[]): number {
    const at = argv.indexOf('--changes');
    const n = at > 0 ? Number(argv[at + 1]) : 60;
    if (!Number.isInteger(n) || n < 1) throw new Error('--changes must be a whole number of at least 1');
    return n;
}

const percentile = (values: readonly number[], p: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};

/** Clicks the value's checkbox label and resolves with the ms until the new answer is rendered. */
async function timedTick(page: Page, value: string): Promise<number> {
    const label = await page.locator('c-si-segment-filter-row label', { hasText: value }).first().elementHandle();
    const members = await page.locator('c-si-segment-members').elementHandle();
    if (!label || !members) throw new Error('the builder has no filter value or members list');
    return page.evaluate(
        ([target, host]) =>
            new Promise<number>((resolve) => {
                const start = performance.now();
                host.addEventListener(
                    'countchange',
                    () => requestAnimationFrame(() => resolve(performance.now() - start)),
                    { once: true }
                );
                (target as HTMLElement).click();
            }),
        [label, members] as const
    );
}

async function main(): Promise<void> {
    const changes = changesArg(process.argv);
    const { api, clock } = createPreviewApi(ROOT, {
        dataDir: join(ROOT, 'data'),
        asOf: SAMPLE_AS_OF,
        pinned: true,
        permissionSets: ['SI_Operations_User']
    });
    const server = createPreviewServer(api, clock);
    const url = await listen(server, 0, false);
    const browser = await chromium.launch({
        executablePath: process.env.SI_CHROMIUM ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS
    });
    const serverMs: number[] = [];
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        page.on('response', (response) => {
            if (!response.url().endsWith('/preview-api/graphql')) return;
            const timing = response.headers()['server-timing'] ?? '';
            const dur = /dur=([\d.]+)/.exec(timing);
            if (dur) serverMs.push(Number(dur[1]));
        });
        await page.goto(new URL('/?page=segments', url).href);
        await page.locator('c-si-segment-filter-row label', { hasText: 'Strong' }).first().click();
        await page.locator('[data-id="member-count"]').filter({ hasText: /match/ }).waitFor();
        // Three changes first, not counted: the page's first queries compile the builder's code paths.
        for (const value of WALK.slice(0, 3)) await timedTick(page, value);
        serverMs.length = 0;
        const samples: number[] = [];
        for (let i = 0; i < changes; i++) samples.push(await timedTick(page, WALK[(i + 3) % WALK.length] as string));
        const accounts = api.data.records('Account').length;
        if (serverMs.length < changes)
            throw new Error(
                `${changes} changes sent ${serverMs.length} GraphQL queries: a change did not reach the server`
            );
        const result = {
            accounts,
            changes,
            medianMs: median(samples),
            p90Ms: percentile(samples, 90),
            maxMs: Math.max(...samples),
            queries: serverMs.length,
            serverMedianMs: serverMs.length ? median(serverMs) : null,
            targetMs: TARGET_MS,
            load: loadavg()[0],
            samples
        };
        mkdirSync(join(ROOT, 'build', 'bench'), { recursive: true });
        writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
        console.log(
            `live count, ${accounts} sample accounts, ${changes} filter changes (${serverMs.length} queries): median ${result.medianMs.toFixed(1)} ms, ` +
                `p90 ${result.p90Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms (goal < ${TARGET_MS} ms: ` +
                `${result.p90Ms < TARGET_MS ? 'met' : 'not met'} at p90); the server's time per query: median ` +
                `${result.serverMedianMs === null ? '-' : `${result.serverMedianMs.toFixed(1)} ms`} (load ${loadavg()[0]?.toFixed(1)}); ${OUT}`
        );
    } finally {
        await browser.close();
        await new Promise<void>((done) => server.close(() => done()));
    }
}

void main();
