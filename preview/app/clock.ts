// The preview's clock: the page runs on the day the data set was generated for (the context's `asOf`),
// so that what the panel computes with "today" is what `npm run insight -- --as-of <asOf>` computes.
// Time still advances from the moment the page loaded. Components read the clock themselves (the panel
// calls `new Date()`), so the shim replaces the global `Date` before any component code runs.
import { previewContext } from '../standins/platform';

const RealDate = Date;

/** Installs a `Date` whose "now" is `asOf` at noon local time plus the time since the page loaded. */
export function installClock(asOf: string): void {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
    if (!m) throw new Error(`preview clock: asOf must be YYYY-MM-DD, got ${asOf}`);
    const startReal = RealDate.now();
    const startFake = new RealDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0).getTime();
    const now = (): number => startFake + (RealDate.now() - startReal);
    // A constructor function (not a class) so that `Date()` called without `new` still returns a string.
    function PreviewDate(this: unknown, ...args: unknown[]): Date | string {
        if (!new.target) return new RealDate(now()).toString();
        return args.length === 0 ? new RealDate(now()) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
    }
    PreviewDate.prototype = RealDate.prototype;
    PreviewDate.now = now;
    PreviewDate.parse = RealDate.parse;
    PreviewDate.UTC = RealDate.UTC;
    (globalThis as { Date: DateConstructor }).Date = PreviewDate as unknown as DateConstructor;
}

installClock(previewContext().asOf);
