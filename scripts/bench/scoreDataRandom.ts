// Part of the synthetic org generator of scoreData.ts: seeded randomness and the calendar of generated dates.
import { parseAsOf } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { mulberry32 } from '../../lib/random';

/** Seeded choices over mulberry32. */
export class Rng {
    readonly next: () => number;
    constructor(seed: number) {
        this.next = mulberry32(seed);
    }
    /** Integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    chance(p: number): boolean {
        return this.next() < p;
    }
    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)] as T;
    }
}

/** FNV-1a of a text: the stream of each object, so one object's count does not move another's values. */
export function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}

/** Values with weights, picked with one random number. */
export class Weighted<T> {
    private readonly values: T[];
    private readonly cumulative: number[];
    private readonly total: number;
    constructor(items: readonly (readonly [T, number])[]) {
        this.values = items.map(([v]) => v);
        let sum = 0;
        this.cumulative = items.map(([, w]) => (sum += w));
        this.total = sum;
    }
    pick(rng: Rng): T {
        const r = rng.next() * this.total;
        let i = 0;
        while (i < this.cumulative.length - 1 && r >= (this.cumulative[i] as number)) i++;
        return this.values[i] as T;
    }
}

/** Picks an index in proportion to weights, by binary search over the running sums (O(log n)). */
export class IndexPicker {
    private readonly sums: Float64Array;
    constructor(weights: ArrayLike<number>) {
        this.sums = new Float64Array(weights.length);
        let sum = 0;
        for (let i = 0; i < weights.length; i++) this.sums[i] = sum += weights[i] as number;
    }
    get total(): number {
        return this.sums.length ? (this.sums[this.sums.length - 1] as number) : 0;
    }
    pick(rng: Rng): number {
        const r = rng.next() * this.total;
        let lo = 0;
        let hi = this.sums.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (r < (this.sums[mid] as number)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}

// ---------------------------------------------------------------------------------------------
// Dates: day strings cached, date/times as Bulk API writes them (UTC, milliseconds, Z)

const DAY_MS = 86_400_000;
/** Days after the as-of date that may be generated (upcoming tasks, events, campaigns, close dates). */
const FUTURE_DAYS = 400;
/** Days before the as-of date covered by the data (two years), and a margin for created dates. */
export const HISTORY_DAYS = 730;
const PAST_DAYS = HISTORY_DAYS + 60;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export class Calendar {
    private readonly days: string[];
    constructor(asOf: string) {
        const base = parseAsOf(asOf) * DAY_MS;
        this.days = Array.from({ length: PAST_DAYS + FUTURE_DAYS + 1 }, (_, i) => new Date(base + (i - PAST_DAYS) * DAY_MS).toISOString().slice(0, 10));
    }
    /** YYYY-MM-DD of `ago` days before the as-of date (negative: after it). */
    date(ago: number): string {
        const i = PAST_DAYS - Math.round(ago);
        return this.days[Math.min(this.days.length - 1, Math.max(0, i))] as string;
    }
    /** ISO date/time of that day at the given UTC time. */
    dateTime(ago: number, hour: number, minute: number, second = 0): string {
        return `${this.date(ago)}T${TWO[hour]}:${TWO[minute]}:${TWO[second]}.000Z`;
    }
}

/** A working-hours UTC time (08:00 to 22:59: the Americas and Europe). */
export function workTime(rng: Rng): [number, number, number] {
    return [rng.int(8, 22), rng.int(0, 59), rng.int(0, 59)];
}
