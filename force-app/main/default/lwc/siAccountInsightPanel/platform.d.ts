// The configuration read, typed for this panel: `types/salesforce-modules.d.ts` declares Apex methods as
// plain functions, which the `@wire` decorator's types reject. This declaration (more specific than the
// `@salesforce/apex/*` wildcard) types it as what it also is at run time: a wire adapter.
declare module '@salesforce/apex/SI_ConfigurationController.getConfiguration' {
    // A type-only import in a declaration file: nothing is imported at run time.
    // eslint-disable-next-line @lwc/lwc/no-disallowed-lwc-imports
    import type { WireAdapterConstructor } from 'lwc';
    import type { ConfigMetadata } from 'c/siEngine';

    type GetConfiguration = WireAdapterConstructor<Record<string, never>, { data?: Partial<ConfigMetadata>; error?: unknown }> &
        (() => Promise<Partial<ConfigMetadata>>);
    const getConfiguration: GetConfiguration;
    export default getConfiguration;
}
