import { factor, finishScore } from './scoring';
/** Band from score: Strong at `Fit_Strong_Min` or above, Moderate at `Fit_Moderate_Min` or above, else Weak. */
export function fitBand(score, settings) {
    if (score >= settings.Fit_Strong_Min)
        return 'Strong';
    if (score >= settings.Fit_Moderate_Min)
        return 'Moderate';
    return 'Weak';
}
function describe(value) {
    return typeof value === 'string' ? `'${value}'` : String(value);
}
/** A field value as a number: numbers as they are, numeric text parsed; otherwise null. */
function asNumber(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return Number(value);
    return null;
}
/** Created once: `toLocaleString` would set up a number format (ICU) on every call. Same text. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-US');
function formatNumber(n) {
    return NUMBER_FORMAT.format(n);
}
/**
 * Evaluates one criterion. Returns a factor: full points when it matches, 0 points with the reason when
 * it does not. Blank or malformed fields never match and are noted. The label names the criterion by its
 * label ("Company size: 4,200 is 200 to 100,000"), never the field's API name: it is read by reps.
 */
export function evaluateCriterion(account, c, notes, accountId) {
    const value = account[c.field];
    const blank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (c.operator === 'Not_Blank') {
        return blank ? factor(`${c.label}: blank`, 0) : factor(`${c.label}: filled in`, c.points);
    }
    if (blank) {
        notes?.add('Account', c.field, `Blank: profile criterion '${c.label}' cannot match`, accountId);
        return factor(`${c.label}: blank`, 0);
    }
    if (c.operator === 'Between') {
        const n = asNumber(value);
        if (n === null) {
            notes?.add('Account', c.field, `Not a number: profile criterion '${c.label}' cannot match`, accountId);
            return factor(`${c.label}: ${describe(value)} is not a number`, 0);
        }
        const range = c.min !== null && c.max !== null
            ? `${formatNumber(c.min)} to ${formatNumber(c.max)}`
            : c.min !== null
                ? `at least ${formatNumber(c.min)}`
                : `at most ${formatNumber(c.max)}`;
        const inside = (c.min === null || n >= c.min) && (c.max === null || n <= c.max);
        return factor(`${c.label}: ${formatNumber(n)} ${inside ? 'is' : 'is not'} ${range}`, inside ? c.points : 0);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        notes?.add('Account', c.field, `Not a text value: profile criterion '${c.label}' cannot match`, accountId);
        return factor(`${c.label}: not a text value`, 0);
    }
    const actual = String(value).trim().toLowerCase();
    const wanted = c.values.map((v) => v.toLowerCase());
    if (c.operator === 'In') {
        // Multi-select picklists arrive as `a;b;c`: any selected value may match.
        const parts = actual.split(';').map((p) => p.trim());
        const hit = wanted.some((w) => parts.includes(w));
        return factor(`${c.label}: ${describe(String(value))} ${hit ? 'is' : 'is not'} in the profile`, hit ? c.points : 0);
    }
    const found = c.values.find((v) => actual.includes(v.toLowerCase()));
    return found !== undefined
        ? factor(`${c.label}: contains '${found}'`, c.points)
        : factor(`${c.label}: contains none of the profile values`, 0);
}
/**
 * Profile fit: the sum of the points of matching criteria (every criterion listed), capped at 100. The
 * factors are listed by points, largest first, then by criterion key: the same order whatever order the
 * configuration lists its criteria in (the org returns the records by DeveloperName, the defaults list
 * them by importance), and the criteria that count most come first.
 */
export function computeProfileFit(account, criteria, settings, notes, accountId) {
    const evaluated = [];
    for (const c of criteria) {
        const f = evaluateCriterion(account, c, notes, accountId);
        f.points = f.rawPoints = Math.round(f.points);
        evaluated.push({ key: c.key, factor: f });
    }
    evaluated.sort((a, b) => b.factor.points - a.factor.points || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const factors = evaluated.map((e) => e.factor);
    // Every criterion is in one group, the score: above 100, the 100 points are shared out over the criteria met.
    const scored = finishScore(factors);
    return { ...scored, band: fitBand(scored.score, settings) };
}
