// @fordeling/api-app/testing: an API on a fresh store per test (both backends), with tokens, a
// registered run and a capacity request. Code that ships never imports it.
export * from './run-fixture.js';
export * from './test-app.js';
export * from './live-test-app.js';
