// First import of a test file that runs under ./salesforceEnvironment.js: removes the jsdom `window` and
// `self` (needed only by the LWC setup files, which have run by now) so that @salesforce/core and jsforce,
// imported after this, run as in Node (real file system for HOME, file locks, content-length, user-agent).
const g = globalThis as { window?: unknown; self?: unknown };
delete g.window;
delete g.self;
export {};
