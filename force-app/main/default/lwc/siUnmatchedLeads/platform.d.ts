// `lightning/navigation`, typed for this bundle (@salesforce/lightning-types does not cover it): the mixin
// adds the Navigate and GenerateUrl methods, named by the mixin's symbols.
declare module 'lightning/navigation' {
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }

    interface Navigable {
        [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
        [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    // A mixin base must accept any constructor arguments (TS2545 requires `any[]` here).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Constructor<T = object> = new (...args: any[]) => T;

    export function NavigationMixin<T extends Constructor>(Base: T): T & Constructor<Navigable>;
    export namespace NavigationMixin {
        const Navigate: unique symbol;
        const GenerateUrl: unique symbol;
    }
}
