// The "Why?" of every score and of the stage, as a rep reads it, at 320, 480 and 1,280 px wide and on a
// phone: one column, each label on the left (wrapping), its points right-aligned on one line, the caps as
// notes; the points shown are each factor's share of the score (they sum to it), and nothing overflows
// the panel's card. Screenshots go to test-results/screenshots/why-<viewport>*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type Locator, type Page } from '@playwright/test';
import { SCREENSHOTS, cliInsights, format, label, openAccount, panel, screenshot, type CliInsight } from './helpers';

interface ShownFactor {
    label: string;
    points: number;
    rawPoints: number;
}
interface ShownScore {
    score: number;
    factors: ShownFactor[];
    caps?: Array<{ label: string; first: number; count: number }>;
}
/** The CLI's JSON has every score's factors and caps (helpers.ts types only what other specs read). */
type FullInsight = CliInsight & { profileFit: ShownScore; reach: ShownScore; intent: ShownScore };

const insights = cliInsights() as FullInsight[];
/** The account with the most people: the longest explanations (three capped reach groups, nine personas). */
const largest = [...insights].sort((a, b) => b.people.length - a.people.length)[0]!;

// Playwright's phone (a Chromium device: the tests run in Debian's Chromium); its browser type is the run's.
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
const VIEWPORTS: Array<{ name: string; use: Parameters<typeof test.use>[0] }> = [
    { name: '320', use: { viewport: { width: 320, height: 900 } } },
    { name: '480', use: { viewport: { width: 480, height: 900 } } },
    { name: '1280', use: { viewport: { width: 1280, height: 1000 } } },
    { name: 'phone', use: phone }
];

const SCORES = [
    ['si-fit', 'profileFit'],
    ['si-reach', 'reach'],
    ['si-intent', 'intent']
] as const;

/** What the "Why?" of a score lists: each factor as "label|+N pts", each cap's note as "(note)" after its factors. */
function expectedLines(s: ShownScore): string[] {
    const lines: string[] = [];
    s.factors.forEach((f, i) => {
        lines.push(`${f.label}|${format(label('SI_Points'), f.points > 0 ? `+${f.points}` : String(f.points))}`);
        for (const c of s.caps ?? []) if (c.first + c.count - 1 === i) lines.push(`(${c.label})`);
    });
    return lines;
}

/** Opens the "Why?" of the three scores and of the stage. */
async function openEveryWhy(page: Page): Promise<void> {
    const toggles = panel(page).locator('button.si-why__toggle');
    await expect(toggles).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
        await toggles.nth(i).click();
        await expect(toggles.nth(i)).toHaveAttribute('aria-expanded', 'true');
    }
}

async function shownLines(list: Locator): Promise<string[]> {
    return list.locator(':scope > li').evaluateAll((rows) =>
        rows.map((li) => {
            const text = (selector: string) => (li.querySelector(selector)?.textContent ?? '').trim();
            return li.classList.contains('si-why__note')
                ? `(${text('.si-why__note-text')})`
                : `${text('.si-why__label')}|${text('.si-why__detail')}`;
        })
    );
}

/**
 * Every layout problem of the panel's card with its "Why?"s open: the card or a box inside it scrolls
 * sideways, an element ends outside the card, a list is not one column, points not right-aligned or wrapped.
 * (Playwright's locators reach into the components' shadow trees; `querySelector` inside one tree does not.)
 */
async function layoutProblems(page: Page): Promise<string[]> {
    const card = panel(page).locator('article.slds-card').first();
    await expect(card).toBeVisible();
    const cardBox = await card.evaluate((article) => {
        const r = article.getBoundingClientRect();
        return { left: r.left, right: r.right, scrollWidth: article.scrollWidth, clientWidth: article.clientWidth };
    });
    const problems: string[] = [];
    if (cardBox.scrollWidth > cardBox.clientWidth)
        problems.push(`the card scrolls: scrollWidth ${cardBox.scrollWidth} > clientWidth ${cardBox.clientWidth}`);
    const boxes = panel(page).locator('.si-score, .si-why__items, .si-why__list, .si-why__item, .si-why__note');
    expect(await boxes.count(), 'score boxes and why lists in the card').toBeGreaterThan(10);
    problems.push(
        ...(await boxes.evaluateAll((els, box) => {
            const out: string[] = [];
            for (const el of els) {
                const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
                if (el.scrollWidth > el.clientWidth) out.push(`${name} scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
                const r = el.getBoundingClientRect();
                if (r.right > box.right + 0.5 || r.left < box.left - 0.5)
                    out.push(`${name} [${r.left}, ${r.right}] outside the card [${box.left}, ${box.right}]`);
            }
            return out;
        }, cardBox))
    );
    problems.push(
        ...(await panel(page)
            .locator('.si-why__list')
            .evaluateAll((lists) => {
                const out: string[] = [];
                for (const list of lists) {
                    const rows = [...list.children] as HTMLElement[];
                    const lefts = new Set(rows.map((li) => Math.round(li.getBoundingClientRect().left)));
                    if (lefts.size > 1)
                        out.push(`a why list is not one column: its rows start at ${[...lefts].join(', ')}`);
                    for (const li of rows) {
                        const row = li.getBoundingClientRect();
                        const labelEl = li.querySelector('.si-why__label');
                        const points = li.querySelector('.si-why__detail');
                        if (labelEl && Math.abs(labelEl.getBoundingClientRect().left - row.left) > 1)
                            out.push(`label not on the left: ${labelEl.textContent}`);
                        if (!points) continue;
                        const p = points.getBoundingClientRect();
                        if (Math.abs(p.right - row.right) > 1)
                            out.push(
                                `points not right-aligned: ${points.textContent} ends at ${p.right}, its row at ${row.right}`
                            );
                        const lineHeight = parseFloat(getComputedStyle(points).lineHeight) || 20;
                        if (p.height > lineHeight * 1.5)
                            out.push(`points wrap: ${points.textContent} is ${p.height}px tall`);
                        if (labelEl && labelEl.getBoundingClientRect().right > p.left + 0.5)
                            out.push(`label runs under its points: ${labelEl.textContent}`);
                    }
                }
                return out;
            }))
    );
    return problems;
}

for (const { name, use } of VIEWPORTS) {
    test.describe(`the why at ${name}`, () => {
        test.use(use);

        test(`${largest.accountName}: each factor its share, caps as notes, one column within the card`, async ({
            page
        }) => {
            await openAccount(page, largest.accountId);
            await openEveryWhy(page);
            for (const [cls, key] of SCORES) {
                const list = panel(page).locator(`c-si-score-summary.${cls} .si-why__list`);
                const expected = largest[key];
                expect(await shownLines(list), `${key} as listed`).toEqual(expectedLines(expected));
                // The points shown sum to the score shown.
                expect(expected.factors.reduce((t, f) => t + f.points, 0)).toBe(expected.score);
            }
            // The reach of the largest account is capped three times: three notes, no negative points.
            await expect(panel(page).locator('c-si-score-summary.si-reach .si-why__note')).toHaveCount(3);
            expect(
                (await panel(page).locator('.si-why__detail').allInnerTexts()).filter((t) => t.trim().startsWith('-'))
            ).toEqual([]);
            await expect(panel(page).locator('c-si-buying-stage-path .si-why__label')).toHaveText(
                largest.buyingStage.reasons
            );
            // The persona factor names personas by their labels.
            await expect(panel(page).locator('c-si-score-summary.si-reach .si-why__label').last()).toContainText(
                'Economic Buyer'
            );

            expect(await layoutProblems(page)).toEqual([]);
            await screenshot(page, `why-${name}`);
            mkdirSync(SCREENSHOTS, { recursive: true });
            await panel(page)
                .locator('div.si-scores')
                .screenshot({ path: join(SCREENSHOTS, `why-${name}-scores.png`) });
        });
    });
}

test.describe('the why of every sample account at 320', () => {
    test.use({ viewport: { width: 320, height: 900 } });

    test('nothing overflows the card, whatever the account', async ({ page }) => {
        test.slow();
        for (const insight of insights) {
            await openAccount(page, insight.accountId);
            await openEveryWhy(page);
            expect(await layoutProblems(page), insight.accountName).toEqual([]);
        }
    });
});
