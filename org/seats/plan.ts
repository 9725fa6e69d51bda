// Who loses a seat, decided from what was read and nothing else (pure, so every rule is tested directly).
// A user is inactive for the days since their last login or, when they never logged in, since the user
// was created (a user created yesterday who has not logged in yet keeps the seat). Longer than --days:
// their app permission set assignments are removed, then the licences those sets needed, unless
//   - the user is the running user (never their own), or
//   - the user has Modify All Data (an administrator) and --include-modify-all-data was not given, or
//   - another of the user's permission sets needs the licence (that licence stays).
import type { HeldLicence, HeldPermissionSet, SeatHolder } from './read';

export const DAY_MS = 86_400_000;

export type Decision =
    /** Logged in within --days. */
    | 'active'
    /** Inactive, but the running user. */
    | 'kept: running user'
    /** Inactive, but has Modify All Data. */
    | 'kept: Modify All Data'
    /** Inactive: the seat goes. */
    | 'revoke';

export interface SeatPlan {
    holder: SeatHolder;
    daysInactive: number;
    neverLoggedIn: boolean;
    decision: Decision;
    /** What a revoke removes (empty unless the decision is `revoke`). */
    removePermissionSets: HeldPermissionSet[];
    removeLicences: HeldLicence[];
}

export interface PlanOptions {
    days: number;
    includeModifyAllData: boolean;
    /** Epoch ms of "now" (injected so tests and reports agree on the day). */
    now: number;
}

/** Epoch ms of a Salesforce date-time (`2026-12-03T10:15:02.000+0000` or ISO 8601 with Z). */
export function parseDateTime(value: string): number {
    const t = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(t)) throw new Error(`not a date-time: ${value}`);
    return t;
}

/** Whole days since `since` (a Salesforce date-time) at `now`; 0 for a date in the future. */
export function daysSince(since: string, now: number): number {
    return Math.max(0, Math.floor((now - parseDateTime(since)) / DAY_MS));
}

export function planSeat(holder: SeatHolder, options: PlanOptions): SeatPlan {
    const neverLoggedIn = holder.lastLoginDate === null;
    const since = holder.lastLoginDate ?? holder.createdDate;
    // No login and no created date (not readable): counted as inactive for ever, so it shows up.
    const daysInactive = since ? daysSince(since, options.now) : Number.MAX_SAFE_INTEGER;
    const inactive = daysInactive > options.days;
    const decision: Decision = !inactive
        ? 'active'
        : holder.isRunningUser
          ? 'kept: running user'
          : holder.modifyAllData && !options.includeModifyAllData
            ? 'kept: Modify All Data'
            : 'revoke';
    const revoke = decision === 'revoke';
    return {
        holder,
        daysInactive,
        neverLoggedIn,
        decision,
        removePermissionSets: revoke ? [...holder.permissionSets] : [],
        removeLicences: revoke
            ? holder.licences.filter((l) => !holder.licencesNeededElsewhere.includes(l.licenseId))
            : []
    };
}

export function planSeats(holders: readonly SeatHolder[], options: PlanOptions): SeatPlan[] {
    if (!Number.isInteger(options.days) || options.days < 0) throw new Error(`days must be a whole number >= 0`);
    return holders.map((h) => planSeat(h, options));
}

/**
 * The licences of a revoked user that may go once the permission set deletions are known: none while any of
 * the user's app sets is still assigned (a set Salesforce refused to remove may need the licence, and a
 * user who keeps a set keeps the seat); a re-run removes them with the last set.
 */
export function licencesToRemove(plan: SeatPlan, removedAssignmentIds: ReadonlySet<string>): HeldLicence[] {
    return plan.removePermissionSets.every((p) => removedAssignmentIds.has(p.assignmentId)) ? plan.removeLicences : [];
}
