// The "why" of a score opens and lists the engine's factors; the stage's "why" lists its reasons.
import { expect, test } from '@playwright/test';
import { cliInsights, openAccount, panel, screenshot } from './helpers';

test('the why of the profile fit and of the buying stage open with the engine reasons', async ({ page }) => {
    const insights = cliInsights();
    const expected = insights.find((i) => i.profileFit.factors.length > 0 && i.buyingStage.reasons.length > 0) ?? insights[0]!;
    await openAccount(page, expected.accountId);
    const fit = panel(page).locator('c-si-score-summary.si-fit');
    const why = fit.locator('button.si-why__toggle');
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await expect(fit.locator('.si-why__item')).toHaveCount(0);
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(fit.locator('.si-why__item')).toHaveCount(expected.profileFit.factors.length);
    // Same factors in the same order: the engine orders them by points, then key, so the configuration
    // read through Apex (records by DeveloperName) and the CLI's defaults give one order.
    const shown = (await fit.locator('.si-why__label').allInnerTexts()).map((t) => t.trim());
    expect(shown).toEqual(expected.profileFit.factors.map((f) => f.label));

    const stage = panel(page).locator('c-si-buying-stage-path');
    await stage.locator('button.si-why__toggle').click();
    await expect(stage.locator('.si-why__item')).toHaveText(expected.buyingStage.reasons);
    await screenshot(page, 'why-open');

    await why.click();
    await expect(fit.locator('.si-why__item')).toHaveCount(0);
});
