// The segment builder's filter rows and the definition they make, both ways: a row holds what the user typed
// (text), a condition is what siSegments checks and compiles. Pure, so the builder and its tests share it.
import { OPERATORS, SEGMENT_FIELDS, isGroup, partsOf } from 'c/siSegments';
const OPERATOR_LABELS = {
    in: 'is one of',
    notIn: 'is not one of',
    gte: 'at least',
    lte: 'at most',
    between: 'between',
    is: 'is',
    isBlank: 'is blank',
    isNotBlank: 'is not blank'
};
/** A field's label when object info gives none: `SI_Profile_Fit_Band__c` -> `Profile Fit Band`. */
export function fallbackLabel(apiName) {
    return apiName
        .replace(/^SI_/, '')
        .replace(/__c$/, '')
        .replace(/Id$/, '')
        .replace(/_/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .trim();
}
/**
 * The fields a segment can filter on that the user can read (`visible`: the field names object info gives,
 * null when unknown yet), labelled from object info, sorted by label.
 */
export function fieldOptions(visible, labels) {
    return Object.keys(SEGMENT_FIELDS)
        .filter((f) => visible === null || visible.has(f))
        .map((f) => ({ value: f, label: labels[f] ?? fallbackLabel(f) }))
        .sort((a, b) => a.label.localeCompare(b.label));
}
export function operatorOptions(field) {
    const kind = SEGMENT_FIELDS[field]?.kind;
    return (kind ? OPERATORS[kind] : []).map((op) => ({ value: op, label: OPERATOR_LABELS[op] }));
}
/** The known values of a field (the app's picklists), or null for a free field. */
export function knownValues(field) {
    return SEGMENT_FIELDS[field]?.values ?? null;
}
let counter = 0;
export function newRow(field = 'SI_Profile_Fit_Band__c') {
    counter += 1;
    const op = operatorOptions(field)[0]?.value;
    return { key: `row-${counter}`, field, op, picked: [], text: '', text2: '', flag: 'true' };
}
/** The row after its field changed: the first operator of the new field, values cleared. */
export function withField(row, field) {
    return { ...newRow(field), key: row.key };
}
const number = (text) => {
    const trimmed = text.trim();
    return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};
/**
 * The condition a row makes. Values are passed as typed (a number field's "abc" stays text), so
 * `checkDefinition` names what is wrong rather than the builder guessing.
 */
export function rowToCondition(row) {
    const { field, op } = row;
    switch (op) {
        case 'in':
        case 'notIn': {
            const values = knownValues(field)
                ? row.picked
                : row.text
                    .split(',')
                    .map((v) => v.trim())
                    .filter((v) => v !== '');
            return { field, op, values };
        }
        case 'gte':
        case 'lte':
            return { field, op, value: number(row.text) };
        case 'between':
            return { field, op, values: [number(row.text), number(row.text2)] };
        case 'is':
            return { field, op, value: row.flag === 'true' };
        default:
            return { field, op };
    }
}
export function rowsToDefinition(rows, match) {
    const parts = rows.map(rowToCondition);
    return match === 'all' ? { all: parts } : { any: parts };
}
/** Rows for a stored definition the builder can show (one group of conditions), or null for a deeper one. */
export function definitionToRows(definition) {
    const { every, parts } = partsOf(definition);
    const rows = [];
    for (const part of parts) {
        if (isGroup(part))
            return null;
        const row = newRow(part.field);
        row.op = part.op;
        const values = (part.values ?? []).map(String);
        if (part.op === 'in' || part.op === 'notIn') {
            if (knownValues(part.field))
                row.picked = values;
            else
                row.text = values.join(', ');
        }
        else if (part.op === 'between') {
            row.text = values[0] ?? '';
            row.text2 = values[1] ?? '';
        }
        else if (part.op === 'is')
            row.flag = part.value === true ? 'true' : 'false';
        else if (part.value !== undefined)
            row.text = String(part.value);
        rows.push(row);
    }
    return { match: every ? 'all' : 'any', rows };
}
/**
 * A definition problem as the builder shows it: `definition.all[1].values: a list of at least one value`
 * becomes `Filter 2: choose at least one value`; other problems keep their words after the filter's number.
 */
export function describeProblem(problem) {
    const m = /^definition\.(?:all|any)\[(\d+)\](?:\.(\w+))?(?:\[\d+\])?: (.*)$/.exec(problem);
    if (!m)
        return problem;
    const [, index, part, rest] = m;
    const what = part === 'values' && rest.startsWith('a list of at least one value')
        ? 'choose at least one value'
        : part === 'value' && rest === 'a number'
            ? 'enter a number'
            : part === 'values' && rest.startsWith('[min, max]')
                ? 'enter a minimum and a maximum'
                : rest;
    return `Filter ${Number(index) + 1}: ${what}`;
}
