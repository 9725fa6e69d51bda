import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    addToSequence,
    BACKOFF_BASE_MS,
    loadPickerOptions,
    MAX_REQUESTS_PER_TRANSPORT_CALL,
    nextStepForError,
    OutreachRequestError
} from 'c/siOutreachClient';
import type { OutreachPerson, OutreachPersonResult, OutreachHttpRequest } from 'c/siOutreachClient';
import error403Permission from './data/error-403-permission.json';
import error403Scope from './data/error-403-scope.json';
import error422Already from './data/error-422-already.json';
import error422 from './data/error-422-validation.json';
import error429 from './data/error-429.json';
import error503 from './data/error-503.json';
import mailboxes from './data/mailboxes.json';
import sequencesPage1 from './data/sequences-page-1.json';
import sequencesPage2 from './data/sequences-page-2.json';
import connectionRevoked from './data/transport-connection-revoked.json';
import {
    bodyOf,
    CONNECTION_CASES,
    emailFilterOf,
    FakeOutreach,
    fakeTime,
    jsonResponse,
    noAnswer,
    resourceOf
} from './fakeOutreach';

const SEQUENCE = '310';
const MAILBOX = '21';

function person(n: number, overrides: Partial<OutreachPerson> = {}): OutreachPerson {
    return {
        recordId: `003${String(n).padStart(15, '0')}`,
        objectApiName: n % 2 === 0 ? 'Contact' : 'Lead',
        name: `Person ${n}`,
        email: `person${n}@northwind.example`,
        optedOut: false,
        ...overrides
    };
}

function setup(): { fake: FakeOutreach; time: ReturnType<typeof fakeTime> } {
    return { fake: new FakeOutreach(), time: fakeTime() };
}

function byRecord(results: readonly OutreachPersonResult[]): Map<string, OutreachPersonResult> {
    return new Map(results.map((result) => [result.recordId, result]));
}

function isPost(resource: string) {
    return (request: OutreachHttpRequest) => request.method === 'POST' && resourceOf(request) === resource;
}

function expectOneResultPerPerson(people: readonly OutreachPerson[], results: readonly OutreachPersonResult[]): void {
    expect(results.map((result) => result.recordId)).toEqual(people.map((p) => p.recordId));
}

describe('siOutreachClient add flow', () => {
    it('gives every person in a mixed batch their own outcome, with prospect ids and next steps', async () => {
        const { fake, time } = setup();
        const already = fake.addProspect(['already@northwind.example']);
        fake.addState(already.id, Number(SEQUENCE));
        const denied = fake.addProspect(['denied@northwind.example']);
        const limited = fake.addProspect(['limited@northwind.example']);
        const invalid = fake.addProspect(['invalid@northwind.example']);
        const outreachOptOut = fake.addProspect(['unsubscribed@northwind.example'], true);
        const bodyProspect = (id: number) => (request: OutreachHttpRequest) =>
            isPost('sequenceStates')(request) && bodyOf(request).data.relationships?.prospect?.data.id === id;
        fake.fault({ match: bodyProspect(denied.id), respond: () => jsonResponse(403, error403Permission) });
        fake.fault({
            match: bodyProspect(limited.id),
            respond: () => jsonResponse(429, error429, { 'Retry-After': '3600', 'X-RateLimit-Remaining': '0' })
        });
        fake.fault({ match: bodyProspect(invalid.id), respond: () => jsonResponse(422, error422) });

        const people: OutreachPerson[] = [
            person(1, { name: 'Grace Hopper', email: 'Grace.Hopper@northwind.example' }),
            person(2, { email: 'already@northwind.example', outreachProspectId: String(already.id) }),
            person(3, { email: null }),
            person(4, { email: 'sf-optout@northwind.example', optedOut: true }),
            person(5, { email: 'denied@northwind.example' }),
            person(6, { email: 'limited@northwind.example' }),
            person(7, { email: 'invalid@northwind.example' }),
            person(8, { email: 'unsubscribed@northwind.example' }),
            person(9, { email: 'not an address' })
        ];
        const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
            transport: fake.transport,
            now: time.now,
            sleep: time.sleep
        });
        expectOneResultPerPerson(people, summary.results);
        const r = byRecord(summary.results);
        const get = (n: number) => r.get(person(n).recordId) as OutreachPersonResult;

        const created = fake.prospects.find((p) => p.emails.includes('grace.hopper@northwind.example'));
        expect(get(1)).toMatchObject({
            outcome: 'added',
            prospectId: String(created?.id),
            prospectIdIsNew: true,
            round: 'add',
            nextStep: 'none',
            error: null
        });
        expect(get(1).sequenceStateId).toBe(String(fake.states.find((s) => s.prospectId === created?.id)?.id));
        expect(get(2)).toMatchObject({
            outcome: 'alreadyInSequence',
            prospectId: String(already.id),
            prospectIdIsNew: false,
            sequenceStateStatus: 'active',
            round: 'check'
        });
        expect(get(3)).toMatchObject({ outcome: 'missingEmail', nextStep: 'addEmail', round: null, prospectId: null });
        expect(get(4)).toMatchObject({ outcome: 'optedOut', optOutSource: 'salesforce', round: null });
        expect(get(5)).toMatchObject({
            outcome: 'notPermitted',
            nextStep: 'askOutreachAdmin',
            prospectId: String(denied.id),
            prospectIdIsNew: true
        });
        expect(get(5).error?.code).toBe('unauthorizedRequest');
        expect(get(6)).toMatchObject({
            outcome: 'rateLimited',
            nextStep: 'retryAt',
            retryAt: '2025-11-25T15:00:00.000Z',
            prospectId: String(limited.id)
        });
        expect(get(7)).toMatchObject({ outcome: 'failed', nextStep: 'fixRecord' });
        expect(get(7).error?.pointer).toBe('/data/relationships/mailbox');
        expect(get(8)).toMatchObject({
            outcome: 'optedOut',
            optOutSource: 'outreach',
            round: 'find',
            prospectId: String(outreachOptOut.id)
        });
        expect(get(9)).toMatchObject({ outcome: 'failed', nextStep: 'fixRecord' });
        expect(get(9).error?.reason).toBe('invalidEmail');
        expect(summary.counts).toEqual({
            added: 1,
            alreadyInSequence: 1,
            missingEmail: 1,
            optedOut: 2,
            notPermitted: 1,
            rateLimited: 1,
            failed: 2
        });

        // Nothing was sent for the locally decided people; the opted-out prospect never reached the sequence.
        const emailsLookedUp = fake.requests.map(emailFilterOf).filter((e) => e !== null);
        expect(emailsLookedUp).not.toContain('sf-optout@northwind.example');
        expect(fake.states.some((s) => s.prospectId === outreachOptOut.id)).toBe(false);
        // The rate-limited POST was not retried: the reset was an hour away, past the wait bound.
        expect(
            fake.requests
                .filter(isPost('sequenceStates'))
                .filter((q) => bodyOf(q).data.relationships?.prospect?.data.id === limited.id)
        ).toHaveLength(1);
        expect(time.waits).toEqual([]);
    });

    it('maps a 403 scope error to notPermitted with the admin as next step', async () => {
        const { fake, time } = setup();
        fake.fault({ match: isPost('prospects'), respond: () => jsonResponse(403, error403Scope), times: 99 });
        const summary = await addToSequence([person(1), person(2)], SEQUENCE, MAILBOX, {
            transport: fake.transport,
            now: time.now,
            sleep: time.sleep
        });
        summary.results.forEach((result) =>
            expect(result).toMatchObject({ outcome: 'notPermitted', nextStep: 'askAdminForScope', round: 'create' })
        );
    });

    it('treats a 422 "already in sequence" on create as alreadyInSequence', async () => {
        const { fake, time } = setup();
        fake.fault({ match: isPost('sequenceStates'), respond: () => jsonResponse(422, error422Already) });
        const summary = await addToSequence([person(1)], SEQUENCE, MAILBOX, {
            transport: fake.transport,
            now: time.now,
            sleep: time.sleep
        });
        expect(summary.results[0]).toMatchObject({ outcome: 'alreadyInSequence', round: 'add', nextStep: 'none' });
    });

    it('looks up a shared address once and gives both people the same prospect', async () => {
        const { fake, time } = setup();
        const people = [
            person(1, { email: 'shared@northwind.example' }),
            person(2, { email: ' SHARED@northwind.example ' })
        ];
        const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
            transport: fake.transport,
            now: time.now,
            sleep: time.sleep
        });
        expect(
            fake.requests.filter((q) => emailFilterOf(q) === 'shared@northwind.example' && q.method === 'GET')
        ).toHaveLength(1);
        expect(fake.prospects).toHaveLength(1);
        expect(summary.results.map((result) => result.outcome)).toEqual(['added', 'added']);
        expect(summary.results[0]?.prospectId).toBe(summary.results[1]?.prospectId);
    });

    describe('429 midway through a round', () => {
        const people = Array.from({ length: 120 }, (_, i) => person(i + 1));

        function rateLimitFind60(fake: FakeOutreach, retryAfter: string): void {
            fake.fault({
                match: (request) => request.method === 'GET' && emailFilterOf(request) === 'person60@northwind.example',
                respond: () => jsonResponse(429, error429, { 'Retry-After': retryAfter, 'X-RateLimit-Remaining': '0' })
            });
        }

        it('waits once for a near reset, retries the limited request and completes everyone', async () => {
            const { fake, time } = setup();
            rateLimitFind60(fake, '5');
            const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expectOneResultPerPerson(people, summary.results);
            expect(summary.counts.added).toBe(120);
            expect(time.waits).toContain(5000);
            expect(
                fake.requests.filter((q) => emailFilterOf(q) === 'person60@northwind.example' && q.method === 'GET')
            ).toHaveLength(2);
        });

        it('stops sending for a far reset and reports everyone not yet done as rateLimited with the retry time', async () => {
            const { fake, time } = setup();
            rateLimitFind60(fake, '3600');
            const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expectOneResultPerPerson(people, summary.results);
            expect(summary.counts.rateLimited).toBe(120);
            summary.results.forEach((result) => expect(result.retryAt).toBe('2025-11-25T15:00:00.000Z'));
            // Chunk 1 (50) and chunk 2 (50) of the find round went out; nothing after the 429 was sent.
            expect(summary.requestsSent).toBe(100);
            expect(fake.calls).toHaveLength(2);
            expect(time.waits).toEqual([]);
        });

        it('stops before the next chunk when a success says no requests remain', async () => {
            const { fake, time } = setup();
            const reset = String(Date.parse('2025-11-25T14:30:00.000Z') / 1000);
            fake.fault({
                match: (request) => emailFilterOf(request) === 'person50@northwind.example',
                respond: () =>
                    jsonResponse(200, { data: [] }, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset })
            });
            const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expect(fake.calls).toHaveLength(1);
            expect(summary.counts.rateLimited).toBe(120);
            expect(summary.results[119]?.retryAt).toBe('2025-11-25T14:30:00.000Z');
        });
    });

    describe('timeouts', () => {
        it('retries a timed-out lookup after a backoff', async () => {
            const { fake, time } = setup();
            fake.fault({
                match: (request) => emailFilterOf(request) === 'person1@northwind.example',
                respond: () => noAnswer('Read timed out')
            });
            const summary = await addToSequence([person(1)], SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expect(summary.results[0]?.outcome).toBe('added');
            expect(time.waits).toEqual([BACKOFF_BASE_MS]);
        });

        it('re-reads after a create that landed but timed out, and does not create a duplicate prospect', async () => {
            const { fake, time } = setup();
            fake.fault({ match: isPost('prospects'), applyFirst: true, respond: () => noAnswer('Read timed out') });
            const summary = await addToSequence([person(1)], SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expect(fake.prospects).toHaveLength(1);
            expect(fake.requests.filter(isPost('prospects'))).toHaveLength(1);
            expect(summary.results[0]).toMatchObject({
                outcome: 'added',
                prospectId: String(fake.prospects[0]?.id),
                prospectIdIsNew: true
            });
        });

        it('re-reads after an add that landed but timed out, and reports it added', async () => {
            const { fake, time } = setup();
            fake.fault({
                match: isPost('sequenceStates'),
                applyFirst: true,
                respond: () => noAnswer('Read timed out')
            });
            const summary = await addToSequence([person(1)], SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expect(fake.states).toHaveLength(1);
            expect(summary.results[0]).toMatchObject({ outcome: 'added', sequenceStateId: String(fake.states[0]?.id) });
        });

        it('gives up after two retries of a failing add, reporting the error and to retry later', async () => {
            const { fake, time } = setup();
            fake.fault({ match: isPost('sequenceStates'), respond: () => jsonResponse(503, error503), times: 99 });
            const summary = await addToSequence([person(1)], SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expect(summary.results[0]).toMatchObject({ outcome: 'failed', nextStep: 'retryLater', round: 'add' });
            expect(summary.results[0]?.error).toMatchObject({
                reason: 'server',
                status: 503,
                code: 'scheduledServerMaintenance'
            });
            expect(fake.requests.filter(isPost('sequenceStates'))).toHaveLength(3);
            expect(time.waits).toEqual([BACKOFF_BASE_MS, 2 * BACKOFF_BASE_MS]);
        });
    });

    it('splits a batch larger than the callout limit into Apex calls of at most 50 and loses no one', async () => {
        const { fake, time } = setup();
        const people = Array.from({ length: 230 }, (_, i) => person(i + 1));
        const progress: string[] = [];
        const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
            transport: fake.transport,
            now: time.now,
            sleep: time.sleep,
            onProgress: (p) => progress.push(`${p.round}:${p.completed}/${p.total}`)
        });
        expectOneResultPerPerson(people, summary.results);
        expect(summary.counts.added).toBe(230);
        expect(Math.max(...fake.calls.map((call) => call.length))).toBe(MAX_REQUESTS_PER_TRANSPORT_CALL);
        // 4 rounds x 230 requests, 5 calls per round.
        expect(summary.requestsSent).toBe(920);
        expect(summary.transportCalls).toBe(20);
        expect(progress).toContain('find:230/230');
        expect(progress).toContain('add:230/230');
    });

    it('reports every person failed (not lost) when the Apex call itself fails or answers the wrong count', async () => {
        const { fake, time } = setup();
        // Apex errors reach LWC as an object with body.message, not an Error.
        const apexError = Object.assign(new Error('Apex'), {
            body: { message: 'You do not have permission to add people to Outreach sequences (SI_Add_To_Sequence).' }
        });
        const rejecting = async () => {
            throw apexError;
        };
        const people = [person(1), person(2, { email: null })];
        const rejected = await addToSequence(people, SEQUENCE, MAILBOX, {
            transport: rejecting,
            now: time.now,
            sleep: time.sleep
        });
        expect(rejected.results[0]).toMatchObject({ outcome: 'failed', nextStep: 'retryLater' });
        expect(rejected.results[0]?.error?.detail).toContain('SI_Add_To_Sequence');
        expect(rejected.results[1]?.outcome).toBe('missingEmail');

        const short = await addToSequence([person(1), person(2)], SEQUENCE, MAILBOX, {
            transport: async (requests) => (await fake.transport(requests)).slice(1),
            now: time.now,
            sleep: time.sleep
        });
        short.results.forEach((result) =>
            expect(result).toMatchObject({ outcome: 'failed', nextStep: 'contactAdmin' })
        );
    });

    it('refuses bad input with a message naming the problem', async () => {
        const { fake, time } = setup();
        const options = { transport: fake.transport, now: time.now, sleep: time.sleep };
        await expect(addToSequence([], SEQUENCE, MAILBOX, options)).rejects.toThrow('at least one person');
        await expect(addToSequence([person(1), person(1)], SEQUENCE, MAILBOX, options)).rejects.toThrow(
            `${person(1).recordId} is selected twice`
        );
        await expect(
            addToSequence([person(1, { objectApiName: 'Account' as 'Contact' })], SEQUENCE, MAILBOX, options)
        ).rejects.toThrow('expected Contact or Lead');
        await expect(addToSequence([person(1)], 'seq', MAILBOX, options)).rejects.toThrow('Sequence id "seq"');
        await expect(addToSequence([person(1)], SEQUENCE, MAILBOX, { ...options, chunkSize: 101 })).rejects.toThrow(
            'chunkSize'
        );
        expect(fake.calls).toHaveLength(0);
    });

    it('never loses a person, whatever Outreach answers (property)', async () => {
        const answers = fc.constantFrom(
            () => null,
            () => jsonResponse(500, { errors: [] }),
            () => noAnswer('Read timed out'),
            () => jsonResponse(403, error403Permission),
            () => jsonResponse(422, error422),
            () => jsonResponse(429, error429, { 'Retry-After': '7200' }),
            () => jsonResponse(404, { errors: [{ id: 'resourceNotFound' }] })
        );
        await fc.assert(
            fc.asyncProperty(
                fc.array(
                    fc.record({
                        email: fc.option(fc.constantFrom('a@x.example', 'b@x.example', 'c@x.example', 'bad'), {
                            nil: null
                        }),
                        optedOut: fc.boolean()
                    }),
                    { minLength: 1, maxLength: 12 }
                ),
                fc.array(answers, { minLength: 1, maxLength: 30 }),
                fc.integer({ min: 1, max: 5 }),
                async (shapes, script, chunkSize) => {
                    const { fake, time } = setup();
                    let index = 0;
                    fake.fault({
                        match: () => true,
                        respond: (request, self) => {
                            const answer = script[index++ % script.length] as () => ReturnType<
                                typeof jsonResponse
                            > | null;
                            const scripted = answer();
                            if (scripted !== null) {
                                return scripted;
                            }
                            return self.route(request);
                        },
                        times: Number.MAX_SAFE_INTEGER
                    });
                    const people = shapes.map((shape, i) => person(i + 1, shape));
                    const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
                        transport: fake.transport,
                        now: time.now,
                        sleep: time.sleep,
                        chunkSize
                    });
                    expectOneResultPerPerson(people, summary.results);
                    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
                    expect(total).toBe(people.length);
                    expect(Math.max(0, ...fake.calls.map((c) => c.length))).toBeLessThanOrEqual(chunkSize);
                    const unresolved = summary.results.filter(
                        (r) => r.outcome === 'failed' || r.outcome === 'notPermitted' || r.outcome === 'rateLimited'
                    );
                    expect(unresolved.filter((r) => r.nextStep === 'none')).toEqual([]);
                }
            ),
            { numRuns: 60 }
        );
    });
});

describe('siOutreachClient picker lists', () => {
    it('loads sequences and mailboxes in one Apex call, follows the next page and drops send-disabled mailboxes', async () => {
        const { fake, time } = setup();
        fake.fault({
            match: (q) => resourceOf(q) === 'sequences' && !q.path.includes('page%5Bafter%5D'),
            respond: () => jsonResponse(200, sequencesPage1)
        });
        fake.fault({
            match: (q) => resourceOf(q) === 'sequences' && q.path.includes('page%5Bafter%5D'),
            respond: () => jsonResponse(200, sequencesPage2)
        });
        fake.fault({ match: (q) => resourceOf(q) === 'mailboxes', respond: () => jsonResponse(200, mailboxes) });
        const options = await loadPickerOptions({ transport: fake.transport, now: time.now, sleep: time.sleep });
        expect(options).toEqual({
            sequences: [
                { id: '310', label: 'ABM - Tier 1 executive outreach' },
                { id: '311', label: 'ABM - Consideration follow-up' },
                { id: '402', label: 'Webinar attendees (EMEA)' }
            ],
            mailboxes: [
                { id: '21', label: 'rep@contoso.example' },
                { id: '23', label: 'team@contoso.example' }
            ],
            sequencesTruncated: false,
            mailboxesTruncated: false
        });
        expect(fake.calls.map((call) => call.length)).toEqual([2, 1]);
    });

    it('throws an OutreachRequestError carrying the classified error', async () => {
        const { fake, time } = setup();
        fake.fault({
            match: () => true,
            respond: () => jsonResponse(401, { errors: [{ id: 'unauthorized', detail: 'Token expired' }] }),
            times: 9
        });
        const failure = loadPickerOptions({ transport: fake.transport, now: time.now, sleep: time.sleep });
        await expect(failure).rejects.toBeInstanceOf(OutreachRequestError);
        await expect(failure).rejects.toMatchObject({ info: { reason: 'unauthorized', detail: 'Token expired' } });
    });
});

describe("siOutreachClient when the rep's Outreach connection fails", () => {
    it.each(CONNECTION_CASES)('$state: the picker lists fail at once with that reason, nothing retried', async (c) => {
        const { fake, time } = setup();
        fake.connection = c.failure;
        const error = await loadPickerOptions({ transport: fake.transport, now: time.now, sleep: time.sleep }).catch(
            (e: unknown) => e
        );
        expect(error).toBeInstanceOf(OutreachRequestError);
        expect(error).toMatchObject({ info: { reason: c.reason, code: c.code, transient: false } });
        expect(nextStepForError((error as OutreachRequestError).info)).toBe(c.nextStep);
        // Sequences and mailboxes went in one Apex call; nothing was retried or waited for.
        expect(fake.calls).toHaveLength(1);
        expect(time.waits).toEqual([]);
    });

    it.each(CONNECTION_CASES)(
        '$state: everyone with an email gets that error and next step, after one Apex call',
        async (c) => {
            const { fake, time } = setup();
            fake.connection = c.failure;
            const people = [
                person(1),
                person(2),
                person(3, { email: null }),
                person(4, { optedOut: true }),
                ...Array.from({ length: 60 }, (_, i) => person(10 + i))
            ];
            const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
                transport: fake.transport,
                now: time.now,
                sleep: time.sleep
            });
            expectOneResultPerPerson(people, summary.results);
            const results = byRecord(summary.results);
            expect(results.get(people[2]?.recordId as string)).toMatchObject({ outcome: 'missingEmail' });
            expect(results.get(people[3]?.recordId as string)).toMatchObject({ outcome: 'optedOut' });
            const others = summary.results.filter((r) => r.outcome !== 'missingEmail' && r.outcome !== 'optedOut');
            expect(others).toHaveLength(62);
            others.forEach((result) =>
                expect(result).toMatchObject({
                    outcome: 'failed',
                    round: 'find',
                    nextStep: c.nextStep,
                    prospectId: null,
                    error: { reason: c.reason, code: c.code, transient: false }
                })
            );
            // The first Apex call failed; the second chunk of the find round was not sent, nor anything after.
            expect(fake.calls).toHaveLength(1);
            expect(summary.transportCalls).toBe(1);
            expect(time.waits).toEqual([]);
        }
    );

    it('a connection lost midway stops the run: who was added stays added, the rest get the error', async () => {
        const { fake, time } = setup();
        const transport = async (requests: OutreachHttpRequest[]) => {
            const answers = await fake.transport(requests);
            // Outreach revokes the grant once the first add has landed.
            if (requests.some(isPost('sequenceStates'))) {
                fake.connection = connectionRevoked;
            }
            return answers;
        };
        const people = [person(1), person(2), person(3)];
        const summary = await addToSequence(people, SEQUENCE, MAILBOX, {
            transport,
            now: time.now,
            sleep: time.sleep,
            chunkSize: 1
        });
        expect(summary.results.map((r) => [r.outcome, r.nextStep, r.error?.reason ?? null])).toEqual([
            ['added', 'none', null],
            ['failed', 'reconnectOutreach', 'connectionRevoked'],
            ['failed', 'reconnectOutreach', 'connectionRevoked']
        ]);
        expect(summary.results[1]?.error).toMatchObject({ status: 401, code: 'OUTREACH_CONNECTION_REVOKED' });
        // The third add was not sent: 3 finds, 3 creates, 3 checks, 2 adds.
        expect(summary.transportCalls).toBe(11);
        expect(fake.states).toHaveLength(1);
    });
});
