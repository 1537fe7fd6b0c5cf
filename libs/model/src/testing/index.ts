// @fordeling/model/testing: the 10-citizen hand calculation, a fixture rule book, a model result and
// citizens as columns, for tests here and elsewhere. Code that ships never imports it.
export * from './citizen-columns-of.js';
export * from './fixture-rules.js';
export * from './result-fixture.js';
export * from './ten-citizens.js';
export * from './published-figures.js';
