// What the user can read decides what the one query asks for. The UI API's object info lists, per object,
// only the fields the user can access (field-level security), and an object the user cannot read comes
// back as an error result of `getObjectInfos`. A GraphQL query naming an object or a filter field the user
// cannot read fails as a whole (a filter cannot be `@optional`), so the query is built from this access:
// a subquery whose object or filter fields are not readable is left out, and the panel says which
// sources of the insight are hidden and why, instead of failing or silently scoring less.
/** The objects the query reads besides Account (the page's own record). */
export const QUERY_OBJECTS = [
    'Contact',
    'Lead',
    'Task',
    'Event',
    'CampaignMember',
    'Campaign',
    'Opportunity',
    'SI_Intent_Signal__c'
];
/**
 * The access a `getObjectInfos` answer describes (`{ results: [{ statusCode, result }] }`, in the order of
 * the names asked). An object whose result is an error, or whose info says it is not queryable, is not
 * readable; a readable object's fields are the keys of its `fields`.
 */
export function accessFromObjectInfos(names, data) {
    const results = data?.results;
    const access = new Map();
    if (!Array.isArray(results))
        return access;
    names.forEach((name, i) => {
        const entry = results[i];
        const info = entry?.result;
        if (!entry || (entry.statusCode !== undefined && entry.statusCode !== 200) || !info || Array.isArray(info))
            return;
        const objectInfo = info;
        if (objectInfo.apiName !== undefined && objectInfo.apiName !== name)
            return;
        if (objectInfo.queryable === false)
            return;
        access.set(name, new Set(Object.keys(objectInfo.fields ?? {})));
    });
    return access;
}
/** Whether the user can read `object` (and every field of `fields`): true when access is unknown. */
export function canRead(access, object, fields = []) {
    if (access === null)
        return true;
    const readable = access.get(object);
    return readable !== undefined && fields.every((f) => readable.has(f));
}
/** The fields of `fields` the user cannot read on a readable object (all of them when it is not readable). */
export function unreadable(access, object, fields) {
    if (access === null)
        return [];
    const readable = access.get(object);
    return readable === undefined ? [] : fields.filter((f) => !readable.has(f));
}
/** A hidden source, or null when the object and the fields are readable. */
export function hiddenUnless(access, source, object, fields) {
    if (access === null)
        return null;
    if (!access.has(object))
        return { source, object, fields: [] };
    const missing = unreadable(access, object, fields);
    return missing.length > 0 ? { source, object, fields: missing } : null;
}
