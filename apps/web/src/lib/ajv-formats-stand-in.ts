// ajv-formats in the browser build: see ajv-stand-in.ts.
export { addFormats as default } from './ajv-stand-in.js';
