// Accessibility: axe finds no serious or critical violation on the page in the panel's states (ready with
// its why open, empty and read-only) nor with the Add to Outreach modal open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cliInsights, openAccount, openPersonas, panel, screenshot } from './helpers';

/**
 * Scans the whole page (record page mock-up, panel, modal when open). Also checks that axe reached into
 * the components' shadow trees (a scan that sees no panel element would pass for nothing).
 */
async function seriousViolations(page: Page, mustReach: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    const reached = results.passes.some((rule) =>
        rule.nodes.some((node) => JSON.stringify(node.target).includes(mustReach))
    );
    expect(reached, `axe checked no element inside ${mustReach}`).toBe(true);
    return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
            (v) =>
                `${v.impact} ${v.id}: ${v.help} (${v.nodes
                    .slice(0, 3)
                    .map((n) => n.target.join(' '))
                    .join(' | ')})`
        );
}

test('the panel with people, its why open, has no serious or critical violation', async ({ page }) => {
    const insight = cliInsights()
        .filter((i) => i.people.length > 0)
        .sort((a, b) => a.people.length - b.people.length)[0]!;
    await openAccount(page, insight.accountId);
    await panel(page).locator('c-si-score-summary.si-fit button.si-why__toggle').click();
    expect(await seriousViolations(page, 'c-si-score-summary')).toEqual([]);
    await screenshot(page, 'a11y-ready');
});

test('the persona grid with a persona open, and the leads not linked to the account, have no serious or critical violation', async ({
    page
}) => {
    // The largest account: every persona covered, many people, leads listed under the grid.
    const insight = [...cliInsights()].sort((a, b) => b.people.length - a.people.length)[0]!;
    await openAccount(page, insight.accountId);
    await panel(page).locator('c-si-persona-map button.si-persona__open').first().click();
    await expect(panel(page).locator('c-si-persona-map li.si-person').first()).toBeVisible();
    await expect(panel(page).locator('c-si-unmatched-leads li.si-unmatched__lead').first()).toBeVisible();
    expect(await seriousViolations(page, 'c-si-unmatched-leads')).toEqual([]);
    expect(await seriousViolations(page, 'c-si-persona-map')).toEqual([]);
});

test('the empty state and the read-only view have no serious or critical violation', async ({ page }) => {
    const empty = cliInsights().find((i) => i.people.length === 0);
    test.skip(!empty, 'the sample data has no account without people');
    await openAccount(page, empty!.accountId, { deny: ['SI_Add_To_Sequence'] });
    expect(await seriousViolations(page, 'c-si-buying-stage-path')).toEqual([]);
    await screenshot(page, 'empty-account');
});

test('the Add to Outreach modal has no serious or critical violation', async ({ page }) => {
    const insight = cliInsights()
        .filter((i) => i.people.length > 0)
        .sort((a, b) => a.people.length - b.people.length)[0]!;
    await openAccount(page, insight.accountId);
    await openPersonas(page);
    await panel(page).locator('input.si-person__select').first().check();
    await panel(page).locator('lightning-button.si-add-to-outreach button').click();
    await expect(page.locator('lightning-overlay-container lightning-combobox.sequence')).toBeVisible();
    expect(await seriousViolations(page, 'lightning-overlay-container')).toEqual([]);
});
