import { createElement } from 'lwc';
import SiQualifiedBadge from 'c/siQualifiedBadge';

jest.mock('@salesforce/label/c.SI_Qualified_Since', () => ({ default: 'Since {0}' }), { virtual: true });

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
    });

    it('shows not qualified without a date', () => {
        const el = render({ qualified: false, startDate: '2025-01-01' });
        const root = el.shadowRoot as ShadowRoot;
        expect((root.querySelector('lightning-badge') as HTMLElement & { label: string }).label).toBe('c.SI_Not_Qualified');
        expect(root.querySelector('.si-qualified__since')).toBeNull();
    });
});
