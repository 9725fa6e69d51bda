// Runs Outreach work through the injected transport: chunks requests per Apex call, honours rate limits,
// retries what is safe to retry, and turns every response into a per-person outcome.
//
// Add flow, in rounds (one transport call carries up to `chunkSize` requests of one round):
//   local  - no email -> missingEmail; unusable email -> failed; HasOptedOutOfEmail -> optedOut
//   find   - GET /prospects?filter[emails]=<address> per distinct address
//   create - POST /prospects for addresses Outreach does not know
//   check  - GET /sequenceStates?filter[prospect][id]&filter[sequence][id] per prospect
//   add    - POST /sequenceStates (prospect, sequence, mailbox)
// Retries: GETs after 5xx/timeout/no answer, up to MAX_TRANSIENT_RETRIES with doubling backoff. POSTs are not
// idempotent in Outreach, so after a transient failure the client first re-reads (find / check) and only
// posts again when nothing landed. A 429 stops further sending until the reset time; the client waits at most
// once per run and only when the wait is at most MAX_RATE_LIMIT_WAIT_MS, else the person is `rateLimited`
// with the retry time. Anything else (400/401/403/404/422) is final. A failure of the rep's Outreach
// connection (the transport's errorCode: not connected, expired, revoked) is final for the whole run: nothing
// more is sent, and everyone still open gets that error. Re-running the flow is safe: the find and check
// rounds see what an earlier run created.
//
// Requests go out strictly one chunk after another (rate limits, cursors, rounds that depend on the
// previous one), so awaiting inside loops is the intent here.
/* eslint-disable no-await-in-loop */
import {
    classifyResponse,
    DEFAULT_RATE_LIMIT_WAIT_MS,
    isConnectionError,
    rateLimitExhausted,
    retryAtFromHeaders,
    saysAlreadyInSequence,
    saysOptedOut,
    transportError,
    unexpectedError
} from './classify';
import {
    createProspectRequest,
    createSequenceStateRequest,
    findProspectsByEmailRequest,
    findSequenceStatesRequest,
    isUsableEmail,
    listMailboxesRequest,
    listSequencesRequest,
    MAX_LIST_PAGES,
    MAX_REQUESTS_PER_TRANSPORT_CALL,
    nextPageRequest,
    normalizeEmail,
    toOutreachId
} from './requests';
import type {
    ClassifiedResponse,
    MailboxResource,
    OutreachAddSummary,
    OutreachClientOptions,
    OutreachErrorInfo,
    OutreachHttpRequest,
    OutreachHttpResponse,
    OutreachNextStep,
    OutreachOutcome,
    OutreachPerson,
    OutreachPersonResult,
    OutreachPickerOptions,
    OutreachPickOption,
    OutreachProgress,
    OutreachRound,
    ProspectResource,
    SequenceResource,
    SequenceStateResource
} from './types';
import { OUTREACH_OUTCOMES } from './types';

/** Extra attempts after a transient failure (5xx, timeout, no answer). */
export const MAX_TRANSIENT_RETRIES = 2;
/** First backoff; doubles on each further retry (1 s, 2 s). */
export const BACKOFF_BASE_MS = 1000;
/** Longest wait for a rate-limit reset the client accepts before reporting `rateLimited`. */
export const MAX_RATE_LIMIT_WAIT_MS = 15_000;
/** Rate-limit waits per run. */
export const MAX_RATE_LIMIT_WAITS = 1;

/** An Outreach request that failed while loading the picker lists. */
export class OutreachRequestError extends Error {
    readonly info: OutreachErrorInfo;
    constructor(info: OutreachErrorInfo) {
        super(info.detail ?? `Outreach request failed (${info.reason}).`);
        this.name = 'OutreachRequestError';
        this.info = info;
    }
}

type ProgressRound = OutreachProgress['round'];

interface Run {
    readonly transport: OutreachClientOptions['transport'];
    readonly now: OutreachClientOptions['now'];
    readonly sleep: OutreachClientOptions['sleep'];
    readonly onProgress: OutreachClientOptions['onProgress'];
    readonly chunkSize: number;
    requestsSent: number;
    transportCalls: number;
    /** Epoch ms until which Outreach said no more requests are accepted. */
    blockedUntil: number | null;
    rateLimitWaits: number;
    /** The first failure of the rep's Outreach connection: nothing is sent after it. */
    connectionError: OutreachErrorInfo | null;
    readonly progress: Map<ProgressRound, { completed: number; total: number }>;
}

interface Keyed<K> {
    readonly key: K;
    readonly request: OutreachHttpRequest;
}

function createRun(options: OutreachClientOptions): Run {
    if (
        typeof options?.transport !== 'function' ||
        typeof options.now !== 'function' ||
        typeof options.sleep !== 'function'
    ) {
        throw new Error('Outreach client options need a transport, a clock (now) and a sleep function.');
    }
    const chunkSize = options.chunkSize ?? MAX_REQUESTS_PER_TRANSPORT_CALL;
    if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_REQUESTS_PER_TRANSPORT_CALL) {
        throw new Error(
            `chunkSize must be a whole number from 1 to ${MAX_REQUESTS_PER_TRANSPORT_CALL}; got ${String(chunkSize)}.`
        );
    }
    return {
        transport: options.transport,
        now: options.now,
        sleep: options.sleep,
        onProgress: options.onProgress,
        chunkSize,
        requestsSent: 0,
        transportCalls: 0,
        blockedUntil: null,
        rateLimitWaits: 0,
        connectionError: null,
        progress: new Map()
    };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
    // Apex errors reach LWC as { body: { message } }.
    if (isRecord(error) && isRecord(error.body) && typeof error.body.message === 'string') {
        return error.body.message;
    }
    if (error instanceof Error) {
        return error.message;
    }
    return typeof error === 'string' ? error : 'Unknown error';
}

/** Checks one transport response's shape (what Apex returns, or what a stand-in returns). */
export function parseTransportResponse(value: unknown): OutreachHttpResponse | null {
    if (!isRecord(value) || typeof value.status !== 'number') {
        return null;
    }
    const headers: Record<string, string> = {};
    if (isRecord(value.headers)) {
        for (const [name, headerValue] of Object.entries(value.headers)) {
            if (typeof headerValue === 'string') {
                headers[name] = headerValue;
            }
        }
    }
    return {
        status: value.status,
        headers,
        body: typeof value.body === 'string' ? value.body : null,
        error: typeof value.error === 'string' ? value.error : null,
        errorCode: typeof value.errorCode === 'string' ? value.errorCode : null
    };
}

function report(run: Run, round: ProgressRound, addCompleted: number, addTotal: number): void {
    const current = run.progress.get(round) ?? { completed: 0, total: 0 };
    const next = { completed: current.completed + addCompleted, total: current.total + addTotal };
    run.progress.set(round, next);
    run.onProgress?.({ round, completed: next.completed, total: next.total });
}

async function callTransport<K>(run: Run, chunk: ReadonlyArray<Keyed<K>>): Promise<ClassifiedResponse[]> {
    run.transportCalls += 1;
    run.requestsSent += chunk.length;
    let raw: unknown;
    try {
        raw = await run.transport(chunk.map((item) => item.request));
    } catch (error) {
        // The Apex call itself failed (permission, validation, limits): nothing to retry blindly.
        const info = { ...transportError(`The Outreach transport failed: ${messageOf(error)}`), transient: false };
        return chunk.map(() => ({ ok: false, error: info }));
    }
    if (!Array.isArray(raw) || raw.length !== chunk.length) {
        const count = Array.isArray(raw) ? raw.length : 'no';
        const info = unexpectedError(
            `The Outreach transport returned ${count} responses for ${chunk.length} requests.`
        );
        return chunk.map(() => ({ ok: false, error: info }));
    }
    return raw.map((value: unknown) => {
        const response = parseTransportResponse(value);
        if (response === null) {
            return {
                ok: false,
                error: unexpectedError('The Outreach transport returned a response without a status.')
            };
        }
        if (rateLimitExhausted(response)) {
            const retryAt = retryAtFromHeaders(response, run.now());
            if (retryAt !== null) {
                run.blockedUntil = Math.max(run.blockedUntil ?? 0, Date.parse(retryAt));
            }
        }
        const classified = classifyResponse(response, run.now());
        if (!classified.ok && run.connectionError === null && isConnectionError(classified.error)) {
            run.connectionError = classified.error;
        }
        return classified;
    });
}

/** Returns `null` when requests may go out now (after at most one bounded wait), else the retry time. */
async function rateLimitGate(run: Run): Promise<string | null> {
    if (run.blockedUntil === null) {
        return null;
    }
    const wait = run.blockedUntil - run.now().getTime();
    if (wait <= 0) {
        run.blockedUntil = null;
        return null;
    }
    if (run.rateLimitWaits < MAX_RATE_LIMIT_WAITS && wait <= MAX_RATE_LIMIT_WAIT_MS) {
        run.rateLimitWaits += 1;
        await run.sleep(wait);
        run.blockedUntil = null;
        return null;
    }
    return new Date(run.blockedUntil).toISOString();
}

function notSentRateLimited(retryAt: string): ClassifiedResponse {
    return {
        ok: false,
        error: {
            reason: 'rateLimited',
            status: 429,
            code: 'rateLimitExceeded',
            title: null,
            detail: 'Not sent: Outreach rate limit reached earlier in this run.',
            pointer: null,
            retryAt,
            transient: false
        }
    };
}

/**
 * Sends the requests in chunks and returns one classified response per key. GETs (`retryTransient`) are
 * retried after transient failures; any request is retried once after a 429 when the gate allows the wait.
 */
async function send<K>(
    run: Run,
    round: ProgressRound,
    items: ReadonlyArray<Keyed<K>>,
    retryTransient: boolean
): Promise<Map<K, ClassifiedResponse>> {
    const results = new Map<K, ClassifiedResponse>();
    const transientAttempts = new Map<K, number>();
    const rateLimitedOnce = new Set<K>();
    let pending: Array<Keyed<K>> = [...items];
    let backoffStep = 0;
    report(run, round, 0, items.length);
    while (pending.length > 0) {
        const again: Array<Keyed<K>> = [];
        let transientSeen = false;
        for (let start = 0; start < pending.length; start += run.chunkSize) {
            const chunk = pending.slice(start, start + run.chunkSize);
            const connectionError = run.connectionError;
            if (connectionError !== null) {
                // Not sent: every request would fail on the same connection.
                chunk.forEach((item) => results.set(item.key, { ok: false, error: connectionError }));
                report(run, round, chunk.length, 0);
                continue;
            }
            const blockedRetryAt = await rateLimitGate(run);
            if (blockedRetryAt !== null) {
                chunk.forEach((item) => results.set(item.key, notSentRateLimited(blockedRetryAt)));
                report(run, round, chunk.length, 0);
                continue;
            }
            const classified = await callTransport(run, chunk);
            for (const [index, item] of chunk.entries()) {
                const response = classified[index] as ClassifiedResponse;
                if (!response.ok && response.error.reason === 'rateLimited') {
                    const until =
                        response.error.retryAt !== null
                            ? Date.parse(response.error.retryAt)
                            : run.now().getTime() + DEFAULT_RATE_LIMIT_WAIT_MS;
                    run.blockedUntil = Math.max(run.blockedUntil ?? 0, until);
                    if (!rateLimitedOnce.has(item.key)) {
                        rateLimitedOnce.add(item.key);
                        again.push(item);
                        continue;
                    }
                } else if (!response.ok && response.error.transient && retryTransient) {
                    const attempts = transientAttempts.get(item.key) ?? 0;
                    if (attempts < MAX_TRANSIENT_RETRIES) {
                        transientAttempts.set(item.key, attempts + 1);
                        transientSeen = true;
                        again.push(item);
                        continue;
                    }
                }
                results.set(item.key, response);
            }
            report(run, round, chunk.length, 0);
        }
        if (again.length > 0) {
            report(run, round, 0, again.length);
            if (transientSeen) {
                await run.sleep(BACKOFF_BASE_MS * 2 ** backoffStep);
                backoffStep += 1;
            }
        }
        pending = again;
    }
    return results;
}

// ---------------------------------------------------------------------------------------------
// Document readers
// ---------------------------------------------------------------------------------------------

function readResources<R>(document: unknown, type: string): R[] | null {
    if (!isRecord(document) || !Array.isArray(document.data)) {
        return null;
    }
    const valid = document.data.every(
        (item: unknown) =>
            isRecord(item) && item.type === type && (typeof item.id === 'string' || typeof item.id === 'number')
    );
    return valid ? (document.data as R[]) : null;
}

function readResource<R>(document: unknown, type: string): R | null {
    if (!isRecord(document) || !isRecord(document.data)) {
        return null;
    }
    const item = document.data;
    return item.type === type && (typeof item.id === 'string' || typeof item.id === 'number') ? (item as R) : null;
}

function readNextLink(document: unknown): string | null {
    if (
        isRecord(document) &&
        isRecord(document.links) &&
        typeof document.links.next === 'string' &&
        document.links.next.length > 0
    ) {
        return document.links.next;
    }
    return null;
}

function malformed(what: string): OutreachErrorInfo {
    return unexpectedError(`Outreach returned a ${what} the client cannot read.`);
}

// ---------------------------------------------------------------------------------------------
// Picker lists
// ---------------------------------------------------------------------------------------------

/** What the rep should do about an error. */
export function nextStepForError(error: OutreachErrorInfo): OutreachNextStep {
    switch (error.reason) {
        case 'scope':
            return 'askAdminForScope';
        case 'permission':
            return 'askOutreachAdmin';
        case 'unauthorized':
        case 'notConnected':
            return 'connectOutreach';
        case 'connectionExpired':
        case 'connectionRevoked':
            return 'reconnectOutreach';
        case 'rateLimited':
            return error.retryAt !== null ? 'retryAt' : 'retryLater';
        case 'validation':
        case 'invalidEmail':
            return 'fixRecord';
        case 'notFound':
            return 'reviewSelection';
        case 'server':
        case 'timeout':
        case 'transport':
            return error.retryAt !== null ? 'retryAt' : 'retryLater';
        default:
            return 'contactAdmin';
    }
}

/** Loads the enabled sequences and the mailboxes for the picker, in one transport call when one page each. */
export async function loadPickerOptions(options: OutreachClientOptions): Promise<OutreachPickerOptions> {
    const run = createRun(options);
    const first = await send(
        run,
        'load',
        [
            { key: 'sequences' as const, request: listSequencesRequest() },
            { key: 'mailboxes' as const, request: listMailboxesRequest() }
        ],
        true
    );
    const sequences: OutreachPickOption[] = [];
    const mailboxes: OutreachPickOption[] = [];
    let sequencesTruncated = false;
    let mailboxesTruncated = false;
    for (const resource of ['sequences', 'mailboxes'] as const) {
        let response = first.get(resource) as ClassifiedResponse;
        for (let page = 1; ; page += 1) {
            if (!response.ok) {
                throw new OutreachRequestError(response.error);
            }
            if (resource === 'sequences') {
                const items = readResources<SequenceResource>(response.document, 'sequence');
                if (items === null) {
                    throw new OutreachRequestError(malformed('sequence list'));
                }
                items.forEach((item) =>
                    sequences.push({ id: String(item.id), label: item.attributes?.name?.trim() || `#${item.id}` })
                );
            } else {
                const items = readResources<MailboxResource>(response.document, 'mailbox');
                if (items === null) {
                    throw new OutreachRequestError(malformed('mailbox list'));
                }
                items
                    .filter((item) => item.attributes?.sendDisabled !== true)
                    .forEach((item) =>
                        mailboxes.push({ id: String(item.id), label: item.attributes?.email?.trim() || `#${item.id}` })
                    );
            }
            const next = readNextLink(response.document);
            if (next === null) {
                break;
            }
            if (page >= MAX_LIST_PAGES) {
                if (resource === 'sequences') {
                    sequencesTruncated = true;
                } else {
                    mailboxesTruncated = true;
                }
                break;
            }
            const request = nextPageRequest(next, resource);
            response = (await send(run, 'load', [{ key: resource, request }], true)).get(
                resource
            ) as ClassifiedResponse;
        }
    }
    return { sequences, mailboxes, sequencesTruncated, mailboxesTruncated };
}

// ---------------------------------------------------------------------------------------------
// Add flow
// ---------------------------------------------------------------------------------------------

interface PersonState {
    readonly person: OutreachPerson;
    readonly email: string | null;
    readonly storedId: string | null;
    prospectId: string | null;
    result: OutreachPersonResult | null;
}

interface Decision {
    readonly outcome: OutreachOutcome;
    readonly round: OutreachRound | null;
    readonly nextStep?: OutreachNextStep;
    readonly error?: OutreachErrorInfo | null;
    readonly optOutSource?: 'salesforce' | 'outreach' | null;
    readonly sequenceStateId?: string | null;
    readonly sequenceStateStatus?: string | null;
}

function decide(state: PersonState, decision: Decision): void {
    if (state.result !== null) {
        return;
    }
    const error = decision.error ?? null;
    const defaultStep: OutreachNextStep = error !== null ? nextStepForError(error) : 'none';
    state.result = {
        recordId: state.person.recordId,
        objectApiName: state.person.objectApiName,
        name: state.person.name,
        email: state.email,
        outcome: decision.outcome,
        optOutSource: decision.optOutSource ?? null,
        prospectId: state.prospectId,
        prospectIdIsNew: state.prospectId !== null && state.prospectId !== state.storedId,
        sequenceStateId: decision.sequenceStateId ?? null,
        sequenceStateStatus: decision.sequenceStateStatus ?? null,
        retryAt: error?.retryAt ?? null,
        nextStep: decision.nextStep ?? defaultStep,
        round: decision.round,
        error
    };
}

/** The outcome an error gives a person. */
export function outcomeForError(error: OutreachErrorInfo): OutreachOutcome {
    switch (error.reason) {
        case 'scope':
        case 'permission':
            return 'notPermitted';
        case 'rateLimited':
            return 'rateLimited';
        default:
            return 'failed';
    }
}

function decideError(states: readonly PersonState[], round: OutreachRound, error: OutreachErrorInfo): void {
    states.forEach((state) => decide(state, { outcome: outcomeForError(error), round, error }));
}

function validatePeople(people: readonly OutreachPerson[]): PersonState[] {
    if (!Array.isArray(people) || people.length === 0) {
        throw new Error('addToSequence needs at least one person.');
    }
    const seen = new Set<string>();
    return people.map((person: OutreachPerson, index) => {
        if (
            !isRecord(person as unknown) ||
            typeof person.recordId !== 'string' ||
            person.recordId.trim().length === 0
        ) {
            throw new Error(`Person ${index + 1} has no recordId.`);
        }
        if (person.objectApiName !== 'Contact' && person.objectApiName !== 'Lead') {
            throw new Error(
                `Person ${person.recordId} has objectApiName "${String(person.objectApiName)}"; expected Contact or Lead.`
            );
        }
        if (seen.has(person.recordId)) {
            throw new Error(`Person ${person.recordId} is selected twice.`);
        }
        seen.add(person.recordId);
        const stored = typeof person.outreachProspectId === 'string' ? person.outreachProspectId.trim() : '';
        return {
            person,
            email: normalizeEmail(person.email),
            // A stored id that is not an Outreach id is ignored here and replaced by the one found (prospectIdIsNew).
            storedId: /^[1-9][0-9]{0,17}$/.test(stored) ? stored : null,
            prospectId: null,
            result: null
        };
    });
}

function groupBy<K>(states: readonly PersonState[], keyOf: (state: PersonState) => K | null): Map<K, PersonState[]> {
    const groups = new Map<K, PersonState[]>();
    for (const state of states) {
        const key = keyOf(state);
        if (state.result === null && key !== null) {
            groups.set(key, [...(groups.get(key) ?? []), state]);
        }
    }
    return groups;
}

function prospectOptedOut(prospect: ProspectResource): boolean {
    return prospect.attributes?.emailOptedOut === true || prospect.attributes?.emailsOptStatus === 'opted_out';
}

/** Prospects whose `emails` hold the address (guards against a filter the server ignored). */
function matchingProspects(prospects: readonly ProspectResource[], email: string): ProspectResource[] {
    return prospects
        .filter((prospect) => {
            const emails = prospect.attributes?.emails;
            return !Array.isArray(emails) || emails.some((candidate) => normalizeEmail(candidate) === email);
        })
        .sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Posts, and after a transient failure re-reads before posting again (Outreach POSTs are not idempotent).
 * Calls exactly one of `created`, `found` (re-read shows it landed) or `failed` per key.
 */
async function postVerified<K>(
    run: Run,
    round: OutreachRound,
    keys: readonly K[],
    requests: { readonly post: (key: K) => OutreachHttpRequest; readonly verify: (key: K) => OutreachHttpRequest },
    handlers: {
        readonly created: (key: K, document: unknown) => void;
        readonly found: (key: K, document: unknown) => boolean;
        readonly failed: (key: K, error: OutreachErrorInfo) => void;
    }
): Promise<void> {
    let postKeys = [...keys];
    for (let attempt = 0; postKeys.length > 0; attempt += 1) {
        const posted = await send(
            run,
            round,
            postKeys.map((key) => ({ key, request: requests.post(key) })),
            false
        );
        const transient: Array<{ key: K; error: OutreachErrorInfo }> = [];
        for (const key of postKeys) {
            const response = posted.get(key) as ClassifiedResponse;
            if (response.ok) {
                handlers.created(key, response.document);
            } else if (response.error.transient) {
                transient.push({ key, error: response.error });
            } else {
                handlers.failed(key, response.error);
            }
        }
        if (attempt >= MAX_TRANSIENT_RETRIES) {
            transient.forEach(({ key, error }) => handlers.failed(key, error));
            return;
        }
        postKeys = [];
        if (transient.length === 0) {
            return;
        }
        await run.sleep(BACKOFF_BASE_MS * 2 ** attempt);
        const verified = await send(
            run,
            round,
            transient.map(({ key }) => ({ key, request: requests.verify(key) })),
            true
        );
        for (const { key } of transient) {
            const response = verified.get(key) as ClassifiedResponse;
            if (!response.ok) {
                handlers.failed(key, response.error);
            } else if (!handlers.found(key, response.document)) {
                postKeys.push(key);
            }
        }
    }
}

function countOutcomes(results: readonly OutreachPersonResult[]): Record<OutreachOutcome, number> {
    const counts = Object.fromEntries(OUTREACH_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
        OutreachOutcome,
        number
    >;
    results.forEach((result) => {
        counts[result.outcome] += 1;
    });
    return counts;
}

/**
 * Adds the people to the sequence, sending from the mailbox. Resolves with exactly one result per person,
 * in input order. Throws only for bad input (no people, a duplicate or malformed person, a bad id).
 */
export async function addToSequence(
    people: readonly OutreachPerson[],
    sequenceId: string,
    mailboxId: string,
    options: OutreachClientOptions
): Promise<OutreachAddSummary> {
    const run = createRun(options);
    toOutreachId(sequenceId, 'Sequence id');
    toOutreachId(mailboxId, 'Mailbox id');
    const states = validatePeople(people);

    // Local round: nothing is sent for these.
    for (const state of states) {
        if (state.email === null) {
            decide(state, { outcome: 'missingEmail', round: null, nextStep: 'addEmail' });
        } else if (state.person.optedOut === true) {
            decide(state, { outcome: 'optedOut', round: null, optOutSource: 'salesforce', nextStep: 'none' });
        } else if (!isUsableEmail(state.email)) {
            decide(state, {
                outcome: 'failed',
                round: null,
                error: {
                    reason: 'invalidEmail',
                    status: 0,
                    code: null,
                    title: null,
                    detail: `"${state.email}" is not a usable email address.`,
                    pointer: 'Email',
                    retryAt: null,
                    transient: false
                }
            });
        }
    }

    // Find round.
    const byEmail = groupBy(states, (state) => state.email);
    const found = await send(
        run,
        'find',
        [...byEmail.keys()].map((email) => ({ key: email, request: findProspectsByEmailRequest(email) })),
        true
    );
    const toCreate: string[] = [];
    for (const [email, group] of byEmail) {
        const response = found.get(email) as ClassifiedResponse;
        if (!response.ok) {
            decideError(group, 'find', response.error);
            continue;
        }
        const prospects = readResources<ProspectResource>(response.document, 'prospect');
        if (prospects === null) {
            decideError(group, 'find', malformed('prospect list'));
            continue;
        }
        const matches = matchingProspects(prospects, email);
        const storedIds = group.map((state) => state.storedId).filter((id): id is string => id !== null);
        const chosen = matches.find((prospect) => storedIds.includes(String(prospect.id))) ?? matches[0];
        if (chosen !== undefined) {
            group.forEach((state) => {
                state.prospectId = String(chosen.id);
            });
            if (prospectOptedOut(chosen)) {
                group.forEach((state) =>
                    decide(state, { outcome: 'optedOut', round: 'find', optOutSource: 'outreach', nextStep: 'none' })
                );
            }
        } else if (storedIds.length > 0) {
            // Outreach has the prospect under another address: keep the id the record already holds.
            group.forEach((state) => {
                state.prospectId = storedIds[0] as string;
            });
        } else {
            toCreate.push(email);
        }
    }

    // Create round.
    await postVerified(
        run,
        'create',
        toCreate,
        {
            post: (email) =>
                createProspectRequest((byEmail.get(email) as PersonState[])[0]?.person as OutreachPerson, email),
            verify: (email) => findProspectsByEmailRequest(email)
        },
        {
            created: (email, document) => {
                const group = byEmail.get(email) as PersonState[];
                const prospect = readResource<ProspectResource>(document, 'prospect');
                if (prospect === null) {
                    decideError(group, 'create', malformed('created prospect'));
                    return;
                }
                group.forEach((state) => {
                    state.prospectId = String(prospect.id);
                });
            },
            found: (email, document) => {
                const prospect = matchingProspects(
                    readResources<ProspectResource>(document, 'prospect') ?? [],
                    email
                )[0];
                if (prospect === undefined) {
                    return false;
                }
                (byEmail.get(email) as PersonState[]).forEach((state) => {
                    state.prospectId = String(prospect.id);
                });
                return true;
            },
            failed: (email, error) => decideError(byEmail.get(email) as PersonState[], 'create', error)
        }
    );

    // Check round.
    const byProspect = groupBy(states, (state) => state.prospectId);
    const checked = await send(
        run,
        'check',
        [...byProspect.keys()].map((prospectId) => ({
            key: prospectId,
            request: findSequenceStatesRequest(prospectId, sequenceId)
        })),
        true
    );
    const toAdd: string[] = [];
    for (const [prospectId, group] of byProspect) {
        const response = checked.get(prospectId) as ClassifiedResponse;
        if (!response.ok) {
            decideError(group, 'check', response.error);
            continue;
        }
        const existing = readResources<SequenceStateResource>(response.document, 'sequenceState');
        if (existing === null) {
            decideError(group, 'check', malformed('sequence state list'));
        } else if (existing.length > 0) {
            const first = existing[0] as SequenceStateResource;
            group.forEach((state) =>
                decide(state, {
                    outcome: 'alreadyInSequence',
                    round: 'check',
                    sequenceStateId: String(first.id),
                    sequenceStateStatus: first.attributes?.state ?? null
                })
            );
        } else {
            toAdd.push(prospectId);
        }
    }

    // Add round.
    await postVerified(
        run,
        'add',
        toAdd,
        {
            post: (prospectId) => createSequenceStateRequest(prospectId, sequenceId, mailboxId),
            verify: (prospectId) => findSequenceStatesRequest(prospectId, sequenceId)
        },
        {
            created: (prospectId, document) => {
                const group = byProspect.get(prospectId) as PersonState[];
                const created = readResource<SequenceStateResource>(document, 'sequenceState');
                if (created === null) {
                    decideError(group, 'add', malformed('created sequence state'));
                    return;
                }
                group.forEach((state) =>
                    decide(state, {
                        outcome: 'added',
                        round: 'add',
                        sequenceStateId: String(created.id),
                        sequenceStateStatus: created.attributes?.state ?? null
                    })
                );
            },
            found: (prospectId, document) => {
                const landed = (readResources<SequenceStateResource>(document, 'sequenceState') ?? [])[0];
                if (landed === undefined) {
                    return false;
                }
                (byProspect.get(prospectId) as PersonState[]).forEach((state) =>
                    decide(state, {
                        outcome: 'added',
                        round: 'add',
                        sequenceStateId: String(landed.id),
                        sequenceStateStatus: landed.attributes?.state ?? null
                    })
                );
                return true;
            },
            failed: (prospectId, error) => {
                const group = byProspect.get(prospectId) as PersonState[];
                if (saysAlreadyInSequence(error)) {
                    group.forEach((state) =>
                        decide(state, { outcome: 'alreadyInSequence', round: 'add', error, nextStep: 'none' })
                    );
                } else if (saysOptedOut(error)) {
                    group.forEach((state) =>
                        decide(state, {
                            outcome: 'optedOut',
                            round: 'add',
                            optOutSource: 'outreach',
                            error,
                            nextStep: 'none'
                        })
                    );
                } else {
                    decideError(group, 'add', error);
                }
            }
        }
    );

    const results = states.map((state) => {
        if (state.result === null) {
            // Every branch above decides; reaching this is a client bug, reported rather than dropped.
            decide(state, {
                outcome: 'failed',
                round: null,
                error: unexpectedError('No outcome was recorded for this person.')
            });
        }
        return state.result as OutreachPersonResult;
    });
    return {
        results,
        counts: countOutcomes(results),
        requestsSent: run.requestsSent,
        transportCalls: run.transportCalls
    };
}
