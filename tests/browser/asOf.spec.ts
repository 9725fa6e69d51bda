// The day the preview runs on: shown on the page, with a note when the server's --as-of pins it (as it
// does for these tests: the day data/ is generated for). On today, the server moves data/ to today and
// the panel shows for every account what `npm run insight` computes on data/'s own day.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { daysBetween, localToday } from '../../lib/asOf';
import { BROWSER_TEST_AS_OF } from '../../playwright.config';
import { createPreviewApi, createPreviewServer, listen } from '../../preview/server/server';
import { ROOT, cliInsights, format, label, openAccount, panel, screenshot } from './helpers';

const insights = cliInsights();

test('the page shows its day, pinned by the server to the day data/ is generated for', async ({ page }) => {
    await openAccount(page, insights[0]!.accountId);
    const asOf = page.locator('[data-id="as-of"]');
    await expect(asOf.locator('[data-id="as-of-date"]')).toHaveText(`As of ${BROWSER_TEST_AS_OF}`);
    await expect(asOf.locator('[data-id="as-of-note"]')).toContainText('pinned');
    const folder = join(ROOT, 'data').split('/').slice(-2).join('/');
    await expect(asOf.locator('[data-id="as-of-data"]')).toHaveText(
        `Data: ${folder}, generated for ${BROWSER_TEST_AS_OF}.`
    );
});

test.describe('on today (no --as-of)', () => {
    const today = localToday();
    let server: Server;
    let url = '';
    test.beforeAll(async () => {
        const { api, clock } = createPreviewApi(ROOT, { dataDir: join(ROOT, 'data'), asOf: today, pinned: false });
        server = createPreviewServer(api, clock);
        url = await listen(server, 0, false);
    });
    test.afterAll(async () => {
        await new Promise<void>((done) => server.close(() => done()));
    });

    test('the page shows today, not pinned, and that data/ is moved to it', async ({ page }) => {
        await openAccount(page, insights[0]!.accountId, { base: url });
        const asOf = page.locator('[data-id="as-of"]');
        await expect(asOf.locator('[data-id="as-of-date"]')).toHaveText(`As of ${today}`);
        await expect(asOf.locator('[data-id="as-of-note"]')).toHaveText('(today)');
        const days = daysBetween(BROWSER_TEST_AS_OF, today);
        await expect(asOf.locator('[data-id="as-of-data"]')).toContainText(
            `generated for ${BROWSER_TEST_AS_OF}; its dates are moved ${Math.abs(days)} day`
        );
        await screenshot(page, 'as-of-today');
    });

    for (const expected of insights) {
        test(`${expected.accountName}: on today, the stage, band and scores data/ has on its own day`, async ({
            page
        }) => {
            expect(await openAccount(page, expected.accountId, { base: url })).toBe('ready');
            const p = panel(page);
            const stageLabel = label(`SI_Stage_${expected.buyingStage.stage}`);
            await expect(p.locator('.si-stage__current')).toHaveText(format(label('SI_Current_Stage'), stageLabel));
            const fit = p.locator('c-si-score-summary.si-fit');
            await expect(fit.locator('.si-score__rating')).toHaveText(label(`SI_Band_${expected.profileFit.band}`));
            await expect(p.locator('c-si-score-summary.si-reach .slds-text-heading_large')).toHaveText(
                String(expected.reach.score)
            );
            await expect(p.locator('c-si-score-summary.si-intent .slds-text-heading_large')).toHaveText(
                String(expected.intent.score)
            );
        });
    }
});
