// The custom permission SI_Add_To_Sequence: without it the panel offers no Add to Outreach action and
// no selection; the page's switch turns it off and on.
import { expect, test } from '@playwright/test';
import { cliInsights, openAccount, openPersonas, panel, screenshot } from './helpers';

test('without SI_Add_To_Sequence the action and the selection are hidden', async ({ page }) => {
    const insight = cliInsights().find((i) => i.people.length > 0)!;
    await openAccount(page, insight.accountId);
    await expect(panel(page).locator('lightning-button.si-add-to-outreach')).toHaveCount(1);
    await openPersonas(page);
    await expect(panel(page).locator('input.si-person__select').first()).toBeVisible();

    // The switch reloads the page as a user without the permission.
    const toggle = page.locator('[data-id="permission-switch"][data-name="SI_Add_To_Sequence"] input');
    await toggle.uncheck({ force: true });
    await expect(page).toHaveURL(/deny=SI_Add_To_Sequence/);
    await expect(page.locator('body[data-panel-state="ready"]')).toHaveCount(1, { timeout: 45_000 });
    await expect(panel(page).locator('c-si-score-summary.si-fit')).toBeVisible();
    await expect(panel(page).locator('lightning-button.si-add-to-outreach')).toHaveCount(0);
    await openPersonas(page);
    await expect(panel(page).locator('c-si-persona-map li.si-person').first()).toBeVisible();
    await expect(panel(page).locator('input.si-person__select')).toHaveCount(0);
    await screenshot(page, 'no-permission');
});

test('with the permission denied from the start the view is read-only', async ({ page }) => {
    const insight = cliInsights().find((i) => i.people.length > 0)!;
    expect(await openAccount(page, insight.accountId, { deny: ['SI_Add_To_Sequence'] })).toBe('ready');
    await expect(panel(page).locator('lightning-button.si-add-to-outreach')).toHaveCount(0);
    await expect(page.locator('[data-id="permission-switch"][data-name="SI_Add_To_Sequence"] input')).not.toBeChecked();
});
