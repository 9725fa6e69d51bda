// What one user may read: the catalog narrowed to a user's object and field access, so the schema built
// from it has exactly the objects and fields that user's UI API schema has (a field without read access
// is not in the org's schema either: a query naming it fails validation unless it is `@optional`).
//
// The preview user has a Standard User profile (every standard object and standard field of the
// catalog readable, no custom object or custom field) plus the permission sets given. As in an org:
// a custom object is readable with `allowRead`; a custom field with `readable` (required fields and
// master-detail fields cannot carry field permissions and are readable with their object); `Name` and
// the system fields come with the object. A relationship stays when its reference field and at least
// one of its targets stay.
import type { Catalog, FieldKind, ObjectSchema } from './catalog';

export interface Access {
    /** Readable custom objects. */
    objects: ReadonlySet<string>;
    /** Readable custom fields, `Object.Field`. */
    fields: ReadonlySet<string>;
    /** Custom fields readable with their object whatever the permission sets say (`Object.Field`). */
    alwaysReadable: ReadonlySet<string>;
}

function isCustom(name: string): boolean {
    return name.endsWith('__c');
}

export function narrowCatalog(catalog: Catalog, access: Access): Catalog {
    return restrictCatalog(catalog, {
        object: (name) => !isCustom(name) || access.objects.has(name),
        field: (object, field) => {
            const qualified = `${object}.${field}`;
            return !isCustom(field) || access.fields.has(qualified) || access.alwaysReadable.has(qualified);
        }
    });
}

/** Which objects and fields stay. */
export interface Readable {
    object(name: string): boolean;
    field(object: string, field: string): boolean;
}

/**
 * The catalog with only the objects and fields `readable` keeps (`Id` always stays with its object); a
 * relationship stays when its reference field and at least one of its targets stay, a polymorphic one
 * narrowed to the targets that stay; a child relationship when the child object and its field stay.
 */
export function restrictCatalog(catalog: Catalog, readable: Readable): Catalog {
    const objects = new Map<string, ObjectSchema>();
    for (const [name, object] of catalog) {
        if (!readable.object(name)) continue;
        const fields = new Map<string, FieldKind>();
        for (const [field, kind] of object.fields)
            if (field === 'Id' || readable.field(name, field)) fields.set(field, kind);
        objects.set(name, { name, fields, parents: new Map(), children: new Map() });
    }
    for (const [name, object] of catalog) {
        const narrowed = objects.get(name);
        if (!narrowed) continue;
        for (const [rel, parent] of object.parents) {
            const referenceTo = parent.referenceTo.filter((t) => objects.has(t));
            if (narrowed.fields.has(parent.field) && referenceTo.length > 0)
                narrowed.parents.set(rel, { field: parent.field, referenceTo });
        }
        for (const [rel, child] of object.children) {
            if (objects.get(child.childObject)?.fields.has(child.field)) narrowed.children.set(rel, child);
        }
    }
    return objects;
}
