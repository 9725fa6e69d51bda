// Types for the Outreach JSON:API client: the transport contract (what Apex receives and returns),
// the Outreach resource shapes the client reads and writes, and the per-person results it produces.
// Outreach API v2 implements JSON:API 1.0: success bodies carry `data`, failures carry `errors`.

/** HTTP methods the client uses (and the only ones the Apex transport allows). */
export type OutreachHttpMethod = 'GET' | 'POST';

/** One request as the Apex transport receives it. `path` starts with `/api/v2/`, query string included. */
export interface OutreachHttpRequest {
    readonly method: OutreachHttpMethod;
    readonly path: string;
    readonly body: string | null;
}

/** The response headers the transport returns (the only ones the client reads). */
export type OutreachHeaderName = 'Retry-After' | 'X-RateLimit-Remaining' | 'X-RateLimit-Reset' | 'Content-Type';

/**
 * One response as the Apex transport returns it. `status` 0 with `error` set means the request never got an
 * HTTP answer (timeout, connection failure, transaction time budget spent). `errorCode`, when set, is one of
 * `OUTREACH_CONNECTION_ERROR_CODES`: the rep's Outreach connection is why (with or without an HTTP answer).
 */
export interface OutreachHttpResponse {
    readonly status: number;
    readonly headers: Readonly<Partial<Record<string, string>>>;
    readonly body: string | null;
    readonly error: string | null;
    readonly errorCode?: string | null;
}

/**
 * The transport's `errorCode`s for the rep's Outreach connection (the per-user principal of the External
 * Credential SI_Outreach), identical to the constants of SI_OutreachConnection.cls (a Jest test compares), and
 * the reason each gives:
 *   OUTREACH_NOT_CONNECTED       - the rep has not authenticated yet (no per-user principal authentication)
 *   OUTREACH_CONNECTION_EXPIRED  - the token expired and Salesforce could not refresh it
 *   OUTREACH_CONNECTION_REVOKED  - Outreach answers invalid_grant / revoked: the grant is gone
 * None of them is transient: only the rep (re)connecting on their External Credentials page helps.
 */
export const OUTREACH_CONNECTION_ERROR_CODES = {
    OUTREACH_NOT_CONNECTED: 'notConnected',
    OUTREACH_CONNECTION_EXPIRED: 'connectionExpired',
    OUTREACH_CONNECTION_REVOKED: 'connectionRevoked'
} as const;
export type OutreachConnectionErrorCode = keyof typeof OUTREACH_CONNECTION_ERROR_CODES;
export type OutreachConnectionReason = (typeof OUTREACH_CONNECTION_ERROR_CODES)[OutreachConnectionErrorCode];

/** Sends a batch of requests and resolves with one response per request, in order. */
export type OutreachTransport = (requests: OutreachHttpRequest[]) => Promise<OutreachHttpResponse[]>;

/** Injected clock (the client never reads the system clock itself). */
export type Clock = () => Date;
/** Injected wait (tests pass one that records the waits and returns at once). */
export type Sleep = (milliseconds: number) => Promise<void>;

/** A selected Salesforce person. `optedOut` is the record's `HasOptedOutOfEmail`. */
export interface OutreachPerson {
    readonly recordId: string;
    readonly objectApiName: 'Contact' | 'Lead';
    readonly name: string;
    readonly email: string | null;
    readonly optedOut: boolean;
    /** `SI_Outreach_Prospect_Id__c` as stored on the record, when known. */
    readonly outreachProspectId?: string | null;
}

// ---------------------------------------------------------------------------------------------
// JSON:API shapes (only the members the client reads or writes)
// ---------------------------------------------------------------------------------------------

export interface JsonApiErrorObject {
    readonly id?: string | null;
    readonly title?: string | null;
    readonly detail?: string | null;
    /** Some Outreach errors use the plural. */
    readonly details?: string | null;
    readonly source?: { readonly pointer?: string | null; readonly parameter?: string | null } | null;
}

export interface JsonApiErrorDocument {
    readonly errors: readonly JsonApiErrorObject[];
}

export interface JsonApiLinks {
    readonly next?: string | null;
}

export interface JsonApiResource<TType extends string, TAttributes> {
    readonly type: TType;
    readonly id: string | number;
    readonly attributes?: TAttributes;
    readonly relationships?: Readonly<
        Record<string, { readonly data?: { readonly type: string; readonly id: string | number } | null }>
    >;
}

export interface ProspectAttributes {
    readonly firstName?: string | null;
    readonly lastName?: string | null;
    readonly emails?: readonly string[] | null;
    /** Opted out of email (or of everything when granular opt-out is off). */
    readonly emailOptedOut?: boolean | null;
    /** `opted_in`, `opted_out` or null. */
    readonly emailsOptStatus?: string | null;
}

export interface SequenceAttributes {
    readonly name?: string | null;
    readonly enabled?: boolean | null;
}

export interface MailboxAttributes {
    readonly email?: string | null;
    readonly sendDisabled?: boolean | null;
}

export interface SequenceStateAttributes {
    /** e.g. `active`, `pending`, `paused`, `finished`, `failed`, `bounced`, `opted_out`. */
    readonly state?: string | null;
}

export type ProspectResource = JsonApiResource<'prospect', ProspectAttributes>;
export type SequenceResource = JsonApiResource<'sequence', SequenceAttributes>;
export type MailboxResource = JsonApiResource<'mailbox', MailboxAttributes>;
export type SequenceStateResource = JsonApiResource<'sequenceState', SequenceStateAttributes>;

export interface JsonApiCollectionDocument<TResource> {
    readonly data: readonly TResource[];
    readonly links?: JsonApiLinks | null;
}

export interface JsonApiSingleDocument<TResource> {
    readonly data: TResource;
}

export interface ResourceIdentifier<TType extends string> {
    readonly type: TType;
    readonly id: number;
}

/** Body of `POST /api/v2/prospects`. */
export interface CreateProspectBody {
    readonly data: {
        readonly type: 'prospect';
        readonly attributes: {
            readonly firstName: string | null;
            readonly lastName: string;
            readonly emails: readonly string[];
        };
    };
}

/** Body of `POST /api/v2/sequenceStates`. */
export interface CreateSequenceStateBody {
    readonly data: {
        readonly type: 'sequenceState';
        readonly relationships: {
            readonly prospect: { readonly data: ResourceIdentifier<'prospect'> };
            readonly sequence: { readonly data: ResourceIdentifier<'sequence'> };
            readonly mailbox: { readonly data: ResourceIdentifier<'mailbox'> };
        };
    };
}

// ---------------------------------------------------------------------------------------------
// Classification and results
// ---------------------------------------------------------------------------------------------

/** Why a request (or a person) did not succeed. */
export type OutreachErrorReason =
    | 'badRequest' // 400
    | 'unauthorized' // 401 the transport did not name (see the three connection reasons)
    | OutreachConnectionReason // notConnected, connectionExpired, connectionRevoked: the transport's errorCode
    | 'scope' // 403 unauthorizedOauthScope: the connection lacks an OAuth scope
    | 'permission' // 403 other: the Outreach user may not do this
    | 'notFound' // 404
    | 'validation' // 422
    | 'rateLimited' // 429
    | 'server' // 5xx
    | 'timeout' // no answer in time
    | 'transport' // request not sent or not answered (connection, Apex call failed)
    | 'unexpectedResponse' // a status or body the client does not understand
    | 'invalidEmail'; // the record's email cannot be used (checked before any request)

export interface OutreachErrorInfo {
    readonly reason: OutreachErrorReason;
    /** HTTP status, 0 when there was none. */
    readonly status: number;
    /**
     * JSON:API error `id` (e.g. `validationError`), when Outreach sent one; for a connection reason, the
     * transport's `errorCode` (e.g. `OUTREACH_NOT_CONNECTED`).
     */
    readonly code: string | null;
    readonly title: string | null;
    /** Outreach's own explanation, or the transport's message. */
    readonly detail: string | null;
    /** JSON pointer to the offending member (422), e.g. `/data/attributes/emails`. */
    readonly pointer: string | null;
    /** ISO time after which a retry may succeed (429, 503), when known. */
    readonly retryAt: string | null;
    /** Whether the same request may simply be sent again (5xx, timeout, transport). */
    readonly transient: boolean;
}

export type ClassifiedResponse =
    | { readonly ok: true; readonly status: number; readonly document: unknown }
    | { readonly ok: false; readonly error: OutreachErrorInfo };

export const OUTREACH_OUTCOMES = [
    'added',
    'alreadyInSequence',
    'missingEmail',
    'optedOut',
    'notPermitted',
    'rateLimited',
    'failed'
] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

/** What the rep should do next; the component turns it into a label. */
export type OutreachNextStep =
    | 'none'
    | 'retryAt' // wait until `retryAt`, then try again
    | 'retryLater' // a transient failure: try again in a few minutes
    | 'connectOutreach' // connect the rep's Outreach account (per-user external credential: Allow Access)
    | 'reconnectOutreach' // the connection expired or was revoked: revoke and allow access again
    | 'askAdminForScope' // the connection lacks an OAuth scope: Salesforce admin fixes the credential
    | 'askOutreachAdmin' // the Outreach user lacks a permission: Outreach admin
    | 'fixRecord' // correct the record (see `error.pointer`), then try again
    | 'addEmail' // add an email address to the record
    | 'reviewSelection' // the sequence, mailbox or prospect no longer exists: reload and pick again
    | 'contactAdmin'; // an unexpected error: report it

export type OutreachRound = 'find' | 'create' | 'check' | 'add';

export interface OutreachPersonResult {
    readonly recordId: string;
    readonly objectApiName: 'Contact' | 'Lead';
    readonly name: string;
    readonly email: string | null;
    readonly outcome: OutreachOutcome;
    /** Where an opt-out came from. */
    readonly optOutSource: 'salesforce' | 'outreach' | null;
    readonly prospectId: string | null;
    /** True when `prospectId` differs from the id stored on the record (write it back). */
    readonly prospectIdIsNew: boolean;
    readonly sequenceStateId: string | null;
    /** Outreach's state of an existing sequence state (`alreadyInSequence`). */
    readonly sequenceStateStatus: string | null;
    readonly retryAt: string | null;
    readonly nextStep: OutreachNextStep;
    /** The round that decided the outcome (`null` when decided before any request). */
    readonly round: OutreachRound | null;
    readonly error: OutreachErrorInfo | null;
}

export interface OutreachAddSummary {
    readonly results: readonly OutreachPersonResult[];
    readonly counts: Readonly<Record<OutreachOutcome, number>>;
    /** HTTP requests handed to the transport (retries included). */
    readonly requestsSent: number;
    /** Transport (Apex) calls made. */
    readonly transportCalls: number;
}

export interface OutreachProgress {
    readonly round: OutreachRound | 'load';
    /** Requests answered so far in this round (retries included). */
    readonly completed: number;
    /** Requests planned for this round (grows when retries are added). */
    readonly total: number;
}

export interface OutreachClientOptions {
    readonly transport: OutreachTransport;
    readonly now: Clock;
    readonly sleep: Sleep;
    readonly onProgress?: (progress: OutreachProgress) => void;
    /** Requests per transport call; at most `MAX_REQUESTS_PER_TRANSPORT_CALL`. */
    readonly chunkSize?: number;
}

export interface OutreachPickOption {
    readonly id: string;
    readonly label: string;
}

export interface OutreachPickerOptions {
    readonly sequences: readonly OutreachPickOption[];
    readonly mailboxes: readonly OutreachPickOption[];
    /** True when Outreach had more than the client loads (`MAX_LIST_PAGES`). */
    readonly sequencesTruncated: boolean;
    readonly mailboxesTruncated: boolean;
}
