import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// The packages' entry points, as tsconfig.base.json's paths name them: each package is imported by
// its name, its test helpers by `<name>/testing`, and nothing deeper (tools/boundaries checks it).
const entryPoints: Record<string, string> = {
  '@fordeling/engine': 'libs/engine/src/index.ts',
  '@fordeling/engine/testing': 'libs/engine/src/testing/index.ts',
  '@fordeling/model': 'libs/model/src/index.ts',
  '@fordeling/model/testing': 'libs/model/src/testing/index.ts',
  '@fordeling/letters': 'libs/letters/src/index.ts',
  '@fordeling/letters/testing': 'libs/letters/src/testing/index.ts',
  '@fordeling/store': 'libs/store/src/index.ts',
  '@fordeling/store/testing': 'libs/store/src/testing/index.ts',
  '@fordeling/synth': 'libs/synth/src/index.ts',
  '@fordeling/browser': 'libs/browser/src/index.ts',
  '@fordeling/api-app': 'apps/api/src/index.ts',
  '@fordeling/api-app/testing': 'apps/api/src/testing/index.ts',
  '@fordeling/letters-app': 'apps/letters/src/index.ts',
};
const alias = Object.entries(entryPoints).map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: `${root}${file}` }));

const project = (name: string, dir: string, include = ['src/**/*.test.ts']) => ({
  extends: true as const,
  test: { name, root: `${root}${dir}`, include },
  resolve: { alias },
});

// One vitest project per Nx project, so `nx run <project>:test` runs exactly that project's tests.
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      project('engine', 'libs/engine'),
      project('model', 'libs/model'),
      project('letters', 'libs/letters'),
      project('store', 'libs/store'),
      project('cli-app', 'apps/cli'),
      project('api-app', 'apps/api'),
      project('letters-app', 'apps/letters'),
      // The workbench's browser tests wait for what a page shows, not a fixed time: on a loaded
      // machine a page re-renders in seconds, so expect.poll waits up to 15 s (default 1 s).
      { ...project('web-app', 'apps/web'), test: { ...project('web-app', 'apps/web').test, expect: { poll: { timeout: 15_000 } } } },
      project('tools', 'tools', ['**/*.test.ts']),
    ],
  },
});
