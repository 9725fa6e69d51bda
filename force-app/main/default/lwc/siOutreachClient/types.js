// Types for the Outreach JSON:API client: the transport contract (what Apex receives and returns),
// the Outreach resource shapes the client reads and writes, and the per-person results it produces.
// Outreach API v2 implements JSON:API 1.0: success bodies carry `data`, failures carry `errors`.
/**
 * The transport's `errorCode`s for the rep's Outreach connection (the per-user principal of the External
 * Credential SI_Outreach), identical to the constants of SI_OutreachConnection.cls (a Jest test compares), and
 * the reason each gives:
 *   OUTREACH_NOT_CONNECTED       - the rep has not authenticated yet (no per-user principal authentication)
 *   OUTREACH_CONNECTION_EXPIRED  - the token expired and Salesforce could not refresh it
 *   OUTREACH_CONNECTION_REVOKED  - Outreach answers invalid_grant / revoked: the grant is gone
 * None of them is transient: only the rep (re)connecting on their External Credentials page helps.
 */
export const OUTREACH_CONNECTION_ERROR_CODES = {
    OUTREACH_NOT_CONNECTED: 'notConnected',
    OUTREACH_CONNECTION_EXPIRED: 'connectionExpired',
    OUTREACH_CONNECTION_REVOKED: 'connectionRevoked'
};
export const OUTREACH_OUTCOMES = [
    'added',
    'alreadyInSequence',
    'missingEmail',
    'optedOut',
    'notPermitted',
    'rateLimited',
    'failed'
];
