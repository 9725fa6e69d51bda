// The scoring job reads what the panel reads: every field of the panel's GraphQL query (siAccountData) is
// in the job's allow-list for the same object, so the job and the panel score the same inputs.
import { describe, expect, it } from '@jest/globals';
import { accountInsightQueryText } from '../../force-app/main/default/lwc/siAccountData/query';
import { QUERY_FIELDS, type ScoreObject } from '../score/fields';

/** Fields the panel reads without scoring them (shown only). */
const PANEL_ONLY: Readonly<Record<string, readonly string[]>> = {};

/**
 * object -> fields, read from the query text: a subquery starts `Alias: Object(` (or `Account(`) at the
 * query's indentation; a field is `Name @optional { value }`, a bare `Id` or an aggregate's aliased field
 * (`a: ActivityDate { v: value }`); `Campaign @optional {` opens
 * the Campaign fields of a campaign member until its closing brace.
 */
function panelFields(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    let object = '';
    let nested: { object: string; indent: number } | null = null;
    for (const line of accountInsightQueryText().split('\n')) {
        const indent = line.length - line.trimStart().length;
        const start = /^ {12}(?:\w+: )?(\w+)\(/.exec(line);
        if (start) {
            object = start[1] as string;
            continue;
        }
        const open = /^\s+(\w+) @optional \{$/.exec(line);
        if (open) {
            nested = { object: open[1] as string, indent };
            continue;
        }
        if (nested && indent === nested.indent && line.trim() === '}') {
            nested = null;
            continue;
        }
        // A record field (`Name @optional { value }`, `Id`), or an aggregate's (`a: ActivityDate { v: value }`).
        const field = /^\s+(\w+)(?: @optional \{ value \})?$/.exec(line) ?? /^\s+\w+: (\w+) \{ v: /.exec(line);
        if (!object || !field || ['edges', 'pageInfo', 'totalCount'].includes(field[1] as string)) continue;
        const target = nested?.object ?? object;
        if (!out.has(target)) out.set(target, new Set());
        out.get(target)?.add(field[1] as string);
    }
    return out;
}

describe('QUERY_FIELDS', () => {
    it('holds every field the panel reads, per object', () => {
        const panel = panelFields();
        expect([...panel.keys()].sort()).toEqual(Object.keys(QUERY_FIELDS).sort());
        for (const [object, fields] of panel) {
            const wanted = [...fields].filter((f) => !(PANEL_ONLY[object] ?? []).includes(f));
            expect({ object, missing: wanted.filter((f) => !QUERY_FIELDS[object as ScoreObject].includes(f)) }).toEqual(
                {
                    object,
                    missing: []
                }
            );
        }
    });
});
