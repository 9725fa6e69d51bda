// Stand-in for the platform-only `force/navigation`, which `lightning/navigation` (from
// lightning-base-components) re-exports: `NavigationMixin` and the `CurrentPageReference` wire.
// Navigating asks the preview page (an event) to follow the page reference: another sample account
// opens in the page; anything else is reported as a toast, since the preview has no other pages.
import { PREVIEW_EVENTS } from './platform';

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

function urlFor(ref: PageReference): string {
    const recordId = ref.attributes?.recordId;
    const objectApiName = ref.attributes?.objectApiName;
    // The preview has record pages for accounts only: any other record's link stays on the page.
    if (
        ref.type === 'standard__recordPage' &&
        typeof recordId === 'string' &&
        (objectApiName === undefined || objectApiName === 'Account')
    ) {
        const params = new URLSearchParams(window.location.search);
        params.set('account', recordId);
        return `?${params.toString()}`;
    }
    return `#${encodeURIComponent(JSON.stringify(ref))}`;
}

// A mixin base must accept any constructor arguments (TS2545 requires `any[]` here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;

function NavigationMixinFn<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](pageReference: PageReference, replace?: boolean): void {
            window.dispatchEvent(
                new CustomEvent(PREVIEW_EVENTS.navigate, { detail: { pageReference, replace: replace === true } })
            );
        }

        [GenerateUrl](pageReference: PageReference): Promise<string> {
            return Promise.resolve(urlFor(pageReference));
        }
    };
}

export const NavigationMixin = Object.assign(NavigationMixinFn, { Navigate, GenerateUrl });

/** `@wire(CurrentPageReference)`: the Account record page the preview shows. */
export class CurrentPageReference {
    constructor(private readonly callback: (value: PageReference) => void) {}

    update(): void {
        const recordId = new URLSearchParams(window.location.search).get('account');
        this.callback(
            Object.freeze({
                type: 'standard__recordPage',
                attributes: Object.freeze({ recordId, objectApiName: 'Account', actionName: 'view' }),
                state: Object.freeze({})
            })
        );
    }

    connect(): void {}

    disconnect(): void {}
}
