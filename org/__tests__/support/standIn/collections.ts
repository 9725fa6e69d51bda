// sObject Collections (REST API `composite/sobjects`), as Salesforce documents them:
//   DELETE composite/sobjects?ids=ID,ID&allOrNone=false   up to 200 Ids, any objects -> DeleteResult[]
//   POST   composite/sobjects {allOrNone, records}        up to 200 records with attributes.type -> SaveResult[]
//   PATCH  composite/sobjects {allOrNone, records}        up to 200 records with attributes.type and id
// The answer is 200 with one result per record, in the request's order: {id, success, errors}, each error
// {statusCode, message, fields}. allOrNone=true rolls every record back when one fails (the others then
// carry ALL_OR_NONE_OPERATION_ROLLED_BACK). More than 200 records is a 400 EXCEEDED_ID_LIMIT. Records of a
// setup object (users, permission sets and their assignments) cannot be written in one call with records of
// other objects: each record then fails with MIXED_DML_OPERATION.
// Row faults (`faults.rejectRows(ids, failure, object)`) fail records here as they fail Bulk ingest rows.
// Assignments are unique per user and permission set (or licence), and a field declared `unique` is
// unique: a repeat fails with DUPLICATE_VALUE. Deleted assignments are gone (Setup records are not kept
// in the recycle bin); other deleted records are soft-deleted (IsDeleted).
import { allow, type Ctx } from './http';
import { normalizeId } from './ids';
import { changesFrom } from './rest';
import { tableOf, type StandInState } from './state';
import { SfApiError, type SfRecord, type SfValue } from './types';

const MAX_RECORDS = 200;

/** Objects of the Setup area (mixed DML with any other object fails), as far as the stand-in knows them. */
const SETUP_OBJECTS = new Set([
    'User',
    'PermissionSet',
    'PermissionSetAssignment',
    'PermissionSetLicense',
    'PermissionSetLicenseAssign',
    'PermissionSetGroup',
    'Group',
    'GroupMember'
]);

/** The fields that make an assignment unique, per assignment object. */
const UNIQUE_TOGETHER: Readonly<Record<string, readonly string[]>> = {
    PermissionSetAssignment: ['AssigneeId', 'PermissionSetId'],
    PermissionSetLicenseAssign: ['AssigneeId', 'PermissionSetLicenseId']
};

interface RecordError {
    statusCode: string;
    message: string;
    fields: string[];
}

interface ItemResult {
    id: string | null;
    success: boolean;
    errors: RecordError[];
    /** Applies the change (run only when the whole request may be applied). */
    apply?: () => void;
}

const failure = (id: string | null, statusCode: string, message: string, fields: string[] = []): ItemResult => ({
    id,
    success: false,
    errors: [{ statusCode, message, fields }]
});

function tooMany(): SfApiError {
    return new SfApiError(
        400,
        'EXCEEDED_ID_LIMIT',
        `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`
    );
}

interface UniqueKey {
    key: string;
    label: string;
    fields: string[];
}

/** The unique values of a record: its assignment pair, and each field declared `unique` (case-insensitive). */
function uniqueKeys(state: StandInState, object: string, record: SfRecord): UniqueKey[] {
    const norm = (v: SfValue | undefined): string | null =>
        v === null || v === undefined || v === '' ? null : String(normalizeId(v) ?? v).toLowerCase();
    const keys: UniqueKey[] = [];
    const together = UNIQUE_TOGETHER[object];
    if (together) {
        const values = together.map((f) => norm(record[f]));
        if (values.every((v) => v !== null))
            keys.push({ key: `${together.join(',')}=${values.join(',')}`, label: together.join(', '), fields: [] });
    }
    for (const info of state.schema.fields(object).values()) {
        const v = info.unique ? norm(record[info.name]) : null;
        if (v !== null) keys.push({ key: `${info.name}=${v}`, label: info.name, fields: [info.name] });
    }
    return keys;
}

/**
 * Unique key -> record Id per table, kept between requests (rebuilt when the table's size changed other
 * than by a write here, e.g. a test's insert); a hit is checked against the record, so a deleted or
 * changed record is no duplicate.
 */
const INDEXES = new WeakMap<Map<string, SfRecord>, { size: number; keys: Map<string, string> }>();

function uniqueIndex(state: StandInState, object: string): Map<string, string> {
    const table = tableOf(state, object);
    let index = INDEXES.get(table);
    if (!index || index.size !== table.size) {
        index = { size: table.size, keys: new Map() };
        INDEXES.set(table, index);
        for (const r of table.values())
            if (r.IsDeleted !== true) for (const k of uniqueKeys(state, object, r)) index.keys.set(k.key, String(r.Id));
    }
    return index.keys;
}

/** Records a saved record's unique values (`added`: it is new in the table), so later records see them. */
function remember(state: StandInState, object: string, record: SfRecord, added: boolean): void {
    const table = tableOf(state, object);
    const entry = INDEXES.get(table);
    if (!entry) return; // built from the table, record included, when first needed
    if (entry.size !== table.size - (added ? 1 : 0)) {
        INDEXES.delete(table); // the table changed otherwise too: rebuild when next needed
        return;
    }
    for (const k of uniqueKeys(state, object, record)) entry.keys.set(k.key, String(record.Id));
    entry.size = table.size;
}

/** The DUPLICATE_VALUE failure of a record whose unique values another live record of `object` has. */
function duplicateOf(
    state: StandInState,
    object: string,
    record: SfRecord,
    selfId: string | null
): RecordError | undefined {
    const keys = uniqueKeys(state, object, record);
    if (keys.length === 0) return undefined;
    const index = uniqueIndex(state, object);
    const table = tableOf(state, object);
    for (const k of keys) {
        const other = index.get(k.key);
        if (!other || other === selfId) continue;
        const live = table.get(other);
        if (!live || live.IsDeleted === true || uniqueKeys(state, object, live).every((l) => l.key !== k.key)) continue;
        return {
            statusCode: 'DUPLICATE_VALUE',
            message: `duplicate value found: ${k.label} duplicates value on record with id: ${other}`,
            fields: k.fields
        };
    }
    return undefined;
}

function rowFault(
    state: StandInState,
    object: string,
    record: SfRecord,
    id: string | undefined,
    key: string
): ItemResult | undefined {
    const row = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null ? '' : String(v)]));
    const fault = state.faults.rowFailure(object, row, id, key);
    return fault ? failure(id ?? null, fault.errorCode, fault.message, [...fault.fields]) : undefined;
}

function deleteItem(state: StandInState, rawId: string): ItemResult {
    const id = normalizeId(rawId);
    const object = id ? state.ids.objectForId(id) : undefined;
    if (!id || !object) return failure(rawId, 'MALFORMED_ID', `malformed id ${rawId}`);
    const table = tableOf(state, object);
    const record = table.get(id);
    if (!record) return failure(id, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    if (record.IsDeleted === true) return failure(id, 'ENTITY_IS_DELETED', 'entity is deleted');
    const fault = rowFault(state, object, { Id: id }, id, `DELETE:${id}`);
    if (fault) return fault;
    return {
        id,
        success: true,
        errors: [],
        apply: () => {
            if (SETUP_OBJECTS.has(object)) table.delete(id);
            else record.IsDeleted = true;
        }
    };
}

function typeOf(state: StandInState, body: Record<string, unknown>): string | undefined {
    const attributes = body.attributes as { type?: unknown } | undefined;
    return typeof attributes?.type === 'string' ? state.schema.resolveObject(attributes.type) : undefined;
}

function saveItem(state: StandInState, body: Record<string, unknown>, creating: boolean, index: number): ItemResult {
    const object = typeOf(state, body);
    if (!object) return failure(null, 'INVALID_TYPE', 'sObject type is missing or not supported');
    const { id: rawId, Id: rawId2, ...fields } = body;
    const given = rawId ?? rawId2;
    let changes: Record<string, SfValue>;
    try {
        changes = changesFrom(state, object, fields, creating);
    } catch (e) {
        if (!(e instanceof SfApiError)) throw e;
        return failure(null, e.errorCode, e.message, e.fields ?? []);
    }
    const table = tableOf(state, object);
    if (creating) {
        if (given !== undefined) return failure(null, 'INVALID_FIELD', 'cannot specify Id in an insert call', ['Id']);
        const fault = rowFault(state, object, changes, undefined, `POST:${object}:${index}:${JSON.stringify(changes)}`);
        if (fault) return fault;
        const duplicate = duplicateOf(state, object, changes, null);
        if (duplicate) return { id: null, success: false, errors: [duplicate] };
        const id = state.ids.newId(object);
        return {
            id,
            success: true,
            errors: [],
            apply: () => {
                const created = { ...changes, Id: id };
                table.set(id, created);
                remember(state, object, created, true);
            }
        };
    }
    const id = normalizeId(given);
    const record = id ? table.get(id) : undefined;
    if (!id || !record) return failure(id ?? null, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
    if (record.IsDeleted === true) return failure(id, 'ENTITY_IS_DELETED', 'entity is deleted');
    const fault = rowFault(state, object, { ...changes, Id: id }, id, `PATCH:${id}`);
    if (fault) return fault;
    const duplicate = duplicateOf(state, object, { ...record, ...changes }, id);
    if (duplicate) return { id, success: false, errors: [duplicate] };
    return {
        id,
        success: true,
        errors: [],
        apply: () => {
            Object.assign(record, changes);
            remember(state, object, record, false);
        }
    };
}

/** MIXED_DML_OPERATION for every record when the request mixes Setup and other objects. */
function mixedDml(objects: readonly (string | undefined)[]): boolean {
    const known = objects.filter((o): o is string => !!o);
    return known.some((o) => SETUP_OBJECTS.has(o)) && known.some((o) => !SETUP_OBJECTS.has(o));
}

function answer(ctx: Ctx, items: ItemResult[], allOrNone: boolean): void {
    const failed = items.some((i) => !i.success);
    if (allOrNone && failed) {
        return ctx.sendJson(
            200,
            items.map((i) =>
                i.success
                    ? {
                          id: null,
                          success: false,
                          errors: [
                              {
                                  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                                  message:
                                      'Record rolled back because not all records were valid and the request was using AllOrNone header',
                                  fields: []
                              }
                          ]
                      }
                    : { id: i.id, success: false, errors: i.errors }
            )
        );
    }
    for (const i of items) i.apply?.();
    ctx.sendJson(
        200,
        items.map((i) => ({ id: i.id, success: i.success, errors: i.errors }))
    );
}

/** Routes `composite/sobjects` (the segments after it must be empty). */
export function handleCollections(ctx: Ctx, live: StandInState, segments: string[]): void {
    if (segments.some((s) => s !== '')) throw new SfApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
    // Fields inferred once per request (as a query does), not once per record and field.
    const state: StandInState = { ...live, schema: live.schema.snapshot() };
    allow(ctx, 'DELETE', 'POST', 'PATCH');
    if (ctx.method === 'DELETE') {
        const ids = (ctx.query.get('ids') ?? '').split(',').filter((s) => s !== '');
        if (ids.length === 0) throw new SfApiError(400, 'MISSING_ARGUMENT', 'ids parameter is required');
        if (ids.length > MAX_RECORDS) throw tooMany();
        const objects = ids.map((raw) => {
            const id = normalizeId(raw);
            return id ? state.ids.objectForId(id) : undefined;
        });
        if (mixedDml(objects))
            return answer(
                ctx,
                ids.map((id) => failure(id, 'MIXED_DML_OPERATION', 'DML on setup and non-setup objects in one call')),
                false
            );
        return answer(
            ctx,
            ids.map((id) => deleteItem(state, id)),
            ctx.query.get('allOrNone') === 'true'
        );
    }
    const body = ctx.json<{ allOrNone?: unknown; records?: unknown }>();
    if (!Array.isArray(body.records))
        throw new SfApiError(400, 'JSON_PARSER_ERROR', 'The request body needs a records array');
    const records = body.records as Record<string, unknown>[];
    if (records.length > MAX_RECORDS) throw tooMany();
    if (mixedDml(records.map((r) => typeOf(state, r))))
        return answer(
            ctx,
            records.map(() => failure(null, 'MIXED_DML_OPERATION', 'DML on setup and non-setup objects in one call')),
            false
        );
    const creating = ctx.method === 'POST';
    const items: ItemResult[] = [];
    for (const [index, record] of records.entries()) {
        const item = saveItem(state, record, creating, index);
        items.push(item);
        // Records are saved in order: a later record of the same request sees an earlier one (duplicates).
        if (item.success && body.allOrNone !== true) {
            item.apply?.();
            delete item.apply;
        }
    }
    answer(ctx, items, body.allOrNone === true);
}
