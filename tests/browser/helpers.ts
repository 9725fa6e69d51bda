// Shared helpers of the browser tests: what `npm run insight` computes for the sample data (the
// expectations, never hard-coded), the custom label values the panel shows, page navigation that waits
// for the panel to settle, and screenshots saved per state under test-results/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { BROWSER_TEST_AS_OF } from '../../playwright.config';

export const ROOT = join(__dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export interface CliInsight {
    accountId: string;
    accountName: string;
    profileFit: { score: number; band: string; factors: Array<{ label: string; points: number }> };
    reach: { score: number };
    intent: { score: number };
    buyingStage: { stage: string; reasons: string[] };
    qualified: { qualified: boolean; startDate: string | null };
    people: Array<{ id: string; name?: string }>;
}

let cached: CliInsight[] | null = null;

/**
 * `npm run insight -- --data data --json --as-of <BROWSER_TEST_AS_OF>` (the day data/ is generated for, the
 * day the preview is pinned to): the engine's answer for every account.
 */
export function cliInsights(): CliInsight[] {
    if (!cached) {
        const out = execFileSync(
            process.execPath,
            [
                join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
                join(ROOT, 'scripts/insight.ts'),
                '--data',
                join(ROOT, 'data'),
                '--json',
                '--as-of',
                BROWSER_TEST_AS_OF
            ],
            {
                cwd: ROOT,
                encoding: 'utf8',
                maxBuffer: 256 * 1024 * 1024
            }
        );
        const parsed = JSON.parse(out) as { asOf: string; accounts: CliInsight[] };
        if (parsed.asOf !== BROWSER_TEST_AS_OF)
            throw new Error(`insight ran as of ${parsed.asOf}, expected ${BROWSER_TEST_AS_OF}`);
        if (!Array.isArray(parsed.accounts) || parsed.accounts.length === 0)
            throw new Error('insight returned no accounts');
        cached = parsed.accounts;
    }
    return cached;
}

let labels: Map<string, string> | null = null;

/** The value of a custom label, from the real CustomLabels file the preview build reads too. */
export function label(name: string): string {
    if (!labels) {
        const xml = readFileSync(join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'), 'utf8');
        const parsed = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'labels' }).parse(xml) as {
            CustomLabels: { labels: Array<{ fullName: string; value: string }> };
        };
        labels = new Map(parsed.CustomLabels.labels.map((l) => [l.fullName, String(l.value)]));
    }
    const value = labels.get(name);
    if (value === undefined) throw new Error(`no custom label ${name}`);
    return value;
}

/** `{0} ...` placeholders filled, as the components do with `formatLabel`. */
export function format(template: string, ...values: Array<string | number>): string {
    return template.replace(/\{(\d+)\}/g, (m, i: string) =>
        values[Number(i)] === undefined ? m : String(values[Number(i)])
    );
}

export interface OpenOptions {
    deny?: string[];
    outreach?: string;
    layout?: 'wide';
    /** Another preview server's URL (default: the test run's server, the baseURL). */
    base?: string;
}

/** Opens the record page of an account and waits until the panel has settled; returns its state. */
export async function openAccount(page: Page, accountId: string, options: OpenOptions = {}): Promise<string> {
    const params = new URLSearchParams({ account: accountId });
    if (options.deny?.length) params.set('deny', options.deny.join(','));
    if (options.outreach) params.set('outreach', options.outreach);
    if (options.layout) params.set('layout', options.layout);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${options.base ?? '/'}?${params.toString()}`);
    await expect(
        page.locator('body[data-panel-state]'),
        `panel did not settle; page errors: ${errors.join(' | ')}`
    ).toHaveCount(1, { timeout: 45_000 });
    expect(errors, 'uncaught errors in the page').toEqual([]);
    return (await page.locator('body').getAttribute('data-panel-state')) ?? '';
}

/** Saves a full-page screenshot of a state as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.png`), fullPage: false });
}

/** The panel (Playwright's CSS selectors pierce the shadow roots). */
export function panel(page: Page) {
    return page.locator('c-si-account-insight-panel');
}

/** Opens every persona of the persona map (its people are listed on demand, from its row's people button). */
export async function openPersonas(page: Page): Promise<void> {
    const closed = panel(page).locator('c-si-persona-map button.si-persona__open[aria-expanded="false"]');
    for (let n = await closed.count(); n > 0; n--) {
        await closed.first().click();
        await expect(closed).toHaveCount(n - 1);
    }
}

/** Opens every persona of the persona map and lists all its people (each open list's "Show N more"). */
export async function showAllPeople(page: Page): Promise<void> {
    await openPersonas(page);
    const more = panel(page).locator('c-si-persona-map button.si-people__toggle[aria-expanded="false"]');
    for (let n = await more.count(); n > 0; n--) {
        await more.first().click();
        await expect(more).toHaveCount(n - 1);
    }
}
