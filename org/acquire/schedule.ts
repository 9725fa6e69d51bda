// The schedule of orchestrations (`SI_Orchestration__c.Schedule__c`): which are due on a day, and where a
// scheduled run finds each one's vendor file. Pure: the day is passed in.
import type { Schedule } from './types';

export interface ScheduledOrchestration {
    Id: string;
    Name: string;
    Schedule__c: Schedule;
    Last_Run_Id__c: string | null;
    Last_Run_On__c: string | null;
}

export interface Due {
    due: boolean;
    /** Why not, or why (shown in the report). */
    reason: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The weekday of a `YYYY-MM-DD` day (UTC). */
export function weekday(day: string): (typeof WEEKDAYS)[number] {
    const d = new Date(`${day}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(d.getTime())) throw new RangeError(`not a day: ${day}`);
    return WEEKDAYS[d.getUTCDay()] as (typeof WEEKDAYS)[number];
}

/**
 * Whether an orchestration runs on `day` (UTC): Daily every day, Weekdays Monday to Friday, Manual never.
 * A run (`creating`) is not due again on a day it already ran (its Last Run On is that day), so a nightly job
 * started twice acquires once; a preview writes nothing and is always due.
 */
export function dueOn(
    o: Pick<ScheduledOrchestration, 'Schedule__c' | 'Last_Run_Id__c' | 'Last_Run_On__c'>,
    day: string,
    creating: boolean
): Due {
    const name = weekday(day);
    if (o.Schedule__c === 'Manual')
        return { due: false, reason: 'Manual: runs only when asked (--orchestration NAME)' };
    if (o.Schedule__c === 'Weekdays' && (name === 'Saturday' || name === 'Sunday'))
        return { due: false, reason: `Weekdays: not on a ${name}` };
    if (creating && o.Last_Run_On__c && o.Last_Run_On__c.slice(0, 10) === day)
        return {
            due: false,
            reason: `already ran today (run ${o.Last_Run_Id__c ?? 'unknown'} at ${o.Last_Run_On__c})`
        };
    return { due: true, reason: o.Schedule__c === 'Daily' ? 'Daily' : `Weekdays: a ${name}` };
}

/**
 * The vendor file of an orchestration in a scheduled run's `--provider-dir`: its Name with every character
 * other than letters, digits, space, dot, dash and underscore replaced by `_`, then `.csv`
 * ("EMEA / Fill gaps" -> "EMEA _ Fill gaps.csv").
 */
export function providerFileName(name: string): string {
    return `${name.trim().replace(/[^A-Za-z0-9 ._-]/g, '_')}.csv`;
}
