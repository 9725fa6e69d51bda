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

    it('hands its factors to the why disclosure with signed, labelled points', () => {
        const el = render({ label: 'Profile fit', score: 25, factors: FACTORS });
        const why = root(el).querySelector('c-si-why-disclosure') as HTMLElement & { subject: string; items: unknown[] };
        expect(why.subject).toBe('Profile fit');
        expect(why.items).toEqual([
            { key: '0-Target industry', label: 'Target industry', detail: '+30 pts' },
            { key: '1-Cap on activities', label: 'Cap on activities', detail: '-5 pts' }
        ]);
    });

    it('shows the factors when its why is opened', async () => {
        const el = render({ label: 'Profile fit', score: 25, factors: FACTORS });
        const why = (root(el).querySelector('c-si-why-disclosure') as HTMLElement).shadowRoot as ShadowRoot;
        (why.querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        expect([...why.querySelectorAll('.si-why__item')].map((f) => f.textContent)).toEqual(['Target industry+30 pts', 'Cap on activities-5 pts']);
    });

    it('is accessible collapsed and expanded', async () => {
        const el = render({ label: 'Profile fit', score: 25, rating: 'Weak', factors: FACTORS });
        await expect(el).toBeAccessible();
        (((root(el).querySelector('c-si-why-disclosure') as HTMLElement).shadowRoot as ShadowRoot).querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        await expect(el).toBeAccessible();
    });
});
