// The Add to Outreach modal's picker lists (mailboxes and sequences, paged to MAX_LIST_PAGES) and the next step
// an Outreach error calls for, through the run machinery of run.ts.
/* eslint-disable no-await-in-loop */
import { listMailboxesRequest, listSequencesRequest, MAX_LIST_PAGES, nextPageRequest } from './requests';
import type {
    ClassifiedResponse,
    MailboxResource,
    OutreachClientOptions,
    OutreachErrorInfo,
    OutreachNextStep,
    OutreachPickerOptions,
    OutreachPickOption,
    SequenceResource
} from './types';
import { createRun, malformed, OutreachRequestError, readNextLink, readResources, send } from './run';
// ---------------------------------------------------------------------------------------------
// Picker lists
// ---------------------------------------------------------------------------------------------

/** What the rep should do about an error. */
export function nextStepForError(error: OutreachErrorInfo): OutreachNextStep {
    switch (error.reason) {
        case 'scope':
            return 'askAdminForScope';
        case 'permission':
            return 'askOutreachAdmin';
        case 'unauthorized':
        case 'notConnected':
            return 'connectOutreach';
        case 'connectionExpired':
        case 'connectionRevoked':
            return 'reconnectOutreach';
        case 'rateLimited':
            return error.retryAt !== null ? 'retryAt' : 'retryLater';
        case 'validation':
        case 'invalidEmail':
            return 'fixRecord';
        case 'notFound':
            return 'reviewSelection';
        case 'server':
        case 'timeout':
        case 'transport':
            return error.retryAt !== null ? 'retryAt' : 'retryLater';
        default:
            return 'contactAdmin';
    }
}

/** Loads the enabled sequences and the mailboxes for the picker, in one transport call when one page each. */
export async function loadPickerOptions(options: OutreachClientOptions): Promise<OutreachPickerOptions> {
    const run = createRun(options);
    const first = await send(
        run,
        'load',
        [
            { key: 'sequences' as const, request: listSequencesRequest() },
            { key: 'mailboxes' as const, request: listMailboxesRequest() }
        ],
        true
    );
    const sequences: OutreachPickOption[] = [];
    const mailboxes: OutreachPickOption[] = [];
    let sequencesTruncated = false;
    let mailboxesTruncated = false;
    for (const resource of ['sequences', 'mailboxes'] as const) {
        let response = first.get(resource) as ClassifiedResponse;
        for (let page = 1; ; page += 1) {
            if (!response.ok) {
                throw new OutreachRequestError(response.error);
            }
            if (resource === 'sequences') {
                const items = readResources<SequenceResource>(response.document, 'sequence');
                if (items === null) {
                    throw new OutreachRequestError(malformed('sequence list'));
                }
                items.forEach((item) =>
                    sequences.push({ id: String(item.id), label: item.attributes?.name?.trim() || `#${item.id}` })
                );
            } else {
                const items = readResources<MailboxResource>(response.document, 'mailbox');
                if (items === null) {
                    throw new OutreachRequestError(malformed('mailbox list'));
                }
                items
                    .filter((item) => item.attributes?.sendDisabled !== true)
                    .forEach((item) =>
                        mailboxes.push({ id: String(item.id), label: item.attributes?.email?.trim() || `#${item.id}` })
                    );
            }
            const next = readNextLink(response.document);
            if (next === null) {
                break;
            }
            if (page >= MAX_LIST_PAGES) {
                if (resource === 'sequences') {
                    sequencesTruncated = true;
                } else {
                    mailboxesTruncated = true;
                }
                break;
            }
            const request = nextPageRequest(next, resource);
            response = (await send(run, 'load', [{ key: resource, request }], true)).get(
                resource
            ) as ClassifiedResponse;
        }
    }
    return { sequences, mailboxes, sequencesTruncated, mailboxesTruncated };
}
