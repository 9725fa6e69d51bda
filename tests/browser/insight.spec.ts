// For every sample account, the preview's panel shows what `npm run insight` computes for it: the
// buying stage, the profile fit band and the qualified state (with its stored start date, or none).
import { expect, test } from '@playwright/test';
import { cliInsights, format, label, openAccount, panel, screenshot, showAllPeople } from './helpers';

const insights = cliInsights();

test('the account switcher reaches every sample account', async ({ page }) => {
    await openAccount(page, insights[0]!.accountId);
    const switcher = page.locator('select[data-id="account-switcher"]');
    await expect(switcher).toHaveValue(insights[0]!.accountId);
    const options = switcher.locator('option');
    await expect(options).toHaveCount(insights.length);
    expect((await options.allTextContents()).map((t) => t.trim()).sort()).toEqual(
        insights.map((i) => i.accountName).sort()
    );
    // Choosing another account opens its record page.
    const other = insights[1]!;
    await switcher.selectOption(other.accountId);
    await expect(page).toHaveURL(new RegExp(`account=${other.accountId}`));
    await expect(page.locator('[data-id="account-name"]')).toHaveText(other.accountName);
});

test('the sample data has qualified accounts with and without a stored start date', () => {
    const qualified = insights.filter((i) => i.qualified.qualified);
    expect(qualified.some((i) => i.qualified.startDate)).toBe(true);
    expect(qualified.some((i) => !i.qualified.startDate)).toBe(true);
});

test('one view asks GraphQL once, activities as aggregates, for the largest sample account', async ({ page }) => {
    const largest = [...insights].sort((a, b) => b.people.length - a.people.length)[0]!;
    const bodies: string[] = [];
    page.on('request', (r) => {
        if (r.url().endsWith('/preview-api/graphql')) bodies.push(r.postData() ?? '');
    });
    expect(await openAccount(page, largest.accountId)).toBe('ready');
    // Settled: nothing more is asked after the panel is ready.
    await page.waitForTimeout(500);
    expect(bodies).toHaveLength(1);
    const { query } = JSON.parse(bodies[0]!) as { query: string };
    expect(query).toContain('aggregate {');
    expect(query).not.toMatch(/AccountTasks: Task\(\s*first: \d+\s*where: [^)]*orderBy/);
});

for (const expected of insights) {
    test(`${expected.accountName}: stage, band and qualified state match the engine`, async ({ page }) => {
        const state = await openAccount(page, expected.accountId);
        expect(state).toBe('ready');
        await expect(page.locator('[data-id="account-name"]')).toHaveText(expected.accountName);
        const p = panel(page);

        // Buying stage: the heading text and the current step of the path.
        const stageLabel = label(`SI_Stage_${expected.buyingStage.stage}`);
        await expect(p.locator('.si-stage__current')).toHaveText(format(label('SI_Current_Stage'), stageLabel));
        const current = p.locator('lightning-progress-step.slds-is-current');
        await expect(current).toHaveCount(1);
        await expect(current.locator('.slds-path__title')).toHaveText(stageLabel);

        // Profile fit: score and band.
        const fit = p.locator('c-si-score-summary.si-fit');
        await expect(fit.locator('.si-score__rating')).toHaveText(label(`SI_Band_${expected.profileFit.band}`));
        await expect(fit.locator('.slds-text-heading_large')).toHaveText(String(expected.profileFit.score));

        // Reach and intent scores come from the same data: a record the query lost would change them.
        await expect(p.locator('c-si-score-summary.si-reach .slds-text-heading_large')).toHaveText(
            String(expected.reach.score)
        );
        await expect(p.locator('c-si-score-summary.si-intent .slds-text-heading_large')).toHaveText(
            String(expected.intent.score)
        );

        // Qualified badge, and its stored start date when qualified; without one, "qualified now" and help
        // text naming the scoring job, never a made-up date.
        const badge = p.locator('c-si-qualified-badge');
        await expect(badge.locator('lightning-badge')).toHaveText(
            label(expected.qualified.qualified ? 'SI_Qualified' : 'SI_Not_Qualified')
        );
        const stored = expected.qualified.qualified && expected.qualified.startDate;
        const notRecorded = expected.qualified.qualified && !expected.qualified.startDate;
        await expect(badge.locator('.si-qualified__since')).toHaveCount(stored ? 1 : 0);
        await expect(badge.locator('.si-qualified__now')).toHaveCount(notRecorded ? 1 : 0);
        await expect(badge.locator('lightning-helptext')).toHaveCount(notRecorded ? 1 : 0);
        if (notRecorded) await expect(badge.locator('.si-qualified__now')).toHaveText(label('SI_Qualified_Now'));

        // Persona map: a row per persona, nobody listed until a persona is opened; every person is counted on
        // their persona's people button, and listed once every persona is opened and shown in full.
        const people = p.locator('c-si-persona-map li.si-person');
        await expect(people).toHaveCount(0);
        const counted = await p
            .locator('c-si-persona-map button.si-persona__open')
            .evaluateAll((buttons) => buttons.reduce((sum, b) => sum + Number((b as HTMLElement).dataset.count), 0));
        expect(counted).toBe(expected.people.length);
        await screenshot(page, `account-${expected.accountName}`);
        await showAllPeople(page);
        await expect(people).toHaveCount(expected.people.length);
    });
}
