// The store's public contract, one file per entity; the HearingStore interface over them.
export * from './audit.js';
export * from './change-context.js';
export * from './decisions.js';
export * from './hearing-store.js';
export * from './hearings.js';
export * from './letters.js';
export * from './rule-versions.js';
export * from './runs.js';
export * from './tokens.js';
export * from './sessions.js';
