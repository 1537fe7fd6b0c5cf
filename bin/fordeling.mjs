#!/usr/bin/env node
// Entry of the `fordeling` command. The sources are TypeScript; tsx compiles them on the fly so a
// fresh `npm ci` is all a user needs. The project runs on Node 24, pinned by the `node`
// devDependency, which npm puts first on PATH for `npx fordeling` and npm scripts; started any other
// way on an older Node, the command hands itself over to the pinned one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
if (Number(process.versions.node.split('.')[0]) < 24 && existsSync(pinned)) {
  const child = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register({ tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) });
await import('../apps/cli/src/main.ts');
