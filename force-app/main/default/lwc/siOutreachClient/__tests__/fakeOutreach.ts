// A small in-memory Outreach behind the transport contract, answering with the recorded response shapes in
// ./data. It enforces what SI_OutreachTransport enforces (allow-list, callout limit) and lets a test script
// faults for chosen requests. Not a test file itself (Jest runs only *.test.ts).
import { APEX_CALLOUT_LIMIT, isAllowedRequest } from '../requests';
import type {
    OutreachConnectionErrorCode,
    OutreachConnectionReason,
    OutreachHttpRequest,
    OutreachHttpResponse,
    OutreachNextStep
} from '../types';
import prospectCreated from './data/prospect-created.json';
import prospectsFound from './data/prospects-found.json';
import sequenceStateCreated from './data/sequence-state-created.json';
import sequenceStatesActive from './data/sequence-states-active.json';
import connectionExpired from './data/transport-connection-expired.json';
import connectionRevoked from './data/transport-connection-revoked.json';
import notConnected from './data/transport-not-connected.json';

export interface FakeProspect {
    id: number;
    emails: string[];
    emailOptedOut?: boolean;
}

/**
 * What SI_OutreachTransport answers when the rep's Outreach connection fails (./data/transport-*.json): the
 * failed request, and each later request of the same batch, which the transport does not send.
 */
export interface ConnectionFailure {
    readonly failed: OutreachHttpResponse;
    readonly notSent: OutreachHttpResponse;
}

/** Each state of the rep's Outreach connection: its transport answers, and what the client makes of them. */
export interface ConnectionCase {
    readonly state: 'not connected' | 'expired' | 'revoked';
    readonly failure: ConnectionFailure;
    readonly reason: OutreachConnectionReason;
    readonly code: OutreachConnectionErrorCode;
    readonly nextStep: OutreachNextStep;
}

export const CONNECTION_CASES: readonly ConnectionCase[] = [
    {
        state: 'not connected',
        failure: notConnected,
        reason: 'notConnected',
        code: 'OUTREACH_NOT_CONNECTED',
        nextStep: 'connectOutreach'
    },
    {
        state: 'expired',
        failure: connectionExpired,
        reason: 'connectionExpired',
        code: 'OUTREACH_CONNECTION_EXPIRED',
        nextStep: 'reconnectOutreach'
    },
    {
        state: 'revoked',
        failure: connectionRevoked,
        reason: 'connectionRevoked',
        code: 'OUTREACH_CONNECTION_REVOKED',
        nextStep: 'reconnectOutreach'
    }
];

export interface FakeSequenceState {
    id: number;
    prospectId: number;
    sequenceId: number;
    mailboxId: number;
    state: string;
}

export interface Fault {
    /** Which request this fault answers. */
    readonly match: (request: OutreachHttpRequest, fake: FakeOutreach) => boolean;
    readonly respond: (request: OutreachHttpRequest, fake: FakeOutreach) => OutreachHttpResponse;
    /** How many matching requests it answers (default 1). */
    times?: number;
    /** Let the request take effect (e.g. a POST that lands, then times out). */
    readonly applyFirst?: boolean;
}

export function jsonResponse(
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
): OutreachHttpResponse {
    return {
        status,
        headers: { 'Content-Type': 'application/vnd.api+json; charset=utf-8', ...headers },
        body: JSON.stringify(body),
        error: null
    };
}

export function noAnswer(message: string): OutreachHttpResponse {
    return { status: 0, headers: {}, body: null, error: message };
}

function query(request: OutreachHttpRequest): URLSearchParams {
    const cut = request.path.indexOf('?');
    return new URLSearchParams(cut < 0 ? '' : request.path.slice(cut + 1));
}

export function resourceOf(request: OutreachHttpRequest): string {
    return request.path.replace(/^\/api\/v2\//, '').replace(/\?.*$/, '');
}

export function emailFilterOf(request: OutreachHttpRequest): string | null {
    return query(request).get('filter[emails]');
}

export function prospectFilterOf(request: OutreachHttpRequest): number | null {
    const value = query(request).get('filter[prospect][id]');
    return value === null ? null : Number(value);
}

export function bodyOf(request: OutreachHttpRequest): {
    data: { attributes?: { emails?: string[] }; relationships?: Record<string, { data: { id: number } }> };
} {
    return JSON.parse(request.body ?? '{}');
}

export class FakeOutreach {
    prospects: FakeProspect[] = [];
    states: FakeSequenceState[] = [];
    faults: Fault[] = [];
    /** Every transport call, with its requests. */
    calls: OutreachHttpRequest[][] = [];
    /** Set: every transport call fails on the rep's Outreach connection, as the Apex transport reports it. */
    connection: ConnectionFailure | null = null;
    private nextId = 7000;

    readonly transport = async (requests: OutreachHttpRequest[]): Promise<OutreachHttpResponse[]> => {
        this.calls.push(requests);
        if (requests.length > APEX_CALLOUT_LIMIT) {
            throw new Error(`Batch of ${requests.length} requests exceeds the callout limit`);
        }
        const refused = requests.find((request) => !isAllowedRequest(request));
        if (refused) {
            throw new Error(`Request not allowed: ${refused.method} ${refused.path}`);
        }
        const connection = this.connection;
        if (connection !== null) {
            return requests.map((_, index) => (index === 0 ? connection.failed : connection.notSent));
        }
        return requests.map((request) => this.answer(request));
    };

    get requests(): OutreachHttpRequest[] {
        return this.calls.flat();
    }

    addProspect(emails: string[], emailOptedOut = false): FakeProspect {
        const prospect = { id: this.nextId++, emails, emailOptedOut };
        this.prospects.push(prospect);
        return prospect;
    }

    addState(prospectId: number, sequenceId: number, state = 'active'): FakeSequenceState {
        const created = { id: this.nextId++, prospectId, sequenceId, mailboxId: 21, state };
        this.states.push(created);
        return created;
    }

    fault(fault: Fault): void {
        this.faults.push({ times: 1, ...fault });
    }

    private answer(request: OutreachHttpRequest): OutreachHttpResponse {
        const fault = this.faults.find((candidate) => (candidate.times ?? 0) > 0 && candidate.match(request, this));
        if (fault) {
            fault.times = (fault.times ?? 1) - 1;
            if (fault.applyFirst) {
                this.route(request);
            }
            return fault.respond(request, this);
        }
        return this.route(request);
    }

    /** The normal answer (what a fault can fall back to). */
    route(request: OutreachHttpRequest): OutreachHttpResponse {
        const resource = resourceOf(request);
        const params = query(request);
        if (request.method === 'GET' && resource === 'prospects') {
            const email = params.get('filter[emails]') ?? '';
            const template = prospectsFound.data[0] as (typeof prospectsFound.data)[number];
            const data = this.prospects
                .filter((prospect) => prospect.emails.includes(email))
                .map((prospect) => ({
                    ...template,
                    id: prospect.id,
                    attributes: {
                        ...template.attributes,
                        emails: prospect.emails,
                        emailOptedOut: prospect.emailOptedOut === true
                    }
                }));
            return jsonResponse(200, { ...prospectsFound, data });
        }
        if (request.method === 'POST' && resource === 'prospects') {
            const emails = bodyOf(request).data.attributes?.emails ?? [];
            const prospect = this.addProspect(emails);
            return jsonResponse(201, {
                data: {
                    ...prospectCreated.data,
                    id: prospect.id,
                    attributes: { ...prospectCreated.data.attributes, emails }
                }
            });
        }
        if (request.method === 'GET' && resource === 'sequenceStates') {
            const prospectId = Number(params.get('filter[prospect][id]'));
            const sequenceId = Number(params.get('filter[sequence][id]'));
            const template = sequenceStatesActive.data[0] as (typeof sequenceStatesActive.data)[number];
            const data = this.states
                .filter((state) => state.prospectId === prospectId && state.sequenceId === sequenceId)
                .map((state) => ({ ...template, id: state.id, attributes: { state: state.state } }));
            return jsonResponse(200, { data });
        }
        if (request.method === 'POST' && resource === 'sequenceStates') {
            const relationships = bodyOf(request).data.relationships ?? {};
            const state = this.addState(
                relationships.prospect?.data.id ?? 0,
                relationships.sequence?.data.id ?? 0,
                'pending'
            );
            return jsonResponse(201, { data: { ...sequenceStateCreated.data, id: state.id } });
        }
        throw new Error(`The fake Outreach has no route for ${request.method} ${request.path}`);
    }
}

/** A sleep that records the waits and returns at once, advancing the fake clock. */
export function fakeTime(startIso = '2025-11-25T14:00:00.000Z'): {
    now: () => Date;
    sleep: (ms: number) => Promise<void>;
    waits: number[];
} {
    let current = Date.parse(startIso);
    const waits: number[] = [];
    return {
        now: () => new Date(current),
        sleep: async (ms: number) => {
            waits.push(ms);
            current += ms;
        },
        waits
    };
}
