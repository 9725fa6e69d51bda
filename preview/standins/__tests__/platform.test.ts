// deepFreeze: what the stand-ins' wires emit is read-only all the way down, as platform data is.
import { deepFreeze } from '../platform';

describe('deepFreeze', () => {
    it('freezes every object and array of a GraphQL-shaped answer', () => {
        const answer = {
            data: { uiapi: { query: { Contacts: { edges: [{ node: { Id: '003', Name: { value: 'Ada' } } }, { node: { Id: '004', Name: { value: null } } }] } } } },
            errors: [] as unknown[]
        };
        expect(deepFreeze(answer)).toBe(answer);
        const edges = answer.data.uiapi.query.Contacts.edges;
        for (const o of [answer, answer.data, answer.data.uiapi, answer.data.uiapi.query, answer.data.uiapi.query.Contacts, edges, answer.errors]) {
            expect(Object.isFrozen(o)).toBe(true);
        }
        for (const edge of edges) {
            expect(Object.isFrozen(edge)).toBe(true);
            expect(Object.isFrozen(edge.node)).toBe(true);
            expect(Object.isFrozen(edge.node.Name)).toBe(true);
        }
        expect(() => {
            (edges[1] as { node: { Name: { value: string | null } } }).node.Name.value = 'Grace';
        }).toThrow(TypeError);
        expect(edges[1]?.node.Name.value).toBeNull();
    });

    it('returns primitives and null as they are', () => {
        expect(deepFreeze(null)).toBeNull();
        expect(deepFreeze(3)).toBe(3);
        expect(deepFreeze('x')).toBe('x');
        expect(deepFreeze(undefined)).toBeUndefined();
    });

    it('ends on shared and cyclic references', () => {
        const shared = { value: 1 };
        const root: Record<string, unknown> = { a: shared, b: [shared, { shared }] };
        root.self = root;
        deepFreeze(root);
        expect(Object.isFrozen(shared)).toBe(true);
        expect(Object.isFrozen(root.b)).toBe(true);
        expect(Object.isFrozen((root.b as unknown[])[1])).toBe(true);
    });

    it('leaves inherited properties alone (only own values are data)', () => {
        const proto = { inherited: { value: 1 } };
        const record = Object.create(proto) as Record<string, unknown>;
        record.own = { value: 2 };
        deepFreeze(record);
        expect(Object.isFrozen(record.own)).toBe(true);
        expect(Object.isFrozen(proto.inherited)).toBe(false);
    });
});
