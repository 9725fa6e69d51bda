import { createElement } from 'lwc';
import SiQualifiedBadge from 'c/siQualifiedBadge';

jest.mock('@salesforce/label/c.SI_Qualified_Since', () => ({ default: 'Since {0}' }), { virtual: true });

type Helptext = HTMLElement & { content: string };

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-qualified-badge', { is: SiQualifiedBadge }) as unknown as HTMLElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-si-qualified-badge', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows qualified with its start date', () => {
        const el = render({ qualified: true, startDate: '2025-11-25', reason: 'fit Strong, stage Decision' });
        const root = el.shadowRoot as ShadowRoot;
        expect((root.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe('c.SI_Qualified');
        expect(root.querySelector('.si-qualified__since')?.textContent).toBe('Since Nov 25, 2025');
        expect(root.querySelector('.si-qualified')?.getAttribute('title')).toBe('fit Strong, stage Decision');
        expect(root.querySelector('.si-qualified__now')).toBeNull();
        expect(root.querySelector('lightning-helptext')).toBeNull();
    });

    it('shows qualified now and who records the start date when none is stored, and no date', () => {
        const el = render({ qualified: true, startDate: null, reason: 'Became qualified: fit Strong, stage Decision' });
        const root = el.shadowRoot as ShadowRoot;
        expect((root.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe('c.SI_Qualified');
        expect(root.querySelector('.si-qualified__now')?.textContent).toBe('c.SI_Qualified_Now');
        expect((root.querySelector('lightning-helptext.si-qualified__now-help') as Helptext).content).toBe(
            'c.SI_Qualified_Now_Help'
        );
        expect(root.querySelector('.si-qualified__since')).toBeNull();
        expect(root.textContent).not.toMatch(/Since|\d{4}/);
    });

    it('shows not qualified without a date or the qualified-now text', () => {
        for (const startDate of ['2025-01-01', null]) {
            const el = render({ qualified: false, startDate });
            const root = el.shadowRoot as ShadowRoot;
            expect((root.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe(
                'c.SI_Not_Qualified'
            );
            expect(root.querySelector('.si-qualified__since')).toBeNull();
            expect(root.querySelector('.si-qualified__now')).toBeNull();
            expect(root.querySelector('lightning-helptext')).toBeNull();
            document.body.removeChild(el);
        }
    });

    it.each([
        { qualified: true, startDate: '2025-11-25' },
        { qualified: true, startDate: null },
        { qualified: false, startDate: null }
    ])('is accessible: %o', async (props) => {
        await expect(render(props)).toBeAccessible();
    });
});
