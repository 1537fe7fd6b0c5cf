// The compiled JavaScript the `fordeling` command runs (issue 17: no TypeScript compiled at every
// start). esbuild bundles apps/cli/src/main.ts — and the national bench — into dist/cli/<id>/: one
// chunk per lazily loaded command, so `--help` loads almost nothing; the pure-JavaScript packages
// every rules-loading command needs bundled with them, every other package left to node_modules
// (BUNDLED_PACKAGES). Plain JavaScript on purpose: it runs before anything is compiled, on the Node
// that `npm ci` runs its scripts with.
//
// The sources stay the truth. A stamp (dist/cli/current.json) lists every file the build read with
// its size, time and hash; `builtEntry` checks them at each start (a few hundred stat calls, ≈ 3 ms)
// and rebuilds when one has changed, so an edited source never runs as its old build. Builds are
// content-addressed and written beside each other, so a process still running an older build keeps
// its chunks while another rebuilds.
//
// Bundling moves code, so two kinds of `import.meta.url` are rewritten per source file:
// - `new URL('./x-worker.ts', import.meta.url)` (a worker thread's module) becomes the URL of its
//   own bundle, built next to the others;
// - every other `import.meta.url` becomes the source file's own URL, so the paths it resolves
//   (rules/, templates/, migrations/, data files) are the repository's, as when run from source.
//
// `node tools/build/cli-build.mjs` builds when stale (npm's `prepare` runs it on `npm ci`);
// `node tools/build/cli-build.mjs --run <entry> [args]` runs an entry of a fresh build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isBuiltin } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const distDir = join(root, 'dist', 'cli');
const stampFile = join(distDir, 'current.json');
const FORMAT = 1;

/** The bundles a build makes; the keys are their file names (fordeling.js, …). */
export const ENTRIES = {
  fordeling: 'apps/cli/src/main.ts',
  'bench-national': 'tools/bench/national.ts',
};

/** The installed packages (npm rewrites this file at every install), as some are bundled. */
const INSTALLED = 'node_modules/.package-lock.json';
/** Files that shape every build besides the sources esbuild reads. */
const BUILD_INPUTS = ['tools/build/cli-build.mjs', 'tsconfig.base.json', ...(existsSync(join(root, INSTALLED)) ? [INSTALLED] : [])];

const toPosix = (path) => path.split(sep).join('/');
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * The absolute path of `entry` (a key of ENTRIES) in a build of the current sources, building it
 * first when there is none or a source changed since. Undefined when no build can be made (the
 * caller runs the sources instead); why is printed on stderr.
 */
export async function builtEntry(entry) {
  const fresh = freshBuild();
  if (fresh) return join(fresh, `${entry}.js`);
  try {
    return join(await build(), `${entry}.js`);
  } catch (error) {
    process.stderr.write(`Den kompilerede udgave kunne ikke bygges; kører fra kildekoden (langsommere).\n${error?.message ?? error}\n`);
    return undefined;
  }
}

/** The folder of the current build when every file it was built from is unchanged, else undefined. */
export function freshBuild() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
  if (stamp.format !== FORMAT) return undefined;
  const dir = join(distDir, stamp.id);
  if (!existsSync(join(dir, 'fordeling.js'))) return undefined;
  for (const [file, size, mtimeMs, hash] of stamp.inputs) {
    let info;
    try {
      info = statSync(join(root, file));
    } catch {
      return undefined;
    }
    if (info.size !== size) return undefined;
    // Touched but maybe not changed (a checkout, a stash): the content decides.
    if (info.mtimeMs !== mtimeMs && sha(readFileSync(join(root, file))) !== hash) return undefined;
  }
  return dir;
}

/** Builds into dist/cli/<id>/ and makes it the current build; returns its folder. */
export async function build() {
  const esbuild = await import('esbuild');
  mkdirSync(distDir, { recursive: true });
  const staging = join(distDir, `.build-${process.pid}-${Date.now()}`);
  /** Repository path → [size, mtimeMs, sha256] of the content the build read. */
  const inputs = new Map();
  try {
    const result = await esbuild.build({
      ...bundleOptions({ outdir: staging, inputs, esbuild, workers: new Map(), names: new Map() }),
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
      splitting: true,
      chunkNames: 'chunk-[hash]',
    });
    for (const file of [...BUILD_INPUTS, ...Object.keys(result.metafile.inputs)]) if (!inputs.has(file)) record(inputs, file);
    const records = [...inputs].filter(([file]) => file === INSTALLED || !file.startsWith('node_modules/')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, r]) => [file, ...r]);
    const id = sha(JSON.stringify([FORMAT, esbuild.version, records.map(([file, , , hash]) => [file, hash])])).slice(0, 16);
    const dir = join(distDir, id);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process built the same sources at the same time: its build is this one.
      if (!existsSync(join(dir, 'fordeling.js'))) throw error;
      rmSync(staging, { recursive: true, force: true });
    }
    const previous = readPrevious();
    const stampTemp = `${stampFile}.${process.pid}`;
    writeFileSync(stampTemp, `${JSON.stringify({ format: FORMAT, id, esbuild: esbuild.version, inputs: records })}\n`);
    renameSync(stampTemp, stampFile);
    prune([id, previous]);
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * esbuild options shared by the main build and the worker builds. `bundle` is one build's state:
 * its output folder, the inputs read, and the worker bundles started (by module path) and their names.
 */
function bundleOptions(bundle, worker = false) {
  const { outdir } = bundle;
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    absWorkingDir: root,
    outdir,
    entryNames: '[name]',
    tsconfig: join(root, 'tsconfig.base.json'),
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // Bundled CommonJS packages call require(); ESM has none of its own.
    banner: { js: "import { createRequire as __fordelingCreateRequire } from 'node:module'; const require = __fordelingCreateRequire(import.meta.url);" },
    plugins: [packagesPolicy, sourceUrls(bundle, !worker), ...(worker ? [onlyWhatIsUsed] : [])],
  };
}

/**
 * npm packages the bundle includes: the pure-JavaScript ones every rules-loading command needs at
 * once. Loaded from node_modules they are some 500 files (inversify alone 230), ≈ 0,2 s of every
 * start; bundled, one file. Every other package stays in node_modules, loaded when a command needs
 * it — some must: PGlite, Playwright and Swagger UI read files next to their own code.
 */
const BUNDLED_PACKAGES = new Set([
  'ajv', 'ajv-formats', 'better-ajv-errors', '@humanwhocodes/momoa', 'yaml', 'json-rules-engine', 'leven',
  'inversify', 'reflect-metadata', 'cli-progress',
]);

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Bundles BUNDLED_PACKAGES (with everything they import) and leaves every other package to node_modules. */
const packagesPolicy = {
  name: 'fordeling-packages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || isBuiltin(args.path) || args.path.startsWith('@fordeling/')) return undefined;
      if (args.importer.includes(`${sep}node_modules${sep}`) || BUNDLED_PACKAGES.has(packageName(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * The two `import.meta.url` rewrites described at the top, and a bundle per worker module, each
 * built once however many modules name it (a worker may import the module that starts it).
 */
function sourceUrls(bundle, topLevel) {
  const { outdir, inputs, esbuild, workers, names } = bundle;
  return {
    name: 'fordeling-source-urls',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const PLACEHOLDER = '__fordelingBundleUrl__';
        let text = record(inputs, toPosix(relative(root, args.path))).toString('utf8');
        text = text.replace(/new URL\((['"])(\.{1,2}\/[\w./-]*-worker)\.ts\1,\s*import\.meta\.url\)/g, (_all, _quote, path) => {
          const file = resolve(dirname(args.path), `${path}.ts`);
          const name = basename(path);
          if (names.has(name) && names.get(name) !== file) throw new Error(`To worker-moduler hedder ${name}: ${names.get(name)} og ${file}.`);
          names.set(name, file);
          if (!workers.has(file)) {
            const built = buildWorker(file, name);
            built.catch(() => undefined); // awaited, and its error reported, at the end of the top-level build
            workers.set(file, built);
          }
          return `new URL(${JSON.stringify(`./${name}.js`)}, ${PLACEHOLDER})`;
        });
        const source = toPosix(relative(outdir, args.path));
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(source)}, import.meta.url).href`);
        return { contents: text.replaceAll(PLACEHOLDER, 'import.meta.url'), loader: 'ts' };
      });
      // A worker gets a bundle of its own: only what it imports, loaded by a fresh thread.
      const buildWorker = async (file, name) => {
        const result = await esbuild.build({ ...bundleOptions(bundle, true), entryPoints: { [name]: file } });
        for (const input of Object.keys(result.metafile.inputs)) if (!inputs.has(input)) record(inputs, input);
      };
      // Worker builds may start more worker builds: wait until none is left.
      if (topLevel) {
        pluginBuild.onEnd(async () => {
          for (let started = -1; started !== workers.size; ) {
            started = workers.size;
            await Promise.all(workers.values());
          }
        });
      }
    },
  };
}

/**
 * A worker's bundle keeps only the repository modules whose exports it uses: a worker that needs
 * two code lists from @fordeling/engine must not load the whole engine (ajv, json-rules-engine, …)
 * at every start. Our modules do their work when called, not when imported (kinds are bound at the
 * composition roots), so dropping an unused one changes nothing.
 */
const onlyWhatIsUsed = {
  name: 'fordeling-worker-tree-shaking',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === onlyWhatIsUsed || args.kind === 'entry-point') return undefined;
      const resolved = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: onlyWhatIsUsed });
      if (resolved.errors.length || resolved.external || resolved.path.includes(`${sep}node_modules${sep}`)) return resolved.errors.length ? { errors: resolved.errors } : resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

/** Records a file's size, time and hash as read now (time first, so an edit while building shows). */
function record(inputs, file) {
  const path = join(root, file);
  const { size, mtimeMs } = statSync(path);
  const bytes = readFileSync(path);
  inputs.set(file, [bytes.length === size ? size : -1, mtimeMs, sha(bytes)]);
  return bytes;
}

function readPrevious() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).id;
  } catch {
    return undefined;
  }
}

/** Removes builds other than `keep` (the new one and the one before, which a running process may use). */
function prune(keep) {
  for (const name of readdirSync(distDir)) {
    if (keep.includes(name) || name === basename(stampFile) || name.startsWith('.build-')) continue;
    rmSync(join(distDir, name), { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [flag, entry] = process.argv.slice(2);
  if (flag === '--run') {
    const path = await builtEntry(entry);
    if (!path) process.exit(1);
    // The entry sees itself as the script it runs, with its own arguments.
    process.argv.splice(1, 3, path);
    await import(pathToFileURL(path).href);
  } else {
    const dir = freshBuild() ?? (await build());
    console.log(`fordeling er bygget: ${toPosix(relative(root, dir))}`);
  }
}
