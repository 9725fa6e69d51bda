// SOQL literals for the seat audit's queries. Nothing a user types is spliced into a query unchecked:
// permission set and licence names must be API names, Ids must be Ids, and the one free string (the
// running user's username, from the sf CLI's stored auth) is quoted with SOQL's escapes.
import { apiName } from '../salesforce/rest';
import { SalesforceError } from '../salesforce/errors';

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** A quoted SOQL string literal: backslash, quote, newline, carriage return, tab, form feed and backspace escaped. */
export function soqlString(value: string): string {
    const escaped = value.replace(/[\\'\n\r\t\f\b"]/g, (c) =>
        c === '\n'
            ? '\\n'
            : c === '\r'
              ? '\\r'
              : c === '\t'
                ? '\\t'
                : c === '\f'
                  ? '\\f'
                  : c === '\b'
                    ? '\\b'
                    : `\\${c}`
    );
    return `'${escaped}'`;
}

/** `('SI_A','SI_B')` of API names (each checked). */
export function nameList(names: readonly string[], what: string): string {
    if (names.length === 0) throw new Error(`empty ${what} list`);
    return `(${names.map((n) => soqlString(apiName(n, what))).join(',')})`;
}

/** `('0PS...','0PS...')` of record Ids (each checked). */
export function idList(ids: readonly string[]): string {
    if (ids.length === 0) throw new Error('empty Id list');
    for (const id of ids) if (!ID.test(id)) throw new SalesforceError('InvalidQuery', `"${id}" is not a record Id`);
    return `(${ids.map((id) => `'${id}'`).join(',')})`;
}

export function isId(value: unknown): value is string {
    return typeof value === 'string' && ID.test(value);
}
