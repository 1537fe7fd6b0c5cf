// @fordeling/letters-app: the letter batch as the launcher (`fordeling letters`) and the benchmarks start it.
export { runLettersCli } from './cli.js';
export { createLettersContainer } from './container.js';
export { LettersApp } from './letters-app.js';
