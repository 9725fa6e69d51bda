import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiScoreSummary from 'c/siScoreSummary';

jest.mock('@salesforce/label/c.SI_Points', () => ({ default: '{0} pts' }), { virtual: true });

const FACTORS = [
    { label: 'Target industry', points: 30 },
    { label: 'Cap on activities', points: -5 }
];

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-score-summary', { is: SiScoreSummary }) as unknown as HTMLElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

describe('c-si-score-summary', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows the score, rating and details', () => {
        const el = render({ label: 'Intent', score: 78, rating: 'High', details: ['Trend: Rising', 'Top keywords: sso'] });
        expect(root(el).querySelector('h3')?.textContent).toBe('Intent');
        expect(root(el).querySelector('.slds-text-heading_large')?.textContent).toBe('78');
        expect(root(el).querySelector('.si-score__rating')?.textContent).toBe('High');
        expect([...root(el).querySelectorAll('.si-score__detail')].map((d) => d.textContent)).toEqual(['Trend: Rising', 'Top keywords: sso']);
    });

    it('discloses the factors with a button that says whether it is expanded and what it controls', async () => {
        const el = render({ label: 'Profile fit', score: 25, factors: FACTORS });
        const button = root(el).querySelector('button') as HTMLButtonElement;
        expect(button.type).toBe('button');
        expect(button.getAttribute('aria-expanded')).toBe('false');
        const controlled = root(el).querySelector(`[id="${button.getAttribute('aria-controls')}"]`);
        expect(controlled).not.toBeNull();
        expect(root(el).querySelectorAll('.si-factor')).toHaveLength(0);

        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect([...root(el).querySelectorAll('.si-factor')].map((f) => f.textContent)).toEqual(['Target industry+30 pts', 'Cap on activities-5 pts']);

        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(root(el).querySelectorAll('.si-factor')).toHaveLength(0);
    });

    it('says when nothing contributed', async () => {
        const el = render({ label: 'Reach', score: 0, factors: [] });
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        expect(root(el).querySelector('.si-score__factors p')?.textContent).toBe('c.SI_No_Factors');
    });

    it('is accessible collapsed and expanded', async () => {
        const el = render({ label: 'Profile fit', score: 25, rating: 'Weak', factors: FACTORS });
        await expect(el).toBeAccessible();
        (root(el).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        await expect(el).toBeAccessible();
    });
});
