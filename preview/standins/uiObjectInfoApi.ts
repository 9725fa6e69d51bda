// Stand-in for `lightning/uiObjectInfoApi`: `getObjectInfos` (wire), answered by the preview server from
// the preview user's schema (the catalog narrowed to their permission sets): per object asked, its info
// with the fields the user can read, or an error result for an object they cannot read, as the UI API's
// batch endpoint answers (`{ results: [{ statusCode, result }] }`, in the order asked).
import { deepFreeze, postJson } from './platform';

interface GetObjectInfosConfig {
    objectApiNames?: ReadonlyArray<string | { objectApiName: string }> | null;
}

type Callback = (value: { data: unknown; error: unknown }) => void;

function apiName(name: string | { objectApiName: string }): string {
    return typeof name === 'string' ? name : name.objectApiName;
}

class GetObjectInfosAdapter {
    private sequence = 0;

    constructor(private readonly callback: Callback) {}

    update(config: GetObjectInfosConfig): void {
        // The platform does not provision until the names are set.
        if (!config?.objectApiNames) return;
        const names = config.objectApiNames.map(apiName);
        const mine = ++this.sequence;
        postJson<unknown>('/preview-api/object-infos', { objectApiNames: names }).then(
            (data) => {
                if (mine === this.sequence) this.callback(deepFreeze({ data, error: undefined }));
            },
            (error: unknown) => {
                if (mine === this.sequence) this.callback(deepFreeze({ data: undefined, error }));
            }
        );
    }

    connect(): void {}

    disconnect(): void {}
}

export const getObjectInfos = GetObjectInfosAdapter;
