// Types for the Outreach JSON:API client: the transport contract (what Apex receives and returns),
// the Outreach resource shapes the client reads and writes, and the per-person results it produces.
// Outreach API v2 implements JSON:API 1.0: success bodies carry `data`, failures carry `errors`.
export const OUTREACH_OUTCOMES = [
    'added',
    'alreadyInSequence',
    'missingEmail',
    'optedOut',
    'notPermitted',
    'rateLimited',
    'failed'
];
