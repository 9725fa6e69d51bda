// Declarations for the Salesforce platform modules that @salesforce/lightning-types does not cover.
// They describe what the platform supplies at run time; Jest supplies stubs or mocks of the same shape.

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    /** `true` when the running user has the custom permission, otherwise `undefined`. */
    const granted: boolean | undefined;
    export default granted;
}

declare module '@salesforce/apex/*' {
    /** An imperative or wired Apex method. */
    const apexMethod: {
        (params?: Record<string, unknown>): Promise<any>;
    };
    export default apexMethod;
}

declare module '@salesforce/schema/*' {
    const fieldOrObject: { fieldApiName: string; objectApiName: string } | { objectApiName: string };
    export default fieldOrObject;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module 'lightning/graphql' {
    /** Tagged template that marks a GraphQL query for the platform's static analysis. */
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    /** Wire adapter for GraphQL queries. */
    export const graphql: any;
}

declare module 'lightning/uiRecordApi' {
    export interface RecordInput {
        fields: Record<string, unknown>;
        apiName?: string;
    }
    export function updateRecord(recordInput: RecordInput, clientOptions?: unknown): Promise<unknown>;
    export const getRecord: any;
    export function getFieldValue(record: unknown, field: unknown): unknown;
    export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<unknown>;
}

declare module 'lightning/uiObjectInfoApi' {
    /** Wire adapter: `{ objectApiNames }` -> `{ results: [{ statusCode, result: ObjectInfo | errors }] }`. */
    export const getObjectInfos: any;
    export const getObjectInfo: any;
}

declare module 'lightning/platformShowToastEvent' {
    export class ShowToastEvent extends CustomEvent<{
        title: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }> {
        constructor(init: {
            title: string;
            message: string;
            variant?: 'info' | 'success' | 'warning' | 'error';
            mode?: 'dismissible' | 'pester' | 'sticky';
        });
    }
}

declare module '@salesforce/resourceUrl/*' {
    /** The static resource's URL. */
    const url: string;
    export default url;
}

declare module 'lightning/platformResourceLoader' {
    export function loadScript(component: unknown, url: string): Promise<void>;
    export function loadStyle(component: unknown, url: string): Promise<void>;
}
