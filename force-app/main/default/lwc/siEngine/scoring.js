/** Rounds points to a whole number (half away from zero). */
export function roundPoints(points) {
    return Math.sign(points) * Math.round(Math.abs(points));
}
/** The template `factor` copies (never changed; not frozen: V8 copies a frozen object more slowly). */
const FACTOR = { label: '', points: 0, rawPoints: 0 };
/**
 * A new factor of whole `points` (given and raw alike until a cap shares them out). Copied from a template
 * rather than written as an object literal, so that V8 does not pretenure the factors of 10,000 people
 * (see `PERSON` in insight.ts).
 */
export function factor(label, points) {
    const f = { ...FACTOR };
    f.label = label;
    f.points = points;
    f.rawPoints = points;
    return f;
}
/** Shared by every score nothing capped (frozen: nobody may add to it). */
export const NO_CAPS = Object.freeze([]);
/**
 * Shares `target` out over `factors[first]` to `factors[end - 1]` in proportion to their points, by the
 * largest remainder method (Hamilton): each factor gets the whole part of its exact share
 * `points * target / total`, then the points left over go one each to the factors with the largest
 * fractional parts; ties go to the factor with more points, then to the earlier one. The new points sum to
 * exactly `target` and none is above what the factor had. Only factors with positive points share (a
 * negative factor, which only a configuration `validateConfig` rejects can give, keeps its points and the
 * others share `target` minus them). `target` is a whole number; the caller calls this only when the
 * factors sum to more than it. Returns false (and changes nothing) when nothing can share, i.e. the
 * positive factors cannot be brought to the target.
 */
export function apportion(factors, first, end, target) {
    let positive = 0;
    let negative = 0;
    for (let i = first; i < end; i++) {
        const p = factors[i].points;
        if (p > 0)
            positive += p;
        else
            negative += p;
    }
    const share = target - negative;
    if (positive <= 0 || share < 0 || share >= positive)
        return false;
    // Exact in integers: points and target are whole numbers far below 2^53 / 100.
    let given = 0;
    const order = [];
    const weights = [];
    const remainders = [];
    for (let i = first; i < end; i++) {
        const f = factors[i];
        if (f.points <= 0)
            continue;
        const exact = f.points * share;
        const whole = Math.floor(exact / positive);
        order.push(i);
        weights.push(f.points);
        remainders.push(exact - whole * positive);
        f.points = whole;
        given += whole;
    }
    let left = share - given;
    if (left > 0) {
        const ranked = order.map((_, k) => k);
        ranked.sort((a, b) => remainders[b] - remainders[a] ||
            weights[b] - weights[a] ||
            a - b);
        for (let k = 0; k < ranked.length && left > 0; k++, left--)
            factors[order[ranked[k]]].points++;
    }
    return true;
}
/**
 * Limits the group `factors[first..]` (the factors pushed since `first`) to `max` points: when their points
 * sum to more, `max` is shared out over them (`apportion`) and a cap note `label` (e.g. "Capped at 40
 * activity points") is added to `caps`. Returns the points the group gives.
 */
export function capGroup(factors, first, max, label, caps) {
    let points = 0;
    for (let i = first; i < factors.length; i++)
        points += factors[i].points;
    const limit = Math.floor(max);
    if (points > limit && apportion(factors, first, factors.length, limit)) {
        caps.push({ label, max: limit, before: points, first, count: factors.length - first });
        return limit;
    }
    return points;
}
/** The note of a score capped at 100. */
export const SCORE_CAP_LABEL = 'Score capped at 100';
/**
 * Sums rounded factors (group caps already applied) into a score 0-100: above 100, the 100 points are
 * shared out over every factor (`apportion`) and the note "Capped at 100" is added to `caps`.
 */
export function finishScore(factors, caps = []) {
    let total = 0;
    for (const f of factors)
        total += f.points;
    if (total > 100 && apportion(factors, 0, factors.length, 100)) {
        caps.push({ label: SCORE_CAP_LABEL, max: 100, before: total, first: 0, count: factors.length });
        total = 100;
    }
    return { score: total, factors, caps: caps.length === 0 ? NO_CAPS : caps };
}
/**
 * A score's factors in order, each cap's note right after the last factor it limits (the score's cap, which
 * limits every factor, last): what the panel's "Why?" and the command line list. The points sum to the score.
 */
export function explanationLines(scored) {
    const factors = scored.factors ?? [];
    const caps = scored.caps ?? [];
    const lines = [];
    const capLine = (cap) => ({
        label: cap.label,
        points: null,
        rawPoints: null,
        isCap: true
    });
    for (let i = 0; i < factors.length; i++) {
        const f = factors[i];
        lines.push({ label: f.label, points: f.points, rawPoints: f.rawPoints ?? f.points, isCap: false });
        for (const cap of caps)
            if (cap.first + cap.count - 1 === i)
                lines.push(capLine(cap));
    }
    return lines;
}
export function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
