#!/usr/bin/env node
// Entry of the `fordeling` command. The sources are TypeScript; tsx compiles them on the fly so a
// fresh `npm ci` is all a user needs. The project pins Node 24 (the `node` devDependency), which npm
// puts first on PATH for `npx fordeling` and npm scripts.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) });
await import('../apps/cli/src/main.ts');
