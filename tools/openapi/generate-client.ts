// `npm run openapi:client`: writes the API client's types (client-types.ts says why).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types.js';

mkdirSync(path.dirname(CLIENT_TYPES_FILE), { recursive: true });
writeFileSync(CLIENT_TYPES_FILE, await clientTypes());
console.log(`Skrev ${path.relative(process.cwd(), CLIENT_TYPES_FILE)}`);
