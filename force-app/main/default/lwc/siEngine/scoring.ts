// Factor arithmetic shared by every score: factors are rounded first, then summed, so the factors a
// user sees always add up exactly to the score.
import type { Factor, Scored } from './types';

/** Rounds points to a whole number (half away from zero). */
export function roundPoints(points: number): number {
    return Math.sign(points) * Math.round(Math.abs(points));
}

/**
 * Limits a group's rounded points to `max`: when over, appends a negative factor that brings the group
 * back to the maximum, so the factors still sum to what counts. Returns the counted points.
 */
export function capGroup(factors: Factor[], groupPoints: number, max: number, what: string): number {
    if (groupPoints > max) {
        factors.push({ label: `${what} above the maximum of ${max}`, points: max - groupPoints });
        return max;
    }
    return groupPoints;
}

/** Sums already rounded factors into a score 0-100, adding a cap factor when the sum is above 100. */
export function finishScore(factors: Factor[]): Scored {
    let total = 0;
    for (const f of factors) total += f.points;
    if (total > 100) {
        factors.push({ label: 'Score capped at 100', points: 100 - total });
        total = 100;
    }
    return { score: total, factors };
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}
