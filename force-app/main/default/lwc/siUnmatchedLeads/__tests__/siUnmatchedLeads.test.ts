import { createElement } from 'lwc';
import type {} from '@sa11y/jest';
import SiUnmatchedLeads from 'c/siUnmatchedLeads';
import type { Account, Lead, PersonInsight } from 'c/siEngine';
import fixture from './data/unmatchedLeads.json';

// Labels with placeholders, so the filled-in text can be asserted.
jest.mock('@salesforce/label/c.SI_Show_More_People', () => ({ default: 'Show {0} more' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Grade', () => ({ default: 'Grade {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Lead_Reason_Email_Domain', () => ({ default: 'Email at {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Lead_Reason_Website_Domain', () => ({ default: 'Website {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Lead_Reason_Company_Name', () => ({ default: 'Company {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.SI_Lead_Reason_Similar_Email_Domain', () => ({ default: 'Similar email {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.SI_Lead_Reason_Similar_Company_Name', () => ({ default: 'Similar company {0}' }), {
    virtual: true
});

// The platform's navigation service: records what the component asks for.
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown): void {
                mockNavigate(pageReference);
            }
            [GenerateUrl](pageReference: { attributes: { recordId: string } }): Promise<string> {
                return Promise.resolve(`/lightning/r/Lead/${pageReference.attributes.recordId}/view`);
            }
        };
    return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

const INPUTS = {
    account: fixture.account as Account,
    people: fixture.people as PersonInsight[],
    leads: fixture.leads as Lead[],
    otherLeads: fixture.otherLeads as Lead[]
};

function render(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-si-unmatched-leads', { is: SiUnmatchedLeads }) as unknown as HTMLElement;
    Object.assign(element, INPUTS, props);
    document.body.appendChild(element);
    return element;
}

function flush(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const listed = (
    root: ParentNode
): Array<{ id?: string; name: string | null; status?: string | null; reason?: string | null }> =>
    [...root.querySelectorAll('li.si-unmatched__lead')].map((li) => ({
        id: (li as HTMLElement).dataset.id,
        name: li.querySelector('a')?.textContent ?? null,
        status: li.querySelector('.slds-badge')?.textContent,
        reason: li.querySelector('.si-unmatched__reason')?.textContent
    }));

describe('c-si-unmatched-leads', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        mockNavigate.mockReset();
    });

    it('lists the leads that only look like the account first, then the counted ones, each with why', async () => {
        const el = render();
        const root = el.shadowRoot as ShadowRoot;
        expect(root.querySelector('h3')?.textContent).toBe('c.SI_Unmatched_Leads');
        expect(root.querySelector('.si-unmatched__help')?.textContent).toBe('c.SI_Unmatched_Leads_Help');
        // An unrelated lead (Globex), a converted one and the contact are not listed.
        expect(listed(root)).toEqual([
            {
                id: '00Q000000000ACME08',
                name: 'Nina Near',
                status: 'c.SI_Unmatched_Not_Counted',
                reason: 'Similar email notacme.com'
            },
            {
                id: '00Q000000000ACME02',
                name: 'Otto Other',
                status: 'c.SI_Unmatched_Not_Counted',
                reason: 'Similar company Acmetech Industries'
            },
            {
                id: '00Q000000000ACME01',
                name: 'Lara Lead',
                status: 'c.SI_Unmatched_Counted',
                reason: 'Email at acme.com'
            },
            { id: '00Q000000000ACME03', name: 'Wes Web', status: 'c.SI_Unmatched_Counted', reason: 'Website acme.com' },
            {
                id: '00Q000000000ACME04',
                name: 'Cora Name',
                status: 'c.SI_Unmatched_Counted',
                reason: 'Company ACME, Inc.'
            }
        ]);
        const lara = root.querySelector('li[data-id="00Q000000000ACME01"]') as HTMLElement;
        expect(lara.querySelector('.si-unmatched__detail')?.textContent).toBe('VP of Engineering · Acme Corp');
        expect(lara.querySelector('.si-unmatched__grade')?.textContent).toBe('Grade A');
        // A lead the engine does not score has no grade; one without a title shows its company.
        expect(root.querySelector('li[data-id="00Q000000000ACME08"] .si-unmatched__grade')).toBeNull();
        expect(root.querySelector('li[data-id="00Q000000000ACME03"] .si-unmatched__detail')?.textContent).toBe(
            'Unknown'
        );
        await expect(el).toBeAccessible();
    });

    it('links each lead to its record page, and opens it through the navigation service', async () => {
        const el = render();
        const root = el.shadowRoot as ShadowRoot;
        await flush();
        const link = root.querySelector('li[data-id="00Q000000000ACME02"] a') as HTMLAnchorElement;
        expect(link.getAttribute('href')).toBe('/lightning/r/Lead/00Q000000000ACME02/view');
        link.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: '00Q000000000ACME02', objectApiName: 'Lead', actionName: 'view' }
        });
        // A modified click (a new tab) is the browser's: not prevented (jsdom cannot follow it, so the test does).
        let preventedByComponent: boolean | null = null;
        document.addEventListener(
            'click',
            (e) => {
                preventedByComponent = e.defaultPrevented;
                e.preventDefault();
            },
            { once: true }
        );
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
        expect(preventedByComponent).toBe(false);
        expect(mockNavigate).toHaveBeenCalledTimes(1);
    });

    it('lists the first ones and the rest on request, through a button that says what it controls', async () => {
        const el = render({ shown: 5 });
        const root = el.shadowRoot as ShadowRoot;
        const button = root.querySelector('button.si-unmatched__toggle') as HTMLButtonElement;
        expect(button.textContent).toBe('Show 3 more: c.SI_Unmatched_Leads');
        expect(button.getAttribute('aria-expanded')).toBe('false');
        expect(button.getAttribute('aria-controls')).toBe(root.querySelector('ul.si-unmatched__list')?.id);
        button.click();
        await flush();
        expect(listed(root).map((l) => l.name)).toEqual([
            'Nina Near',
            'Otto Other',
            'Lara Lead',
            'Wes Web',
            'Cora Name',
            'Eli Eu',
            'Finn Four',
            'Gus Five'
        ]);
        expect(listed(root)[5]?.reason).toBe('Email at eu.acme.com');
        expect(button.getAttribute('aria-expanded')).toBe('true');
        expect(button.textContent).toContain('c.SI_Show_Fewer_People');
        // The links of the leads listed now get their URL too.
        expect(root.querySelector('li[data-id="00Q000000000ACME07"] a')?.getAttribute('href')).toBe(
            '/lightning/r/Lead/00Q000000000ACME07/view'
        );
        await expect(el).toBeAccessible();

        // Another account (the page reused): the short list again.
        Object.assign(el, { accountId: '001A' });
        await flush();
        Object.assign(el, { accountId: '001B' });
        await flush();
        expect(listed(root)).toHaveLength(5);
    });

    it('says so when no lead looks like the account', async () => {
        const el = render({ people: [], leads: [], otherLeads: [INPUTS.otherLeads[2]] });
        const root = el.shadowRoot as ShadowRoot;
        expect(root.querySelector('.si-unmatched__none')?.textContent).toBe('c.SI_Unmatched_Leads_None');
        expect(root.querySelector('ul')).toBeNull();
        expect(root.querySelector('button')).toBeNull();
        await expect(el).toBeAccessible();
        const noAccount = render({ account: null }).shadowRoot as ShadowRoot;
        expect(noAccount.querySelector('.si-unmatched__none')).not.toBeNull();
    });
});
