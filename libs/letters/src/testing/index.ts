// @fordeling/letters/testing: a fixture rule book and letter context, the worked-example run folder,
// a decided request, and the text of a rendered letter. Code that ships never imports it.
export * from './fixture-book.js';
export * from './fixture-context.js';
export * from './fixture-decision.js';
export * from './fixture-run.js';
export * from './text-of.js';
