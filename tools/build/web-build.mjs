// The workbench's build (apps/web, docs/web.md): Vite writes dist/web/ — index.html, the shell and
// one chunk per page. Run by npm's `prepare` (so `npm ci` leaves a built workbench) and by
// `npm run build`; `fordeling serve` serves the folder. Like cli-build.mjs it builds only when a
// source changed: dist/web/stamp.json holds the hash of every file under apps/web/ (tests
// excluded), the lock file and this script.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const appDir = join(root, 'apps', 'web');
export const webDistDir = join(root, 'dist', 'web');
const stampFile = join(webDistDir, 'stamp.json');

const isTest = (file) => /\.(test|e2e)\.tsx?$/.test(file) || file.includes(`${sep}testing${sep}`);

function sources(dir = appDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return isTest(path) ? [] : [path];
  });
}

/** One hash over every input of the build, so any change (or a new package version) rebuilds. */
export function sourceHash() {
  const hash = createHash('sha256');
  const files = [...sources(), join(root, 'package-lock.json'), fileURLToPath(import.meta.url)].filter(existsSync).sort();
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function webBuildIsFresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return stamp.hash === sourceHash() && stamp.mode === 'production' && existsSync(join(webDistDir, 'index.html'));
  } catch {
    return false;
  }
}

/** Builds dist/web/ unless it is fresh; returns true when it built. */
export async function buildWeb({ force = false } = {}) {
  if (!force && webBuildIsFresh()) return false;
  const hash = sourceHash();
  // Always the production bundle: run from a test (vitest sets NODE_ENV=test) Vite would otherwise
  // build React's development code, twice the size and slower.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(appDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  writeFileSync(stampFile, `${JSON.stringify({ hash, mode: 'production', builtAt: new Date().toISOString() })}\n`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await buildWeb({ force: process.argv.includes('--force') });
  const size = statSync(join(webDistDir, 'index.html')).size > 0 ? relative(root, webDistDir) : '';
  console.log(built ? `Arbejdsbordet er bygget: ${size} (${((Date.now() - started) / 1000).toFixed(1).replace('.', ',')} s)` : `Arbejdsbordet er allerede bygget: ${size}`);
}
