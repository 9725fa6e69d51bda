// Outreach JSON:API client for "Add to Outreach": pure TypeScript, no `lwc` imports. The transport, the clock
// and the wait are injected, so the same code runs in Jest, in Lightning (through SI_OutreachTransport.send)
// and in the local preview (through a stand-in).
export * from './types';
export * from './requests';
export * from './classify';
export * from './flow';
export * from './picker';
export { BACKOFF_BASE_MS, MAX_RATE_LIMIT_WAIT_MS, MAX_RATE_LIMIT_WAITS, MAX_TRANSIENT_RETRIES, OutreachRequestError, parseTransportResponse } from './run';
