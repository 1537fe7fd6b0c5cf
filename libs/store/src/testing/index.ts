// @fordeling/store/testing: the backends a store test runs on (PGlite, and PostgreSQL with
// DATABASE_URL), a migrated store per test, and fixture runs, cases and decisions. Code that ships
// never imports it.
export * from './backends.js';
export * from './fixtures.js';
export * from './use-store.js';
