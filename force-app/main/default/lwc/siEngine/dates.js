// Dates as whole UTC days since 1970-01-01: parsed once per record, compared as integers.
/** Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Digits of `s` from `start` (exclusive `end`) as a number, or -1 when any is not a digit. */
function digits(s, start, end) {
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        n = n * 10 + c;
    }
    return n;
}
/** `quickDay` could not decide: the general parser does. */
const NOT_QUICK = -1e9;
// Years of everyday data (1900 to 2199) read from tables, without division: day number of 1 January
// and leap year flag of each year; days before each month (index 1-12) and in each month of a common year.
// Constants computed once when the module loads, from the calendar alone.
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const YEAR_START = new Int32Array(TABLE_YEARS);
const YEAR_LEAP = new Uint8Array(TABLE_YEARS);
for (let k = 0; k < TABLE_YEARS; k++) {
    YEAR_START[k] = daysFromCivil(TABLE_FIRST_YEAR + k, 1, 1);
    YEAR_LEAP[k] = daysInMonth(TABLE_FIRST_YEAR + k, 2) === 29 ? 1 : 0;
}
const MONTH_START = Int32Array.of(0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334);
const MONTH_DAYS = Int32Array.of(0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
/** The day number of a year, a month (1-12) and a day (1 or more), or NOT_QUICK when the day is past the month's end. */
function civilDay(year, month, day) {
    const k = year - TABLE_FIRST_YEAR;
    if (k < 0 || k >= TABLE_YEARS)
        return day > daysInMonth(year, month) ? NOT_QUICK : daysFromCivil(year, month, day);
    const leap = YEAR_LEAP[k];
    if (day > MONTH_DAYS[month] + (month === 2 ? leap : 0))
        return NOT_QUICK;
    return YEAR_START[k] + MONTH_START[month] + (month > 2 ? leap : 0) + day - 1;
}
/** A digit's value, or -1. */
function digitAt(s, i) {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1;
}
/** Two digits as a number, or -1. */
function twoDigits(s, i) {
    const a = digitAt(s, i);
    const b = digitAt(s, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
}
/**
 * `parseDay` of the common shapes, read in place with fixed positions: `YYYY-MM-DD` (length 10),
 * `YYYY-MM-DDTHH:MM:SS.sssZ` (24) and `YYYY-MM-DDTHH:MM:SS.sss+HHMM` (28). Returns the same day as the
 * general parser, or `NOT_QUICK` for anything else (also for invalid values: the general parser decides).
 */
function quickDay(s, n) {
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return NOT_QUICK;
    const y1 = twoDigits(s, 0);
    const y2 = twoDigits(s, 2);
    const month = twoDigits(s, 5);
    const day = twoDigits(s, 8);
    if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1)
        return NOT_QUICK;
    const date = civilDay(y1 * 100 + y2, month, day);
    if (date === NOT_QUICK)
        return NOT_QUICK;
    if (n === 10)
        return date;
    // T HH : MM : SS . sss
    if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46)
        return NOT_QUICK;
    const hour = twoDigits(s, 11);
    const minute = twoDigits(s, 14);
    const second = twoDigits(s, 17);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return NOT_QUICK;
    if (digitAt(s, 20) < 0 || digitAt(s, 21) < 0 || digitAt(s, 22) < 0)
        return NOT_QUICK;
    let offsetMinutes = 0;
    const z = s.charCodeAt(23);
    if (n === 24) {
        if (z !== 90)
            return NOT_QUICK; // 'Z'
    }
    else {
        if (z !== 43 && z !== 45)
            return NOT_QUICK; // '+' or '-'
        const oh = twoDigits(s, 24);
        const om = twoDigits(s, 26);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return NOT_QUICK;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
    }
    // The UTC date: the local minutes of the day minus the offset fall between -899 and 2338, so the
    // floor of their division by 1440 is -1, 0 or 1.
    const minutes = hour * 60 + minute - offsetMinutes;
    return date + (minutes < 0 ? -1 : minutes >= 1440 ? 1 : 0);
}
/**
 * Parses `YYYY-MM-DD` or an ISO date/time (`2024-05-01T10:00:00.000+0000`, `...Z`, `...+02:00`) into a day
 * number (UTC). Date/times are converted to their UTC date. Returns null for anything else, including
 * impossible dates such as 2024-02-30. Hand-written (no RegExp, no Date) because it runs once per record.
 */
export function parseDay(value) {
    if (typeof value !== 'string')
        return null;
    const n = value.length;
    if (n === 10 || n === 24 || n === 28) {
        const quick = quickDay(value, n);
        if (quick !== NOT_QUICK)
            return quick;
    }
    const s = value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? value.trim() : value;
    if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return null;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 7);
    const day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return null;
    const date = daysFromCivil(year, month, day);
    if (s.length === 10)
        return date;
    const sep = s.charCodeAt(10);
    if ((sep !== 84 && sep !== 32) || s.length < 16 || s.charCodeAt(13) !== 58)
        return null; // 'T' or ' ', then HH:mm
    const hour = digits(s, 11, 13);
    const minute = digits(s, 14, 16);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return null;
    let i = 16;
    let second = 0;
    if (s.charCodeAt(i) === 58) {
        second = digits(s, i + 1, i + 3);
        if (second < 0 || second > 59 || s.length < i + 3)
            return null;
        i += 3;
        if (s.charCodeAt(i) === 46) {
            const from = ++i;
            while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
                i++;
            if (i === from || i - from > 9)
                return null;
        }
    }
    let offsetMinutes = 0;
    if (i < s.length) {
        const z = s.charCodeAt(i);
        if (z === 90 && i === s.length - 1) {
            // 'Z'
        }
        else if (z === 43 || z === 45) {
            // +HHMM or +HH:MM, read in place (no substring).
            const colon = s.length === i + 6 && s.charCodeAt(i + 3) === 58;
            if (!colon && s.length !== i + 5)
                return null;
            const oh = digits(s, i + 1, i + 3);
            const om = digits(s, colon ? i + 4 : i + 3, colon ? i + 6 : i + 5);
            if (oh < 0 || oh > 14 || om < 0 || om > 59)
                return null;
            offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
        }
        else
            return null;
    }
    const minutes = hour * 60 + minute - offsetMinutes;
    return date + Math.floor(minutes / 1440);
}
/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day) {
    // H. Hinnant's civil_from_days.
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
/** Parses the scoring date; throws a clear error unless it is a valid `YYYY-MM-DD`. */
export function parseAsOf(asOf) {
    if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
        throw new Error(`asOf must be a date as YYYY-MM-DD, got ${JSON.stringify(asOf) ?? 'undefined'}`);
    }
    const day = parseDay(asOf);
    if (day === null)
        throw new Error(`asOf is not a real date: ${asOf}`);
    return day;
}
/** Weights 0.5^(age / halfLife) for ages 0 .. windowDays - 1, computed once per insight. */
export function decayTable(windowDays, halfLifeDays) {
    const table = new Float64Array(Math.max(0, windowDays));
    for (let age = 0; age < table.length; age++)
        table[age] = Math.pow(0.5, age / halfLifeDays);
    return table;
}
