// Icons: the preview build keeps only the icon templates the bundle names (preview/build/icons.mjs) and the
// stylesheet rules of the classes it uses (preview/build/slds.mjs). Each icon of the page and the panel
// still renders its own SVG (a missing template would leave an empty `<svg><use href=""></use></svg>`),
// and a standard icon keeps its coloured background.
import { expect, test } from '@playwright/test';
import { cliInsights, openAccount, panel } from './helpers';

test('the page and panel icons render their SVG paths', async ({ page }) => {
    const insight = cliInsights().find((i) => i.people.length > 0)!;
    expect(await openAccount(page, insight.accountId)).toBe('ready');
    const p = panel(page);
    const icons = [
        { where: page.locator('.slds-page-header lightning-icon'), key: 'account' }, // standard:account
        { where: p.locator('lightning-card header'), key: 'account_score' }, // standard:account_score
        { where: p.locator('c-si-score-summary.si-fit'), key: 'chevronright' }, // utility:chevronright
        { where: p.locator('c-si-qualified-badge lightning-badge'), key: insight.qualified.qualified ? 'success' : 'routing_offline' }
    ];
    for (const { where, key } of icons) {
        const svg = where.locator(`svg[data-key="${key}"]`).first();
        await expect(svg, `icon ${key}`).toBeVisible();
        await expect(svg.locator('path').first(), `icon ${key} has no path: its template is missing`).toBeAttached();
        await expect(svg.locator('use'), `icon ${key} fell back to an empty sprite reference`).toHaveCount(0);
    }
    // .slds-icon-standard-account (built by lightning/iconUtils from the icon name) is in the trimmed stylesheet.
    const header = page.locator('.slds-page-header lightning-icon');
    await expect(header).toHaveClass(/slds-icon-standard-account/);
    await expect(header).toHaveCSS('background-color', 'rgb(88, 103, 232)');
});
