// Relative dates in filters: the `DateLiteral` values and the `DateRange` inputs, as the days they name
// relative to "today" (SOQL's date literals, which the UI API's date inputs mirror). Weeks start on
// Sunday and the fiscal year is the calendar year (a new org's defaults); days are UTC days.

import { addDays } from '../../lib/asOf';

/** A date filter operand as graphql-js coerced it: exactly one of `value`, `literal`, `range`. */
export interface DateOperand {
    value?: string | null;
    literal?: string | null;
    range?: Readonly<Record<string, number | null | undefined>> | null;
}

/** The `DateLiteral` enum values the preview knows. */
export const DATE_LITERALS = [
    'TODAY',
    'YESTERDAY',
    'TOMORROW',
    'LAST_WEEK',
    'THIS_WEEK',
    'NEXT_WEEK',
    'LAST_MONTH',
    'THIS_MONTH',
    'NEXT_MONTH',
    'LAST_90_DAYS',
    'NEXT_90_DAYS',
    'LAST_QUARTER',
    'THIS_QUARTER',
    'NEXT_QUARTER',
    'LAST_YEAR',
    'THIS_YEAR',
    'NEXT_YEAR'
] as const;

/** The `DateRange` input fields (each takes a whole number n). */
export const DATE_RANGES = [
    'last_n_days',
    'next_n_days',
    'n_days_ago',
    'last_n_weeks',
    'next_n_weeks',
    'last_n_months',
    'next_n_months'
] as const;

function parts(date: string): [number, number, number] {
    const [y, m, d] = date.split('-').map(Number);
    return [y as number, m as number, d as number];
}

function ymd(year: number, month: number, day: number): string {
    return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** First and last day of the month `offset` months from today's. */
function month(today: string, offset: number, length = 1): [string, string] {
    const [y, m] = parts(today);
    return [ymd(y, m + offset, 1), ymd(y, m + offset + length, 0)];
}

function week(today: string, offset: number, length = 1): [string, string] {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    const sunday = addDays(today, -weekday + offset * 7);
    return [sunday, addDays(sunday, length * 7 - 1)];
}

function quarter(today: string, offset: number): [string, string] {
    const [y, m] = parts(today);
    const first = Math.floor((m - 1) / 3) * 3 + 1 + offset * 3;
    return [ymd(y, first, 1), ymd(y, first + 3, 0)];
}

function year(today: string, offset: number): [string, string] {
    const [y] = parts(today);
    return [ymd(y + offset, 1, 1), ymd(y + offset, 12, 31)];
}

/** The first and last day (inclusive, YYYY-MM-DD) a literal or range operand names. */
export function dateInterval(operand: DateOperand, today: string): [string, string] {
    if (operand.literal !== undefined && operand.literal !== null) return literalInterval(operand.literal, today);
    if (operand.range) {
        const given = Object.entries(operand.range).filter(([, n]) => n !== undefined && n !== null);
        if (given.length !== 1) throw new Error(`a date range names exactly one of ${DATE_RANGES.join(', ')}`);
        const [name, n] = given[0] as [string, number];
        if (!Number.isInteger(n) || n < 0)
            throw new Error(`the date range ${name} needs a whole number of 0 or more, got ${n}`);
        switch (name) {
            case 'last_n_days':
                return [addDays(today, -n), today];
            case 'next_n_days':
                return [addDays(today, 1), addDays(today, n)];
            case 'n_days_ago':
                return [addDays(today, -n), addDays(today, -n)];
            case 'last_n_weeks':
                return week(today, -n, n);
            case 'next_n_weeks':
                return week(today, 1, n);
            case 'last_n_months':
                return month(today, -n, n);
            case 'next_n_months':
                return month(today, 1, n);
            default:
                throw new Error(`the date range ${name} is not supported by the preview`);
        }
    }
    throw new Error('a date operand needs value, literal or range');
}

function literalInterval(literal: string, today: string): [string, string] {
    switch (literal) {
        case 'TODAY':
            return [today, today];
        case 'YESTERDAY':
            return [addDays(today, -1), addDays(today, -1)];
        case 'TOMORROW':
            return [addDays(today, 1), addDays(today, 1)];
        case 'LAST_WEEK':
            return week(today, -1);
        case 'THIS_WEEK':
            return week(today, 0);
        case 'NEXT_WEEK':
            return week(today, 1);
        case 'LAST_MONTH':
            return month(today, -1);
        case 'THIS_MONTH':
            return month(today, 0);
        case 'NEXT_MONTH':
            return month(today, 1);
        case 'LAST_90_DAYS':
            return [addDays(today, -90), today];
        case 'NEXT_90_DAYS':
            return [addDays(today, 1), addDays(today, 90)];
        case 'LAST_QUARTER':
            return quarter(today, -1);
        case 'THIS_QUARTER':
            return quarter(today, 0);
        case 'NEXT_QUARTER':
            return quarter(today, 1);
        case 'LAST_YEAR':
            return year(today, -1);
        case 'THIS_YEAR':
            return year(today, 0);
        case 'NEXT_YEAR':
            return year(today, 1);
        default:
            throw new Error(`the date literal ${literal} is not supported by the preview`);
    }
}
