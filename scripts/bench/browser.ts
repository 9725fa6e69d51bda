// Browser benchmark of the local preview: time from navigation to the insight panel fully rendered
// (the page's `si-panel-rendered` mark: insight, stage path and people rendered, no spinner), in headless
// Chromium, for the largest sample account and for a generated account with about 2,000 people.
// Median of several runs, each in a fresh browser context (cold cache). Writes build/bench/browser.json,
// prints a table, and saves the README's panel screenshot (docs/images/panel.png).
//   npm run bench:browser [-- --runs 7] [--no-screenshot] [--no-warm-up (the GraphQL stand-in cold, as a fresh process)]
// Needs the built preview (`npm run bench:browser` builds it first) and /usr/bin/chromium (or SI_CHROMIUM).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { DEFAULT_CONFIG, computeInsight, groupAccountData } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { PreviewApi } from '../../preview/server/api';
import { BUILD_DIR, createPreviewServer, listen, sendFile } from '../../preview/server/server';
import { generateRecords, generateSampleData, writeSampleData } from '../generate-sample-data';
import { SAMPLE_AS_OF } from '../../lib/asOf';
import { datasetFromTree } from '../insight';
import { readSObjectTree } from '../../lib/sobjectTree';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'build', 'bench', 'browser.json');
const SCREENSHOT = join(ROOT, 'docs', 'images', 'panel.png');
/** People of the generated account (`--people N` for another size, e.g. 8000: 5,000 contacts and 3,000 leads). */
const DEFAULT_PEOPLE = 2000;
/** The target for the largest sample account. */
const TARGET_MS = 300;

interface Sample {
    /** Navigation start to the panel rendered. */
    renderedMs: number;
    /** Navigation start to the page's script running (bundle downloaded and evaluated). */
    scriptMs: number;
    /** Navigation start to the panel sending its GraphQL query (after its getRecord and configuration reads). */
    queryMs: number;
    /** Navigation start to the GraphQL response received. */
    dataMs: number;
    /** The preview server's time on the GraphQL request (its Server-Timing header: execute and serialize). */
    serverMs: number;
}

interface Result {
    name: string;
    accountId: string;
    people: number;
    graphqlBytes: number;
    /** GraphQL requests the view sent. */
    graphqlRequests: number;
    median: Sample;
    afterDataMedianMs: number;
    samples: Sample[];
    /** Navigation to rendered on a second visit in the same context (HTTP cache and V8 code cache warm). */
    warmMedianMs: number;
    warmSamples: number[];
}

/** A page that renders nothing: what the browser alone costs from navigation to a script's mark. */
interface Floor {
    name: string;
    medianMs: number;
    samples: number[];
}

function parseArgs(argv: readonly string[]): { runs: number; screenshot: boolean; people: number } {
    const options = { runs: 7, screenshot: true, people: DEFAULT_PEOPLE };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        if (flag === '--runs') {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1)
                throw new Error(`--runs must be a positive whole number, got ${String(argv[i])}`);
            options.runs = n;
        } else if (flag === '--people') {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1)
                throw new Error(`--people must be a positive whole number, got ${String(argv[i])}`);
            options.people = n;
        } else if (flag === '--no-screenshot') options.screenshot = false;
        else if (flag === '--no-warm-up')
            continue; // read by serve()
        else
            throw new Error(
                `unknown option "${flag}" (expected --runs <n>, --people <n>, --no-screenshot, --no-warm-up)`
            );
    }
    return options;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** People per account, as the engine counts them (contacts and matched leads). */
function peopleByAccount(dir: string): Array<{ id: string; name: string; people: number }> {
    const { dataset } = datasetFromTree(readSObjectTree(dir));
    return groupAccountData(dataset).accounts.map((data) => ({
        id: String(data.account.Id),
        name: String(data.account.Name ?? data.account.Id),
        people: computeInsight(data, DEFAULT_CONFIG, SAMPLE_AS_OF).people.length
    }));
}

/** Generates one account (the first archetype) scaled to about `target` people into `dir`. */
function generateLargeAccount(dir: string, target: number): { id: string; name: string; people: number } {
    const TARGET_PEOPLE = target;
    let scale = TARGET_PEOPLE / 300;
    for (let attempt = 0; attempt < 4; attempt++) {
        const options = { asOf: SAMPLE_AS_OF, accounts: 1, scale };
        writeSampleData(dir, generateSampleData(options, generateRecords(options)));
        const account = peopleByAccount(dir)[0];
        if (!account) throw new Error('the generator wrote no account');
        if (Math.abs(account.people - TARGET_PEOPLE) <= TARGET_PEOPLE * 0.02) return account;
        scale *= TARGET_PEOPLE / Math.max(1, account.people);
    }
    const account = peopleByAccount(dir)[0] as { id: string; name: string; people: number };
    console.warn(`bench: the generated account has ${account.people} people (target ${TARGET_PEOPLE})`);
    return account;
}

async function serve(dataDir: string): Promise<{ server: Server; url: string }> {
    // Served as `npm start` serves it: the GraphQL stand-in warmed up with the panel's query (see PreviewApi.warmUp).
    const api = new PreviewApi(ROOT, dataDir, SAMPLE_AS_OF);
    if (!process.argv.includes('--no-warm-up')) api.warmUp();
    const server = createPreviewServer(api);
    const url = await listen(server, 0, false);
    return { server, url };
}

/**
 * Waits for the panel to settle with a MutationObserver, not Playwright's selector polling, which queries
 * the page on every animation frame and so takes CPU from the page being measured.
 */
const WAIT_SETTLED = `new Promise((resolve, reject) => {
            const settled = () => document.body.dataset.panelState !== undefined;
            if (settled()) return resolve(true);
            const timer = setTimeout(() => reject(new Error('the panel did not settle in 180 s')), 180000);
            const observer = new MutationObserver(() => {
                if (!settled()) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve(true);
            });
            observer.observe(document.body, { attributes: true, attributeFilter: ['data-panel-state'] });
        })`;

async function measure(
    browser: Browser,
    url: string,
    accountId: string
): Promise<Sample & { state: string; graphqlBytes: number; graphqlRequests: number }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${url}?account=${encodeURIComponent(accountId)}`);
        await page.evaluate(WAIT_SETTLED);
        if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
        // A string, not a function: tsx would wrap named helpers in `__name`, which the page lacks.
        return (await page.evaluate(`(() => {
            const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
            const graphql = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/preview-api/graphql'));
            const last = graphql[graphql.length - 1];
            return {
                state: document.body.dataset.panelState ?? '',
                renderedMs: mark('si-panel-rendered'),
                scriptMs: mark('si-preview-start'),
                queryMs: last ? last.startTime : Number.NaN,
                dataMs: last ? last.responseEnd : Number.NaN,
                serverMs: last ? last.serverTiming.reduce((sum, t) => sum + t.duration, 0) : Number.NaN,
                graphqlBytes: last ? last.encodedBodySize : 0,
                graphqlRequests: graphql.length
            };
        })()`)) as Sample & { state: string; graphqlBytes: number; graphqlRequests: number };
    } finally {
        await context.close();
    }
}

async function bench(
    browser: Browser,
    name: string,
    dataDir: string,
    account: { id: string; people: number },
    runs: number
): Promise<Result> {
    const { server, url } = await serve(dataDir);
    try {
        await measure(browser, url, account.id); // warm-up: server JIT, OS file cache
        const samples: Sample[] = [];
        let graphqlBytes = 0;
        let graphqlRequests = 0;
        for (let i = 0; i < runs; i++) {
            const {
                state,
                graphqlBytes: bytes,
                graphqlRequests: requests,
                ...sample
            } = await measure(browser, url, account.id);
            if (state !== 'ready') throw new Error(`${name}: the panel settled as "${state}", not ready`);
            samples.push(sample);
            graphqlBytes = bytes;
            graphqlRequests = requests;
        }
        const warmSamples = await measureWarm(browser, url, account.id, runs);
        const med = (k: keyof Sample): number => Math.round(median(samples.map((s) => s[k])));
        return {
            name,
            accountId: account.id,
            people: account.people,
            graphqlBytes,
            graphqlRequests,
            median: {
                renderedMs: med('renderedMs'),
                scriptMs: med('scriptMs'),
                queryMs: med('queryMs'),
                dataMs: med('dataMs'),
                serverMs: med('serverMs')
            },
            afterDataMedianMs: Math.round(median(samples.map((s) => s.renderedMs - s.dataMs))),
            samples,
            warmMedianMs: Math.round(median(warmSamples)),
            warmSamples
        };
    } finally {
        server.close();
    }
}

/** Second visits: one context, a first navigation to fill its caches, then `runs` navigations measured. */
async function measureWarm(browser: Browser, url: string, accountId: string, runs: number): Promise<number[]> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
        const page = await context.newPage();
        const target = `${url}?account=${encodeURIComponent(accountId)}`;
        const out: number[] = [];
        for (let i = 0; i <= runs; i++) {
            await page.goto(target);
            await page.evaluate(WAIT_SETTLED);
            const [ms, state] = (await page.evaluate(
                `[performance.getEntriesByName('si-panel-rendered')[0]?.startTime ?? Number.NaN, document.body.dataset.panelState]`
            )) as [number, string];
            if (state !== 'ready') throw new Error(`second visit: the panel settled as "${state}", not ready`);
            if (i > 0) out.push(ms);
        }
        return out;
    } finally {
        await context.close();
    }
}

/**
 * The floor under any figure on this machine: pages that render nothing, measured like the preview
 * (fresh context, navigation start to a performance mark that a module script sets at once).
 *   - an empty page with one small module script;
 *   - the preview's head without its app: the trimmed SLDS stylesheet and the synthetic shadow script.
 */
async function measureFloors(browser: Browser, runs: number): Promise<Floor[]> {
    const dir = mkdtempSync(join(tmpdir(), 'si-bench-floor-'));
    const mark = `performance.mark('si-preview-start'); performance.mark('si-panel-rendered'); document.body.dataset.panelState = 'ready';\n`;
    writeFileSync(join(dir, 'floor.js'), mark);
    copyFileSync(join(BUILD_DIR, 'slds.css'), join(dir, 'slds.css'));
    copyFileSync(join(BUILD_DIR, 'synthetic-shadow.js'), join(dir, 'synthetic-shadow.js'));
    const head =
        '<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Floor</title>';
    writeFileSync(
        join(dir, 'empty.html'),
        `<!doctype html><html lang="en"><head>${head}<script type="module" src="/floor.js"></script></head><body><main>Floor</main></body></html>`
    );
    writeFileSync(
        join(dir, 'shell.html'),
        `<!doctype html><html lang="en"><head>${head}<link rel="stylesheet" href="/slds.css" /><script src="/synthetic-shadow.js"></script><script type="module" src="/floor.js"></script></head><body><main id="main"><article class="slds-card"><div class="slds-card__body">Floor</div></article></main></body></html>`
    );
    const server = createServer((req, res) =>
        sendFile(res, dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname.slice(1)))
    );
    try {
        const url = await listen(server, 0, false);
        const floors: Floor[] = [];
        for (const [name, page] of [
            ['Empty page, one module script', 'empty.html'],
            ["The preview's head only (trimmed SLDS, synthetic shadow), no app", 'shell.html']
        ] as const) {
            await measure(browser, `${url}${page}`, ''); // warm-up
            const samples: number[] = [];
            for (let i = 0; i < runs; i++) samples.push((await measure(browser, `${url}${page}`, '')).renderedMs);
            floors.push({ name, medianMs: Math.round(median(samples)), samples });
        }
        return floors;
    } finally {
        server.close();
        rmSync(dir, { recursive: true, force: true });
    }
}

async function screenshotPanel(browser: Browser): Promise<void> {
    // A mid-sized, qualified account shows every part of the panel on one screen.
    const accounts = peopleByAccount(join(ROOT, 'data'));
    const chosen =
        accounts.find((a) => a.name === 'Meridian Freight Group') ??
        accounts.find((a) => a.people > 5 && a.people < 40) ??
        accounts[0];
    if (!chosen) throw new Error('no sample account for the screenshot');
    const { server, url } = await serve(join(ROOT, 'data'));
    const context = await browser.newContext({ viewport: { width: 1400, height: 1400 }, deviceScaleFactor: 1 });
    try {
        const page = await context.newPage();
        await page.goto(`${url}?account=${encodeURIComponent(chosen.id)}`);
        await page.waitForSelector('body[data-panel-state="ready"]', { timeout: 120_000, state: 'attached' });
        await page.locator('c-si-account-insight-panel c-si-score-summary.si-fit button.si-why__toggle').click();
        await page.locator('[data-id="account-name"]').click(); // moves focus off the button (no focus ring)
        const box = await page.locator('c-si-account-insight-panel').boundingBox();
        if (!box) throw new Error('the panel has no box to capture');
        mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
        await page.screenshot({
            path: SCREENSHOT,
            clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1200) }
        });
        console.log(`Screenshot of ${chosen.name}: ${SCREENSHOT}`);
    } finally {
        await context.close();
        server.close();
    }
}

async function main(): Promise<void> {
    const options = parseArgs(process.argv.slice(2));
    if (!existsSync(join(BUILD_DIR, 'app.js')))
        throw new Error('no built preview: run `npm run preview:build` first (npm run bench:browser does)');
    const executablePath = process.env.SI_CHROMIUM ?? '/usr/bin/chromium';
    if (!existsSync(executablePath))
        throw new Error(`no Chromium at ${executablePath}: apt-get install -y chromium (or set SI_CHROMIUM)`);

    const sample = peopleByAccount(join(ROOT, 'data')).sort((a, b) => b.people - a.people)[0];
    if (!sample) throw new Error('data/ has no accounts');
    const tmp = mkdtempSync(join(tmpdir(), 'si-bench-browser-'));
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
        const large = generateLargeAccount(tmp, options.people);
        const results = [
            await bench(browser, `Largest sample account (${sample.name})`, join(ROOT, 'data'), sample, options.runs),
            await bench(browser, `Generated account (${large.name}, scaled)`, tmp, large, options.runs)
        ];
        const floors = await measureFloors(browser, options.runs);
        const report = {
            measuredAt: new Date().toISOString(),
            what: 'navigation start to the panel fully rendered (performance mark si-panel-rendered), headless Chromium, fresh context per run',
            runs: options.runs,
            targetMsLargestSample: TARGET_MS,
            machine: {
                cpus: cpus().length,
                model: cpus()[0]?.model ?? 'unknown',
                loadavg: loadavg().map((l) => Number(l.toFixed(2)))
            },
            results,
            floors
        };
        mkdirSync(join(ROOT, 'build', 'bench'), { recursive: true });
        writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
        console.log(
            `Browser benchmark, median of ${options.runs} runs (ms from navigation start), load average ${report.machine.loadavg.join(' ')}`
        );
        console.table(
            results.map((r) => ({
                account: r.name,
                people: r.people,
                'GraphQL KB': Math.round(r.graphqlBytes / 1024),
                'GraphQL requests': r.graphqlRequests,
                'script running': r.median.scriptMs,
                'query sent': r.median.queryMs,
                'server ms': r.median.serverMs,
                'data received': r.median.dataMs,
                'panel rendered': r.median.renderedMs,
                'render after data': r.afterDataMedianMs,
                'second visit': r.warmMedianMs
            }))
        );
        console.log('Floor: pages that render nothing, measured the same way (median, ms)');
        console.table(floors.map((f) => ({ page: f.name, 'mark set': f.medianMs })));
        const largest = results[0] as Result;
        console.log(
            `Largest sample account: ${largest.median.renderedMs} ms to rendered (target ${TARGET_MS} ms: ${largest.median.renderedMs <= TARGET_MS ? 'met' : 'not met'}). Written ${OUT}`
        );
        if (options.screenshot) await screenshotPanel(browser);
    } finally {
        await browser.close();
        rmSync(tmp, { recursive: true, force: true });
    }
}

main().catch((e: unknown) => {
    console.error(`bench:browser: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
});
