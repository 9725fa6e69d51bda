import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiWhyDisclosure from 'c/siWhyDisclosure';

jest.mock('@salesforce/label/c.SI_Why_Of', () => ({ default: 'Why: {0}' }), { virtual: true });

const ITEMS = [
    { key: '0', label: 'Target industry', detail: '+30 pts' },
    { key: '1', label: 'Intent 78 is at least 55' }
];

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-why-disclosure', { is: SiWhyDisclosure }) as unknown as HTMLElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

describe('c-si-why-disclosure', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('is a button that says what it explains, whether it is open and what it controls', async () => {
        const el = render({ subject: 'Profile Fit', items: ITEMS });
        const button = root(el).querySelector('button.si-why__toggle') as HTMLButtonElement;
        expect(button.type).toBe('button');
        // The subject as given: no change of case (a translation may need a capital, as German nouns do).
        expect(button.getAttribute('aria-label')).toBe('Why: Profile Fit');
        expect(button.textContent?.trim()).toBe('c.SI_Show_Why');
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(root(el).querySelector(`[id="${button.getAttribute('aria-controls')}"]`)).not.toBeNull();
        expect(root(el).querySelectorAll('.si-why__item')).toHaveLength(0);

        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        const items = [...root(el).querySelectorAll('.si-why__item')];
        expect(items.map((i) => i.querySelector('.si-why__label')?.textContent)).toEqual([
            'Target industry',
            'Intent 78 is at least 55'
        ]);
        // Points only where the item has them.
        expect(items.map((i) => i.querySelector('.si-why__detail')?.textContent ?? null)).toEqual(['+30 pts', null]);

        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(root(el).querySelectorAll('.si-why__item')).toHaveLength(0);
    });

    it('lists one column: each label left, its points right-aligned on one line, a note on a line of its own', async () => {
        const el = render({
            subject: 'Reach',
            items: [
                { key: '0', label: '142 meetings in the last 90 days (recency-weighted)', detail: '+13 pts' },
                { key: '1', label: '263 calls in the last 90 days (recency-weighted)', detail: '+16 pts' },
                { key: '2', label: 'Capped at 40 activity points', note: true },
                { key: '3', label: 'Intent 78 is at least 55' }
            ]
        });
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        const list = root(el).querySelectorAll('ul');
        expect(list).toHaveLength(1);
        const rows = [...(list[0] as HTMLUListElement).children] as HTMLElement[];
        expect(rows.map((r) => r.tagName)).toEqual(['LI', 'LI', 'LI', 'LI']);
        // A factor: a grid row whose label grows (and wraps) and whose points do not flex, right-aligned.
        const [meetings, , cap, reason] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
        expect(meetings.classList).toContain('slds-grid');
        expect(meetings.classList).toContain('slds-grid_align-spread');
        const points = meetings.querySelector('.si-why__detail') as HTMLElement;
        expect(points.textContent).toBe('+13 pts');
        expect(points.classList).toContain('slds-text-align_right');
        expect(points.classList).toContain('slds-no-flex');
        expect(meetings.firstElementChild?.classList).toContain('si-why__label');
        expect(meetings.lastElementChild).toBe(points);
        // The note: its own line, plain text, no points, not counted as a factor.
        expect(cap.className).toContain('si-why__note');
        expect(cap.classList).not.toContain('si-why__item');
        expect(cap.textContent).toBe('Capped at 40 activity points');
        expect(cap.querySelector('.si-why__detail')).toBeNull();
        expect(cap.querySelector('.si-why__label')).toBeNull();
        // A reason without points: the label alone.
        expect(reason.querySelector('.si-why__label')?.textContent).toBe('Intent 78 is at least 55');
        expect(reason.querySelector('.si-why__detail')).toBeNull();
        expect(root(el).querySelectorAll('.si-why__item')).toHaveLength(3);
    });

    it('keeps the list when the items change while open', async () => {
        const el = render({ subject: 'Intent', items: ITEMS });
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        (el as unknown as { items: unknown[] }).items = [
            { key: 'x', label: 'Web Visit: 27 signals in the last 30 days', detail: '+38 pts' }
        ];
        await Promise.resolve();
        expect([...root(el).querySelectorAll('.si-why__item')].map((i) => i.textContent)).toEqual([
            'Web Visit: 27 signals in the last 30 days+38 pts'
        ]);
    });

    it('says when there is nothing to explain', async () => {
        const el = render({ subject: 'Reach', items: [] });
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        expect(root(el).querySelector('.si-why__empty')?.textContent).toBe('c.SI_No_Factors');
    });

    it('gives each disclosure its own controlled region', () => {
        const a = root(render({ subject: 'A', items: ITEMS })).querySelector('button') as HTMLButtonElement;
        const b = root(render({ subject: 'B', items: ITEMS })).querySelector('button') as HTMLButtonElement;
        expect(a.getAttribute('aria-controls')).not.toBe(b.getAttribute('aria-controls'));
    });

    it('is accessible collapsed and expanded', async () => {
        const el = render({
            subject: 'Profile fit',
            items: [...ITEMS, { key: 'n', label: 'Score capped at 100', note: true }]
        });
        await expect(el).toBeAccessible();
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        await expect(el).toBeAccessible();
    });
});
