// What the readiness checklist shows, from the readiness items (the engine's, from custom metadata) and the
// account's record as LDS `getRecord` returns it. The engine decides what is done (`computeReadiness`, the
// same function `npm run tiers` runs); this module only reads the record and sorts the items for the page.
// A field the user cannot see is absent from the record (`optionalFields` leaves it out instead of failing:
// https://developer.salesforce.com/docs/platform/lwc/guide/reference-wire-adapters-record.html): it is
// reported as hidden, never as an error, and the engine counts it as not filled in, as it would be for them.
import { computeReadiness } from 'c/siEngine';
/** `Account.<Field>` for each item: the `optionalFields` of the getRecord wire. */
export function optionalFieldsOf(items) {
    return [...new Set(items.map((i) => `Account.${i.field}`))];
}
/** The account as the engine reads it, and the item fields the record does not carry (hidden from the user). */
export function accountOf(record, items) {
    const fields = record.fields ?? {};
    const account = { Id: record.id ?? null };
    const hidden = [];
    for (const item of items) {
        const entry = fields[item.field];
        if (entry === undefined) {
            if (!hidden.includes(item.field))
                hidden.push(item.field);
        }
        else
            account[item.field] = entry.value ?? null;
    }
    return { account, hidden };
}
function view(r) {
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
export function checklistOf(record, items) {
    const { account, hidden } = accountOf(record, items);
    const readiness = computeReadiness(account, items);
    const isHidden = (r) => hidden.includes(r.field);
    return {
        readiness,
        done: readiness.done.map(view),
        missing: [...readiness.missingRequired, ...readiness.missingRecommended].filter((r) => !isHidden(r)).map(view),
        hidden: readiness.items.filter(isHidden).map(view)
    };
}
