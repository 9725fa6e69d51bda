import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiPersonaMap from 'c/siPersonaMap';
import type { PersonInsight, PersonaMapResult } from 'c/siEngine';

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

const PEOPLE = [person('c1', 'Carla'), person('l1', 'Lara', { type: 'Lead', title: null, grade: 'C', lastEngagedDate: null }), person('o1', 'Otto', { optedOut: true })];
const MAP: PersonaMapResult = {
    personas: [
        { key: 'Ops', label: 'Operations Leader', jobFunction: 'Operations', seniority: 'Director', importance: 'Weak', people: [], gap: true },
        { key: 'Economic_Buyer', label: 'Economic Buyer', jobFunction: 'Executive', seniority: 'C-Level', importance: 'Strong', people: ['c1', 'l1'], gap: false },
        { key: 'Security', label: 'Security Leader', jobFunction: 'Security', seniority: 'C-Level', importance: 'Moderate', people: [], gap: true }
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
});
