// Errors of the Salesforce client, each named for what went wrong and carrying what to do next.

/** What went wrong, by name: the org commands print it and decide their exit code from it. */
export type SalesforceErrorCode =
    | 'UnknownOrg'
    | 'InvalidQuery'
    | 'MissingField'
    | 'RequestFailed'
    | 'JobFailed'
    | 'JobAborted'
    | 'ServerError'
    | 'SessionExpired'
    | 'Timeout';

const NEXT_STEP: Record<SalesforceErrorCode, string> = {
    UnknownOrg:
        'List the stored orgs with sf org list; log in with sf org login web --alias <alias> (sf org login jwt in CI).',
    RequestFailed:
        'Salesforce refused the request; the message has its error code. Fix the cause and run again with --resume.',
    MissingField:
        'Deploy the project (npm run deploy) and assign the Sales Intelligence Operations permission set to the running user.',
    InvalidQuery:
        'Check the object, field names and --where condition; the message names the field Salesforce rejected.',
    JobFailed: 'Read the job in Setup > Bulk Data Load Jobs; fix the cause and run again with --resume.',
    JobAborted: 'Somebody (or a limit) aborted the job; run again with --resume to continue where the run stopped.',
    ServerError:
        'Salesforce answered with a server error after retries; wait a few minutes and run again with --resume.',
    SessionExpired:
        'Log in again (sf org login web --alias <alias>, or sf org login jwt in CI) and run again with --resume.',
    Timeout: 'Salesforce did not answer in time; run again with --resume (finished work is not repeated).'
};

export class SalesforceError extends Error {
    readonly nextStep: string;

    constructor(
        readonly code: SalesforceErrorCode,
        message: string
    ) {
        super(`${code}: ${message}`);
        this.name = 'SalesforceError';
        this.nextStep = NEXT_STEP[code];
    }
}

/** The `errorCode` of a failed Connection request (jsforce's HttpApiError), or '' when it has none. */
export function errorCodeOf(e: unknown): string {
    return typeof e === 'object' && e !== null && 'errorCode' in e
        ? String((e as { errorCode: unknown }).errorCode)
        : '';
}
