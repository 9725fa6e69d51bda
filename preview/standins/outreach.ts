// A local stand-in for the Outreach API v2 (JSON:API) behind `SI_OutreachTransport`: it answers the
// requests the real client (`c/siOutreachClient`) sends, with a small in-memory Outreach (sequences,
// mailboxes, prospects, sequence states), and can be told which outcome each person meets:
//   added, alreadyInSequence, optedOut, rateLimited, failed, notPermitted, or `mixed` - each person
//   (in the order their email is first looked up) meets the next outcome of that list in turn.
// `failed` alone is a persistent 500 (the client retries, then gives up). In `mixed` the failing person
// gets a final 422 instead: the 429 of the rate-limited person in the same run stops the client from
// sending retries, which would turn a 500's retry into a second `rateLimited`.
// The page's Outreach control sets the scenario; `?outreach=<scenario>` sets it on load.
// The rep's Outreach connection is a second switch, `?outreach=notConnected|expired|revoked` on load (the
// page's control keeps listing the scenarios): every batch then fails the way SI_OutreachTransport reports
// it - the first request with the platform's message (or Outreach's 401) and the connection errorCode, the
// rest of the batch not sent - so the panel and the modal show that state as in the org.

export const OUTREACH_SCENARIOS = [
    'mixed',
    'added',
    'alreadyInSequence',
    'optedOut',
    'rateLimited',
    'failed',
    'notPermitted'
] as const;
export type OutreachScenario = (typeof OUTREACH_SCENARIOS)[number];
export const OUTREACH_CONNECTIONS = ['connected', 'notConnected', 'expired', 'revoked'] as const;
export type OutreachConnection = (typeof OUTREACH_CONNECTIONS)[number];
type PersonOutcome = Exclude<OutreachScenario, 'mixed'>;
const MIXED_ORDER: readonly PersonOutcome[] = [
    'added',
    'alreadyInSequence',
    'optedOut',
    'rateLimited',
    'failed',
    'notPermitted'
];

export interface TransportRequest {
    method: string;
    path: string;
    body: string | null;
}

export interface TransportResponse {
    status: number;
    headers: Record<string, string>;
    body: string | null;
    error: string | null;
    /** The connection error code of SI_OutreachConnection.cls, when the rep's connection is why. */
    errorCode?: string | null;
}

/** What SI_OutreachTransport answers for each connection state (the wordings SI_OutreachConnection.cls cites). */
const CONNECTION_FAILURES: Record<
    Exclude<OutreachConnection, 'connected'>,
    { code: string; failed: TransportResponse }
> = {
    notConnected: {
        code: 'OUTREACH_NOT_CONNECTED',
        failed: {
            status: 0,
            headers: {},
            body: null,
            error: 'We couldn\'t access the credential(s). You might not have the required permissions, or the external credential "SI_Outreach" might not exist.'
        }
    },
    expired: {
        code: 'OUTREACH_CONNECTION_EXPIRED',
        failed: {
            status: 0,
            headers: {},
            body: null,
            error: 'Unable to fetch the OAuth token. Error: . Error description: .'
        }
    },
    revoked: {
        code: 'OUTREACH_CONNECTION_REVOKED',
        failed: {
            status: 401,
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
            body: JSON.stringify({ error: 'invalid_grant', error_description: 'The access token was revoked' }),
            error: null
        }
    }
};

/** Seconds a rate-limited person is told to wait (longer than the client waits by itself). */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 1800;

const SEQUENCES = [
    { id: 101, name: 'ABM - Decision makers, 6 touches', enabled: true },
    { id: 102, name: 'ABM - Technical evaluators', enabled: true },
    { id: 103, name: 'Event follow-up', enabled: true }
];
const MAILBOXES = [
    { id: 201, email: 'rep@example.com', sendDisabled: false },
    { id: 202, email: 'team-abm@example.com', sendDisabled: false }
];

interface Prospect {
    id: number;
    emails: string[];
    emailOptedOut: boolean;
}

export class FakeOutreach {
    private scenario: OutreachScenario;
    private connection: OutreachConnection = 'connected';
    private readonly assigned = new Map<string, PersonOutcome>();
    private readonly prospects = new Map<number, Prospect>();
    private readonly states = new Map<string, { id: number; state: string }>();
    private nextProspectId = 5001;
    private nextStateId = 9001;
    /** Every request answered, for the page's log and tests. */
    readonly log: Array<{ request: TransportRequest; status: number }> = [];

    constructor(scenario: OutreachScenario = 'mixed', connection: OutreachConnection = 'connected') {
        this.scenario = scenario;
        this.setConnection(connection);
    }

    getConnection(): OutreachConnection {
        return this.connection;
    }

    setConnection(connection: OutreachConnection): void {
        if (!OUTREACH_CONNECTIONS.includes(connection))
            throw new Error(`unknown Outreach connection "${String(connection)}"`);
        this.connection = connection;
    }

    /**
     * One batch as SI_OutreachTransport.send answers it: each request in turn, and once a request fails on the
     * rep's connection, the rest of the batch not sent, with the same errorCode.
     */
    handleBatch(requests: readonly TransportRequest[]): TransportResponse[] {
        if (this.connection === 'connected') return requests.map((r) => this.handle(r));
        const { code, failed } = CONNECTION_FAILURES[this.connection];
        return requests.map((request, index) => {
            const response: TransportResponse =
                index === 0
                    ? { ...failed, headers: { ...failed.headers }, errorCode: code }
                    : {
                          status: 0,
                          headers: {},
                          body: null,
                          error: `Not sent: an earlier request of this batch failed on the Outreach connection (${code}).`,
                          errorCode: code
                      };
            this.log.push({ request, status: response.status });
            return response;
        });
    }

    getScenario(): OutreachScenario {
        return this.scenario;
    }

    setScenario(scenario: OutreachScenario): void {
        if (!OUTREACH_SCENARIOS.includes(scenario)) throw new Error(`unknown Outreach scenario "${String(scenario)}"`);
        this.scenario = scenario;
        this.assigned.clear();
        this.prospects.clear();
        this.states.clear();
    }

    /** The outcome a person (by email) meets under the current scenario. */
    private outcomeFor(email: string): PersonOutcome {
        let outcome = this.assigned.get(email);
        if (!outcome) {
            outcome =
                this.scenario === 'mixed'
                    ? (MIXED_ORDER[this.assigned.size % MIXED_ORDER.length] as PersonOutcome)
                    : this.scenario;
            this.assigned.set(email, outcome);
        }
        return outcome;
    }

    private prospectEmail(prospectId: number): string | null {
        return this.prospects.get(prospectId)?.emails[0] ?? null;
    }

    handle(request: TransportRequest): TransportResponse {
        const response = this.answer(request);
        this.log.push({ request, status: response.status });
        return response;
    }

    private answer(request: TransportRequest): TransportResponse {
        const url = new URL(request.path, 'https://api.outreach.io');
        const resource = url.pathname.replace(/^\/api\/v2\//, '');
        const query = url.searchParams;
        if (request.method === 'GET' && resource === 'sequences') {
            return ok(200, {
                data: SEQUENCES.map((s) => ({
                    type: 'sequence',
                    id: s.id,
                    attributes: { name: s.name, enabled: s.enabled }
                })),
                links: {}
            });
        }
        if (request.method === 'GET' && resource === 'mailboxes') {
            return ok(200, {
                data: MAILBOXES.map((m) => ({
                    type: 'mailbox',
                    id: m.id,
                    attributes: { email: m.email, sendDisabled: m.sendDisabled }
                })),
                links: {}
            });
        }
        if (request.method === 'GET' && resource === 'prospects') {
            const email = (query.get('filter[emails]') ?? '').toLowerCase();
            if (!email) return failure(400, 'badRequest', 'Bad Request', 'filter[emails] is required');
            const outcome = this.outcomeFor(email);
            let prospect = [...this.prospects.values()].find((p) => p.emails.includes(email));
            if (!prospect && outcome !== 'added') {
                // Outreach already knows everyone except the people who are simply added.
                prospect = this.createProspect(email, outcome === 'optedOut');
                if (outcome === 'alreadyInSequence') {
                    for (const s of SEQUENCES)
                        this.states.set(`${prospect.id}:${s.id}`, { id: this.nextStateId++, state: 'active' });
                }
            }
            return ok(200, { data: prospect ? [prospectResource(prospect)] : [], links: {} });
        }
        if (request.method === 'POST' && resource === 'prospects') {
            const body = parse(request.body) as { data?: { attributes?: { emails?: string[] } } } | null;
            const email = body?.data?.attributes?.emails?.[0]?.toLowerCase();
            if (!email)
                return failure(
                    422,
                    'validationError',
                    'Validation Error',
                    'emails must be present',
                    '/data/attributes/emails'
                );
            if ([...this.prospects.values()].some((p) => p.emails.includes(email))) {
                return failure(
                    422,
                    'validationError',
                    'Validation Error',
                    'Contacts contact is using an email address that has already been taken.',
                    '/data/attributes/emails'
                );
            }
            return ok(201, { data: prospectResource(this.createProspect(email, false)) });
        }
        if (request.method === 'GET' && resource === 'sequenceStates') {
            const key = `${query.get('filter[prospect][id]')}:${query.get('filter[sequence][id]')}`;
            const state = this.states.get(key);
            return ok(200, {
                data: state ? [{ type: 'sequenceState', id: state.id, attributes: { state: state.state } }] : [],
                links: {}
            });
        }
        if (request.method === 'POST' && resource === 'sequenceStates') {
            const body = parse(request.body) as {
                data?: { relationships?: Record<string, { data?: { id?: number } }> };
            } | null;
            const rel = body?.data?.relationships;
            const prospectId = rel?.prospect?.data?.id;
            const sequenceId = rel?.sequence?.data?.id;
            const mailboxId = rel?.mailbox?.data?.id;
            if (typeof prospectId !== 'number' || !this.prospects.has(prospectId))
                return failure(404, 'resourceNotFound', 'Resource Not Found', 'Could not find prospect.');
            if (!SEQUENCES.some((s) => s.id === sequenceId))
                return failure(404, 'resourceNotFound', 'Resource Not Found', 'Could not find sequence.');
            if (!MAILBOXES.some((m) => m.id === mailboxId))
                return failure(404, 'resourceNotFound', 'Resource Not Found', 'Could not find mailbox.');
            const email = this.prospectEmail(prospectId) ?? '';
            switch (this.outcomeFor(email)) {
                case 'rateLimited':
                    return {
                        ...failure(
                            429,
                            'rateLimitExceeded',
                            'Rate Limit Exceeded',
                            'You have exceeded your permitted rate limit of 10,000; please try again at a later time.'
                        ),
                        headers: {
                            'Content-Type': 'application/vnd.api+json',
                            'Retry-After': String(RATE_LIMIT_RETRY_AFTER_SECONDS),
                            'X-RateLimit-Remaining': '0'
                        }
                    };
                case 'failed':
                    if (this.scenario === 'mixed') {
                        return failure(
                            422,
                            'validationError',
                            'Validation Error',
                            'Mailbox cannot send to this prospect: the email domain is blocked for this mailbox.',
                            '/data/relationships/mailbox'
                        );
                    }
                    return failure(
                        500,
                        'internalServerError',
                        'Internal Server Error',
                        'Something went wrong on our end. Please try again.'
                    );
                case 'notPermitted':
                    return failure(
                        403,
                        'unauthorizedRequest',
                        'Unauthorized Request',
                        'You are not permitted to add prospects to this sequence.'
                    );
                case 'optedOut':
                    return failure(
                        422,
                        'validationError',
                        'Validation Error',
                        'Prospect has opted out of email.',
                        '/data/relationships/prospect'
                    );
                default: {
                    const key = `${prospectId}:${sequenceId}`;
                    if (this.states.has(key))
                        return failure(
                            422,
                            'validationError',
                            'Validation Error',
                            'Prospect is already in this sequence.',
                            '/data/relationships/prospect'
                        );
                    const state = { id: this.nextStateId++, state: 'active' };
                    this.states.set(key, state);
                    return ok(201, {
                        data: { type: 'sequenceState', id: state.id, attributes: { state: state.state } }
                    });
                }
            }
        }
        return failure(
            404,
            'resourceNotFound',
            'Resource Not Found',
            `The preview's Outreach has no ${request.method} ${url.pathname}`
        );
    }

    private createProspect(email: string, optedOut: boolean): Prospect {
        const prospect = { id: this.nextProspectId++, emails: [email], emailOptedOut: optedOut };
        this.prospects.set(prospect.id, prospect);
        return prospect;
    }
}

function prospectResource(p: Prospect): unknown {
    return {
        type: 'prospect',
        id: p.id,
        attributes: {
            emails: p.emails,
            emailOptedOut: p.emailOptedOut,
            emailsOptStatus: p.emailOptedOut ? 'opted_out' : null
        }
    };
}

function parse(body: string | null): unknown {
    try {
        return body ? JSON.parse(body) : null;
    } catch {
        return null;
    }
}

function ok(status: number, document: unknown): TransportResponse {
    return {
        status,
        headers: { 'Content-Type': 'application/vnd.api+json', 'X-RateLimit-Remaining': '9000' },
        body: JSON.stringify(document),
        error: null
    };
}

function failure(status: number, id: string, title: string, detail: string, pointer?: string): TransportResponse {
    const error: Record<string, unknown> = { id, title, detail };
    if (pointer) error.source = { pointer };
    return {
        status,
        headers: { 'Content-Type': 'application/vnd.api+json' },
        body: JSON.stringify({ errors: [error] }),
        error: null
    };
}

function initialScenario(): OutreachScenario {
    const wanted = new URLSearchParams(window.location.search).get('outreach');
    return OUTREACH_SCENARIOS.includes(wanted as OutreachScenario) ? (wanted as OutreachScenario) : 'mixed';
}

function initialConnection(): OutreachConnection {
    const wanted = new URLSearchParams(window.location.search).get('outreach');
    return OUTREACH_CONNECTIONS.includes(wanted as OutreachConnection) ? (wanted as OutreachConnection) : 'connected';
}

/** The one Outreach the page talks to. */
export const outreach = new FakeOutreach(initialScenario(), initialConnection());
