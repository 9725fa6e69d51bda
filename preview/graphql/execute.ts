// Executes a UI API GraphQL query (`query { uiapi { query { <Object>(...) { edges { node { ... } } } } } }`)
// against an in-memory record set, the way the platform answers it: `first` (default 10, at most 2000),
// `after` cursors, `where` (field operators eq/ne/lt/lte/gt/gte/in/nin/like/includes/excludes, `and`,
// `or`, `not`, parent-relationship filters, semi-joins `inq`/`ninq` with `ApiName`), `orderBy` with
// `nulls`, child relationships as connections, parent relationships as nodes (inline fragments for
// polymorphic ones), every non-Id field wrapped as `{ value, displayValue }`, `pageInfo`, `totalCount`.
// A query naming an unknown object, field or argument is rejected with the name in the message.
import {
    type DocumentNode,
    type FieldNode,
    type InputValue,
    type OperationNode,
    type SelectionNode,
    isEnumValue,
    parseGraphQL,
    valueOf
} from './parse';
import type { ObjectSchema, Schema } from './schema';

/** A record as the store holds it: API field names to values; `Id` always set. */
export interface DataRecord {
    Id: string;
    [field: string]: unknown;
}

export interface RecordStore {
    /** All records of an object type, in a stable order. */
    records(type: string): readonly DataRecord[];
    /** The record with this Id and its type, if any. */
    get(id: string): { type: string; record: DataRecord } | undefined;
}

export interface ExecuteContext {
    schema: Schema;
    store: RecordStore;
    /** YYYY-MM-DD: what `TODAY` means in date literals. */
    today: string;
}

export interface GraphQLError {
    message: string;
}

export interface GraphQLResult {
    data: Record<string, unknown> | null;
    errors?: GraphQLError[];
}

export class GraphQLExecutionError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'GraphQLExecutionError';
    }
}

const DEFAULT_FIRST = 10;
const MAX_FIRST = 2000;

type Obj = { [key: string]: InputValue };

function isObj(value: unknown): value is Obj {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isEnumValue(value);
}

function fail(message: string): never {
    throw new GraphQLExecutionError(message);
}

/** Runs a query and returns `{ data }` or `{ data: null, errors }`, never throws for a bad query. */
export function executeGraphQL(
    query: string | DocumentNode,
    variables: Readonly<Record<string, unknown>> | null | undefined,
    context: ExecuteContext,
    operationName?: string | null
): GraphQLResult {
    try {
        const doc = typeof query === 'string' ? parseGraphQL(query) : query;
        return { data: new Executor(doc, variables ?? {}, context).run(operationName ?? null) };
    } catch (e) {
        return { data: null, errors: [{ message: e instanceof Error ? e.message : String(e) }] };
    }
}

class Executor {
    private variables: Record<string, unknown> = {};
    /** Semi-join results per operand object: the inner query runs once per connection, not per record. */
    private readonly semiJoins = new WeakMap<object, Set<string>>();

    constructor(
        private readonly doc: DocumentNode,
        private readonly givenVariables: Readonly<Record<string, unknown>>,
        private readonly ctx: ExecuteContext
    ) {}

    run(operationName: string | null): Record<string, unknown> {
        const operation = this.pickOperation(operationName);
        if (operation.operation !== 'query') fail(`the preview answers queries only, not ${operation.operation}s`);
        this.variables = this.bindVariables(operation);
        const out: Record<string, unknown> = {};
        for (const field of this.fields(operation.selections, 'Query')) {
            if (field.name === '__typename') {
                out[key(field)] = 'Query';
                continue;
            }
            if (field.name !== 'uiapi') fail(`Field '${field.name}' in type 'Query' is undefined`);
            out[key(field)] = this.uiapi(field);
        }
        return out;
    }

    private pickOperation(name: string | null): OperationNode {
        const ops = this.doc.operations;
        if (name) {
            const op = ops.find((o) => o.name === name);
            if (!op) fail(`unknown operation "${name}"`);
            return op;
        }
        if (ops.length > 1) fail('the document has several operations: name the one to run');
        return ops[0] as OperationNode;
    }

    private bindVariables(operation: OperationNode): Record<string, unknown> {
        const bound: Record<string, unknown> = {};
        for (const def of operation.variables) {
            const given = this.givenVariables[def.name];
            if (given === undefined || given === null) {
                if (def.defaultValue) bound[def.name] = valueOf(def.defaultValue, {});
                else if (def.nonNull) fail(`variable "$${def.name}" of non-null type ${def.type} was not provided`);
                else bound[def.name] = null;
            } else {
                bound[def.name] = given;
            }
        }
        return bound;
    }

    /** `fields` per selection set and type: the same for every record of a connection (variables are fixed per run). */
    private readonly fieldsCache = new WeakMap<readonly SelectionNode[], Map<string, FieldNode[]>>();

    /** The fields of a selection set, with fragments expanded for the given type (computed once per run). */
    private fields(selections: readonly SelectionNode[], typeName: string): FieldNode[] {
        let byType = this.fieldsCache.get(selections);
        if (!byType) {
            byType = new Map();
            this.fieldsCache.set(selections, byType);
        }
        let fields = byType.get(typeName);
        if (!fields) {
            fields = this.expandFields(selections, typeName);
            byType.set(typeName, fields);
        }
        return fields;
    }

    private expandFields(selections: readonly SelectionNode[], typeName: string): FieldNode[] {
        const out: FieldNode[] = [];
        for (const s of selections) {
            if (skipped(s.directives, this.variables)) continue;
            if (s.kind === 'Field') out.push(s);
            else if (s.kind === 'InlineFragment') {
                if (s.typeCondition === null || s.typeCondition === typeName) out.push(...this.fields(s.selections, typeName));
            } else {
                const fragment = this.doc.fragments.get(s.name);
                if (!fragment) fail(`unknown fragment "${s.name}"`);
                if (fragment.typeCondition === typeName) out.push(...this.fields(fragment.selections, typeName));
            }
        }
        return out;
    }

    private args(field: FieldNode, allowed: readonly string[], where: string): Obj {
        const out: Obj = {};
        for (const a of field.args) {
            if (!allowed.includes(a.name)) fail(`Unknown argument '${a.name}' on field '${field.name}' of ${where}`);
            out[a.name] = valueOf(a.value, this.variables);
        }
        return out;
    }

    private uiapi(field: FieldNode): Record<string, unknown> {
        if (!field.selections) fail("Field 'uiapi' must have a selection of subfields");
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections, 'UIAPI')) {
            if (f.name === '__typename') out[key(f)] = 'UIAPI';
            else if (f.name === 'query') out[key(f)] = this.rootQuery(f);
            else fail(`Field '${f.name}' in type 'UIAPI' is not supported by the preview (only 'query')`);
        }
        return out;
    }

    private rootQuery(field: FieldNode): Record<string, unknown> {
        if (!field.selections) fail("Field 'query' must have a selection of subfields");
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections, 'RecordQuery')) {
            if (f.name === '__typename') {
                out[key(f)] = 'RecordQuery';
                continue;
            }
            const object = this.ctx.schema.get(f.name);
            if (!object) fail(`Field '${f.name}' in type 'RecordQuery' is undefined: no object '${f.name}' in the preview schema`);
            out[key(f)] = this.connection(f, object, this.ctx.store.records(object.name));
        }
        return out;
    }

    private connection(field: FieldNode, object: ObjectSchema, source: readonly DataRecord[]): Record<string, unknown> {
        if (!field.selections) fail(`Field '${key(field)}' must have a selection of subfields`);
        const args = this.args(field, ['first', 'after', 'where', 'orderBy', 'upperBound', 'scope'], `type '${object.name}Connection'`);
        if (args.scope !== undefined) fail(`argument 'scope' on '${key(field)}' is not supported by the preview`);
        const first = args.first === undefined || args.first === null ? DEFAULT_FIRST : args.first;
        if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) fail(`'first' on '${key(field)}' must be a non-negative integer`);
        if (first > MAX_FIRST) fail(`'first' on '${key(field)}' is ${first}; the maximum is ${MAX_FIRST}`);
        let offset = 0;
        if (args.after !== undefined && args.after !== null) offset = decodeCursor(args.after, key(field));

        let rows = source;
        if (args.where !== undefined && args.where !== null) {
            const where = args.where;
            if (!isObj(where)) fail(`'where' on '${key(field)}' must be an input object`);
            rows = rows.filter((r) => this.matches(r, object, where));
        }
        if (args.orderBy !== undefined && args.orderBy !== null) {
            const orderBy = args.orderBy;
            if (!isObj(orderBy)) fail(`'orderBy' on '${key(field)}' must be an input object`);
            rows = this.sort(rows, object, orderBy);
        }
        const page = rows.slice(offset, offset + first);
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections, `${object.name}Connection`)) {
            switch (f.name) {
                case '__typename':
                    out[key(f)] = `${object.name}Connection`;
                    break;
                case 'totalCount':
                    out[key(f)] = rows.length;
                    break;
                case 'pageInfo':
                    out[key(f)] = this.pageInfo(f, offset, page.length, rows.length);
                    break;
                case 'edges':
                    if (!f.selections) fail("Field 'edges' must have a selection of subfields");
                    out[key(f)] = page.map((record, i) => this.edge(f, object, record, offset + i));
                    break;
                default:
                    fail(`Field '${f.name}' in type '${object.name}Connection' is undefined`);
            }
        }
        return out;
    }

    private pageInfo(field: FieldNode, offset: number, count: number, total: number): Record<string, unknown> {
        if (!field.selections) fail("Field 'pageInfo' must have a selection of subfields");
        const values: Record<string, unknown> = {
            hasNextPage: offset + count < total,
            hasPreviousPage: offset > 0,
            startCursor: count > 0 ? encodeCursor(offset) : null,
            endCursor: count > 0 ? encodeCursor(offset + count - 1) : null,
            __typename: 'PageInfo'
        };
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections, 'PageInfo')) {
            if (!(f.name in values)) fail(`Field '${f.name}' in type 'PageInfo' is undefined`);
            out[key(f)] = values[f.name];
        }
        return out;
    }

    private edge(field: FieldNode, object: ObjectSchema, record: DataRecord, index: number): Record<string, unknown> {
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections as SelectionNode[], `${object.name}Edge`)) {
            if (f.name === 'node') {
                if (!f.selections) fail("Field 'node' must have a selection of subfields");
                out[key(f)] = this.node(f.selections, object, record);
            } else if (f.name === 'cursor') out[key(f)] = encodeCursor(index);
            else if (f.name === '__typename') out[key(f)] = `${object.name}Edge`;
            else fail(`Field '${f.name}' in type '${object.name}Edge' is undefined`);
        }
        return out;
    }

    private node(selections: readonly SelectionNode[], object: ObjectSchema, record: DataRecord): Record<string, unknown> {
        const out: Record<string, unknown> = {};
        for (const f of this.fields(selections, object.name)) {
            const name = f.name;
            if (name === '__typename') out[key(f)] = object.name;
            else if (name === 'Id') out[key(f)] = record.Id;
            else if (name === 'ApiName') out[key(f)] = object.name;
            else if (name === 'DisplayValue') out[key(f)] = (record.Name as string | undefined) ?? null;
            else if (object.parents.has(name)) {
                if (!f.selections) fail(`Field '${name}' on '${object.name}' must have a selection of subfields`);
                const rel = object.parents.get(name) as { field: string; referenceTo: string[] };
                const parentId = record[rel.field];
                const parent = typeof parentId === 'string' ? this.ctx.store.get(parentId) : undefined;
                if (!parent) out[key(f)] = null;
                else {
                    const parentSchema = this.ctx.schema.get(parent.type);
                    if (!parentSchema || !rel.referenceTo.includes(parent.type)) out[key(f)] = null;
                    else out[key(f)] = this.node(f.selections, parentSchema, parent.record);
                }
            } else if (object.children.has(name)) {
                const rel = object.children.get(name) as { childObject: string; field: string };
                const childSchema = this.ctx.schema.get(rel.childObject) as ObjectSchema;
                const children = this.ctx.store.records(rel.childObject).filter((c) => sameId(c[rel.field], record.Id));
                out[key(f)] = this.connection(f, childSchema, children);
            } else if (object.fields.has(name)) {
                if (!f.selections) fail(`Field '${name}' on '${object.name}' must have a selection of subfields (e.g. { value })`);
                out[key(f)] = this.fieldValue(f, object, record[name]);
            } else {
                fail(`Field '${name}' in type '${object.name}' is undefined`);
            }
        }
        return out;
    }

    private fieldValue(field: FieldNode, object: ObjectSchema, raw: unknown): Record<string, unknown> {
        const value = raw === undefined ? null : raw;
        const out: Record<string, unknown> = {};
        for (const f of this.fields(field.selections as SelectionNode[], 'FieldValue')) {
            if (f.name === 'value') out[key(f)] = value;
            else if (f.name === 'displayValue') out[key(f)] = typeof value === 'number' ? value.toLocaleString('en-US') : null;
            else if (f.name === 'format') out[key(f)] = null;
            else if (f.name === '__typename') out[key(f)] = 'FieldValue';
            else fail(`Field '${f.name}' of field '${field.name}' on '${object.name}' is undefined (use value, displayValue)`);
        }
        return out;
    }

    // ---- where ----

    private matches(record: DataRecord, object: ObjectSchema, filter: Obj): boolean {
        for (const [name, condition] of Object.entries(filter)) {
            if (name === 'and' || name === 'or') {
                if (!Array.isArray(condition)) fail(`'${name}' in a filter on '${object.name}' must be a list of filters`);
                const parts = condition.map((c) => {
                    if (!isObj(c)) fail(`'${name}' in a filter on '${object.name}' must hold input objects`);
                    return c;
                });
                const ok = name === 'and' ? parts.every((p) => this.matches(record, object, p)) : parts.some((p) => this.matches(record, object, p));
                if (!ok) return false;
            } else if (name === 'not') {
                if (!isObj(condition)) fail(`'not' in a filter on '${object.name}' must be an input object`);
                if (this.matches(record, object, condition)) return false;
            } else if (object.parents.has(name)) {
                if (!isObj(condition)) fail(`the filter on relationship '${name}' of '${object.name}' must be an input object`);
                const rel = object.parents.get(name) as { field: string; referenceTo: string[] };
                if (rel.referenceTo.length > 1) fail(`filtering through the polymorphic relationship '${object.name}.${name}' is not supported by the preview`);
                const parentId = record[rel.field];
                const parent = typeof parentId === 'string' ? this.ctx.store.get(parentId) : undefined;
                const parentSchema = parent ? this.ctx.schema.get(parent.type) : undefined;
                if (!parent || !parentSchema) return false;
                if (!this.matches(parent.record, parentSchema, condition)) return false;
            } else if (name === 'Id' || object.fields.has(name)) {
                if (!isObj(condition)) fail(`the filter on field '${object.name}.${name}' must be an input object of operators`);
                if (!this.fieldMatches(record[name], condition, object, name)) return false;
            } else {
                fail(`Field '${name}' in a filter on '${object.name}' is undefined`);
            }
        }
        return true;
    }

    private fieldMatches(raw: unknown, ops: Obj, object: ObjectSchema, field: string): boolean {
        const value = raw === undefined ? null : raw;
        const where = `'${object.name}.${field}'`;
        for (const [op, operandRaw] of Object.entries(ops)) {
            switch (op) {
                case 'eq':
                    if (!equals(value, this.operand(operandRaw, where))) return false;
                    break;
                case 'ne':
                    if (equals(value, this.operand(operandRaw, where))) return false;
                    break;
                case 'lt':
                case 'lte':
                case 'gt':
                case 'gte': {
                    const operand = this.operand(operandRaw, where);
                    if (value === null || operand === null) return false;
                    const c = compare(value, operand);
                    if (op === 'lt' && !(c < 0)) return false;
                    if (op === 'lte' && !(c <= 0)) return false;
                    if (op === 'gt' && !(c > 0)) return false;
                    if (op === 'gte' && !(c >= 0)) return false;
                    break;
                }
                case 'in':
                case 'nin': {
                    if (!Array.isArray(operandRaw)) fail(`'${op}' on ${where} needs a list`);
                    const found = operandRaw.some((o) => equals(value, this.operand(o, where)));
                    if (op === 'in' ? !found : found) return false;
                    break;
                }
                case 'like': {
                    const pattern = this.operand(operandRaw, where);
                    if (typeof pattern !== 'string') fail(`'like' on ${where} needs a string pattern`);
                    if (value === null || !likeRegExp(pattern).test(String(value))) return false;
                    break;
                }
                case 'includes':
                case 'excludes': {
                    if (!Array.isArray(operandRaw)) fail(`'${op}' on ${where} needs a list`);
                    const selected = new Set(typeof value === 'string' ? value.split(';').map((v) => v.toLowerCase()) : []);
                    const any = operandRaw.some((o) => {
                        const wanted = this.operand(o, where);
                        return typeof wanted === 'string' && wanted.split(';').every((w) => selected.has(w.toLowerCase()));
                    });
                    if (op === 'includes' ? !any : any) return false;
                    break;
                }
                case 'inq':
                case 'ninq': {
                    const ids = this.semiJoin(operandRaw, where);
                    const found = value !== null && ids.has(normalizeId(String(value)));
                    if (op === 'inq' ? !found : found) return false;
                    break;
                }
                default:
                    fail(`unknown filter operator '${op}' on ${where}`);
            }
        }
        return true;
    }

    /** A filter operand: a scalar, `{ value }`, or a date `{ literal: TODAY | YESTERDAY | TOMORROW }`. */
    private operand(raw: InputValue, where: string): string | number | boolean | null {
        if (raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
        if (isObj(raw)) {
            if ('value' in raw) return this.operand(raw.value as InputValue, where);
            if ('literal' in raw && isEnumValue(raw.literal)) {
                const shift: Record<string, number> = { TODAY: 0, YESTERDAY: -1, TOMORROW: 1 };
                const days = shift[raw.literal.enum];
                if (days === undefined) fail(`date literal ${raw.literal.enum} on ${where} is not supported by the preview`);
                return addDays(this.ctx.today, days);
            }
            fail(`operand on ${where} is not supported by the preview: ${JSON.stringify(raw)}`);
        }
        fail(`operand on ${where} must be a scalar, got ${JSON.stringify(raw)}`);
    }

    /** `{ ApiName: "Field", Object: { filter } }`: the set of `Field` values of the matching records. */
    private semiJoin(raw: InputValue, where: string): Set<string> {
        if (!isObj(raw)) fail(`the semi-join on ${where} must be an input object`);
        const cached = this.semiJoins.get(raw);
        if (cached) return cached;
        const apiName = raw.ApiName;
        if (typeof apiName !== 'string') fail(`the semi-join on ${where} needs ApiName (the field to select)`);
        const objects = Object.keys(raw).filter((k) => k !== 'ApiName');
        if (objects.length !== 1) fail(`the semi-join on ${where} must name exactly one object, got ${objects.length}`);
        const name = objects[0] as string;
        const inner = this.ctx.schema.get(name);
        if (!inner) fail(`unknown object '${name}' in the semi-join on ${where}`);
        if (apiName !== 'Id' && !inner.fields.has(apiName)) fail(`Field '${apiName}' of the semi-join on ${where} is undefined on '${name}'`);
        const filter = raw[name];
        if (!isObj(filter)) fail(`the semi-join filter on '${name}' must be an input object`);
        const out = new Set<string>();
        for (const r of this.ctx.store.records(name)) {
            if (!this.matches(r, inner, filter)) continue;
            const v = r[apiName];
            if (typeof v === 'string') out.add(normalizeId(v));
        }
        this.semiJoins.set(raw, out);
        return out;
    }

    // ---- orderBy ----

    private sort(rows: readonly DataRecord[], object: ObjectSchema, orderBy: Obj): DataRecord[] {
        const keys = this.sortKeys(object, orderBy, []);
        const decorated = rows.map((record, index) => ({ record, index, values: keys.map((k) => this.pathValue(record, object, k.path)) }));
        decorated.sort((a, b) => {
            for (let i = 0; i < keys.length; i++) {
                const k = keys[i] as SortKey;
                const va = a.values[i];
                const vb = b.values[i];
                const aNull = va === null || va === undefined;
                const bNull = vb === null || vb === undefined;
                if (aNull && bNull) continue;
                if (aNull || bNull) return (aNull ? -1 : 1) * (k.nullsFirst ? 1 : -1);
                const c = compare(va, vb) * (k.descending ? -1 : 1);
                if (c !== 0) return c;
            }
            return a.index - b.index;
        });
        return decorated.map((d) => d.record);
    }

    private sortKeys(object: ObjectSchema, orderBy: Obj, prefix: string[]): SortKey[] {
        const keys: SortKey[] = [];
        for (const [name, spec] of Object.entries(orderBy)) {
            if (!isObj(spec)) fail(`orderBy '${name}' on '${object.name}' must be an input object`);
            if (object.parents.has(name)) {
                const rel = object.parents.get(name) as { field: string; referenceTo: string[] };
                const parent = this.ctx.schema.get(rel.referenceTo[0] as string) as ObjectSchema;
                keys.push(...this.sortKeys(parent, spec, [...prefix, name]));
                continue;
            }
            if (name !== 'Id' && !object.fields.has(name)) fail(`Field '${name}' in orderBy on '${object.name}' is undefined`);
            const order = spec.order;
            const nulls = spec.nulls;
            const direction = isEnumValue(order) ? order.enum : order === undefined ? 'ASC' : null;
            if (direction !== 'ASC' && direction !== 'DESC') fail(`orderBy '${name}' on '${object.name}': order must be ASC or DESC`);
            const nullsValue = isEnumValue(nulls) ? nulls.enum : nulls === undefined ? null : 'invalid';
            if (nullsValue !== null && nullsValue !== 'FIRST' && nullsValue !== 'LAST') fail(`orderBy '${name}' on '${object.name}': nulls must be FIRST or LAST`);
            const descending = direction === 'DESC';
            keys.push({ path: [...prefix, name], descending, nullsFirst: nullsValue === null ? !descending : nullsValue === 'FIRST' });
        }
        return keys;
    }

    private pathValue(record: DataRecord, object: ObjectSchema, path: readonly string[]): unknown {
        let current: DataRecord | undefined = record;
        let schema: ObjectSchema | undefined = object;
        for (let i = 0; i < path.length - 1; i++) {
            const rel: { field: string } | undefined = schema?.parents.get(path[i] as string);
            const id: unknown = rel && current ? current[rel.field] : undefined;
            const parent: { type: string; record: DataRecord } | undefined = typeof id === 'string' ? this.ctx.store.get(id) : undefined;
            if (!parent) return null;
            current = parent.record;
            schema = this.ctx.schema.get(parent.type);
        }
        return current ? current[path[path.length - 1] as string] : null;
    }
}

interface SortKey {
    path: string[];
    descending: boolean;
    nullsFirst: boolean;
}

function key(field: FieldNode): string {
    return field.alias ?? field.name;
}

function skipped(directives: readonly { name: string; args: Array<{ name: string; value: import('./parse').ValueNode }> }[], variables: Record<string, unknown>): boolean {
    for (const d of directives) {
        if (d.name !== 'skip' && d.name !== 'include') continue;
        const arg = d.args.find((a) => a.name === 'if');
        if (!arg) fail(`@${d.name} needs an "if" argument`);
        const value = valueOf(arg.value, variables);
        if (typeof value !== 'boolean') fail(`@${d.name}(if:) must be a boolean`);
        if (d.name === 'skip' ? value : !value) return true;
    }
    return false;
}

/** Salesforce Ids compare on their first 15 characters (case-sensitive); the 18-character suffix is a checksum. */
function normalizeId(id: string): string {
    return /^[a-zA-Z0-9]{18}$/.test(id) ? id.slice(0, 15) : id;
}

function sameId(a: unknown, b: unknown): boolean {
    return typeof a === 'string' && typeof b === 'string' && normalizeId(a) === normalizeId(b);
}

/** SOQL equality: null matches null only; text compares case-insensitively, Ids on 15 characters. */
function equals(value: unknown, operand: string | number | boolean | null): boolean {
    if (operand === null) return value === null;
    if (value === null) return false;
    if (value === operand) return true;
    if (typeof value === 'string' && typeof operand === 'string') {
        const idLike = (value.length === 15 || value.length === 18) && (operand.length === 15 || operand.length === 18);
        if (idLike && value.length !== operand.length && value.slice(0, 15) === operand.slice(0, 15)) return true;
        return value.length === operand.length && value.toLowerCase() === operand.toLowerCase();
    }
    if (typeof value === typeof operand) return false;
    return String(value).toLowerCase() === String(operand).toLowerCase();
}

function compare(a: unknown, b: unknown): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    const sa = String(a).toLowerCase();
    const sb = String(b).toLowerCase();
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}

const likeCache = new Map<string, RegExp>();

/** SOQL `like`: `%` any run, `_` one character, `\` escapes; case-insensitive, whole value. */
export function likeRegExp(pattern: string): RegExp {
    let re = likeCache.get(pattern);
    if (re) return re;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] as string;
        if (c === '\\' && i + 1 < pattern.length) {
            source += escapeRegExp(pattern[++i] as string);
        } else if (c === '%') source += '[\\s\\S]*';
        else if (c === '_') source += '[\\s\\S]';
        else source += escapeRegExp(c);
    }
    re = new RegExp(`^${source}$`, 'i');
    likeCache.set(pattern, re);
    return re;
}

function escapeRegExp(c: string): string {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function addDays(date: string, days: number): string {
    const t = Date.parse(`${date}T00:00:00Z`);
    if (Number.isNaN(t)) fail(`the preview's "today" is not a date: ${date}`);
    return new Date(t + days * 86400000).toISOString().slice(0, 10);
}

function encodeCursor(index: number): string {
    return btoa(`v1:${index}`);
}

function decodeCursor(cursor: InputValue, field: string): number {
    if (typeof cursor !== 'string') fail(`'after' on '${field}' must be a cursor string`);
    let text: string;
    try {
        text = atob(cursor);
    } catch {
        fail(`'after' on '${field}' is not a cursor this query returned`);
    }
    const m = /^v1:(\d+)$/.exec(text);
    if (!m) fail(`'after' on '${field}' is not a cursor this query returned`);
    return Number(m[1]) + 1;
}
