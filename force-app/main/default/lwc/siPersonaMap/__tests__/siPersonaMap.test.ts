import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiPersonaMap from 'c/siPersonaMap';
import type { PersonInsight, PersonaMapResult } from 'c/siEngine';

jest.mock('@salesforce/label/c.SI_Show_More_People', () => ({ default: 'Show {0} more' }), { virtual: true });

const person = (id: string, name: string, extra: Partial<PersonInsight> = {}): PersonInsight => ({
    id,
    type: 'Contact',
    name,
    title: 'CEO',
    email: null,
    optedOut: false,
    jobFunction: 'Executive',
    seniority: 'C-Level',
    persona: 'Economic_Buyer',
    grade: 'A',
    score: 70,
    factors: [],
    engagementCount: 3,
    lastEngagedDate: '2025-11-20',
    lastEngagementKind: 'Webinar',
    reachCount: 0,
    lastReachedDate: null,
    matchedBy: null,
    outreachProspectId: null,
    ...extra
});

const PEOPLE = [
    person('c1', 'Carla'),
    person('l1', 'Lara', { type: 'Lead', title: null, grade: 'C', lastEngagedDate: null }),
    person('o1', 'Otto', { optedOut: true })
];
const MAP: PersonaMapResult = {
    personas: [
        {
            key: 'Ops',
            label: 'Operations Leader',
            jobFunction: 'Operations',
            seniority: 'Director',
            importance: 'Weak',
            people: [],
            gap: true
        },
        {
            key: 'Economic_Buyer',
            label: 'Economic Buyer',
            jobFunction: 'Executive',
            seniority: 'C-Level',
            importance: 'Strong',
            people: ['c1', 'l1'],
            gap: false
        },
        {
            key: 'Security',
            label: 'Security Leader',
            jobFunction: 'Security',
            seniority: 'C-Level',
            importance: 'Moderate',
            people: [],
            gap: true
        }
    ],
    other: ['o1'],
    gaps: ['Security', 'Ops']
};

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-persona-map', { is: SiPersonaMap }) as unknown as HTMLElement;
    Object.assign(element, { personaMap: MAP, people: PEOPLE, ...props });
    document.body.appendChild(element);
    return element;
}

describe('c-si-persona-map', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('orders personas by importance, lists people in engine order and flags gaps', () => {
        const root = render({}).shadowRoot as ShadowRoot;
        expect([...root.querySelectorAll('.si-importance h4')].map((h) => h.textContent)).toEqual([
            'c.SI_Importance_Strong',
            'c.SI_Importance_Moderate',
            'c.SI_Importance_Weak',
            'c.SI_Other_People'
        ]);
        const buyer = root.querySelector('[data-persona="Economic_Buyer"]') as HTMLElement;
        expect([...buyer.querySelectorAll('.si-person__name')].map((n) => n.textContent)).toEqual(['Carla', 'Lara']);
        expect(buyer.querySelector('.si-gap')).toBeNull();
        expect(root.querySelector('[data-persona="Security"] .si-gap')?.textContent).toContain('c.SI_Gap');
        expect(root.querySelectorAll('.si-gap')).toHaveLength(2);
        // Lead marker, missing title and no engagement are shown, not dropped.
        const lara = root.querySelector('li[data-id="l1"]') as HTMLElement;
        expect(lara.textContent).toContain('c.SI_Lead');
        expect(lara.querySelector('.si-person__title')?.textContent).toBe('c.SI_No_Title');
        expect(lara.textContent).toContain('c.SI_Never_Engaged');
        expect(root.querySelector('.si-other li[data-id="o1"]')?.textContent).toContain('c.SI_Opted_Out');
        expect(root.querySelector('input[type="checkbox"]')).toBeNull();
    });

    it('reports selection changes when selectable', async () => {
        const el = render({ selectable: true, selectedIds: ['c1'] });
        const root = el.shadowRoot as ShadowRoot;
        const handler = jest.fn();
        el.addEventListener('selectionchange', handler);
        expect((root.querySelector('input[data-id="c1"]') as HTMLInputElement).checked).toBe(true);
        const lara = root.querySelector('input[data-id="l1"]') as HTMLInputElement;
        expect(lara.getAttribute('aria-label')).toBe('c.SI_Select_Person');
        lara.click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ id: 'l1', selected: true });
        await expect(el).toBeAccessible();
    });

    describe('people shown per persona', () => {
        // Twelve economic buyers in engine order (most engaged first) and three other people.
        const many = Array.from({ length: 12 }, (_, i) => person(`b${i}`, `Buyer ${i}`));
        const others = [person('x1', 'Xena'), person('x2', 'Xavier'), person('x3', 'Xiu')];
        const bigMap: PersonaMapResult = {
            personas: [
                {
                    key: 'Economic_Buyer',
                    label: 'Economic Buyer',
                    jobFunction: 'Executive',
                    seniority: 'C-Level',
                    importance: 'Strong',
                    people: many.map((p) => p.id),
                    gap: false
                }
            ],
            other: others.map((p) => p.id),
            gaps: []
        };
        const names = (root: ParentNode, persona: string): Array<string | null> =>
            [...root.querySelectorAll(`[data-persona="${persona}"] .si-person__name`)].map((n) => n.textContent);
        const toggle = (root: ParentNode, persona: string): HTMLButtonElement | null =>
            root.querySelector(`[data-persona="${persona}"] button.si-people__toggle`);

        it('lists the first ones and shows the rest on request, then fewer again', async () => {
            const el = render({ personaMap: bigMap, people: [...many, ...others], peopleShown: 5 });
            const root = el.shadowRoot as ShadowRoot;
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2', 'Buyer 3', 'Buyer 4']);
            const button = toggle(root, 'Economic_Buyer') as HTMLButtonElement;
            expect(button.textContent).toBe('Show 7 more: c.SI_Show_People_Assistive');
            // The button names the list it opens.
            const list = root.querySelector('[data-persona="Economic_Buyer"] ul.si-people') as HTMLElement;
            expect(button.getAttribute('aria-controls')).toBe(list.id);
            expect(button.getAttribute('aria-expanded')).toBe('false');
            expect(button.dataset.hiddenCount).toBe('7');
            // Three other people fit under the limit: no button there.
            expect(names(root, '__other')).toEqual(['Xena', 'Xavier', 'Xiu']);
            expect(toggle(root, '__other')).toBeNull();

            button.click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(12);
            expect(toggle(root, 'Economic_Buyer')?.getAttribute('aria-expanded')).toBe('true');
            expect(toggle(root, 'Economic_Buyer')?.textContent).toContain('c.SI_Show_Fewer_People');
            await expect(el).toBeAccessible();

            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(5);
        });

        it('keeps selected people listed when their persona is collapsed', () => {
            const el = render({
                personaMap: bigMap,
                people: [...many, ...others],
                peopleShown: 3,
                selectable: true,
                selectedIds: ['b9']
            });
            const root = el.shadowRoot as ShadowRoot;
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2', 'Buyer 9']);
            expect((root.querySelector('input[data-id="b9"]') as HTMLInputElement).checked).toBe(true);
            // Eight of twelve are hidden, and the button's label is given that count.
            expect(toggle(root, 'Economic_Buyer')?.dataset.hiddenCount).toBe('8');
            expect(root.querySelectorAll('[data-persona="__other"] .si-person')).toHaveLength(3);
        });

        it('keeps a person the rep unselects in a collapsed group listed until the group is shown more or fewer', async () => {
            const el = render({ personaMap: bigMap, people: [...many, ...others], peopleShown: 3, selectable: true, selectedIds: ['b9'] });
            const root = el.shadowRoot as ShadowRoot;
            // The panel owns the selection: it answers the event with new selectedIds.
            el.addEventListener('selectionchange', (e: Event) => {
                const { id, selected } = (e as CustomEvent<{ id: string; selected: boolean }>).detail;
                Object.assign(el, { selectedIds: selected ? [id] : [] });
            });
            const b9 = root.querySelector('input[data-id="b9"]') as HTMLInputElement;
            b9.focus();
            b9.click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2', 'Buyer 9']);
            expect((root.querySelector('input[data-id="b9"]') as HTMLInputElement).checked).toBe(false);
            expect(root.activeElement).toBe(b9);

            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2']);
        });

        it('starts another account with every group collapsed; the same account keeps what the rep opened', async () => {
            const el = render({ accountId: '001A', personaMap: bigMap, people: [...many, ...others], peopleShown: 3 });
            const root = el.shadowRoot as ShadowRoot;
            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(12);
            // The same account again (a refresh): still open.
            Object.assign(el, { accountId: '001A', people: [...many, ...others] });
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(12);
            // Lightning Experience reuses the page for another account: collapsed.
            Object.assign(el, { accountId: '001B', people: [...many, ...others] });
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(3);
            expect(toggle(root, 'Economic_Buyer')?.getAttribute('aria-expanded')).toBe('false');
            expect((el as unknown as { accountId: string }).accountId).toBe('001B');
        });

        it('falls back to five for a missing or nonsensical limit', () => {
            const root = render({ personaMap: bigMap, people: [...many, ...others], peopleShown: 0 })
                .shadowRoot as ShadowRoot;
            expect(names(root, 'Economic_Buyer')).toHaveLength(5);
        });
    });
});
