// The Bulk API 2.0 queries of the org mode, built only from allow-listed field names (QUERY_FIELDS, the
// profile criteria's Account fields) that the org's describe shows the running user: no text from outside
// is spliced in except the operator's own --where condition, which Salesforce parses (a rejected one is an
// InvalidQuery error before anything is read). No ORDER BY: Bulk API 2.0 queries run faster without it,
// and the grouping does not need an order.
import { formatDay, parseAsOf, type EngineConfig } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { SalesforceError } from '../salesforce/errors';
import type { DescribedObject } from '../salesforce/rest';
import {
    ACCOUNT_OUTPUTS,
    PERSON_OUTPUTS,
    SCORED_ON_FIELD,
    QUERY_FIELDS,
    REQUIRED_FIELDS,
    SCORE_OBJECTS,
    fieldTypeOf,
    PLAYBOOK_QUERY_FIELDS,
    PLAYBOOK_WHERE,
    type FieldType,
    type PlaybookObject,
    type ScoreObject
} from './fields';

export interface ObjectQuery {
    object: ScoreObject;
    soql: string;
    /** Field types from the describe, for the CSV converter. */
    types: Record<string, FieldType>;
    /** Allow-listed fields the user cannot read (field-level security), left out of the query. */
    leftOut: string[];
}

/** The SI_ fields the job writes back, per object. */
export const WRITTEN_FIELDS: Readonly<Record<'Account' | 'Contact' | 'Lead', readonly string[]>> = {
    Account: [...ACCOUNT_OUTPUTS.map(([field]) => field), SCORED_ON_FIELD],
    Contact: PERSON_OUTPUTS,
    Lead: PERSON_OUTPUTS
};

/**
 * One query per object. Missing required fields, written fields the user cannot read (or, when
 * `writing`, update), and profile criteria on Account fields the user cannot read are MissingField errors
 * listing them all.
 */
export function planQueries(
    describes: ReadonlyMap<string, DescribedObject>,
    config: EngineConfig,
    writing: boolean,
    asOf: string,
    /** Fields the playbook steps read besides QUERY_FIELDS (readiness items, the points rules' status fields). */
    extra: Partial<Record<ScoreObject, readonly string[]>> = {}
): ObjectQuery[] {
    const problems: string[] = [];
    const plans: ObjectQuery[] = [];
    for (const object of SCORE_OBJECTS) {
        const described = describes.get(object);
        if (!described) {
            problems.push(`${object}: not in the org or not visible to this user`);
            continue;
        }
        const wanted = [...QUERY_FIELDS[object]];
        for (const field of extra[object] ?? []) if (!wanted.includes(field)) wanted.push(field);
        if (object === 'Account')
            for (const criterion of config.criteria) {
                if (!described.fields.has(criterion.field))
                    problems.push(
                        `Account.${criterion.field} (profile criterion ${criterion.key}): not in the org or not readable`
                    );
                else if (!wanted.includes(criterion.field)) wanted.push(criterion.field);
            }
        const must = new Set<string>([...REQUIRED_FIELDS[object], ...(WRITTEN_FIELDS[object as 'Account'] ?? [])]);
        const fields: string[] = [];
        const leftOut: string[] = [];
        const types: Record<string, FieldType> = {};
        for (const field of wanted) {
            const info = described.fields.get(field);
            if (!info) {
                if (must.has(field)) problems.push(`${object}.${field}: not in the org or not readable`);
                else leftOut.push(field);
                continue;
            }
            if (
                writing &&
                must.has(field) &&
                field !== 'Id' &&
                (WRITTEN_FIELDS[object as 'Account'] ?? []).includes(field) &&
                !info.updateable
            )
                problems.push(`${object}.${field}: not editable by this user`);
            fields.push(field);
            const type = fieldTypeOf(info.type);
            if (type) types[field] = type;
        }
        const window = activityWindow(object, asOf, config, fields);
        plans.push({
            object,
            soql: `SELECT ${fields.join(', ')} FROM ${object}${window ? ` WHERE ${window}` : ''}`,
            types,
            leftOut
        });
    }
    if (problems.length > 0)
        throw new SalesforceError(
            'MissingField',
            `the org is missing what the scoring job needs:\n  ${problems.join('\n  ')}`
        );
    return plans;
}

/**
 * Tasks and Events count only for reach, and only in the `Reach_Window_Days` up to the as-of date (by the
 * engine's own date of each: a Task's ActivityDate, else CompletedDateTime, else CreatedDate; an Event's
 * ActivityDateTime, else ActivityDate). Older ones are not read. One day of margin; later ones are read
 * (the engine leaves out what is scheduled in the future). The dates come from the validated as-of date
 * and a validated number of days, never from outside text.
 */
export function activityWindow(
    object: string,
    asOf: string,
    config: EngineConfig,
    fields: readonly string[]
): string | null {
    if (object !== 'Task' && object !== 'Event') return null;
    const day = formatDay(parseAsOf(asOf) - config.settings.Reach_Window_Days - 1);
    const time = `${day}T00:00:00Z`;
    const has = (f: string): boolean => fields.includes(f);
    if (object === 'Task') {
        if (!has('ActivityDate') || !has('CompletedDateTime') || !has('CreatedDate')) return null;
        return `(ActivityDate >= ${day} OR (ActivityDate = null AND (CompletedDateTime >= ${time} OR (CompletedDateTime = null AND CreatedDate >= ${time}))))`;
    }
    if (!has('ActivityDateTime') || !has('ActivityDate')) return null;
    return `(ActivityDateTime >= ${time} OR (ActivityDateTime = null AND ActivityDate >= ${day}))`;
}

/**
 * The query of a playbook object: its allow-listed fields the user can read, with its fixed condition
 * (published segments, open memberships).
 */
export function planPlaybookQuery(
    object: PlaybookObject,
    described: DescribedObject
): Omit<ObjectQuery, 'object'> & { object: PlaybookObject } {
    const fields = PLAYBOOK_QUERY_FIELDS[object].filter((f) => described.fields.has(f));
    const types: Record<string, FieldType> = {};
    for (const field of fields) {
        const type = fieldTypeOf(described.fields.get(field)?.type ?? '');
        if (type) types[field] = type;
    }
    const where = PLAYBOOK_WHERE[object];
    return {
        object,
        soql: `SELECT ${fields.join(', ')} FROM ${object}${where ? ` WHERE ${where}` : ''}`,
        types,
        leftOut: PLAYBOOK_QUERY_FIELDS[object].filter((f) => !described.fields.has(f))
    };
}

const KEYWORDS = /\b(ORDER\s+BY|GROUP\s+BY|LIMIT|OFFSET|FOR\s+UPDATE|FROM|SELECT)\b/i;

/** Text outside quoted strings: keywords inside a quoted value are not keywords. */
function unquoted(text: string): string {
    return text.replace(/'(?:[^'\\]|\\.)*'/g, "''");
}

/**
 * The scope query of `--where`: the Ids of the accounts to score (every account is still read, so leads
 * match against all of them as in the panel). Only a condition is accepted.
 */
export function scopeQuery(where: string): string {
    const condition = where.trim();
    if (!condition) throw new SalesforceError('InvalidQuery', '--where is empty');
    const bare = unquoted(condition);
    const keyword = KEYWORDS.exec(bare);
    if (keyword)
        throw new SalesforceError(
            'InvalidQuery',
            `--where must be a condition on Account only; it contains ${keyword[1]?.toUpperCase()}`
        );
    if (bare.includes("'") && (bare.match(/'/g)?.length ?? 0) % 2 !== 0)
        throw new SalesforceError('InvalidQuery', '--where has an unclosed quoted string');
    return `SELECT Id FROM Account WHERE ${condition}`;
}
