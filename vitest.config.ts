import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@fordeling/engine': `${root}libs/engine/src/index.ts`,
  '@fordeling/model': `${root}libs/model/src/index.ts`,
  '@fordeling/letters': `${root}libs/letters/src/index.ts`,
  '@fordeling/store': `${root}libs/store/src/index.ts`,
};

const project = (name: string, dir: string) => ({
  extends: true as const,
  test: { name, root: `${root}${dir}`, include: ['src/**/*.test.ts'] },
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
    ],
  },
});
