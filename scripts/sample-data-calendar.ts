// The calendar of a sample data set: every date is a number of days before its as-of, as a date and as an
// ISO date/time (UTC). Shared by the sample data generator's modules.
import { parseAsOf } from '../force-app/main/default/lwc/siEngine/siEngine';

const DAY_MS = 86_400_000;

/** The dates of one data set: days before its as-of, as dates and as ISO date/times (UTC). */
export interface Calendar {
    date(daysAgo: number): string;
    dateTime(daysAgo: number, hour: number, minute: number): string;
}

/** The calendar of `asOf`; throws a clear error unless it is a real YYYY-MM-DD. */
export function calendar(asOf: string): Calendar {
    const base = parseAsOf(asOf) * DAY_MS; // midnight UTC of the as-of
    return {
        date: (daysAgo) => new Date(base - daysAgo * DAY_MS).toISOString().slice(0, 10),
        dateTime: (daysAgo, hour, minute) =>
            new Date(base - daysAgo * DAY_MS + (hour * 60 + minute) * 60_000).toISOString()
    };
}
