// Public API of the Sales Intelligence signals engine (library bundle, no `lwc` imports).
export * from './vocabulary';
export * from './types';
export * from './config';
