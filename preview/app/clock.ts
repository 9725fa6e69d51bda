// The preview's clock: the page runs on the server's as-of (`previewClock().asOf`): today, or the
// day the server's --as-of pins, so that what the panel computes with "today" is what `npm run insight --
// --as-of <asOf>` computes on the data the server serves. On today the real clock is kept; on another day
// (pinned, or the browser's calendar is not the server's) the shim below runs from that day's noon.
// Components read the clock themselves (the panel calls `new Date()`), so the shim replaces the global
// `Date` before any component code runs.
import { previewClock } from '../standins/platform';

const RealDate = Date;

/** YYYY-MM-DD of the browser's local calendar now. */
function localDay(): string {
    const now = new RealDate();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Installs a `Date` whose "now" is `asOf` at noon local time plus the time since the page loaded; when
 * `asOf` is today (not pinned, and the browser's date), keeps the real `Date`. Returns whether it installed one.
 */
export function installClock(asOf: string, pinned: boolean): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
    if (!m) throw new Error(`preview clock: asOf must be YYYY-MM-DD, got ${asOf}`);
    if (!pinned && localDay() === asOf) return false;
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
    return true;
}

const clock = previewClock();
installClock(clock.asOf, clock.pinned);
