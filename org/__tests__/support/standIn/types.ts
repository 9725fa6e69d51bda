// Types shared by the Salesforce stand-in's modules (see ../salesforceStandIn.ts).

/** A field value as the stand-in stores it: CSV and JSON both map onto these. */
export type SfValue = string | number | boolean | null;

/** One record: field API name -> value. `Id` is the 18-character Id. */
export type SfRecord = Record<string, SfValue>;

/** sObject type (canonical API name, e.g. `Account`) -> Id (18 characters) -> record. */
export type Store = Map<string, Map<string, SfRecord>>;

/** The describe `type` values the stand-in reports (a subset of Salesforce's). */
export type FieldType =
    | 'id'
    | 'string'
    | 'textarea'
    | 'email'
    | 'url'
    | 'phone'
    | 'picklist'
    | 'multipicklist'
    | 'reference'
    | 'boolean'
    | 'double'
    | 'int'
    | 'currency'
    | 'percent'
    | 'date'
    | 'datetime';

export interface FieldSpec {
    type: FieldType;
    label?: string;
    /** Default true, false for `Id`. A CSV/REST write to a non-updateable field fails the row. */
    updateable?: boolean;
    /** Default true, false for `Id`. */
    createable?: boolean;
    externalId?: boolean;
    /** A create or update that repeats another record's value fails with DUPLICATE_VALUE (case-insensitive). */
    unique?: boolean;
    /** For `reference` fields: the objects the Id may point to (otherwise inferred). */
    referenceTo?: string[];
}

/** Per object: a list of field names (types inferred from values) or field name -> type/spec. */
export type ObjectSchema = readonly string[] | Readonly<Record<string, FieldType | FieldSpec>>;

export type SchemaOption = Readonly<Record<string, ObjectSchema>>;

/** What the stand-in knows about one field of one object. */
export interface FieldInfo {
    /** Canonical API name. */
    name: string;
    type: FieldType;
    /** True when the type came from the schema option or from seeded values (false: guessed from the name). */
    typeKnown: boolean;
    label: string;
    updateable: boolean;
    createable: boolean;
    externalId: boolean;
    unique: boolean;
    /** For reference fields: target objects (may be empty when unknown). */
    referenceTo: string[];
    /** For reference fields: `Account` for `AccountId`, `Foo__r` for `Foo__c`. */
    relationshipName?: string;
}

/** A Salesforce-style API error: HTTP status + `[{"message":..,"errorCode":..}]` body. */
export class SfApiError extends Error {
    constructor(
        public readonly status: number,
        public readonly errorCode: string,
        message: string,
        public readonly fields?: string[]
    ) {
        super(message);
        this.name = 'SfApiError';
    }

    body(): string {
        const entry: Record<string, unknown> = { message: this.message, errorCode: this.errorCode };
        if (this.fields) entry.fields = this.fields;
        return JSON.stringify([entry]);
    }
}

/** One entry of `standIn.requests`, appended when the response is finished (or dropped/hung). */
export interface RequestLogEntry {
    method: string;
    /** Path without the query string, e.g. `/services/data/v62.0/jobs/query/750.../results`. */
    path: string;
    query: Record<string, string>;
    /** HTTP status sent, or null when the request was hung or dropped before a status line. */
    status: number | null;
    /** Bytes of the request body received. */
    bodyBytes: number;
    /** Bytes of the response body written (may be partial when dropped). */
    responseBytes: number;
    /** `62.0` for `/services/data/v62.0/...`. */
    apiVersion?: string;
    /** Set when a fault rule handled this request: 'status', 'hang', 'drop', 'expireSession', 'delay', 'failJob', 'abortJob'. */
    fault?: string;
    /** For an ingest upload (PUT .../batches): data rows in this upload (header excluded). */
    rows?: number;
    /** Bulk job addressed or created by this request. */
    jobId?: string;
}
