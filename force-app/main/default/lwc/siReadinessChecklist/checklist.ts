// What the readiness checklist shows, from the readiness items (the engine's, from custom metadata) and the
// account's record as LDS `getRecord` returns it. The engine decides what is done (`computeReadiness`, the
// same function `npm run tiers` runs); this module only reads the record and sorts the items for the page.
// A field the user cannot see is absent from the record (`optionalFields` leaves it out instead of failing:
// https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-record.html): it is
// reported as hidden, never as an error, and the engine counts it as not filled in, as it would be for them.
import {
    computeReadiness,
    type Account,
    type ReadinessItem,
    type ReadinessItemResult,
    type ReadinessResult
} from 'c/siEngine';

/** The part of an LDS record representation the checklist reads. */
export interface LdsRecord {
    id?: string;
    fields?: Record<string, { value?: unknown } | undefined>;
}

/** `Account.<Field>` for each item: the `optionalFields` of the getRecord wire. */
export function optionalFieldsOf(items: readonly ReadinessItem[]): string[] {
    return [...new Set(items.map((i) => `Account.${i.field}`))];
}

/** The account as the engine reads it, and the item fields the record does not carry (hidden from the user). */
export function accountOf(record: LdsRecord, items: readonly ReadinessItem[]): { account: Account; hidden: string[] } {
    const fields = record.fields ?? {};
    const account: Account = { Id: record.id ?? null };
    const hidden: string[] = [];
    for (const item of items) {
        const entry = fields[item.field];
        if (entry === undefined) {
            if (!hidden.includes(item.field)) hidden.push(item.field);
        } else account[item.field] = entry.value ?? null;
    }
    return { account, hidden };
}

export interface ChecklistItem {
    key: string;
    label: string;
    field: string;
    helpText: string;
    required: boolean;
    /** The id of the help text element, for `aria-describedby`. */
    helpId: string;
}

export interface Checklist {
    readiness: ReadinessResult;
    done: ChecklistItem[];
    /** Missing and visible: required first, then recommended (each in sort order). */
    missing: ChecklistItem[];
    /** Items whose field the user cannot see (counted as missing by the engine). */
    hidden: ChecklistItem[];
}

function view(r: ReadinessItemResult): ChecklistItem {
    return {
        key: r.key,
        label: r.label,
        field: r.field,
        helpText: r.helpText,
        required: r.required,
        helpId: `si-readiness-help-${r.key}`
    };
}

/** The checklist of one account: the engine's result and the items sorted for the page. */
export function checklistOf(record: LdsRecord, items: readonly ReadinessItem[]): Checklist {
    const { account, hidden } = accountOf(record, items);
    const readiness = computeReadiness(account, items);
    const isHidden = (r: ReadinessItemResult): boolean => hidden.includes(r.field);
    return {
        readiness,
        done: readiness.done.map(view),
        missing: [...readiness.missingRequired, ...readiness.missingRecommended].filter((r) => !isHidden(r)).map(view),
        hidden: readiness.items.filter(isHidden).map(view)
    };
}
