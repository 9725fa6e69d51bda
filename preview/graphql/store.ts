// What a query executes over: the record store (the loaded data set) and, per execution, the catalog of
// what the user may read, the day `TODAY` means, and the semi-join results computed so far.
import type { Catalog } from './catalog';

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

/** The per-execution context every resolver gets. */
export interface ExecutionData {
    /** The objects and fields the user may read (the schema was built from the same catalog). */
    catalog: Catalog;
    store: RecordStore;
    /** YYYY-MM-DD: what `TODAY` means in date literals (UTC). */
    today: string;
    /** The request's variables as sent (key order kept; graphql-js's coerced values follow the type's order). */
    variables: Readonly<Record<string, unknown>>;
    /** Semi-join results per operand object: the inner query runs once per connection, not per record. */
    semiJoins: WeakMap<object, Set<string>>;
}
