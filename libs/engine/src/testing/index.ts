// @fordeling/engine/testing: what tests elsewhere build on — the shipped rules loaded once, worked
// capacity requests, random requests for property tests, the `norm` test kind, and WeightsReference,
// the readable oracle the compiled weight tables and the model's kernel are held against. Code that
// ships never imports it.
export * from './arbitrary-citizen.js';
export * from './capacity-request.js';
export * from './random-capacity-requests.js';
export * from './shipped-rules.js';
export { normKind } from './norm-kind.js';
export { WeightsReference } from '../kinds/weights/reference.js';
