// The leaf types of the UI API schema: its scalars (Date, DateTime, Currency, Picklist, ...), the
// `<Kind>Value` wrappers every non-Id field is read through (`{ value displayValue }`, plus `label` on
// picklists and `format` on numbers and dates) and the `<Kind>Operators` inputs of filters.
import {
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    Kind,
    type GraphQLInputType,
    type GraphQLInputFieldConfigMap,
    type ValueNode
} from 'graphql';
import { FIELD_KINDS, type FieldKind } from './catalog';
import { DATE_LITERALS, DATE_RANGES } from './dates';

/** A string scalar (Picklist, Email, ...): a string in variables and literals, served as is. */
function stringScalar(name: string, description: string, check?: (value: string) => boolean): GraphQLScalarType {
    const parse = (value: unknown): string => {
        if (typeof value !== 'string') throw new TypeError(`${name} must be a string, got ${JSON.stringify(value)}`);
        if (check && !check(value)) throw new TypeError(`${JSON.stringify(value)} is not a valid ${name}`);
        return value;
    };
    return new GraphQLScalarType({
        name,
        description,
        serialize: (value) => value,
        parseValue: parse,
        parseLiteral: (ast: ValueNode) => {
            if (ast.kind !== Kind.STRING) throw new TypeError(`${name} must be a string literal`);
            return parse(ast.value);
        }
    });
}

function numberScalar(name: string, description: string, integer: boolean): GraphQLScalarType {
    const parse = (value: unknown): number => {
        if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
            throw new TypeError(
                `${name} must be ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(value)}`
            );
        }
        return value;
    };
    return new GraphQLScalarType({
        name,
        description,
        serialize: (value) => value,
        parseValue: parse,
        parseLiteral: (ast: ValueNode) => {
            if (ast.kind === Kind.INT || (!integer && ast.kind === Kind.FLOAT)) return parse(Number(ast.value));
            throw new TypeError(`${name} must be a number literal`);
        }
    });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const Long = numberScalar('Long', 'A 64-bit whole number', true);
export const Double = numberScalar('Double', 'A double-precision number', false);
export const Currency = numberScalar('Currency', 'A currency amount', false);
export const Percent = numberScalar('Percent', 'A percentage', false);
export const DateScalar = stringScalar('Date', 'A date, YYYY-MM-DD', (v) => DATE.test(v));
export const DateTimeScalar = stringScalar('DateTime', 'A date and time, ISO 8601', (v) => DATE_TIME.test(v));

/** The scalar a field of each kind holds. */
export const KIND_SCALARS: Record<FieldKind, GraphQLScalarType> = {
    ID: GraphQLID,
    String: GraphQLString,
    TextArea: stringScalar('TextArea', 'Text area'),
    LongTextArea: stringScalar('LongTextArea', 'Long text area'),
    Email: stringScalar('Email', 'An email address'),
    Url: stringScalar('Url', 'A URL'),
    PhoneNumber: stringScalar('PhoneNumber', 'A phone number'),
    Picklist: stringScalar('Picklist', 'A picklist value (its API name)'),
    MultiPicklist: stringScalar('MultiPicklist', 'Picklist values separated by semicolons'),
    Boolean: GraphQLBoolean,
    Int: GraphQLInt,
    Double,
    Currency,
    Percent,
    Date: DateScalar,
    DateTime: DateTimeScalar
};

const WITH_FORMAT: ReadonlySet<FieldKind> = new Set(['Int', 'Double', 'Currency', 'Percent', 'Date', 'DateTime']);
const WITH_LABEL: ReadonlySet<FieldKind> = new Set(['Picklist', 'MultiPicklist']);

/**
 * What a `<Kind>Value` resolves from: the raw value and its kind. `displayValue` is computed only when
 * asked for (number formatting is the costly part of a large answer).
 */
export interface WrappedValue {
    value: unknown;
    kind: FieldKind;
}

const wrapperFields = (kind: FieldKind) => ({
    value: { type: KIND_SCALARS[kind] },
    displayValue: { type: GraphQLString, resolve: (w: WrappedValue) => displayValue(w.value, w.kind) },
    ...(WITH_LABEL.has(kind) ? { label: { type: GraphQLString, resolve: () => null } } : {}),
    ...(WITH_FORMAT.has(kind) ? { format: { type: GraphQLString, resolve: () => null } } : {})
});

export const VALUE_TYPES: Record<FieldKind, GraphQLObjectType> = Object.fromEntries(
    FIELD_KINDS.map((kind) => [
        kind,
        new GraphQLObjectType<WrappedValue>({ name: `${kind}Value`, fields: wrapperFields(kind) })
    ])
) as Record<FieldKind, GraphQLObjectType>;

/** `LongValue`: counts and whole-number sums of aggregates. */
export const LongValue = new GraphQLObjectType<WrappedValue>({
    name: 'LongValue',
    fields: {
        value: { type: Long },
        displayValue: { type: GraphQLString, resolve: (w: WrappedValue) => displayValue(w.value, w.kind) },
        format: { type: GraphQLString, resolve: () => null }
    }
});

/** The display value a field of this kind gets in the preview (the org formats with the user's locale). */
export function displayValue(value: unknown, kind: FieldKind): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number')
        return kind === 'Currency' ? `$${value.toLocaleString('en-US')}` : value.toLocaleString('en-US');
    if (typeof value === 'boolean') return null;
    return kind === 'ID' || kind === 'Date' || kind === 'DateTime' ? null : String(value);
}

export function wrap(raw: unknown, kind: FieldKind): WrappedValue {
    return { value: raw === undefined ? null : raw, kind };
}

/** A record's field as a `<Kind>Value` resolves it: the value read from the record when asked (so updates show). */
export class FieldRef implements WrappedValue {
    constructor(
        private readonly record: Readonly<Record<string, unknown>>,
        private readonly name: string,
        readonly kind: FieldKind
    ) {}

    get value(): unknown {
        const v = this.record[this.name];
        return v === undefined ? null : v;
    }
}

// ---- filter operators ----

export const DateLiteral = new GraphQLEnumType({
    name: 'DateLiteral',
    values: Object.fromEntries(DATE_LITERALS.map((v) => [v, { value: v }]))
});

export const DateRange = new GraphQLInputObjectType({
    name: 'DateRange',
    fields: Object.fromEntries(DATE_RANGES.map((v) => [v, { type: GraphQLInt }]))
});

const DateInput = new GraphQLInputObjectType({
    name: 'DateInput',
    fields: { value: { type: DateScalar }, literal: { type: DateLiteral }, range: { type: DateRange } }
});

const DateTimeInput = new GraphQLInputObjectType({
    name: 'DateTimeInput',
    fields: { value: { type: DateTimeScalar }, literal: { type: DateLiteral }, range: { type: DateRange } }
});

/**
 * The operand type of `eq`, `lt`, ... for a field of each kind. Salesforce documents only
 * `StringOperators` (String operands); the other operator types' operands are not documented, so the
 * preview takes the built-in scalars there (a variable declared `String` or `Float` is accepted) rather
 * than refuse a query the org may take. Dates take `{ value | literal | range }` (Salesforce's LDS tests).
 */
const OPERAND: Record<FieldKind, GraphQLInputType> = {
    ID: GraphQLID,
    String: GraphQLString,
    TextArea: GraphQLString,
    LongTextArea: GraphQLString,
    Email: GraphQLString,
    Url: GraphQLString,
    PhoneNumber: GraphQLString,
    Picklist: GraphQLString,
    MultiPicklist: GraphQLString,
    Boolean: GraphQLBoolean,
    Int: GraphQLInt,
    Double: GraphQLFloat,
    Currency: GraphQLFloat,
    Percent: GraphQLFloat,
    Date: DateInput,
    DateTime: DateTimeInput
};

const OPERATOR_NAMES: Record<FieldKind, string> = {
    ID: 'IDOperators',
    String: 'StringOperators',
    TextArea: 'TextAreaOperators',
    LongTextArea: 'LongTextAreaOperators',
    Email: 'EmailOperators',
    Url: 'UrlOperators',
    PhoneNumber: 'PhoneNumberOperators',
    Picklist: 'PicklistOperators',
    MultiPicklist: 'MultiPicklistOperators',
    Boolean: 'BooleanOperators',
    Int: 'IntegerOperators',
    Double: 'DoubleOperators',
    Currency: 'CurrencyOperators',
    Percent: 'PercentOperators',
    Date: 'DateOperators',
    DateTime: 'DateTimeOperators'
};

const TEXT: ReadonlySet<FieldKind> = new Set(['String', 'TextArea', 'Email', 'Url', 'PhoneNumber', 'Picklist']);

/**
 * The `<Kind>Operators` input types. `joinInput` is the `JoinInput` of semi-joins (`inq`/`ninq`), which
 * only ID operators take; it is built with the record types, so it comes in lazily.
 */
export function operatorTypes(joinInput: () => GraphQLInputObjectType): Record<FieldKind, GraphQLInputObjectType> {
    return Object.fromEntries(
        FIELD_KINDS.map((kind) => {
            const operand = OPERAND[kind];
            const fields = (): GraphQLInputFieldConfigMap => {
                if (kind === 'Boolean') return { eq: { type: operand }, ne: { type: operand } };
                if (kind === 'MultiPicklist') {
                    return {
                        eq: { type: operand },
                        ne: { type: operand },
                        includes: { type: new GraphQLList(operand) },
                        excludes: { type: new GraphQLList(operand) }
                    };
                }
                const out: GraphQLInputFieldConfigMap = {};
                for (const op of ['eq', 'ne', 'lt', 'lte', 'gt', 'gte']) out[op] = { type: operand };
                if (kind !== 'LongTextArea') {
                    out.in = { type: new GraphQLList(operand) };
                    out.nin = { type: new GraphQLList(operand) };
                }
                if (TEXT.has(kind) || kind === 'ID') out.like = { type: GraphQLString };
                if (kind === 'ID') {
                    out.inq = { type: joinInput() };
                    out.ninq = { type: joinInput() };
                }
                return out;
            };
            return [kind, new GraphQLInputObjectType({ name: OPERATOR_NAMES[kind], fields })];
        })
    ) as Record<FieldKind, GraphQLInputObjectType>;
}

export const ResultOrder = new GraphQLEnumType({
    name: 'ResultOrder',
    values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } }
});
export const NullOrder = new GraphQLEnumType({
    name: 'NullOrder',
    values: { FIRST: { value: 'FIRST' }, LAST: { value: 'LAST' } }
});
export const OrderByClause = new GraphQLInputObjectType({
    name: 'OrderByClause',
    fields: { order: { type: ResultOrder }, nulls: { type: NullOrder } }
});
