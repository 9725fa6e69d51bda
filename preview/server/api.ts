// The preview server's platform stand-in endpoints (JSON over POST), answering from the real project
// files and the loaded data set:
//   POST /preview-api/graphql                  { query, variables, operationName } -> { data, errors? }
//   POST /preview-api/records/get              { recordId, fields, optionalFields } -> record | error
//   POST /preview-api/object-infos             { objectApiNames } -> { results: [{ statusCode, result }] }
//   POST /preview-api/records/update           { fields: { Id, ... } } -> record | error
//   POST /preview-api/apex/<Class>.<method>    params -> result | error
// Errors use the shapes the platform gives a component: `{ status, body: { message } }`.
import type { GraphQLSchema } from 'graphql';
import { buildCatalog, type Catalog } from '../graphql/catalog';
import { accountInsightQueryText } from '../../force-app/main/default/lwc/siAccountData/query';
import { queryVariables, windowVariables } from '../../force-app/main/default/lwc/siAccountData/variables';
import { DEFAULT_CONFIG } from '../../force-app/main/default/lwc/siEngine/config';
import { readWindows } from '../../force-app/main/default/lwc/siEngine/engagement';
import { executeGraphQL } from '../graphql/execute';
import { narrowCatalog } from '../graphql/permissions';
import { buildGraphQLSchema } from '../graphql/schema';
import type { DataRecord } from '../graphql/store';
import { loadDataset, type Dataset } from './dataset';
import {
    readAccess,
    readConfiguration,
    readCustomFields,
    readGrants,
    readMetadataRecords,
    readReadinessItems,
    type Configuration
} from './metadata';
import { ApexError, applyJobScores, SegmentControllerStandIn } from './segments';
import { readDataAsOf } from '../../lib/asOf';

/** The permission sets the preview user holds unless told otherwise: a sales rep's. */
export const DEFAULT_PERMISSION_SETS: readonly string[] = ['SI_Sales_User'];

export interface PreviewApiOptions {
    /** The preview user's permission sets (on a Standard User profile); default DEFAULT_PERMISSION_SETS. */
    permissionSets?: readonly string[];
}

export interface PreviewContext {
    asOf: string;
    dataDir: string;
    accounts: Array<{ Id: string; Name: string }>;
    /**
     * The record of the page's account with every field of its object, as Lightning Experience loads a
     * record page's record while it loads the page's components; the getRecord stand-in answers from it,
     * as LDS answers from its cache (preview/standins/uiRecordApi.ts). Null when the data set has no account.
     */
    pageRecord: unknown;
    /** The data set's orchestrations (SI_Orchestration__c), the preview's other record pages (`?page=orchestration`). */
    orchestrations: Array<{ Id: string; Name: string }>;
    /**
     * The orchestration page's record (`?orchestration=ID`, else the first), with the fields the user can read;
     * null when the user cannot read SI_Orchestration__c (Lightning Experience shows no record page then).
     */
    orchestrationRecord: unknown;
}

export interface ApiResponse {
    status: number;
    body: unknown;
}

export class PreviewApi {
    /** What the preview user may read: the objects and fields of the user's schema. */
    readonly catalog: Catalog;
    /** The user's UI API GraphQL schema (graphql-js), built from `catalog`. */
    readonly schema: GraphQLSchema;
    readonly permissionSets: readonly string[];
    readonly data: Dataset;
    private readonly configuration: Configuration;
    private readonly readinessItems: unknown[];
    /** SI_SegmentController over the data set (the segment builder, `?page=segments`). */
    readonly segments: SegmentControllerStandIn;

    constructor(
        readonly root: string,
        readonly dataDir: string,
        readonly asOf: string,
        options: PreviewApiOptions = {}
    ) {
        const customFields = readCustomFields(root);
        const full = buildCatalog(customFields);
        this.permissionSets = options.permissionSets ?? DEFAULT_PERMISSION_SETS;
        this.catalog = narrowCatalog(full, readAccess(root, this.permissionSets, customFields));
        this.schema = buildGraphQLSchema(this.catalog);
        this.data = loadDataset(dataDir);
        this.configuration = readConfiguration(root);
        this.readinessItems = readReadinessItems(root);
        for (const type of this.data.types()) {
            if (!full.has(type))
                throw new Error(`the data set holds ${type} records, which the preview schema does not know`);
        }
        // As in an org after the nightly scoring job: accounts carry the scores it stores (the segment builder
        // filters on them), scored on the data's own day (createPreviewApi then moves every date to the page's).
        applyJobScores(this.data, readDataAsOf(dataDir) ?? asOf);
        this.segments = new SegmentControllerStandIn(
            this.data,
            readGrants(root, this.permissionSets),
            readMetadataRecords(root, 'SI_Segment_Team'),
            asOf
        );
    }

    /**
     * Runs the panel's query for every account of the data set once, answers discarded: the compiled
     * query and its resolvers are warm before the first page asks, as an org's GraphQL service is (a
     * fresh Node process otherwise answers its first few requests at about half speed while V8 optimizes
     * the compiled query). Returns how many queries ran and how long it took.
     */
    warmUp(): { queries: number; ms: number } {
        const started = performance.now();
        const query = accountInsightQueryText();
        let queries = 0;
        const window = windowVariables(this.asOf, readWindows(DEFAULT_CONFIG.settings));
        for (const account of this.data.records('Account')) {
            const variables = queryVariables(
                {
                    Id: account.Id,
                    Name: typeof account.Name === 'string' ? account.Name : null,
                    Website: typeof account.Website === 'string' ? account.Website : null
                },
                window
            );
            this.graphql({ query, variables, operationName: 'siAccountInsight' });
            queries++;
        }
        return { queries, ms: performance.now() - started };
    }

    /** The context the page gets: `account` is the page's `?account=`; unknown or missing: the first account. */
    context(account?: string | null, orchestration?: string | null): PreviewContext {
        const accounts = this.data.records('Account').map((a) => ({ Id: a.Id, Name: String(a.Name ?? a.Id) }));
        const pageAccount = accounts.find((a) => a.Id === account) ?? accounts[0];
        const orchestrations = this.data
            .records('SI_Orchestration__c')
            .map((o) => ({ Id: o.Id, Name: String(o.Name ?? o.Id) }));
        const pageOrchestration = orchestrations.find((o) => o.Id === orchestration) ?? orchestrations[0];
        return {
            asOf: this.asOf,
            dataDir: this.dataDir,
            accounts,
            pageRecord: pageAccount ? this.pageRecord(pageAccount.Id) : null,
            orchestrations,
            orchestrationRecord:
                pageOrchestration && this.catalog.get('SI_Orchestration__c')
                    ? this.pageRecord(pageOrchestration.Id)
                    : null
        };
    }

    /** A record with every field its object has in the preview schema (what a record page loads for itself). */
    pageRecord(recordId: string): unknown {
        const found = this.data.get(recordId);
        if (!found) throw new Error(`pageRecord: no record ${recordId}`);
        const fields = [...(this.catalog.get(found.type)?.fields.keys() ?? [])].map((f) => `${found.type}.${f}`);
        const out = this.getRecord({ recordId, fields });
        if (out.status !== 200) throw new Error(`pageRecord: ${JSON.stringify(out.body)}`);
        return out.body;
    }

    handle(path: string, body: unknown): ApiResponse {
        try {
            if (path === '/preview-api/graphql') return this.graphql(body);
            if (path === '/preview-api/records/get') return this.getRecord(body);
            if (path === '/preview-api/object-infos') return this.objectInfos(body);
            if (path === '/preview-api/records/update') return this.updateRecord(body);
            const apex = /^\/preview-api\/apex\/([A-Za-z0-9_]+\.[A-Za-z0-9_]+)$/.exec(path);
            if (apex) return this.apex(apex[1] as string, body);
            return error(404, `no preview endpoint ${path}`);
        } catch (e) {
            return error(500, e instanceof Error ? e.message : String(e));
        }
    }

    private graphql(body: unknown): ApiResponse {
        if (!isObject(body) || typeof body.query !== 'string')
            return error(400, 'graphql: the request needs a "query" string');
        const variables = body.variables === undefined || body.variables === null ? {} : body.variables;
        if (!isObject(variables)) return error(400, 'graphql: "variables" must be an object');
        const operationName = typeof body.operationName === 'string' ? body.operationName : null;
        const context = { schema: this.schema, catalog: this.catalog, store: this.data, today: this.asOf };
        return { status: 200, body: executeGraphQL(body.query, variables, context, operationName) };
    }

    /**
     * `getObjectInfos`: per name, the object's info with the fields the preview user can read (their schema's),
     * or a 403 result for an object they cannot read (the UI API's batch answer keeps the order asked).
     */
    objectInfos(body: unknown): ApiResponse {
        if (
            !isObject(body) ||
            !Array.isArray(body.objectApiNames) ||
            !body.objectApiNames.every((n) => typeof n === 'string')
        ) {
            return error(400, 'getObjectInfos: the request needs "objectApiNames", a list of object API names');
        }
        const results = (body.objectApiNames as string[]).map((name) => {
            const object = this.catalog.get(name);
            if (!object)
                return {
                    statusCode: 403,
                    result: [{ errorCode: 'INSUFFICIENT_ACCESS', message: `You don't have access to ${name}.` }]
                };
            const fields = Object.fromEntries(
                [...object.fields].map(([field, kind]) => [field, { apiName: field, dataType: kind }])
            );
            return { statusCode: 200, result: { apiName: name, label: objectLabel(name), queryable: true, fields } };
        });
        return { status: 200, body: { results } };
    }

    private getRecord(body: unknown): ApiResponse {
        if (!isObject(body) || typeof body.recordId !== 'string')
            return error(400, 'getRecord: the request needs a "recordId" string');
        const found = this.data.get(body.recordId);
        if (!found) return error(404, `The requested resource does not exist (no record ${body.recordId})`);
        const fields = stringList(body.fields, 'fields');
        const optional = stringList(body.optionalFields, 'optionalFields');
        const object = this.catalog.get(found.type);
        const out: Record<string, { value: unknown; displayValue: string | null }> = {};
        for (const [list, required] of [
            [fields, true],
            [optional, false]
        ] as const) {
            for (const qualified of list) {
                const [objectName, field, ...rest] = qualified.split('.');
                if (objectName !== found.type || !field || rest.length > 0) {
                    if (required) return error(400, `getRecord: field ${qualified} is not a field of ${found.type}`);
                    continue;
                }
                if (field !== 'Id' && !object?.fields.has(field)) {
                    if (required) return error(400, `getRecord: no field ${field} on ${found.type}`);
                    continue;
                }
                const value = found.record[field];
                out[field] = { value: value === undefined ? null : value, displayValue: null };
            }
        }
        return { status: 200, body: representation(found.type, found.record, out) };
    }

    private updateRecord(body: unknown): ApiResponse {
        if (!isObject(body) || !isObject(body.fields)) return error(400, 'updateRecord: the request needs "fields"');
        const { Id, ...changes } = body.fields;
        if (typeof Id !== 'string') return error(400, 'updateRecord: fields.Id is required');
        const found = this.data.get(Id);
        if (!found) return error(404, `updateRecord: no record with Id ${Id}`);
        const object = this.catalog.get(found.type);
        const unknown = Object.keys(changes).filter((f) => !object?.fields.has(f));
        if (unknown.length > 0) return error(400, `updateRecord: no field ${unknown.join(', ')} on ${found.type}`);
        for (const [field, value] of Object.entries(changes)) {
            if (value !== null && typeof value === 'object')
                return error(400, `updateRecord: ${field} must be a scalar`);
        }
        const updated = this.data.update(Id, { ...changes, LastModifiedDate: `${this.asOf}T12:00:00.000Z` });
        const fields: Record<string, { value: unknown; displayValue: string | null }> = {};
        for (const f of Object.keys(changes)) fields[f] = { value: updated.record[f] ?? null, displayValue: null };
        return { status: 200, body: representation(updated.type, updated.record, fields) };
    }

    private apex(name: string, body: unknown): ApiResponse {
        if (name === 'SI_ConfigurationController.getConfiguration') return { status: 200, body: this.configuration };
        if (name === 'SI_ReadinessController.getReadinessItems') return { status: 200, body: this.readinessItems };
        const params = isObject(body) ? body : {};
        // The platform refuses a call to a class none of the user's permission sets grants (classAccesses).
        const className = name.split('.')[0] as string;
        if (className === 'SI_SegmentController' && !this.segments.grants.apexClasses.has(className))
            return error(500, `You do not have access to the Apex class named '${className}'.`);
        try {
            if (name === 'SI_SegmentController.getBuilderContext')
                return { status: 200, body: this.segments.getBuilderContext() };
            if (name === 'SI_SegmentController.saveDraft')
                return { status: 200, body: this.segments.saveDraft(params) };
            if (name === 'SI_SegmentController.publish') return { status: 200, body: this.segments.publish(params) };
            if (name === 'SI_SegmentController.unpublish')
                return { status: 200, body: this.segments.unpublish(params) };
        } catch (e) {
            // An AuraHandledException reaches the component as a 500 with its message.
            if (e instanceof ApexError) return error(500, e.message);
            throw e;
        }
        return error(404, `the preview has no stand-in for Apex ${name}`);
    }
}

/** An object's label as the preview shows it: the API name without its suffix and underscores. */
function objectLabel(name: string): string {
    return name.replace(/^SI_/, '').replace(/__c$/, '').replace(/_/g, ' ');
}

function representation(type: string, record: DataRecord, fields: Record<string, unknown>): unknown {
    return {
        apiName: type,
        id: record.Id,
        fields,
        childRelationships: {},
        lastModifiedDate: record.LastModifiedDate ?? null
    };
}

function error(status: number, message: string): ApiResponse {
    return { status, body: { status, body: { message }, statusText: message } };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, name: string): string[] {
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((v) => typeof v === 'string'))
        throw new Error(`getRecord: "${name}" must be field names (Object.Field)`);
    return list as string[];
}
