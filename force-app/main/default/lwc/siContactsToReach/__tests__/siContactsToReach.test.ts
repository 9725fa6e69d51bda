import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiContactsToReach from 'c/siContactsToReach';

const ITEMS = [
    { id: 'c4', type: 'Contact', name: 'Ian', persona: 'IT_Manager', grade: 'B', score: 40, reasonKind: 'Engaged but not reached', reason: 'Engaged 4 days ago, no sales touch in 90 days' },
    { id: 'l1', type: 'Lead', name: 'Lara', persona: 'Other', grade: 'D', score: 5, reasonKind: 'Unreached persona', reason: 'Nobody reached in this persona' }
];
const MAP = { personas: [{ key: 'IT_Manager', label: 'IT Manager', jobFunction: 'IT', seniority: 'Manager', importance: 'Moderate', people: ['c4'], gap: false }], other: ['l1'], gaps: [] };
const PEOPLE = [
    { id: 'c4', title: 'IT Manager', optedOut: true },
    { id: 'l1', title: null, optedOut: false }
];

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-contacts-to-reach', { is: SiContactsToReach }) as unknown as HTMLElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-si-contacts-to-reach', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('lists people in rank order with persona, grade and reason', () => {
        const root = render({ items: ITEMS, people: PEOPLE, personaMap: MAP }).shadowRoot as ShadowRoot;
        const rows = [...root.querySelectorAll('li.si-reach')];
        expect(rows.map((r) => r.querySelector('.si-reach__name')?.textContent)).toEqual(['Ian', 'Lara']);
        expect(rows[0]?.textContent).toContain('IT Manager · IT Manager · c.SI_Grade');
        expect(rows[0]?.textContent).toContain('c.SI_Opted_Out');
        expect(rows[1]?.textContent).toContain('c.SI_No_Title · c.SI_Other_People');
        expect(rows[1]?.querySelector('.si-reach__reason')?.textContent).toBe('Nobody reached in this persona');
        expect(root.querySelector('input')).toBeNull();
    });

    it('says when there is nobody to reach', async () => {
        const el = render({ items: [], people: [], personaMap: MAP });
        expect((el.shadowRoot as ShadowRoot).querySelector('.si-to-reach__none')?.textContent).toBe('c.SI_No_Contacts_To_Reach');
        await expect(el).toBeAccessible();
    });

    it('reports selection changes when selectable', async () => {
        const el = render({ items: ITEMS, people: PEOPLE, personaMap: MAP, selectable: true, selectedIds: ['l1'] });
        const handler = jest.fn();
        el.addEventListener('selectionchange', handler);
        const root = el.shadowRoot as ShadowRoot;
        expect((root.querySelector('input[data-id="l1"]') as HTMLInputElement).checked).toBe(true);
        (root.querySelector('input[data-id="l1"]') as HTMLInputElement).click();
        expect(handler.mock.calls[0][0].detail).toEqual({ id: 'l1', selected: false });
        await expect(el).toBeAccessible();
    });
});
