// Builds the Outreach API v2 JSON:API requests. Every path starts with `/api/v2/` and is appended by the
// Apex transport to the Named Credential `callout:SI_Outreach` (URL https://api.outreach.io).
// Query keys and values are percent-encoded (`filter[emails]` travels as `filter%5Bemails%5D`).
import type {
    CreateProspectBody,
    CreateSequenceStateBody,
    OutreachHttpMethod,
    OutreachHttpRequest,
    OutreachPerson
} from './types';

export const OUTREACH_API_BASE = '/api/v2';
export const JSON_API_CONTENT_TYPE = 'application/vnd.api+json';

/** Apex's per-transaction callout limit. */
export const APEX_CALLOUT_LIMIT = 100;
/** Requests per Apex call: half the callout limit, so other callouts and the 120 s time budget keep room. */
export const MAX_REQUESTS_PER_TRANSPORT_CALL = 50;
/** Page size for the sequence and mailbox lists. */
export const LIST_PAGE_SIZE = 100;
/** Pages followed per list before reporting it truncated. */
export const MAX_LIST_PAGES = 5;

/**
 * The allow-list, identical to the one in `SI_OutreachTransport.cls` (a test compares them):
 * GET on the four collections with an encoded query string, POST on the two the flow creates.
 */
export const ALLOWED_GET_PATH_PATTERN =
    '^/api/v2/(prospects|sequences|mailboxes|sequenceStates)(\\?[A-Za-z0-9%._~=&,+\\-]*)?$';
export const ALLOWED_POST_PATH_PATTERN = '^/api/v2/(prospects|sequenceStates)$';

export function isAllowedRequest(candidate: OutreachHttpRequest): boolean {
    const pattern = candidate.method === 'GET' ? ALLOWED_GET_PATH_PATTERN : ALLOWED_POST_PATH_PATTERN;
    const bodyOk =
        candidate.method === 'GET'
            ? candidate.body === null
            : typeof candidate.body === 'string' && candidate.body.length > 0;
    return bodyOk && new RegExp(pattern).test(candidate.path);
}

/** RFC 3986 encoding: `encodeURIComponent` plus `!'()*`, so only unreserved characters and `%` remain. */
export function encodeQueryComponent(value: string): string {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-encodes a query (`filter[emails]` becomes `filter%5Bemails%5D`, `,` becomes `%2C`). */
export function buildQuery(parameters: ReadonlyArray<readonly [string, string]>): string {
    return parameters.map(([key, value]) => `${encodeQueryComponent(key)}=${encodeQueryComponent(value)}`).join('&');
}

function request(
    method: OutreachHttpMethod,
    resource: string,
    query: string | null,
    body: unknown
): OutreachHttpRequest {
    const path = `${OUTREACH_API_BASE}/${resource}${query ? `?${query}` : ''}`;
    return { method, path, body: body === null ? null : JSON.stringify(body) };
}

/** Outreach ids are integers; the record stores them as text. */
export function toOutreachId(id: string, what: string): number {
    if (!/^[1-9][0-9]{0,17}$/.test(id)) {
        throw new Error(`${what} "${id}" is not an Outreach id (a positive whole number).`);
    }
    return Number(id);
}

/** Lower-cased, trimmed email; `null` when blank. */
export function normalizeEmail(email: string | null | undefined): string | null {
    const trimmed = (email ?? '').trim().toLowerCase();
    return trimmed.length > 0 ? trimmed : null;
}

/** A usable address: one `@`, no spaces or commas (a comma would split Outreach's list filter). */
export function isUsableEmail(normalized: string): boolean {
    return /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(normalized) && normalized.length <= 254;
}

/** `GET /prospects?filter[emails]=...`: one request per address. */
export function findProspectsByEmailRequest(normalizedEmail: string): OutreachHttpRequest {
    return request(
        'GET',
        'prospects',
        buildQuery([
            ['filter[emails]', normalizedEmail],
            ['fields[prospect]', 'emails,emailOptedOut,emailsOptStatus'],
            ['sort', 'id'],
            ['count', 'false']
        ]),
        null
    );
}

/** Splits a full name at its last space: "Ada King Lovelace" gives first "Ada King", last "Lovelace". */
export function splitName(name: string): { firstName: string | null; lastName: string } {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const cut = trimmed.lastIndexOf(' ');
    if (cut <= 0) {
        return { firstName: null, lastName: trimmed };
    }
    return { firstName: trimmed.slice(0, cut), lastName: trimmed.slice(cut + 1) };
}

/** `POST /prospects` with the person's name and address. */
export function createProspectRequest(person: OutreachPerson, normalizedEmail: string): OutreachHttpRequest {
    const { firstName, lastName } = splitName(person.name);
    const body: CreateProspectBody = {
        data: { type: 'prospect', attributes: { firstName, lastName, emails: [normalizedEmail] } }
    };
    return request('POST', 'prospects', null, body);
}

/** `GET /sequenceStates` for one prospect in one sequence. */
export function findSequenceStatesRequest(prospectId: string, sequenceId: string): OutreachHttpRequest {
    return request(
        'GET',
        'sequenceStates',
        buildQuery([
            ['filter[prospect][id]', String(toOutreachId(prospectId, 'Prospect id'))],
            ['filter[sequence][id]', String(toOutreachId(sequenceId, 'Sequence id'))],
            ['fields[sequenceState]', 'state'],
            ['count', 'false']
        ]),
        null
    );
}

/** `POST /sequenceStates` with the prospect, sequence and mailbox relationships. */
export function createSequenceStateRequest(
    prospectId: string,
    sequenceId: string,
    mailboxId: string
): OutreachHttpRequest {
    const body: CreateSequenceStateBody = {
        data: {
            type: 'sequenceState',
            relationships: {
                prospect: { data: { type: 'prospect', id: toOutreachId(prospectId, 'Prospect id') } },
                sequence: { data: { type: 'sequence', id: toOutreachId(sequenceId, 'Sequence id') } },
                mailbox: { data: { type: 'mailbox', id: toOutreachId(mailboxId, 'Mailbox id') } }
            }
        }
    };
    return request('POST', 'sequenceStates', null, body);
}

/** `GET /sequences`: enabled sequences by name. */
export function listSequencesRequest(): OutreachHttpRequest {
    return request(
        'GET',
        'sequences',
        buildQuery([
            ['filter[enabled]', 'true'],
            ['fields[sequence]', 'name,enabled'],
            ['sort', 'name'],
            ['page[size]', String(LIST_PAGE_SIZE)],
            ['count', 'false']
        ]),
        null
    );
}

/** `GET /mailboxes` the rep can see, by address. */
export function listMailboxesRequest(): OutreachHttpRequest {
    return request(
        'GET',
        'mailboxes',
        buildQuery([
            ['fields[mailbox]', 'email,sendDisabled'],
            ['sort', 'email'],
            ['page[size]', String(LIST_PAGE_SIZE)],
            ['count', 'false']
        ]),
        null
    );
}

/**
 * Turns a JSON:API `links.next` URL into a request for the same collection, re-encoding its query so it
 * passes the allow-list. Throws when the link points at another host or collection.
 */
export function nextPageRequest(nextLink: string, resource: 'sequences' | 'mailboxes'): OutreachHttpRequest {
    const match = /^https:\/\/api\.outreach\.io(\/api\/v2\/([A-Za-z]+))(?:\?(.*))?$/.exec(nextLink);
    if (!match || match[2] !== resource) {
        throw new Error(`Outreach returned a next-page link that is not a ${resource} page: ${nextLink}`);
    }
    const parameters: Array<[string, string]> = (match[3] ?? '')
        .split('&')
        .filter((part) => part.length > 0)
        .map((part) => {
            const cut = part.indexOf('=');
            const key = cut < 0 ? part : part.slice(0, cut);
            const value = cut < 0 ? '' : part.slice(cut + 1);
            return [decodeURIComponent(key.replace(/\+/g, ' ')), decodeURIComponent(value.replace(/\+/g, ' '))];
        });
    return request('GET', resource, buildQuery(parameters), null);
}
