// The readiness items read, typed for this bundle: `types/salesforce-modules.d.ts` declares Apex methods as
// plain functions, which the `@wire` decorator's types reject. This declaration (more specific than the
// `@salesforce/apex/*` wildcard) types it as what it also is at run time: a wire adapter.
declare module '@salesforce/apex/SI_ReadinessController.getReadinessItems' {
    // A type-only import in a declaration file: nothing is imported at run time.
    // eslint-disable-next-line @lwc/lwc/no-disallowed-lwc-imports
    import type { WireAdapterConstructor } from 'lwc';
    import type { SI_Readiness_Item__mdt } from 'c/siEngine';

    type GetReadinessItems = WireAdapterConstructor<
        Record<string, never>,
        { data?: SI_Readiness_Item__mdt[]; error?: unknown }
    > &
        (() => Promise<SI_Readiness_Item__mdt[]>);
    const getReadinessItems: GetReadinessItems;
    export default getReadinessItems;
}
