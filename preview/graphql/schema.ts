// The graphql-js schema of the preview's UI API stand-in, generated from a catalog (what one user may
// read): `Query.uiapi` with `query: RecordQuery` (one connection field per object) and `aggregate:
// RecordQueryAggregate` (aggregate.ts); per object the record type (implementing `Record`), its
// `<Object>Connection`/`<Object>Edge`, `<Object>_Filter` and `<Object>_OrderBy`; polymorphic parents as
// unions (`Task_Who`) with `<Object>_<Relationship>_Filters`; the semi-join `JoinInput`; `@optional`.
// Names follow Salesforce's GraphQL guide where it names them (see docs/PREVIEW_GRAPHQL.md for which
// are documented and which are inferred). Resolvers read the data set through `ExecutionData`.
import {
    assertValidSchema,
    DirectiveLocation,
    GraphQLBoolean,
    GraphQLDirective,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    GraphQLUnionType,
    specifiedDirectives,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLOutputType
} from 'graphql';
import { buildAggregateRoot } from './aggregate';
import type { Catalog, ObjectSchema, ParentRelationship } from './catalog';
import { connectionOf, encodeCursor, pageInfo, type ConnectionArgs, type ConnectionValue } from './connection';
import { sameId } from './filter';
import { inQueryOrder } from './order';
import type { DataRecord, ExecutionData } from './store';
import { FieldRef, Long, OrderByClause, VALUE_TYPES, operatorTypes } from './values';

/** `@optional`: a field the user cannot read is left out of the response instead of failing the query (v65.0+). */
export const OptionalDirective = new GraphQLDirective({
    name: 'optional',
    description: 'Leaves the field out of the response when the user cannot access it, instead of failing the query.',
    locations: [DirectiveLocation.FIELD]
});

/** What a record type's fields resolve from: the record and its object. */
export interface RecordSource {
    object: ObjectSchema;
    record: DataRecord;
}

/** A record's view (see `SchemaBuilder.view`): its field wrappers, made on first use. */
interface RecordView extends RecordSource {
    refs: Record<string, FieldRef>;
}

const PageInfo = new GraphQLObjectType<ReturnType<typeof pageInfo>>({
    name: 'PageInfo',
    fields: {
        hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
        startCursor: { type: GraphQLString },
        endCursor: { type: GraphQLString }
    }
});

const CONNECTION_ARGS = (filter: GraphQLInputObjectType, orderBy: GraphQLInputObjectType) => ({
    first: { type: GraphQLInt },
    after: { type: GraphQLString },
    where: { type: filter },
    orderBy: { type: orderBy },
    upperBound: { type: GraphQLInt }
});

/** Builds the record types, inputs and roots of one catalog. */
export class SchemaBuilder {
    private readonly records = new Map<string, GraphQLObjectType<RecordSource, ExecutionData>>();
    private readonly connections = new Map<string, GraphQLObjectType<ConnectionValue, ExecutionData>>();
    private readonly filters = new Map<string, GraphQLInputObjectType>();
    private readonly orderBys = new Map<string, GraphQLInputObjectType>();
    private readonly unions = new Map<string, GraphQLUnionType>();
    private joinInputType: GraphQLInputObjectType | null = null;
    private readonly prototypes = new Map<string, object>();
    private readonly views = new Map<string, WeakMap<DataRecord, RecordView>>();
    readonly operators = operatorTypes(() => this.joinInput());
    readonly recordInterface: GraphQLInterfaceType;
    readonly pageInfoType = PageInfo;

    constructor(readonly catalog: Catalog) {
        this.recordInterface = new GraphQLInterfaceType({
            name: 'Record',
            fields: {
                Id: { type: new GraphQLNonNull(GraphQLID) },
                ApiName: { type: new GraphQLNonNull(GraphQLString) },
                WeakEtag: { type: new GraphQLNonNull(Long) },
                DisplayValue: { type: GraphQLString },
                LastModifiedById: { type: VALUE_TYPES.ID },
                LastModifiedDate: { type: VALUE_TYPES.DateTime },
                SystemModstamp: { type: VALUE_TYPES.DateTime }
            },
            resolveType: (source: RecordSource) => source.object.name
        });
    }

    object(name: string): ObjectSchema {
        const object = this.catalog.get(name);
        if (!object) throw new Error(`the preview catalog has no object ${name}`);
        return object;
    }

    recordType(name: string): GraphQLObjectType<RecordSource, ExecutionData> {
        let type = this.records.get(name);
        if (type) return type;
        const object = this.object(name);
        type = new GraphQLObjectType<RecordSource, ExecutionData>({
            name,
            interfaces: [this.recordInterface],
            fields: () => this.recordFields(object)
        });
        this.records.set(name, type);
        return type;
    }

    /**
     * What a record type resolves from: `{ object, record }` on a per-object prototype whose getters give
     * `Id`, `ApiName` and each field's `{ value }` wrapper, so those fields need no resolver (the executor
     * reads them as properties, the cheapest path through graphql-jit's compiled query). A record's view
     * and its field wrappers are made once and kept with the record (nothing to allocate or collect on the
     * next request); a wrapper reads the record when asked, so the UI API stand-in's updates show at once.
     */
    view(object: ObjectSchema, record: DataRecord): RecordSource {
        let views = this.views.get(object.name);
        if (!views) this.views.set(object.name, (views = new WeakMap()));
        const cached = views.get(record);
        if (cached) return cached;
        let proto = this.prototypes.get(object.name);
        if (!proto) {
            const properties: PropertyDescriptorMap = {
                Id: {
                    get(this: RecordView) {
                        return this.record.Id;
                    }
                },
                ApiName: { value: object.name }
            };
            for (const [name, kind] of object.fields) {
                if (name === 'Id') continue;
                properties[name] = {
                    get(this: RecordView) {
                        return this.refs[name] ?? (this.refs[name] = new FieldRef(this.record, name, kind));
                    }
                };
            }
            proto = Object.create(null, properties) as object;
            this.prototypes.set(object.name, proto);
        }
        const view = Object.create(proto) as RecordView;
        view.object = object;
        view.record = record;
        view.refs = Object.create(null) as Record<string, FieldRef>;
        views.set(record, view);
        return view;
    }

    private recordFields(object: ObjectSchema): GraphQLFieldConfigMap<RecordSource, ExecutionData> {
        const fields: GraphQLFieldConfigMap<RecordSource, ExecutionData> = {
            Id: { type: new GraphQLNonNull(GraphQLID) },
            ApiName: { type: new GraphQLNonNull(GraphQLString) },
            WeakEtag: {
                type: new GraphQLNonNull(Long),
                resolve: (s) => {
                    const t = Date.parse(String(s.record.SystemModstamp ?? s.record.LastModifiedDate ?? ''));
                    return Number.isNaN(t) ? 0 : t;
                }
            },
            DisplayValue: {
                type: GraphQLString,
                resolve: (s) => (typeof s.record.Name === 'string' ? s.record.Name : null)
            }
        };
        for (const [name, kind] of object.fields) {
            if (name === 'Id') continue;
            fields[name] = { type: VALUE_TYPES[kind] };
        }
        for (const [name, rel] of object.parents) {
            if (fields[name]) throw new Error(`${object.name}: relationship ${name} has the name of a field`);
            fields[name] = {
                type: this.parentType(object, name, rel),
                resolve: (s, _args, data) => {
                    const id = s.record[rel.field];
                    const parent = typeof id === 'string' ? data.store.get(id) : undefined;
                    if (!parent || !rel.referenceTo.includes(parent.type)) return null;
                    const parentObject = data.catalog.get(parent.type);
                    return parentObject ? this.view(parentObject, parent.record) : null;
                }
            };
        }
        for (const [name, rel] of object.children) {
            if (fields[name])
                throw new Error(
                    `${object.name}: child relationship ${name} has the name of a field or parent relationship`
                );
            const child = this.object(rel.childObject);
            fields[name] = {
                type: this.connectionType(child.name),
                args: CONNECTION_ARGS(this.filterType(child.name), this.orderByType(child.name)),
                resolve: (s, args: ConnectionArgs, data, info) => {
                    if (args.orderBy) args = { ...args, orderBy: inQueryOrder(args.orderBy, info, data) };
                    const children = data.store.records(child.name).filter((c) => sameId(c[rel.field], s.record.Id));
                    return connectionOf(children, child, args, data, `${object.name}.${name}`);
                }
            };
        }
        return fields;
    }

    /** The type of a parent relationship: the parent's record type, or a union for a polymorphic one. */
    private parentType(object: ObjectSchema, name: string, rel: ParentRelationship): GraphQLOutputType {
        if (rel.referenceTo.length === 1) return this.recordType(rel.referenceTo[0] as string);
        const unionName = `${object.name}_${name}`;
        let union = this.unions.get(unionName);
        if (!union) {
            union = new GraphQLUnionType({
                name: unionName,
                types: () => rel.referenceTo.map((t) => this.recordType(t)),
                resolveType: (source: RecordSource) => source.object.name
            });
            this.unions.set(unionName, union);
        }
        return union;
    }

    connectionType(name: string): GraphQLObjectType<ConnectionValue, ExecutionData> {
        let type = this.connections.get(name);
        if (type) return type;
        const record = this.recordType(name);
        const edge = new GraphQLObjectType<{ source: RecordSource; cursor: string }, ExecutionData>({
            name: `${name}Edge`,
            fields: {
                node: { type: record, resolve: (e) => e.source },
                cursor: { type: new GraphQLNonNull(GraphQLString) }
            }
        });
        type = new GraphQLObjectType<ConnectionValue, ExecutionData>({
            name: `${name}Connection`,
            fields: {
                edges: {
                    type: new GraphQLList(edge),
                    resolve: (c) =>
                        c.page.map((record, i) => ({
                            source: this.view(c.object, record),
                            cursor: encodeCursor(c.offset + i)
                        }))
                },
                pageInfo: {
                    type: new GraphQLNonNull(PageInfo),
                    resolve: (c) => pageInfo(c.offset, c.page.length, c.total)
                },
                totalCount: { type: new GraphQLNonNull(GraphQLInt), resolve: (c) => c.total }
            }
        });
        this.connections.set(name, type);
        return type;
    }

    filterType(name: string): GraphQLInputObjectType {
        let type = this.filters.get(name);
        if (type) return type;
        const object = this.object(name);
        type = new GraphQLInputObjectType({
            name: `${name}_Filter`,
            fields: (): GraphQLInputFieldConfigMap => {
                const self = this.filterType(name);
                const fields: GraphQLInputFieldConfigMap = {
                    and: { type: new GraphQLList(self) },
                    or: { type: new GraphQLList(self) },
                    not: { type: self }
                };
                for (const [field, kind] of object.fields) fields[field] = { type: this.operators[kind] };
                for (const [rel, parent] of object.parents)
                    fields[rel] = { type: this.parentFilter(object, rel, parent) };
                return fields;
            }
        });
        this.filters.set(name, type);
        return type;
    }

    private readonly polymorphicFilters = new Map<string, GraphQLInputObjectType>();

    private parentFilter(object: ObjectSchema, name: string, rel: ParentRelationship): GraphQLInputObjectType {
        if (rel.referenceTo.length === 1) return this.filterType(rel.referenceTo[0] as string);
        const typeName = `${object.name}_${name}_Filters`;
        let type = this.polymorphicFilters.get(typeName);
        if (!type) {
            type = new GraphQLInputObjectType({
                name: typeName,
                fields: () => Object.fromEntries(rel.referenceTo.map((t) => [t, { type: this.filterType(t) }]))
            });
            this.polymorphicFilters.set(typeName, type);
        }
        return type;
    }

    orderByType(name: string): GraphQLInputObjectType {
        let type = this.orderBys.get(name);
        if (type) return type;
        const object = this.object(name);
        type = new GraphQLInputObjectType({
            name: `${name}_OrderBy`,
            fields: (): GraphQLInputFieldConfigMap => {
                const fields: GraphQLInputFieldConfigMap = {};
                for (const [field, kind] of object.fields) {
                    if (kind !== 'LongTextArea' && kind !== 'MultiPicklist') fields[field] = { type: OrderByClause };
                }
                for (const [rel, parent] of object.parents) {
                    if (parent.referenceTo.length === 1)
                        fields[rel] = { type: this.orderByType(parent.referenceTo[0] as string) };
                }
                return fields;
            }
        });
        this.orderBys.set(name, type);
        return type;
    }

    /** `JoinInput` of `inq`/`ninq`: one field per object taking its filter, and `ApiName`, the field to select. */
    private joinInput(): GraphQLInputObjectType {
        if (!this.joinInputType) {
            this.joinInputType = new GraphQLInputObjectType({
                name: 'JoinInput',
                fields: () => {
                    const fields: GraphQLInputFieldConfigMap = { ApiName: { type: GraphQLString } };
                    for (const name of this.catalog.keys()) fields[name] = { type: this.filterType(name) };
                    return fields;
                }
            });
        }
        return this.joinInputType;
    }

    recordQuery(): GraphQLObjectType<unknown, ExecutionData> {
        return new GraphQLObjectType<unknown, ExecutionData>({
            name: 'RecordQuery',
            fields: () => {
                const fields: GraphQLFieldConfigMap<unknown, ExecutionData> = {};
                for (const object of this.catalog.values()) {
                    fields[object.name] = {
                        type: this.connectionType(object.name),
                        args: CONNECTION_ARGS(this.filterType(object.name), this.orderByType(object.name)),
                        resolve: (_root, args: ConnectionArgs, data, info) =>
                            rootConnection(
                                object,
                                args.orderBy ? { ...args, orderBy: inQueryOrder(args.orderBy, info, data) } : args,
                                data
                            )
                    };
                }
                return fields;
            }
        });
    }
}

/** Record paging without `upperBound` reaches 4,000 records; with it, `first` is 200 to 2,000 (Salesforce's paging guide). */
export const PAGING_REACH = 4000;

function rootConnection(object: ObjectSchema, args: ConnectionArgs, data: ExecutionData): ConnectionValue {
    const what = object.name;
    const result = connectionOf(data.store.records(object.name), object, args, data, what);
    if (args.upperBound !== undefined && args.upperBound !== null) {
        const first = args.first ?? 10;
        if (first < 200 || first > 2000)
            throw new Error(`'first' on '${what}' must be 200 to 2000 with upperBound, got ${first}`);
    } else if (result.offset + result.page.length > PAGING_REACH) {
        throw new Error(`paging '${what}' past ${PAGING_REACH} records needs upperBound`);
    }
    return result;
}

/** The schema of one catalog. Types are built once here; a query is validated and executed against it. */
export function buildGraphQLSchema(catalog: Catalog): GraphQLSchema {
    const builder = new SchemaBuilder(catalog);
    const uiapi = new GraphQLObjectType<unknown, ExecutionData>({
        name: 'UIAPI',
        fields: {
            query: { type: new GraphQLNonNull(builder.recordQuery()), resolve: () => ({}) },
            aggregate: { type: new GraphQLNonNull(buildAggregateRoot(builder)), resolve: () => ({}) }
        }
    });
    const query = new GraphQLObjectType({
        name: 'Query',
        fields: { uiapi: { type: new GraphQLNonNull(uiapi), resolve: () => ({}) } }
    });
    const schema = new GraphQLSchema({
        query,
        types: [...catalog.keys()].map((name) => builder.recordType(name)),
        directives: [...specifiedDirectives, OptionalDirective]
    });
    // Built and checked now, as the org's schema is before any request: every lazy type resolved, and a
    // mistake in the generated schema (a name twice, a type without fields) fails the server at start.
    assertValidSchema(schema);
    return schema;
}
