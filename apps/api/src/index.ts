// @fordeling/api-app: the HTTP API as the launcher (`fordeling serve`) and the benchmarks start it.
export { createApp, createLogger, type AppOptions } from './app.js';
export { composeApi, type ComposedApi, type ComposeOptions } from './container.js';
export { engineFunctions } from './rules/engine-functions.js';
export { HttpProblem } from './http/problem.js';
export { mintToken } from './tokens/create-token.js';
export { readLocalAdmin, removeLocalAdmin, writeLocalAdmin, type LocalAdmin } from './tokens/local-admin.js';
export { openApiDocument } from './openapi/document.js';
