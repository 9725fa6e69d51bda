import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiBuyingStagePath from 'c/siBuyingStagePath';

function render(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-si-buying-stage-path', { is: SiBuyingStagePath }) as unknown as HTMLElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-si-buying-stage-path', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('shows the five stages in order as a path with the current stage', () => {
        const el = render({ stage: 'Decision', reasons: ['Intent 78 is at least 55: Decision'] });
        const root = el.shadowRoot as ShadowRoot;
        const indicator = root.querySelector('lightning-progress-indicator') as HTMLElement & { currentStep: string; type: string };
        expect(indicator.type).toBe('path');
        expect(indicator.currentStep).toBe('Decision');
        const steps = [...root.querySelectorAll('lightning-progress-step')] as Array<HTMLElement & { value: string; label: string }>;
        expect(steps.map((s) => s.value)).toEqual(['Target', 'Awareness', 'Consideration', 'Decision', 'Purchase']);
        expect(steps.map((s) => s.label)).toEqual(['c.SI_Stage_Target', 'c.SI_Stage_Awareness', 'c.SI_Stage_Consideration', 'c.SI_Stage_Decision', 'c.SI_Stage_Purchase']);
    });

    it('discloses the reasons', async () => {
        const el = render({ stage: 'Decision', reasons: ['Intent 78 is at least 55: Decision'] });
        const why = (el.shadowRoot as ShadowRoot).querySelector('c-si-why-disclosure') as HTMLElement & { subject: string };
        expect(why.subject).toBe('c.SI_Buying_Stage');
        const button = (why.shadowRoot as ShadowRoot).querySelector('button') as HTMLButtonElement;
        button.click();
        await Promise.resolve();
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect([...(why.shadowRoot as ShadowRoot).querySelectorAll('.si-why__item')].map((r) => r.textContent)).toEqual(['Intent 78 is at least 55: Decision']);
        await expect(el).toBeAccessible();
    });
});
