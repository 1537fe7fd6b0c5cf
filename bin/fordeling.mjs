#!/usr/bin/env node
// Entry of the `fordeling` command. The project runs on Node 24, pinned by the `node`
// devDependency, which npm puts first on PATH for `npx fordeling` and npm scripts; started any other
// way on an older Node, the command hands itself over to the pinned one.
//
// It runs the compiled JavaScript of tools/build/cli-build.mjs (built by `npm ci`), rebuilt first
// when a source changed since, so what runs is always the sources as they are. Without a build
// (esbuild missing, a read-only checkout) or with FORDELING_FROM_SOURCE=1 it runs the TypeScript
// sources through tsx, as before the build existed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
if (Number(process.versions.node.split('.')[0]) < 24 && existsSync(pinned)) {
  const child = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const { builtEntry } = await import('../tools/build/cli-build.mjs');
const entry = process.env.FORDELING_FROM_SOURCE === '1' ? undefined : await builtEntry('fordeling');
if (entry) {
  // Stack traces of unexpected errors point into the TypeScript sources (the build's source maps).
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) });
  await import('../apps/cli/src/main.ts');
}
