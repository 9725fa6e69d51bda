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
        expect(items.map((i) => i.querySelector('.si-why__label')?.textContent)).toEqual(['Target industry', 'Intent 78 is at least 55']);
        // Points only where the item has them.
        expect(items.map((i) => i.querySelector('.si-why__detail')?.textContent ?? null)).toEqual(['+30 pts', null]);

        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(root(el).querySelectorAll('.si-why__item')).toHaveLength(0);
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
        const el = render({ subject: 'Profile fit', items: ITEMS });
        await expect(el).toBeAccessible();
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        await expect(el).toBeAccessible();
    });
});
