const MAX_EXAMPLES = 3;
export class QualityNotes {
    notes = new Map();
    add(object, field, issue, exampleId) {
        this.addCount(object, field, issue, exampleId, 1);
    }
    /** `count` records with the same issue (an aggregated row), `exampleId` one of them. */
    addCount(object, field, issue, exampleId, count) {
        const key = `${object}\u0000${field}\u0000${issue}`;
        let note = this.notes.get(key);
        if (!note) {
            note = { object, field, issue, count: 0, examples: [] };
            this.notes.set(key, note);
        }
        note.count += count;
        if (exampleId && note.examples.length < MAX_EXAMPLES)
            note.examples.push(exampleId);
    }
    /** Notes ordered by object, field and issue (deterministic). */
    list() {
        return [...this.notes.values()].sort((a, b) => cmp(a.object, b.object) || cmp(a.field, b.field) || cmp(a.issue, b.issue));
    }
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The record's Id, else its sObject tree referenceId, else null. */
export function recordId(record) {
    if (!record)
        return null;
    const id = text(record.Id);
    if (id)
        return id;
    const attributes = record.attributes;
    return typeof attributes === 'object' && attributes !== null ? text(attributes.referenceId) : null;
}
/** A trimmed non-empty string, or null. Does not allocate for text without surrounding spaces. */
export function text(value) {
    if (typeof value !== 'string' || value.length === 0)
        return null;
    if (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32)
        return value;
    const trimmed = value.trim();
    return trimmed ? trimmed : null;
}
