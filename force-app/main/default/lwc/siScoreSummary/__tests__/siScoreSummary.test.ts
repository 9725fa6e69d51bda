import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiScoreSummary from 'c/siScoreSummary';
import type { WhyItem } from 'c/siWhyDisclosure';

jest.mock('@salesforce/label/c.SI_Points', () => ({ default: '{0} pts' }), { virtual: true });

const FACTORS = [
    { label: 'Target industry', points: 30, rawPoints: 30 },
    { label: 'Known website', points: 0, rawPoints: 0 }
];

// The largest sample account's reach: three capped groups, each factor its share, each cap a note.
const REACH = {
    factors: [
        { label: '142 meetings in the last 90 days (recency-weighted)', points: 13, rawPoints: 517 },
        { label: '263 calls in the last 90 days (recency-weighted)', points: 16, rawPoints: 644 },
        { label: '321 emails in the last 90 days (recency-weighted)', points: 11, rawPoints: 409 },
        { label: '274 people reached', points: 36, rawPoints: 1644 },
        { label: '9 personas reached: Economic Buyer, Technical Buyer', points: 24, rawPoints: 72 }
    ],
    caps: [
        { label: 'Capped at 40 activity points', max: 40, before: 1570, first: 0, count: 3 },
        { label: 'Capped at 36 people points', max: 36, before: 1644, first: 3, count: 1 },
        { label: 'Capped at 24 persona points', max: 24, before: 72, first: 4, count: 1 }
    ]
};

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
        const el = render({
            label: 'Intent',
            score: 78,
            rating: 'High',
            details: ['Trend: Rising', 'Top keywords: sso']
        });
        expect(root(el).querySelector('h3')?.textContent).toBe('Intent');
        expect(root(el).querySelector('.slds-text-heading_large')?.textContent).toBe('78');
        expect(root(el).querySelector('.si-score__rating')?.textContent).toBe('High');
        expect([...root(el).querySelectorAll('.si-score__detail')].map((d) => d.textContent)).toEqual([
            'Trend: Rising',
            'Top keywords: sso'
        ]);
    });

    it('hands its factors to the why disclosure with signed, labelled points', () => {
        const el = render({ label: 'Profile fit', score: 25, factors: FACTORS });
        const why = root(el).querySelector('c-si-why-disclosure') as HTMLElement & {
            subject: string;
            items: unknown[];
        };
        expect(why.subject).toBe('Profile fit');
        expect(why.items).toEqual([
            { key: '0-Target industry', label: 'Target industry', detail: '+30 pts' },
            { key: '1-Known website', label: 'Known website', detail: '0 pts' }
        ]);
    });

    it('shows the points each factor gives, never the raw points, and each cap as a note after its factors', () => {
        const el = render({ label: 'Reach', score: 100, ...REACH });
        const why = root(el).querySelector('c-si-why-disclosure') as HTMLElement & { items: WhyItem[] };
        expect(why.items.map((i) => (i.note ? `(${i.label})` : i.detail))).toEqual([
            '+13 pts',
            '+16 pts',
            '+11 pts',
            '(Capped at 40 activity points)',
            '+36 pts',
            '(Capped at 36 people points)',
            '+24 pts',
            '(Capped at 24 persona points)'
        ]);
        // What is shown sums to the score; no negative "above the maximum" line.
        const shown = why.items.filter((i) => !i.note).map((i) => Number(/^([+-]?\d+)/.exec(i.detail ?? '')?.[1]));
        expect(shown.reduce((a, b) => a + b, 0)).toBe(100);
        expect(why.items.some((i) => /-\d/.test(i.detail ?? ''))).toBe(false);
    });

    it('lists the factors alone when the score comes without caps', () => {
        const el = render({ label: 'Reach', score: 100, factors: REACH.factors, caps: undefined });
        const why = root(el).querySelector('c-si-why-disclosure') as HTMLElement & { items: WhyItem[] };
        expect(why.items.map((i) => i.detail)).toEqual(['+13 pts', '+16 pts', '+11 pts', '+36 pts', '+24 pts']);
    });

    it('shows the factors when its why is opened', async () => {
        const el = render({ label: 'Profile fit', score: 25, factors: FACTORS });
        const why = (root(el).querySelector('c-si-why-disclosure') as HTMLElement).shadowRoot as ShadowRoot;
        (why.querySelector('button') as HTMLButtonElement).click();
        await Promise.resolve();
        expect([...why.querySelectorAll('.si-why__item')].map((f) => f.textContent)).toEqual([
            'Target industry+30 pts',
            'Known website0 pts'
        ]);
    });

    it('is accessible collapsed and expanded', async () => {
        const el = render({ label: 'Reach', score: 100, rating: 'High', ...REACH });
        await expect(el).toBeAccessible();
        (
            ((root(el).querySelector('c-si-why-disclosure') as HTMLElement).shadowRoot as ShadowRoot).querySelector(
                'button'
            ) as HTMLButtonElement
        ).click();
        await Promise.resolve();
        await expect(el).toBeAccessible();
    });
});
