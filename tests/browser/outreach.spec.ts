// Add to Outreach end to end in the preview: select people in the persona map, pick a sequence and a
// mailbox, confirm; the local Outreach stand-in gives each person a different outcome ("mixed"), and the
// modal shows every per-person outcome, and a toast summarises.
import { expect, test } from '@playwright/test';
import { cliInsights, label, openAccount, panel, screenshot, showAllPeople, type CliInsight } from './helpers';

const EXPECTED_OUTCOMES = ['added', 'alreadyInSequence', 'optedOut', 'rateLimited', 'failed', 'notPermitted'];

type Person = CliInsight['people'][number];

/** Outreach can take a person: an email, and not opted out in Salesforce. */
function reachable(p: Person): boolean {
    return !!(p as { email?: string | null }).email && !(p as { optedOut?: boolean }).optedOut;
}

/** The first sample account with a reachable person, and that person. */
function firstReachable(): { insight: CliInsight; person: Person } {
    const insight = cliInsights().find((i) => i.people.some(reachable));
    const person = insight?.people.find(reachable);
    if (!insight || !person) throw new Error('no sample account has a reachable person');
    return { insight, person };
}

test('each person meets their outcome and a toast summarises', async ({ page }) => {
    // The smallest account with enough reachable people (an email, not opted out in Salesforce).
    const candidates = cliInsights()
        .map((i) => ({
            insight: i,
            reachable: i.people.filter(reachable)
        }))
        .filter((c) => c.reachable.length >= EXPECTED_OUTCOMES.length)
        .sort((a, b) => a.insight.people.length - b.insight.people.length);
    const chosen = candidates[0];
    if (!chosen) throw new Error('no sample account has six reachable people');
    // The modal's code is a chunk of its own, loaded when the rep first clicks Add to Outreach
    // (preview/build/lazyModules.mjs), not before the panel renders.
    const modalChunks: string[] = [];
    page.on('request', (request) => {
        if (/\/siAddToSequenceModal-[\w-]+\.js$/.test(new URL(request.url()).pathname)) modalChunks.push(request.url());
    });
    await openAccount(page, chosen.insight.accountId, { outreach: 'mixed' });

    const p = panel(page);
    const add = p.locator('lightning-button.si-add-to-outreach button');
    await expect(add).toBeDisabled();
    const people = chosen.reachable.slice(0, EXPECTED_OUTCOMES.length);
    await showAllPeople(page);
    for (const person of people) {
        await p.locator(`c-si-persona-map input.si-person__select[data-id="${person.id}"]`).check();
    }
    await expect(add).toBeEnabled();
    expect(modalChunks).toEqual([]);
    await add.click();

    const modal = page.locator('lightning-overlay-container');
    const sequence = modal.locator('lightning-combobox.sequence');
    await sequence.locator('button').click();
    await sequence.locator('lightning-base-combobox-item').first().click();
    const mailbox = modal.locator('lightning-combobox.mailbox');
    await mailbox.locator('button').click();
    await mailbox.locator('lightning-base-combobox-item').first().click();
    await screenshot(page, 'outreach-modal-ready');
    expect(modalChunks).toHaveLength(1);
    await modal.locator('lightning-button.confirm button').click();

    // One row per selected person, every outcome of the stand-in's mixed scenario present.
    const rows = modal.locator('table.results tbody tr');
    await expect(rows).toHaveCount(people.length, { timeout: 30_000 });
    const outcomes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-outcome')));
    expect(outcomes.sort()).toEqual([...EXPECTED_OUTCOMES].sort());
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-id')))).sort()).toEqual(
        people.map((x) => x.id).sort()
    );
    // The rate-limited person is told when to retry; the failed one gets Outreach's error.
    await expect(modal.locator('tr[data-outcome="rateLimited"] td.next-step')).not.toBeEmpty();
    await expect(modal.locator('tr[data-outcome="failed"] td.detail')).not.toBeEmpty();

    const toast = page.locator('lightning-toast');
    await expect(toast).toHaveCount(1);
    await expect(toast).toContainText(label('SI_Outreach_Toast_Title'));
    // lightning-toast names its icon from its variant (`utility:${variant}`): the build keeps those templates.
    await expect(toast.locator('lightning-icon svg path').first()).toBeAttached();
    await screenshot(page, 'outreach-results-and-toast');

    await modal.locator('lightning-button.done button').click();
    await expect(modal.locator('lightning-combobox, table.results')).toHaveCount(0);
});

test('each single outcome can be chosen in the page and reaches the modal', async ({ page }) => {
    const { insight, person } = firstReachable();
    await openAccount(page, insight.accountId);
    await page.locator('select[data-id="outreach-scenario"]').selectOption('rateLimited');
    await expect(page).toHaveURL(/outreach=rateLimited/);

    const p = panel(page);
    await showAllPeople(page);
    await p.locator(`input.si-person__select[data-id="${person.id}"]`).first().check();
    await p.locator('lightning-button.si-add-to-outreach button').click();
    const modal = page.locator('lightning-overlay-container');
    for (const name of ['sequence', 'mailbox']) {
        await modal.locator(`lightning-combobox.${name} button`).click();
        await modal.locator(`lightning-combobox.${name} lightning-base-combobox-item`).first().click();
    }
    await modal.locator('lightning-button.confirm button').click();
    await expect(modal.locator('table.results tbody tr')).toHaveCount(1, { timeout: 30_000 });
    await expect(modal.locator('table.results tbody tr')).toHaveAttribute('data-outcome', 'rateLimited');
});

test('when the dialog cannot load, an error toast says so and the selection stays', async ({ page }) => {
    const { insight, person } = firstReachable();
    // The modal's chunk (loaded on first open) does not arrive: a server stopped, a stale page after a rebuild.
    await page.route(/\/siAddToSequenceModal-[\w-]+\.js$/, (route) => route.abort('failed'));
    await openAccount(page, insight.accountId);
    const p = panel(page);
    await showAllPeople(page);
    const box = p.locator(`c-si-persona-map input.si-person__select[data-id="${person.id}"]`);
    await box.check();
    await p.locator('lightning-button.si-add-to-outreach button').click();

    const toast = page.locator('[data-id="toast"][data-variant="error"]');
    await expect(toast).toHaveCount(1);
    await expect(toast).toContainText(label('SI_Add_To_Outreach_Open_Failed_Title'));
    await expect(page.locator('lightning-overlay-container lightning-combobox')).toHaveCount(0);
    await expect(box).toBeChecked();
    await expect(p.locator('lightning-button.si-add-to-outreach button')).toBeEnabled();
    await screenshot(page, 'outreach-dialog-failed-to-load');
});
