import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiPersonaMap from 'c/siPersonaMap';
import type { PersonInsight, PersonaMapResult } from 'c/siEngine';
import fixture from './data/personaMap.json';

// Labels with placeholders, so the filled-in text can be asserted.
jest.mock('@salesforce/label/c.SI_Show_More_People', () => ({ default: 'Show {0} more' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Grade', () => ({ default: 'Grade {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Selected_Count', () => ({ default: '{0} selected' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Show_People_Assistive', () => ({ default: 'People in {0}' }), { virtual: true });

const MAP = fixture.personaMap as PersonaMapResult;
const PEOPLE = fixture.people as PersonInsight[];

const person = (id: string, name: string, extra: Partial<PersonInsight> = {}): PersonInsight => ({
    ...(PEOPLE[0] as PersonInsight),
    id,
    name,
    ...extra
});

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-persona-map', { is: SiPersonaMap }) as unknown as HTMLElement;
    Object.assign(element, { personaMap: MAP, people: PEOPLE, ...props });
    document.body.appendChild(element);
    return element;
}

const rowOf = (root: ParentNode, persona: string): HTMLElement =>
    root.querySelector(`li.si-persona[data-persona="${persona}"]`) as HTMLElement;
const openButton = (root: ParentNode, persona: string): HTMLButtonElement | null =>
    rowOf(root, persona).querySelector('button.si-persona__open');
const names = (root: ParentNode, persona: string): Array<string | null> =>
    [...rowOf(root, persona).querySelectorAll('.si-person__name')].map((n) => n.textContent);
const text = (root: ParentNode, selector: string): string | null | undefined =>
    root.querySelector(selector)?.textContent;

async function open(root: ParentNode, persona: string): Promise<void> {
    (openButton(root, persona) as HTMLButtonElement).click();
    await Promise.resolve();
}

describe('c-si-persona-map', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('is a grid of personas by importance, Other last: function and seniority, importance, coverage, count, best grade', () => {
        const root = render({}).shadowRoot as ShadowRoot;
        expect([...root.querySelectorAll('li.si-persona')].map((r) => (r as HTMLElement).dataset.persona)).toEqual([
            'Economic_Buyer',
            'Security',
            'Ops',
            '__other'
        ]);
        // The column headers are for the eye; each cell names its column for assistive technology.
        const header = root.querySelector('.si-persona-grid__header') as HTMLElement;
        expect(header.getAttribute('aria-hidden')).toBe('true');
        expect([...header.children].map((c) => c.textContent)).toEqual([
            'c.SI_Persona_Column_Persona',
            'c.SI_Persona_Column_Importance',
            'c.SI_Persona_Column_Coverage',
            'c.SI_Persona_Column_Best_Grade',
            'c.SI_Persona_Column_People'
        ]);

        const buyer = rowOf(root, 'Economic_Buyer');
        expect(text(buyer, '.si-persona__label')).toBe('Economic Buyer');
        expect(text(buyer, '.si-persona__detail')).toBe('c.SI_Function_Executive · c.SI_Seniority_C_Level');
        expect(text(buyer, '.si-persona__importance-short')).toBe('c.SI_Persona_Strong');
        expect(text(buyer, '.si-persona__importance-long')).toBe('c.SI_Importance_Strong');
        expect(text(buyer, '.si-persona__coverage-text')).toBe('c.SI_Persona_Covered');
        // Carla is B, Lara C: the best is B.
        expect(text(buyer, '.si-persona__grade')).toBe('c.SI_Persona_Column_Best_Grade: Grade B');
        expect(text(buyer, '.si-persona__open-count')).toBe('2');
        expect(buyer.classList.contains('si-persona_gap')).toBe(false);

        const security = rowOf(root, 'Security');
        expect(security.classList.contains('si-persona_gap')).toBe(true);
        expect(text(security, '.si-persona__coverage-text')).toBe('c.SI_Persona_Gap');
        expect(text(security, '.si-persona__detail')).toBe('c.SI_Function_Security · c.SI_Seniority_C_Level');
        expect(text(security, '.si-persona__grade')).toBe('');
        // Nobody to open: a count, no button.
        expect(openButton(root, 'Security')).toBeNull();
        expect(text(security, '.si-persona__none')).toBe('People in Security Leader: 0');

        const other = rowOf(root, '__other');
        expect(text(other, '.si-persona__label')).toBe('c.SI_Other_People');
        expect(text(other, '.si-persona__detail')).toBe('c.SI_Persona_Other_Hint');
        expect(other.querySelector('.si-persona__coverage lightning-icon')).toBeNull();
        expect(text(other, '.si-persona__importance')).toBe('');
        expect(text(other, '.si-persona__grade')).toBe('c.SI_Persona_Column_Best_Grade: Grade D');

        // People are listed on demand only.
        expect(root.querySelectorAll('li.si-person')).toHaveLength(0);
        expect(root.querySelector('input[type="checkbox"]')).toBeNull();
    });

    it("lists a persona's people on demand, through a disclosure button that says what it controls", async () => {
        const el = render({});
        const root = el.shadowRoot as ShadowRoot;
        const button = openButton(root, 'Economic_Buyer') as HTMLButtonElement;
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(button.textContent).toBe('People in Economic Buyer: 2');
        const region = rowOf(root, 'Economic_Buyer').querySelector('.si-persona__people') as HTMLElement;
        expect(button.getAttribute('aria-controls')).toBe(region.id);
        await expect(el).toBeAccessible();

        await open(root, 'Economic_Buyer');
        expect(openButton(root, 'Economic_Buyer')?.getAttribute('aria-expanded')).toBe('true');
        expect(names(root, 'Economic_Buyer')).toEqual(['Carla', 'Lara']);
        // Lead marker, missing title and no engagement are shown, not dropped.
        const lara = root.querySelector('li[data-id="l1"]') as HTMLElement;
        expect(lara.textContent).toContain('c.SI_Lead');
        expect(lara.querySelector('.si-person__title')?.textContent).toBe('c.SI_No_Title');
        expect(lara.textContent).toContain('c.SI_Never_Engaged');
        // Another persona stays closed.
        expect(names(root, '__other')).toEqual([]);
        await open(root, '__other');
        expect(root.querySelector('li[data-id="o1"]')?.textContent).toContain('c.SI_Opted_Out');
        await expect(el).toBeAccessible();

        await open(root, 'Economic_Buyer');
        expect(names(root, 'Economic_Buyer')).toEqual([]);
        expect(openButton(root, 'Economic_Buyer')?.getAttribute('aria-expanded')).toBe('false');
    });

    it('reports selection changes from an open persona, and counts the selected people of a closed one', async () => {
        const el = render({ selectable: true, selectedIds: ['c1'] });
        const root = el.shadowRoot as ShadowRoot;
        expect(text(rowOf(root, 'Economic_Buyer'), '.si-persona__selected')).toBe('1 selected');
        expect(rowOf(root, 'Security').querySelector('.si-persona__selected')).toBeNull();
        const handler = jest.fn();
        el.addEventListener('selectionchange', handler);
        await open(root, 'Economic_Buyer');
        expect((root.querySelector('input[data-id="c1"]') as HTMLInputElement).checked).toBe(true);
        const lara = root.querySelector('input[data-id="l1"]') as HTMLInputElement;
        expect(lara.getAttribute('aria-label')).toBe('c.SI_Select_Person');
        lara.click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ id: 'l1', selected: true });
        await expect(el).toBeAccessible();
    });

    describe('people shown in an open persona', () => {
        // Twelve economic buyers in engine order (most engaged first) and three other people.
        const many = Array.from({ length: 12 }, (_, i) => person(`b${i}`, `Buyer ${i}`));
        const others = [person('x1', 'Xena'), person('x2', 'Xavier'), person('x3', 'Xiu')];
        const bigMap: PersonaMapResult = {
            personas: [{ ...(MAP.personas[1] as PersonaMapResult['personas'][number]), people: many.map((p) => p.id) }],
            other: others.map((p) => p.id),
            gaps: []
        };
        const toggle = (root: ParentNode, persona: string): HTMLButtonElement | null =>
            rowOf(root, persona).querySelector('button.si-people__toggle');

        it('lists the first ones and shows the rest on request, then fewer again', async () => {
            const el = render({ personaMap: bigMap, people: [...many, ...others], peopleShown: 5 });
            const root = el.shadowRoot as ShadowRoot;
            expect(text(rowOf(root, 'Economic_Buyer'), '.si-persona__open-count')).toBe('12');
            await open(root, 'Economic_Buyer');
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2', 'Buyer 3', 'Buyer 4']);
            const button = toggle(root, 'Economic_Buyer') as HTMLButtonElement;
            expect(button.textContent).toBe('Show 7 more: People in Economic Buyer');
            // The button names the list it opens.
            const list = rowOf(root, 'Economic_Buyer').querySelector('ul.si-people') as HTMLElement;
            expect(button.getAttribute('aria-controls')).toBe(list.id);
            expect(button.getAttribute('aria-expanded')).toBe('false');
            expect(button.dataset.hiddenCount).toBe('7');
            // Three other people fit under the limit: no button there.
            await open(root, '__other');
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

            // Closed and opened again: the first ones only.
            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            await open(root, 'Economic_Buyer');
            await open(root, 'Economic_Buyer');
            expect(names(root, 'Economic_Buyer')).toHaveLength(5);
        });

        it('keeps selected people listed beyond the first ones', async () => {
            const el = render({
                personaMap: bigMap,
                people: [...many, ...others],
                peopleShown: 3,
                selectable: true,
                selectedIds: ['b9']
            });
            const root = el.shadowRoot as ShadowRoot;
            await open(root, 'Economic_Buyer');
            expect(names(root, 'Economic_Buyer')).toEqual(['Buyer 0', 'Buyer 1', 'Buyer 2', 'Buyer 9']);
            expect((root.querySelector('input[data-id="b9"]') as HTMLInputElement).checked).toBe(true);
            // Eight of twelve are hidden, and the button's label is given that count.
            expect(toggle(root, 'Economic_Buyer')?.dataset.hiddenCount).toBe('8');
        });

        it('keeps a person the rep unselects listed until the persona is shown more or fewer', async () => {
            const el = render({
                personaMap: bigMap,
                people: [...many, ...others],
                peopleShown: 3,
                selectable: true,
                selectedIds: ['b9']
            });
            const root = el.shadowRoot as ShadowRoot;
            // The panel owns the selection: it answers the event with new selectedIds.
            el.addEventListener('selectionchange', (e: Event) => {
                const { id, selected } = (e as CustomEvent<{ id: string; selected: boolean }>).detail;
                Object.assign(el, { selectedIds: selected ? [id] : [] });
            });
            await open(root, 'Economic_Buyer');
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

        it('starts another account with every persona closed; the same account keeps what the rep opened', async () => {
            const el = render({ accountId: '001A', personaMap: bigMap, people: [...many, ...others], peopleShown: 3 });
            const root = el.shadowRoot as ShadowRoot;
            await open(root, 'Economic_Buyer');
            (toggle(root, 'Economic_Buyer') as HTMLButtonElement).click();
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(12);
            // The same account again (a refresh): still open.
            Object.assign(el, { accountId: '001A', people: [...many, ...others] });
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(12);
            // Lightning Experience reuses the page for another account: closed.
            Object.assign(el, { accountId: '001B', people: [...many, ...others] });
            await Promise.resolve();
            expect(names(root, 'Economic_Buyer')).toHaveLength(0);
            expect(openButton(root, 'Economic_Buyer')?.getAttribute('aria-expanded')).toBe('false');
            await open(root, 'Economic_Buyer');
            expect(names(root, 'Economic_Buyer')).toHaveLength(3);
            expect((el as unknown as { accountId: string }).accountId).toBe('001B');
        });

        it('falls back to five for a missing or nonsensical limit', async () => {
            const root = render({ personaMap: bigMap, people: [...many, ...others], peopleShown: 0 })
                .shadowRoot as ShadowRoot;
            await open(root, 'Economic_Buyer');
            expect(names(root, 'Economic_Buyer')).toHaveLength(5);
        });
    });

    it('has no Other row when everyone fits a persona, and nothing listed without a map', () => {
        const root = render({ personaMap: { ...MAP, other: [] } }).shadowRoot as ShadowRoot;
        expect(root.querySelector('li[data-persona="__other"]')).toBeNull();
        const empty = render({ personaMap: null, people: [] }).shadowRoot as ShadowRoot;
        expect(empty.querySelectorAll('li.si-persona')).toHaveLength(0);
    });
});
