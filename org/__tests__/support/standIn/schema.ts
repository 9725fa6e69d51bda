// Which objects and fields exist, and of what type: from the `schema` option where given, otherwise
// inferred from the seeded records (union of their fields, plus Id). Names resolve case-insensitively,
// as SOQL and the Bulk API do.
import { IdFactory, ID_PATTERN } from './ids';
import type { FieldInfo, FieldSpec, FieldType, SchemaOption, SfRecord, SfValue, Store } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Relationship names whose target object is not named after the relationship. */
const STANDARD_TARGETS: Readonly<Record<string, readonly string[]>> = {
    Owner: ['User'],
    CreatedBy: ['User'],
    LastModifiedBy: ['User'],
    Who: ['Contact', 'Lead'],
    ReportsTo: ['Contact'],
    ConvertedAccount: ['Account'],
    ConvertedContact: ['Contact']
};

export function isDateString(v: string): boolean {
    return DATE.test(v);
}
export function isDateTimeString(v: string): boolean {
    return DATETIME.test(v);
}

function labelOf(name: string): string {
    return name
        .replace(/__c$/, '')
        .replace(/_/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2');
}

function relationshipNameOf(field: string): string | undefined {
    if (/__c$/.test(field)) return field.replace(/__c$/, '__r');
    if (/Id$/.test(field) && field !== 'Id') return field.slice(0, -2);
    return undefined;
}

/** Type of a field from the values seeded for it (undefined when every value is null). */
function inferFromValues(name: string, values: readonly SfValue[]): FieldType | undefined {
    const present = values.filter((v) => v !== null && v !== undefined && v !== '');
    if (present.length === 0) return undefined;
    if (present.every((v) => typeof v === 'boolean')) return 'boolean';
    if (present.every((v) => typeof v === 'number')) {
        return present.every((v) => Number.isInteger(v)) ? 'int' : 'double';
    }
    const strings = present.filter((v): v is string => typeof v === 'string');
    if (strings.length !== present.length) return 'string';
    if ((name.endsWith('Id') || name.endsWith('__c')) && strings.every((v) => ID_PATTERN.test(v))) return 'reference';
    if (strings.every((v) => DATE.test(v))) return 'date';
    if (strings.every((v) => DATETIME.test(v))) return 'datetime';
    return 'string';
}

function guessFromName(name: string): FieldType {
    if (name === 'Id') return 'id';
    if (/Id$/.test(name)) return 'reference';
    return 'string';
}

export class SchemaModel {
    constructor(
        private readonly store: Store,
        private readonly option: SchemaOption | undefined,
        private readonly ids: IdFactory
    ) {}

    /** Canonical names of every object: those in the schema option and those with records in the store. */
    objectNames(): string[] {
        const names = new Set<string>(Object.keys(this.option ?? {}));
        for (const key of this.store.keys()) names.add(key);
        return [...names];
    }

    resolveObject(name: string): string | undefined {
        const lower = name.toLowerCase();
        return this.objectNames().find((n) => n.toLowerCase() === lower);
    }

    records(object: string): Iterable<SfRecord> {
        return this.store.get(object)?.values() ?? [];
    }

    /** Every field of `object`, keyed by lower-cased name. */
    fields(object: string): Map<string, FieldInfo> {
        const declared = this.option?.[object];
        const valuesByField = new Map<string, SfValue[]>();
        // A schema that gives every field's type (and every reference's targets) needs no values: reading
        // them all would make each write or query over a large table scan it once more.
        const fullyDeclared =
            declared !== undefined &&
            !Array.isArray(declared) &&
            Object.values(declared as Record<string, FieldType | FieldSpec>).every((spec) =>
                typeof spec === 'string'
                    ? spec !== 'reference'
                    : spec.type !== 'reference' || !!spec.referenceTo?.length
            );
        if (!fullyDeclared)
            for (const record of this.records(object)) {
                for (const [k, v] of Object.entries(record)) {
                    let list = valuesByField.get(k);
                    if (!list) valuesByField.set(k, (list = []));
                    list.push(v);
                }
            }
        const specs = new Map<string, FieldSpec | undefined>();
        specs.set('Id', { type: 'id', updateable: false, createable: false });
        if (declared === undefined) {
            for (const name of valuesByField.keys()) if (name !== 'Id') specs.set(name, undefined);
        } else if (Array.isArray(declared)) {
            for (const name of declared as readonly string[]) if (name !== 'Id') specs.set(name, undefined);
        } else {
            for (const [name, spec] of Object.entries(declared as Record<string, FieldType | FieldSpec>)) {
                if (name === 'Id') continue;
                specs.set(name, typeof spec === 'string' ? { type: spec } : spec);
            }
        }
        const out = new Map<string, FieldInfo>();
        for (const [name, spec] of specs) {
            const values = valuesByField.get(name) ?? [];
            const inferred = inferFromValues(name, values);
            const type: FieldType = spec?.type ?? (name === 'Id' ? 'id' : (inferred ?? guessFromName(name)));
            const info: FieldInfo = {
                name,
                type,
                typeKnown: spec !== undefined || inferred !== undefined,
                label: spec?.label ?? labelOf(name),
                updateable: spec?.updateable ?? name !== 'Id',
                createable: spec?.createable ?? name !== 'Id',
                externalId: spec?.externalId ?? false,
                unique: spec?.unique ?? false,
                referenceTo: []
            };
            if (type === 'reference') {
                info.relationshipName = relationshipNameOf(name);
                info.referenceTo = this.referenceTargets(object, name, spec, values);
            }
            out.set(name.toLowerCase(), info);
        }
        return out;
    }

    field(object: string, name: string): FieldInfo | undefined {
        return this.fields(object).get(name.toLowerCase());
    }

    /**
     * A view that infers each object's fields once, for one request: answering a query reads the fields
     * of every record's related objects, and inferring them scans every record of those objects, so
     * without it a query over 10,000 records with parent fields takes minutes. The store must not change
     * while the view is used.
     */
    snapshot(): SchemaModel {
        const cache = new Map<string, Map<string, FieldInfo>>();
        return Object.assign(Object.create(SchemaModel.prototype) as SchemaModel, this, {
            fields: (object: string): Map<string, FieldInfo> => {
                let fields = cache.get(object);
                if (!fields) cache.set(object, (fields = this.fields(object)));
                return fields;
            }
        });
    }

    /** The reference field behind a relationship name (`Campaign` -> `CampaignId`, `Foo__r` -> `Foo__c`). */
    relationship(object: string, relationshipName: string): FieldInfo | undefined {
        const lower = relationshipName.toLowerCase();
        for (const info of this.fields(object).values()) {
            if (info.relationshipName?.toLowerCase() === lower) return info;
        }
        return undefined;
    }

    private referenceTargets(object: string, field: string, spec: FieldSpec | undefined, values: SfValue[]): string[] {
        const targets = new Set<string>(spec?.referenceTo ?? []);
        const rel = relationshipNameOf(field);
        if (rel && !rel.endsWith('__r')) {
            for (const t of STANDARD_TARGETS[rel] ?? []) if (this.resolveObject(t)) targets.add(t);
            const named = this.resolveObject(rel);
            if (named) targets.add(named);
            if (rel === 'Parent') targets.add(object);
        }
        for (const v of values) {
            if (typeof v === 'string' && ID_PATTERN.test(v)) {
                const target = this.ids.objectForId(v);
                if (target) targets.add(target);
            }
        }
        return [...targets];
    }
}
