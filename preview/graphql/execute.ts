// Runs a UI API GraphQL request the way the org does, in graphql-js's phases: parse (a syntax error is
// `InvalidSyntax`), leave out `@optional` fields the user's schema does not have, validate against the
// schema with the specification's rules plus the UI API's limit of 10 subqueries (`ValidationError`),
// and execute with the resolvers over the data set (`DataFetchingException` for a bad argument value,
// such as `first` above 2,000). Errors carry `message`, `locations`, `path` and `extensions.ErrorType`,
// as Salesforce's GraphQL API returns them; the HTTP status stays 200.
//
// Execution is graphql-jit's: it compiles the validated document once into a function that runs the
// same resolvers with the specification's execution semantics (argument and variable coercion, null
// propagation, errors with paths) without graphql-js's per-field interpretation, so the largest sample
// account is answered in about the time the hand-written executor took (docs/PREVIEW_GRAPHQL.md).
import {
    GraphQLError,
    Kind,
    TypeInfo,
    execute,
    getNamedType,
    isInputObjectType,
    parse,
    typeFromAST,
    specifiedRules,
    validate,
    visit,
    visitWithTypeInfo,
    type ASTVisitor,
    type DocumentNode,
    type ExecutionResult,
    type GraphQLFormattedError,
    type GraphQLSchema,
    type ValidationContext
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Catalog } from './catalog';
import type { ExecutionData, RecordStore } from './store';

/** Subqueries (record or aggregate connections under `uiapi.query` / `uiapi.aggregate`) one query may hold. */
export const MAX_SUBQUERIES = 10;

export interface ExecuteContext {
    schema: GraphQLSchema;
    /** The catalog the schema was built from (the user's readable objects and fields). */
    catalog: Catalog;
    store: RecordStore;
    /** YYYY-MM-DD: what `TODAY` means in date literals. */
    today: string;
}

export interface GraphQLResult {
    data: Record<string, unknown> | null;
    errors?: GraphQLFormattedError[];
}

type ErrorType = 'InvalidSyntax' | 'ValidationError' | 'DataFetchingException';

function formatted(error: GraphQLError, type: ErrorType): GraphQLFormattedError {
    const out = error.toJSON();
    return { ...out, extensions: { ...out.extensions, ErrorType: type } };
}

/** At most MAX_SUBQUERIES connection fields under RecordQuery and RecordQueryAggregate per operation. */
export function MaxSubqueriesRule(context: ValidationContext): ASTVisitor {
    let count = 0;
    return {
        OperationDefinition: () => {
            count = 0;
        },
        Field(node) {
            const parent = context.getParentType();
            if (!parent || (parent.name !== 'RecordQuery' && parent.name !== 'RecordQueryAggregate')) return;
            count += 1;
            if (count === MAX_SUBQUERIES + 1) {
                context.reportError(
                    new GraphQLError(
                        `A query may hold at most ${MAX_SUBQUERIES} subqueries; '${node.alias?.value ?? node.name.value}' is number ${count}`,
                        {
                            nodes: node
                        }
                    )
                );
            }
        }
    };
}

export const RULES = [...specifiedRules, MaxSubqueriesRule];

/** The document without the `@optional` fields its schema does not define (and their selections). */
export function withoutUnavailableOptionalFields(schema: GraphQLSchema, doc: DocumentNode): DocumentNode {
    const typeInfo = new TypeInfo(schema);
    return visit(
        doc,
        visitWithTypeInfo(typeInfo, {
            Field(node) {
                const optional = node.directives?.some((d) => d.name.value === 'optional');
                if (!optional || node.name.value === '__typename') return undefined;
                if (typeInfo.getParentType() && !typeInfo.getFieldDef()) return null;
                return undefined;
            }
        })
    );
}

/**
 * A prepared query: compiled by graphql-jit, or, when a variable is of an input object type (a `where`
 * passed as `$where: Account_Filter`), run by graphql-js: graphql-jit 0.8 compiles the coercion of such
 * variables recursively and overflows the stack on the UI API's self-referencing filter types.
 */
type Prepared =
    | { query: CompiledQuery; doc: DocumentNode; operationName: string | null }
    | { query: null; doc: DocumentNode; operationName: string | null }
    | { errors: GraphQLFormattedError[] };

const prepared = new WeakMap<GraphQLSchema, Map<string, Prepared>>();
const CACHE_LIMIT = 50;

/**
 * Parsed, pruned, validated and compiled once per schema, query text and operation (the panel sends the
 * same text again and again).
 */
function prepare(schema: GraphQLSchema, source: string, operationName: string | null): Prepared {
    let cache = prepared.get(schema);
    if (!cache) prepared.set(schema, (cache = new Map()));
    const key = `${operationName ?? ''}\u0000${source}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let out: Prepared;
    try {
        out = compile(schema, withoutUnavailableOptionalFields(schema, parse(source)), operationName);
    } catch (e) {
        if (!(e instanceof GraphQLError)) throw e;
        out = { errors: [formatted(e, 'InvalidSyntax')] };
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, out);
    return out;
}

function compile(schema: GraphQLSchema, doc: DocumentNode, operationName: string | null): Prepared {
    const errors = validate(schema, doc, RULES);
    if (errors.length > 0) return { errors: errors.map((e) => formatted(e, 'ValidationError')) };
    const operation = doc.definitions.find(
        (d) =>
            d.kind === Kind.OPERATION_DEFINITION &&
            d.operation !== 'query' &&
            (!operationName || d.name?.value === operationName)
    );
    if (operation) {
        return {
            errors: [
                formatted(
                    new GraphQLError('The preview answers queries only (no mutations or subscriptions)', {
                        nodes: operation
                    }),
                    'ValidationError'
                )
            ]
        };
    }
    const inputObjectVariable = doc.definitions.some(
        (d) =>
            d.kind === Kind.OPERATION_DEFINITION &&
            (d.variableDefinitions ?? []).some((v) => {
                const type = typeFromAST(schema, v.type as never);
                return type !== undefined && isInputObjectType(getNamedType(type));
            })
    );
    if (inputObjectVariable) return { query: null, doc, operationName };
    const query = compileQuery(schema, doc, operationName ?? undefined);
    if (!isCompiledQuery(query)) return { errors: (query.errors ?? []).map((e) => formatted(e, 'ValidationError')) };
    return { query, doc, operationName };
}

/** Runs a query and returns `{ data, errors? }`; never throws for a bad query. */
export function executeGraphQL(
    source: string,
    variables: Readonly<Record<string, unknown>> | null | undefined,
    context: ExecuteContext,
    operationName?: string | null
): GraphQLResult {
    const ready = prepare(context.schema, source, operationName ?? null);
    if ('errors' in ready) return { data: null, errors: ready.errors };
    const contextValue: ExecutionData = {
        catalog: context.catalog,
        store: context.store,
        today: context.today,
        variables: variables ?? {},
        semiJoins: new WeakMap()
    };
    const result = (
        ready.query
            ? ready.query.query(undefined, contextValue, variables ?? {})
            : execute({
                  schema: context.schema,
                  document: ready.doc,
                  contextValue,
                  variableValues: variables ?? {},
                  operationName: ready.operationName ?? undefined
              })
    ) as ExecutionResult;
    const out: GraphQLResult = { data: (result.data as Record<string, unknown> | null | undefined) ?? null };
    if (result.errors && result.errors.length > 0) {
        // A variable that does not coerce fails before execution: the org reports it as a validation error.
        out.errors = result.errors.map((e) => formatted(e, e.path ? 'DataFetchingException' : 'ValidationError'));
    }
    return out;
}
