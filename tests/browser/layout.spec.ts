// The panel fits the page: in the record page's sidebar, for every sample account, the summary (qualified,
// scores, stage, contacts to reach) and the persona grid end within 1,200 px of the panel's top, however many
// people the account has (a persona's people are listed on demand). Each account's panel is saved as a
// screenshot, with its measured height. Under the grid, the leads not linked to the account link to the lead.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS, cliInsights, label, openAccount, panel } from './helpers';

/** Sidebar height the panel's summary and persona grid must fit in. */
const MAX_HEIGHT = 1200;

/** From the panel's top to the end of the persona grid (or of the panel, for an account without people). */
async function heightToGridEnd(page: Page): Promise<{ toGridEnd: number; panelWidth: number; panelHeight: number }> {
    const p = await panel(page).boundingBox();
    if (!p) throw new Error('the panel has no box');
    const map = panel(page).locator('c-si-persona-map');
    const end = (await map.count()) > 0 ? await map.boundingBox() : p;
    if (!end) throw new Error('the persona map has no box');
    return {
        toGridEnd: Math.round(end.y + end.height - p.y),
        panelWidth: Math.round(p.width),
        panelHeight: Math.round(p.height)
    };
}

for (const expected of cliInsights()) {
    test(`${expected.accountName}: the summary and the persona grid fit in ${MAX_HEIGHT} px of sidebar`, async ({
        page
    }) => {
        expect(await openAccount(page, expected.accountId)).toBe('ready');
        // The sidebar layout (the page's default): the panel beside the record's details, not across the page.
        await expect(page.locator('input[name="layout"][value="sidebar"]')).toBeChecked();
        const size = await heightToGridEnd(page);
        expect(size.panelWidth).toBeLessThan(700);
        const measured = `${expected.accountName}: ${size.toGridEnd} px to the end of the persona grid (panel ${size.panelHeight} px tall, ${size.panelWidth} px wide)`;
        test.info().annotations.push({ type: 'height', description: measured });
        console.log(measured);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await panel(page).screenshot({
            path: join(SCREENSHOTS, `sidebar-${expected.accountName.replace(/[^A-Za-z0-9_-]+/g, '-')}.png`)
        });
        expect(size.toGridEnd, `${expected.accountName}: height to the end of the persona grid`).toBeLessThanOrEqual(
            MAX_HEIGHT
        );
    });
}

test('a persona opens its people under its row, and closes them again', async ({ page }) => {
    const largest = [...cliInsights()].sort((a, b) => b.people.length - a.people.length)[0]!;
    await openAccount(page, largest.accountId);
    const map = panel(page).locator('c-si-persona-map');
    const row = map.locator('li.si-persona').first();
    const button = row.locator('button.si-persona__open');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const before = await heightToGridEnd(page);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(row.locator('li.si-person').first()).toBeVisible();
    expect((await heightToGridEnd(page)).toGridEnd).toBeGreaterThan(before.toGridEnd);
    await button.click();
    await expect(row.locator('li.si-person')).toHaveCount(0);
    expect((await heightToGridEnd(page)).toGridEnd).toBe(before.toGridEnd);
});

test('the leads not linked to the account say why and open the lead', async ({ page }) => {
    const largest = [...cliInsights()].sort((a, b) => b.people.length - a.people.length)[0]!;
    await openAccount(page, largest.accountId);
    const section = panel(page).locator('c-si-unmatched-leads');
    await expect(section.locator('h3')).toHaveText(label('SI_Unmatched_Leads'));
    const leads = section.locator('li.si-unmatched__lead');
    await expect(leads.first()).toBeVisible();
    await expect(leads.first().locator('.si-unmatched__reason')).not.toBeEmpty();
    const link = leads.first().locator('a.si-unmatched__link');
    await expect(link).not.toHaveAttribute('href', '#');
    // The preview has no lead pages: navigating there is reported, and the page stays on the account.
    await link.click();
    await expect(page.locator('[data-id="toast"]')).toContainText('standard__recordPage');
    await expect(page).toHaveURL(new RegExp(`account=${largest.accountId}`));
});
