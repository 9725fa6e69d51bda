// REST API resources: version root, limits, query/queryAll (+ nextRecordsUrl paging), sobjects
// (describeGlobal, describe, create, retrieve, update, upsert by external id, delete); composite/sobjects
// (sObject Collections) is in collections.ts.
import { randomBytes } from 'node:crypto';
import { allow, notFound, type Ctx } from './http';
import { normalizeId } from './ids';
import { parseSoql } from './soql';
import { handleCollections } from './collections';
import { bindPath, bindQuery, restShape, runQuery } from './soqlEval';
import { tableOf, type StandInState } from './state';
import { SfApiError, type FieldInfo, type SfRecord, type SfValue } from './types';
import { fromJson } from './values';

const RESOURCES = [
    'tooling',
    'metadata',
    'eclair',
    'folders',
    'prechatForms',
    'jobs',
    'sobjects',
    'search',
    'query',
    'queryAll',
    'limits',
    'recent',
    'composite',
    'analytics',
    'tabs',
    'theme',
    'ui-api',
    'connect'
];

function resources(ctx: Ctx): void {
    allow(ctx, 'GET');
    const out: Record<string, string> = {};
    for (const name of RESOURCES) out[name] = `/services/data/v${ctx.version}/${name}`;
    ctx.sendJson(200, out);
}

function limits(ctx: Ctx, state: StandInState): void {
    allow(ctx, 'GET');
    ctx.sendJson(200, state.limits);
}

function queryPage(ctx: Ctx, state: StandInState, cursorId: string, offset: number, size: number): void {
    const cursor = state.cursors.get(cursorId);
    if (!cursor || !Number.isInteger(offset) || offset < 0)
        throw new SfApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    const page = cursor.records.slice(offset, offset + size);
    const end = offset + page.length;
    const done = end >= cursor.records.length;
    ctx.sendJson(200, {
        totalSize: cursor.records.length,
        done,
        ...(done ? {} : { nextRecordsUrl: `/services/data/v${cursor.version}/query/${cursorId}-${end}` }),
        records: page.map((r) => restShape(r, cursor.object, cursor.paths, state.lookup, cursor.schema, cursor.version))
    });
    if (done) state.cursors.delete(cursorId);
}

function pageSize(ctx: Ctx, state: StandInState): number {
    const match = /batchSize=(\d+)/i.exec(ctx.header('sforce-query-options') ?? '');
    if (!match) return state.config.restPageSize;
    return Math.min(2000, Math.max(200, Number(match[1])));
}

function query(ctx: Ctx, state: StandInState, includeDeleted: boolean, locator: string | undefined): void {
    allow(ctx, 'GET');
    const size = pageSize(ctx, state);
    if (locator !== undefined) {
        const dash = locator.lastIndexOf('-');
        return queryPage(ctx, state, locator.slice(0, dash), Number(locator.slice(dash + 1)), size);
    }
    const q = ctx.query.get('q');
    if (!q) throw new SfApiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    const schema = state.schema.snapshot();
    const bound = bindQuery(parseSoql(q, state.config.now()), schema, state.lookup);
    const records = runQuery(bound, schema, includeDeleted);
    const cursorId = `01g${randomBytes(6).toString('hex').slice(0, 12).toUpperCase()}`;
    state.cursors.set(cursorId, { object: bound.object, paths: bound.fields, records, version: ctx.version!, schema });
    queryPage(ctx, state, cursorId, 0, size);
}

function describeField(info: FieldInfo): Record<string, unknown> {
    const soapType: Record<string, string> = {
        id: 'tns:ID',
        reference: 'tns:ID',
        boolean: 'xsd:boolean',
        double: 'xsd:double',
        currency: 'xsd:double',
        percent: 'xsd:double',
        int: 'xsd:int',
        date: 'xsd:date',
        datetime: 'xsd:dateTime'
    };
    return {
        name: info.name,
        label: info.label,
        type: info.type,
        soapType: soapType[info.type] ?? 'xsd:string',
        custom: info.name.endsWith('__c'),
        updateable: info.updateable,
        createable: info.createable,
        nillable: info.name !== 'Id',
        filterable: true,
        sortable: true,
        externalId: info.externalId,
        idLookup: info.name === 'Id' || info.externalId,
        length: ['string', 'textarea', 'email', 'url', 'phone', 'picklist', 'multipicklist'].includes(info.type)
            ? 255
            : info.type === 'id' || info.type === 'reference'
              ? 18
              : 0,
        referenceTo: info.referenceTo,
        relationshipName: info.relationshipName ?? null,
        picklistValues: []
    };
}

function objectSummary(state: StandInState, object: string, version: string): Record<string, unknown> {
    const base = `/services/data/v${version}/sobjects/${object}`;
    return {
        name: object,
        label: object.replace(/__c$/, '').replace(/_/g, ' '),
        keyPrefix: state.ids.prefixFor(object),
        custom: object.endsWith('__c'),
        queryable: true,
        createable: true,
        updateable: true,
        deletable: true,
        urls: { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` }
    };
}

/** Field changes from a JSON body; unknown or read-only fields are 400s as in the REST API. */
export function changesFrom(
    state: StandInState,
    object: string,
    body: Record<string, unknown>,
    creating: boolean
): Record<string, SfValue> {
    const changes: Record<string, SfValue> = {};
    for (const [name, value] of Object.entries(body)) {
        if (name === 'attributes') continue;
        const info = state.schema.field(object, name);
        if (!info) throw new SfApiError(400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${object}`);
        if (creating ? !info.createable : !info.updateable) {
            throw new SfApiError(
                400,
                'INVALID_FIELD_FOR_INSERT_UPDATE',
                `Unable to create/update fields: ${info.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
                [info.name]
            );
        }
        const converted = fromJson(info, value);
        if (!converted.ok)
            throw new SfApiError(400, converted.error.errorCode, converted.error.message, [...converted.error.fields]);
        changes[info.name] = converted.value;
    }
    return changes;
}

function recordJson(state: StandInState, object: string, record: SfRecord, version: string): Record<string, unknown> {
    const paths = [...state.schema.fields(object).values()].map((f) => bindPath(state.schema, object, f.name));
    return restShape(record, object, paths, state.lookup, state.schema, version);
}

function sobjects(ctx: Ctx, state: StandInState, segments: string[]): void {
    const version = ctx.version!;
    const [type, second, third, ...rest] = segments;
    if (!type) {
        allow(ctx, 'GET');
        return ctx.sendJson(200, {
            encoding: 'UTF-8',
            maxBatchSize: 200,
            sobjects: state.schema.objectNames().map((o) => objectSummary(state, o, version))
        });
    }
    const object = state.schema.resolveObject(type);
    if (!object || rest.length > 0) throw notFound();
    const table = tableOf(state, object);
    if (second === undefined) {
        allow(ctx, 'GET', 'POST');
        if (ctx.method === 'GET')
            return ctx.sendJson(200, { objectDescribe: objectSummary(state, object, version), recentItems: [] });
        const id = state.ids.newId(object);
        table.set(id, { Id: id, ...changesFrom(state, object, ctx.json(), true) });
        return ctx.sendJson(201, { id, success: true, errors: [] });
    }
    if (second === 'describe' && third === undefined) {
        allow(ctx, 'GET');
        return ctx.sendJson(200, {
            ...objectSummary(state, object, version),
            fields: [...state.schema.fields(object).values()].map(describeField),
            childRelationships: [],
            recordTypeInfos: []
        });
    }
    if (third === undefined) {
        const id = normalizeId(second);
        const record = id ? table.get(id) : undefined;
        allow(ctx, 'GET', 'PATCH', 'DELETE');
        if (!record || record.IsDeleted === true) throw notFound();
        if (ctx.method === 'GET') return ctx.sendJson(200, recordJson(state, object, record, version));
        if (ctx.method === 'DELETE') record.IsDeleted = true;
        else Object.assign(record, changesFrom(state, object, ctx.json(), false));
        return ctx.noContent();
    }
    // sobjects/{type}/{externalIdField}/{value}
    const ext = state.schema.field(object, second);
    if (!ext)
        throw new SfApiError(
            404,
            'NOT_FOUND',
            `Provided external ID field does not exist or is not accessible: ${second}`
        );
    const value = decodeURIComponent(third);
    const matches = [...table.values()].filter(
        (r) =>
            r.IsDeleted !== true &&
            r[ext.name] !== null &&
            r[ext.name] !== undefined &&
            String(r[ext.name]).toLowerCase() === value.toLowerCase()
    );
    allow(ctx, 'GET', 'PATCH');
    if (matches.length > 1) {
        return ctx.sendJson(
            300,
            matches.map((m) => `/services/data/v${version}/sobjects/${object}/${String(m.Id)}`)
        );
    }
    const [match] = matches;
    if (ctx.method === 'GET') {
        if (!match) throw notFound();
        return ctx.sendJson(200, recordJson(state, object, match, version));
    }
    if (match) {
        Object.assign(match, changesFrom(state, object, ctx.json(), false));
        return ctx.sendJson(200, { id: match.Id, success: true, errors: [], created: false });
    }
    const id = state.ids.newId(object);
    const converted = fromJson(ext, value);
    table.set(id, {
        Id: id,
        [ext.name]: converted.ok ? converted.value : value,
        ...changesFrom(state, object, ctx.json(), true)
    });
    ctx.sendJson(201, { id, success: true, errors: [], created: true });
}

/** Routes a `/services/data/vNN.N/...` request that is not a Bulk job. */
export function handleRest(ctx: Ctx, state: StandInState): void {
    const [first, ...rest] = ctx.segments;
    if (first === undefined || first === '') return resources(ctx);
    if (first === 'limits') return limits(ctx, state);
    if (first === 'query' || first === 'queryAll') {
        const locator = rest.filter((s) => s !== '')[0];
        return query(ctx, state, first === 'queryAll', locator);
    }
    if (first === 'composite' && rest[0] === 'sobjects') return handleCollections(ctx, state, rest.slice(1));
    if (first === 'sobjects')
        return sobjects(
            ctx,
            state,
            rest.filter((s, i) => !(i === rest.length - 1 && s === ''))
        );
    throw notFound();
}
