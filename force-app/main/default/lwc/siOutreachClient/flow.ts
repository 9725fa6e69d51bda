// The Add to Outreach flow, in rounds (one transport call carries up to `chunkSize` requests of one round):
// find each person's prospect by email, create the missing ones, find their sequence states, add those not in
// the sequence; every person ends with exactly one outcome. The transport, chunking, rate limits and retries
// are run.ts's (its header says how); the picker lists are picker.ts's.
/* eslint-disable no-await-in-loop */
import { saysAlreadyInSequence, saysOptedOut, unexpectedError } from './classify';
import {
    createProspectRequest,
    createSequenceStateRequest,
    findProspectsByEmailRequest,
    findSequenceStatesRequest,
    isUsableEmail,
    normalizeEmail,
    toOutreachId
} from './requests';
import type {
    ClassifiedResponse,
    OutreachAddSummary,
    OutreachClientOptions,
    OutreachErrorInfo,
    OutreachHttpRequest,
    OutreachNextStep,
    OutreachOutcome,
    OutreachPerson,
    OutreachPersonResult,
    OutreachRound,
    ProspectResource,
    SequenceStateResource
} from './types';
import { OUTREACH_OUTCOMES } from './types';
import {
    BACKOFF_BASE_MS,
    createRun,
    isRecord,
    malformed,
    MAX_TRANSIENT_RETRIES,
    readResource,
    readResources,
    type Run,
    send
} from './run';
import { nextStepForError } from './picker';
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
