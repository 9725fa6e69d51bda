// Stand-in for `lightning/uiRecordApi`: `getRecord` (wire), `getFieldValue`, `getFieldDisplayValue`,
// `updateRecord`, `notifyRecordUpdateAvailable`, answered by the preview server from the data set.
// Field references are what `@salesforce/schema/Object.Field` gives (`{ objectApiName, fieldApiName }`)
// or `Object.Field` strings, as on the platform.
// Like LDS on a record page, getRecord answers from the records the page already has: Lightning Experience
// loads a record page's record while it loads the page's components, and the server inlines that record
// (every field of its object) into the page. A request that names only fields the cached record has is
// answered from it without a request; any other goes to the server. A change to a record drops it from the
// cache (updateRecord, notifyRecordUpdateAvailable), and the wires that show it ask the server again.
import { deepFreeze, platformError, postJson, PREVIEW_EVENTS } from './platform';

type FieldRef = string | { objectApiName: string; fieldApiName: string };

interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

interface GetRecordConfig {
    recordId?: string | null;
    fields?: FieldRef | FieldRef[] | null;
    optionalFields?: FieldRef | FieldRef[] | null;
    layoutTypes?: unknown;
}

function qualified(ref: FieldRef): string {
    if (typeof ref === 'string') return ref;
    if (ref && typeof ref.objectApiName === 'string' && typeof ref.fieldApiName === 'string') return `${ref.objectApiName}.${ref.fieldApiName}`;
    throw new Error(`uiRecordApi: not a field reference: ${JSON.stringify(ref)}`);
}

function list(refs: FieldRef | FieldRef[] | null | undefined): string[] {
    if (refs === null || refs === undefined) return [];
    return (Array.isArray(refs) ? refs : [refs]).map(qualified);
}

type Callback = (value: { data: RecordRepresentation | undefined; error: unknown }) => void;

/** The records the page has, by Id (LDS's cache). Filled on first use from the page's inlined record. */
let cache: Map<string, RecordRepresentation> | null = null;

function isRepresentation(value: unknown): value is RecordRepresentation {
    const r = value as Partial<RecordRepresentation> | null;
    return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.apiName === 'string' && !!r.fields && typeof r.fields === 'object';
}

function cachedRecords(): Map<string, RecordRepresentation> {
    if (!cache) {
        cache = new Map();
        const pageRecord = window.SI_PREVIEW_CONTEXT?.pageRecord;
        if (isRepresentation(pageRecord)) cache.set(pageRecord.id, pageRecord);
    }
    return cache;
}

/**
 * The record as the server would answer `fields` and `optionalFields` (same fields, same order), from the
 * cache; null when the cache does not have the record or one of the fields (then the server decides,
 * with its errors for a field that does not exist).
 */
export function fromCache(recordId: string, fields: string[], optionalFields: string[]): RecordRepresentation | null {
    const record = cachedRecords().get(recordId);
    if (!record) return null;
    const out: RecordRepresentation['fields'] = {};
    for (const name of [...fields, ...optionalFields]) {
        const [object, field, ...rest] = name.split('.');
        if (object !== record.apiName || !field || rest.length > 0) return null;
        const entry = record.fields[field];
        if (!entry) return null;
        out[field] = entry;
    }
    return { ...record, fields: out };
}

const live = new Set<GetRecordAdapter>();

class GetRecordAdapter {
    private config: GetRecordConfig | null = null;
    private sequence = 0;

    constructor(private readonly callback: Callback) {}

    update(config: GetRecordConfig): void {
        this.config = config;
        void this.run();
    }

    connect(): void {
        live.add(this);
    }

    disconnect(): void {
        live.delete(this);
    }

    recordId(): string | null {
        return this.config?.recordId ?? null;
    }

    run(): Promise<void> {
        const config = this.config;
        if (!config || !config.recordId) return Promise.resolve();
        if (config.layoutTypes !== undefined) {
            this.callback({ data: undefined, error: platformError(400, 'getRecord: layoutTypes are not supported by the preview; list fields') });
            return Promise.resolve();
        }
        const mine = ++this.sequence;
        const fields = list(config.fields);
        const optionalFields = list(config.optionalFields);
        const cached = fromCache(config.recordId, fields, optionalFields);
        if (cached) {
            return Promise.resolve().then(() => {
                if (mine === this.sequence) this.callback(deepFreeze({ data: cached, error: undefined }));
            });
        }
        return postJson<RecordRepresentation>('/preview-api/records/get', {
            recordId: config.recordId,
            fields,
            optionalFields
        }).then(
            (data) => {
                if (mine === this.sequence) this.callback(deepFreeze({ data, error: undefined }));
            },
            (error: unknown) => {
                if (mine === this.sequence) this.callback(deepFreeze({ data: undefined, error }));
            }
        );
    }
}

export const getRecord = GetRecordAdapter;

function fieldName(record: RecordRepresentation, field: FieldRef): string {
    const name = qualified(field);
    const [object, ...rest] = name.split('.');
    if (object !== record.apiName || rest.length !== 1) throw new Error(`uiRecordApi: ${name} is not a field of ${record.apiName}`);
    return rest[0] as string;
}

export function getFieldValue(record: RecordRepresentation | null | undefined, field: FieldRef): unknown {
    if (!record) return undefined;
    const entry = record.fields[fieldName(record, field)];
    return entry === undefined ? undefined : entry.value;
}

export function getFieldDisplayValue(record: RecordRepresentation | null | undefined, field: FieldRef): unknown {
    if (!record) return undefined;
    const entry = record.fields[fieldName(record, field)];
    return entry === undefined ? undefined : entry.displayValue;
}

function changed(recordIds: string[]): void {
    for (const id of recordIds) cachedRecords().delete(id);
    for (const adapter of live) {
        const id = adapter.recordId();
        if (id && recordIds.includes(id)) void adapter.run();
    }
    window.dispatchEvent(new CustomEvent(PREVIEW_EVENTS.recordChanged, { detail: { recordIds } }));
}

export async function updateRecord(recordInput: { fields: Record<string, unknown>; apiName?: string }): Promise<RecordRepresentation> {
    if (!recordInput || typeof recordInput.fields !== 'object' || recordInput.fields === null) {
        throw platformError(400, 'updateRecord: recordInput.fields is required');
    }
    const result = await postJson<RecordRepresentation>('/preview-api/records/update', { fields: recordInput.fields });
    changed([result.id]);
    return deepFreeze(result);
}

export async function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void> {
    changed(items.map((i) => i.recordId));
}

export function getRecordNotifyChange(items: Array<{ recordId: string }>): void {
    changed(items.map((i) => i.recordId));
}
