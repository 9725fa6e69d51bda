// Stand-ins for `@salesforce/apex/<Class>.<method>`: each import is a function (imperative call) that is
// also a wire adapter (`@wire(method, params)`), as on the platform. The build (preview/build/standins.mjs)
// only generates imports for the methods listed in APEX_METHODS, so an import of any other Apex method
// fails the build instead of the browser.
//   SI_ConfigurationController.getConfiguration - the server answers from the real customMetadata records
//   SI_ReadinessController.getReadinessItems     - the same, from the SI_Readiness_Item__mdt records
//   SI_SegmentController.*                     - the preview server's stand-in over the data set (teams,
//                                                SI_Publish_Segments from the user's permission sets,
//                                                the 200-published limit)
//   SI_OutreachTransport.send                  - the local Outreach stand-in (outreach.ts), with the
//                                                checks the Apex class makes before any callout, and
//                                                its errorCode and not-sent rest of the batch when the
//                                                rep's Outreach connection fails (?outreach=notConnected,
//                                                expired, revoked)
import { ALLOWED_GET_PATH_PATTERN, ALLOWED_POST_PATH_PATTERN, APEX_CALLOUT_LIMIT } from 'c/siOutreachClient';
import { hasPermission } from './customPermission';
import { outreach, type TransportRequest, type TransportResponse } from './outreach';
import { deepFreeze, platformError, postJson } from './platform';

type Params = Record<string, unknown> | undefined;
type Handler = (params: Params) => Promise<unknown>;

/** Simulated server round trip of an Apex call that does not go to the preview server. */
const LOCAL_LATENCY_MS = 40;

function sendToOutreach(params: Params): Promise<unknown> {
    return new Promise((resolve, reject) => {
        setTimeout(() => {
            try {
                resolve(transportSend(params));
            } catch (e) {
                reject(e);
            }
        }, LOCAL_LATENCY_MS);
    });
}

/** What `SI_OutreachTransport.send(List<OutreachRequest> requests)` does, with the local Outreach behind it. */
function transportSend(params: Params): TransportResponse[] {
    if (!hasPermission('SI_Add_To_Sequence')) {
        throw platformError(
            500,
            'You do not have permission to add people to Outreach sequences (SI_Add_To_Sequence).'
        );
    }
    const requests = params?.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw platformError(500, 'No Outreach requests were given.');
    if (requests.length > APEX_CALLOUT_LIMIT) {
        throw platformError(
            500,
            `Batch of ${requests.length} Outreach requests exceeds the ${APEX_CALLOUT_LIMIT} callouts left in this transaction.`
        );
    }
    requests.forEach((r: TransportRequest, i) => {
        const problem = problemWith(r);
        if (problem) throw platformError(500, `Outreach request ${i + 1} is not allowed: ${problem}`);
    });
    return outreach.handleBatch(requests as TransportRequest[]);
}

function problemWith(r: TransportRequest | null | undefined): string | null {
    if (!r || typeof r.path !== 'string' || r.path.trim() === '') return 'missing path';
    if (r.method === 'GET') {
        if (r.body !== null && r.body !== undefined) return 'GET with a body';
        return new RegExp(ALLOWED_GET_PATH_PATTERN).test(r.path) ? null : `GET ${r.path}`;
    }
    if (r.method === 'POST') {
        if (typeof r.body !== 'string' || r.body.trim() === '') return 'POST without a body';
        return new RegExp(ALLOWED_POST_PATH_PATTERN).test(r.path) ? null : `POST ${r.path}`;
    }
    return `method ${String(r.method)}`;
}

const HANDLERS: Record<string, Handler> = {
    'SI_ConfigurationController.getConfiguration': () =>
        postJson('/preview-api/apex/SI_ConfigurationController.getConfiguration', {}),
    'SI_ReadinessController.getReadinessItems': () =>
        postJson('/preview-api/apex/SI_ReadinessController.getReadinessItems', {}),
    'SI_OutreachTransport.send': sendToOutreach,
    // The segment builder's controller: the preview server's SegmentControllerStandIn (preview/server/segments.ts).
    'SI_SegmentController.getBuilderContext': () =>
        postJson('/preview-api/apex/SI_SegmentController.getBuilderContext', {}),
    'SI_SegmentController.saveDraft': (params) =>
        postJson('/preview-api/apex/SI_SegmentController.saveDraft', params ?? {}),
    'SI_SegmentController.publish': (params) =>
        postJson('/preview-api/apex/SI_SegmentController.publish', params ?? {}),
    'SI_SegmentController.unpublish': (params) =>
        postJson('/preview-api/apex/SI_SegmentController.unpublish', params ?? {})
};

/** The Apex methods the preview stands in for (the build checks imports against this list). */
export const APEX_METHODS = Object.keys(HANDLERS);

interface ApexMethod {
    (params?: Params): Promise<unknown>;
    adapter: new (callback: (value: { data: unknown; error: unknown }) => void) => unknown;
}

export function apexMethod(name: string): ApexMethod {
    const handler = HANDLERS[name];
    if (!handler) throw new Error(`The preview has no stand-in for Apex ${name}`);
    // The platform hands an imperative caller a copy it may not mutate.
    const call = (params?: Params): Promise<unknown> =>
        handler(params).then((result) => deepFreeze(structuredClone(result)));
    class ApexWireAdapter {
        private sequence = 0;
        constructor(private readonly callback: (value: { data: unknown; error: unknown }) => void) {}
        update(config: Params): void {
            const mine = ++this.sequence;
            call(config).then(
                (data) => mine === this.sequence && this.callback({ data, error: undefined }),
                (error: unknown) => mine === this.sequence && this.callback({ data: undefined, error })
            );
        }
        connect(): void {}
        disconnect(): void {}
    }
    return Object.assign(call, { adapter: ApexWireAdapter });
}
