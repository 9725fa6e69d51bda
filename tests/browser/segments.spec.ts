// The segment builder in the preview (`/?page=segments`), the real c-si-segment-builder over data/ (accounts
// carrying the scores the scoring job stores). As SI_Operations_User (a server of its own): the live count and
// the accounts are what `npm run segments` computes for the same definition (the engine, run here), a name with
// an unknown team is refused in words, the segment is saved, published (the published count moves) and
// unpublished, and a member's history opens; axe finds no serious or critical violation. As SI_Marketing_User:
// drafts save, publishing is not offered and says why. As SI_Sales_User (the suite's server): the class is not
// granted and the builder says so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BROWSER_TEST_AS_OF } from '../../playwright.config';
import { createPreviewApi, createPreviewServer, listen } from '../../preview/server/server';
import { ROOT, format, label, screenshot } from './helpers';

const builder = (page: Page) => page.locator('c-si-segment-builder');
const memberCount = (page: Page) => page.locator('[data-id="member-count"]');

/** The names `npm run segments` puts in a published Filter segment of this definition, on the tests' day. */
function expectedMembers(definition: unknown): string[] {
    const file = join(mkdtempSync(join(tmpdir(), 'si-segments-spec-')), 'segments.json');
    writeFileSync(file, JSON.stringify({ segments: [{ name: 'Ops - FY27 Q1 - Expected', definition }] }));
    const out = execFileSync(
        process.execPath,
        [
            join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
            join(ROOT, 'org/segments/main.ts'),
            '--data',
            join(ROOT, 'data'),
            '--as-of',
            BROWSER_TEST_AS_OF,
            '--segments',
            file,
            '--json'
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    const result = JSON.parse(out) as { segments: { members: { id: string; name: string | null }[] }[] };
    return (result.segments[0]?.members ?? []).map((m) => m.name ?? m.id);
}

function countText(n: number): string {
    return n === 1 ? label('SI_Segment_Members_Count_One') : format(label('SI_Segment_Members_Count'), n);
}

async function startServer(permissionSets: string[]): Promise<{ server: Server; url: string }> {
    const { api, clock } = createPreviewApi(ROOT, {
        dataDir: join(ROOT, 'data'),
        asOf: BROWSER_TEST_AS_OF,
        pinned: true,
        permissionSets
    });
    const server = createPreviewServer(api, clock);
    return { server, url: await listen(server, 0, false) };
}

async function open(page: Page, url: string): Promise<void> {
    await page.goto(new URL('/?page=segments', url).href);
    await expect(builder(page).locator('[data-id="published-count"]')).not.toHaveText('');
}

/** Ticks a value of the first filter row (SLDS checkboxes are labelled spans over a hidden input). */
async function tick(page: Page, value: string): Promise<void> {
    await builder(page).locator('c-si-segment-filter-row label', { hasText: value }).first().click();
}

test.describe('as SI_Operations_User', () => {
    let server: Server;
    let url = '';
    test.beforeAll(async () => {
        ({ server, url } = await startServer(['SI_Operations_User']));
    });
    test.afterAll(async () => {
        await new Promise<void>((done) => server.close(() => done()));
    });

    test('counts what the scoring job would put in the segment, saves, publishes and unpublishes it', async ({
        page
    }) => {
        await open(page, url);
        await expect(builder(page).locator('[data-id="definition-problems"]')).toHaveText(
            'Filter 1: choose at least one value'
        );
        await expect(memberCount(page)).toHaveCount(0);

        await tick(page, 'Strong');
        const strong = expectedMembers({ all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong'] }] });
        await expect(memberCount(page)).toHaveText(countText(strong.length));
        await tick(page, 'Moderate');
        const fit = expectedMembers({
            all: [{ field: 'SI_Profile_Fit_Band__c', op: 'in', values: ['Strong', 'Moderate'] }]
        });
        expect(fit.length).toBeGreaterThan(strong.length);
        await expect(memberCount(page)).toHaveText(countText(fit.length));
        await expect(page.locator('.si-members__name')).toHaveText(fit);

        const name = builder(page).getByRole('textbox', { name: label('SI_Segment_Builder_Name') });
        await name.fill('Sales - FY27 Q1 - Strong or Moderate fit');
        await expect(builder(page).locator('[data-id="name-problem"]')).toHaveText(
            '"Sales" is not a team (SDR, AE, Marketing, Ops)'
        );
        await expect(builder(page).getByRole('button', { name: label('SI_Segment_Builder_Save') })).toBeDisabled();
        await name.fill('Ops - FY27 Q1 - Strong or Moderate fit');
        await expect(builder(page).locator('[data-id="name-problem"]')).toHaveCount(0);
        await expect(builder(page).locator('[data-id="publish-hint"]')).toHaveText(
            label('SI_Segment_Builder_Save_First')
        );

        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Save') })
            .click();
        await expect(page.locator('[data-id="toast"]').first()).toContainText('is saved');
        await expect(builder(page).locator('[data-id="publish-hint"]')).toHaveCount(0);
        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Publish') })
            .click();
        await expect(builder(page).locator('[data-id="status-badge"]')).toHaveText('Published');
        await expect(builder(page).locator('[data-id="published-count"]')).toHaveText(
            format(label('SI_Segment_Builder_Published_Count'), 1, 200)
        );
        // The saved segment is in the list, and each member's history opens (no scoring run yet: none).
        await expect(builder(page).locator('[data-id="open"]')).toContainText('Ops - FY27 Q1 - Strong or Moderate fit');
        await page.locator('.si-members__history').first().click();
        await expect(page.locator('c-si-segment-history')).toContainText(
            format(label('SI_Segment_History_Title'), fit[0] as string)
        );
        await expect(page.locator('[data-id="history-never"]')).toBeVisible();
        await screenshot(page, 'segment-builder');

        const results = await new AxeBuilder({ page }).analyze();
        const reached = results.passes.some((rule) =>
            rule.nodes.some((node) => JSON.stringify(node.target).includes('c-si-segment-builder'))
        );
        expect(reached, 'axe checked no element inside the builder').toBe(true);
        const serious = results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
        expect(serious).toEqual([]);

        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Unpublish') })
            .click();
        await expect(builder(page).locator('[data-id="status-badge"]')).toHaveText('Unpublished');
        await expect(builder(page).locator('[data-id="published-count"]')).toHaveText(
            format(label('SI_Segment_Builder_Published_Count'), 0, 200)
        );
    });

    test('counts a range and an any-of definition as the job does', async ({ page }) => {
        await open(page, url);
        const row = builder(page).locator('c-si-segment-filter-row').first();
        await row.getByRole('combobox', { name: label('SI_Segment_Filter_Field') }).click();
        await row.getByRole('option', { name: 'Number Of Employees' }).click();
        await row.getByRole('combobox', { name: label('SI_Segment_Filter_Operator') }).click();
        await row.getByRole('option', { name: 'between' }).click();
        await row.getByRole('spinbutton', { name: label('SI_Segment_Filter_Min') }).fill('500');
        await row.getByRole('spinbutton', { name: label('SI_Segment_Filter_Max') }).fill('5000');
        const range = expectedMembers({ all: [{ field: 'NumberOfEmployees', op: 'between', values: [500, 5000] }] });
        await expect(memberCount(page)).toHaveText(countText(range.length));
        await expect(page.locator('.si-members__name')).toHaveText(range);
    });
    test('matches an uploaded list row by row and saves only the matched accounts', async ({ page }) => {
        await open(page, url);
        await builder(page).locator('[data-id="type"]').getByText(label('SI_Segment_Builder_Type_List')).click();
        await expect(memberCount(page)).toHaveCount(0);
        await builder(page)
            .locator('c-si-segment-list-upload input[type="file"]')
            .setInputFiles({
                name: 'targets.csv',
                mimeType: 'text/csv',
                buffer: Buffer.from(
                    [
                        'Domain,Company,Country',
                        'northwindanalytics.com,,',
                        'jane@bluepeaksoftware.io,,',
                        ',Cobalt Ridge Machinery,Germany',
                        ',Nobody Inc,',
                        'not a domain!,,'
                    ].join('\n')
                )
            });
        const report = page.locator('tr.si-list__row');
        await expect(report).toHaveCount(4);
        await expect(report.locator('.si-list__reason')).toHaveText([
            'Domain',
            'Website or email domain',
            'Name and country',
            'No match'
        ]);
        await expect(report.locator('.si-list__account')).toHaveText([
            'Northwind Analytics',
            'Bluepeak Software',
            'Cobalt Ridge Machinery',
            ''
        ]);
        await expect(page.locator('[data-id="list-row-errors"]')).toContainText('Row 5, Domain: "not a domain!"');
        await builder(page)
            .getByRole('textbox', { name: label('SI_Segment_Builder_Name') })
            .fill('SDR - FY27 Q1 - Event list');
        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Save') })
            .click();
        await expect(page.locator('[data-id="toast"]').first()).toContainText('is saved');
        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Publish') })
            .click();
        await expect(builder(page).locator('[data-id="status-badge"]')).toHaveText('Published');
        await screenshot(page, 'segment-list-upload');
    });
});

test.describe('as SI_Marketing_User', () => {
    let server: Server;
    let url = '';
    test.beforeAll(async () => {
        ({ server, url } = await startServer(['SI_Marketing_User']));
    });
    test.afterAll(async () => {
        await new Promise<void>((done) => server.close(() => done()));
    });

    test('saves a draft; publishing is not offered and says who publishes', async ({ page }) => {
        await open(page, url);
        await tick(page, 'Strong');
        await builder(page)
            .getByRole('textbox', { name: label('SI_Segment_Builder_Name') })
            .fill('Marketing - FY27 Q2 - Strong fit');
        await builder(page)
            .getByRole('button', { name: label('SI_Segment_Builder_Save') })
            .click();
        await expect(page.locator('[data-id="toast"]').first()).toContainText('is saved');
        await expect(builder(page).getByRole('button', { name: label('SI_Segment_Builder_Publish') })).toBeDisabled();
        await expect(builder(page).locator('[data-id="publish-hint"]')).toHaveText(
            label('SI_Segment_Builder_No_Publish')
        );
        await expect(builder(page).locator('[data-id="status-badge"]')).toHaveText('Draft');
    });
});

test('as SI_Sales_User the builder says the Apex class is not granted', async ({ page }) => {
    await page.goto('/?page=segments');
    await expect(builder(page).locator('[data-id="context-error"]')).toContainText(
        "You do not have access to the Apex class named 'SI_SegmentController'."
    );
    await expect(builder(page).getByRole('button', { name: label('SI_Segment_Builder_Save') })).toBeDisabled();
});
