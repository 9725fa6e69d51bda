// The orchestration record page in the preview (`/?page=orchestration`): the runs component reads the sample
// orchestration's SI_Acquisition_Result__c rows through the GraphQL stand-in's aggregate, as the preview user.
// As SI_Operations_User (a server of its own) it lists every run of data/ newest first with its count per outcome,
// the re-push named, computed here from data/'s own rows; as SI_Sales_User (the suite's server) the record is not
// readable and the component says which permission set to ask for. axe finds no serious or critical violation.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BROWSER_TEST_AS_OF } from '../../playwright.config';
import { createPreviewApi, createPreviewServer, listen } from '../../preview/server/server';
import { ROOT, format, label, screenshot } from './helpers';

interface ResultRow {
    Run_Id__c: string;
    Repush_Of__c?: string;
    Outcome__c: string;
    Run_On__c: string;
}

interface ExpectedRun {
    runId: string;
    repushOf: string | null;
    runOn: string;
    counts: Record<string, number>;
    total: number;
}

/** data/'s results grouped by run, newest first: what the page must show. */
function expectedRuns(): ExpectedRun[] {
    const rows = (
        JSON.parse(readFileSync(join(ROOT, 'data/SI_Acquisition_Result__c.json'), 'utf8')) as { records: ResultRow[] }
    ).records;
    const runs = new Map<string, ExpectedRun>();
    for (const r of rows) {
        let run = runs.get(r.Run_Id__c);
        if (!run) {
            run = { runId: r.Run_Id__c, repushOf: r.Repush_Of__c ?? null, runOn: r.Run_On__c, counts: {}, total: 0 };
            runs.set(r.Run_Id__c, run);
        }
        run.counts[r.Outcome__c] = (run.counts[r.Outcome__c] ?? 0) + 1;
        run.total++;
        if (r.Run_On__c > run.runOn) run.runOn = r.Run_On__c;
    }
    return [...runs.values()].sort((a, b) => b.runOn.localeCompare(a.runOn));
}

const runs = (page: Page) => page.locator('c-si-orchestration-runs');

test.describe('as SI_Operations_User', () => {
    let server: Server;
    let url = '';
    test.beforeAll(async () => {
        const { api, clock } = createPreviewApi(ROOT, {
            dataDir: join(ROOT, 'data'),
            asOf: BROWSER_TEST_AS_OF,
            pinned: true,
            permissionSets: ['SI_Operations_User']
        });
        server = createPreviewServer(api, clock);
        url = await listen(server, 0, false);
    });
    test.afterAll(async () => {
        await new Promise<void>((done) => server.close(() => done()));
    });

    test('lists every run of the sample orchestration, newest first, with its count per outcome', async ({ page }) => {
        const expected = expectedRuns();
        expect(expected.length).toBeGreaterThan(1);
        expect(expected.some((r) => r.repushOf)).toBe(true);
        await page.goto(new URL('/?page=orchestration', url).href);
        await expect(page.locator('[data-id="orchestration-name"]')).toHaveText('Fill persona gaps');
        await expect(page.locator('[data-field="Schedule__c"]')).toHaveText('Weekdays');
        const rows = runs(page).locator('tr.si-runs__run');
        await expect(rows).toHaveCount(expected.length);
        for (const [i, run] of expected.entries()) {
            const row = rows.nth(i);
            await expect(row).toHaveAttribute('data-run-id', run.runId);
            await expect(row.locator('.si-runs__created')).toHaveText(String(run.counts.Created ?? 0));
            await expect(row.locator('.si-runs__errors')).toHaveText(String(run.counts.Error ?? 0));
            await expect(row.locator('.si-runs__skipped')).toHaveText(String(run.counts.Skipped ?? 0));
            await expect(row.locator('.si-runs__total')).toHaveText(String(run.total));
            if (run.repushOf)
                await expect(row.locator('.si-runs__repush')).toHaveText(
                    format(label('SI_Acquisition_Runs_Repush_Of'), run.repushOf)
                );
            else await expect(row.locator('.si-runs__repush')).toHaveCount(0);
            await expect(row.locator('.si-runs__on')).not.toHaveText('');
        }
        await expect(page.locator('[data-id="no-access"]')).toHaveCount(0);
        await screenshot(page, 'orchestration-runs');

        const results = await new AxeBuilder({ page }).analyze();
        const reached = results.passes.some((rule) =>
            rule.nodes.some((node) => JSON.stringify(node.target).includes('c-si-orchestration-runs'))
        );
        expect(reached, 'axe checked no element inside the runs component').toBe(true);
        const serious = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
        expect(serious).toEqual([]);
    });
});

test('as SI_Sales_User the orchestration is not readable and the runs component says why', async ({ page }) => {
    await page.goto('/?page=orchestration');
    await expect(page.locator('[data-id="no-access"]')).toBeVisible();
    const error = runs(page).locator('.si-runs__error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(label('SI_Acquisition_Runs_Error'));
    await expect(error).toContainText(label('SI_Acquisition_Runs_No_Access'));
    await expect(error).not.toContainText('RecordQueryAggregate');
    await expect(runs(page).locator('tr.si-runs__run')).toHaveCount(0);
    await screenshot(page, 'orchestration-no-access');
});
