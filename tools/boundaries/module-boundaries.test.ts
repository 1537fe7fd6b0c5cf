import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@fordeling/engine';
import { checkBoundaries, formatViolation } from './module-boundaries.js';

describe('module boundaries', () => {
  it('hold in this workspace: layers, no cycles, entry points only, test helpers only in tests', async () => {
    expect((await checkBoundaries(repoRoot)).map(formatViolation)).toEqual([]);
  });

  // A workspace of its own, laid out like this one, with one wrong-way import of each kind; nothing
  // is written into this tree.
  const workspace = mkdtemp(path.join(tmpdir(), 'fordeling-boundaries-'));
  afterAll(async () => rm(await workspace, { recursive: true, force: true }));

  async function write(files: Record<string, string>): Promise<string> {
    const root = await workspace;
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    return root;
  }
  const projectJson = (name: string, tag: string) => JSON.stringify({ name, tags: [tag] });

  it('fail on a deliberate wrong-way import, naming the rule, the importing file and the imported one', async () => {
    const root = await write({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          module: 'ESNext',
          moduleResolution: 'Bundler',
          baseUrl: '.',
          paths: { '@fordeling/engine': ['libs/engine/src/index.ts'], '@fordeling/model': ['libs/model/src/index.ts'] },
        },
        include: ['apps', 'libs', 'tools'],
      }),
      'libs/engine/project.json': projectJson('engine', 'layer:engine'),
      'libs/engine/src/index.ts': "export { norm } from './norm.js';\n",
      'libs/engine/src/norm.ts': 'export const norm = 1600;\n',
      'libs/engine/src/testing/index.ts': 'export const fixture = 1;\n',
      'libs/model/project.json': projectJson('model', 'layer:model'),
      'libs/model/src/index.ts': "import { norm } from '@fordeling/engine';\nexport interface RunJson { asOf: string }\nexport const target = norm;\n",
      // A deep import into another package, and a test helper in code that ships.
      'libs/model/src/deep.ts': "import { norm } from '../../engine/src/norm.js';\nimport { fixture } from '../../engine/src/testing/index.js';\nexport const both = norm + fixture;\n",
      // Two files of one package that import each other.
      'libs/model/src/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'libs/model/src/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'libs/store/project.json': projectJson('store', 'layer:store'),
      // The store importing the model's types: a layer it may not use.
      'libs/store/src/index.ts': "import type { RunJson } from '@fordeling/model';\nexport type Stored = RunJson;\n",
      'apps/api/project.json': projectJson('api-app', 'layer:app'),
      // An app importing tools/.
      'apps/api/src/index.ts': "import { measure } from '../../../tools/measure.js';\nexport const timed = measure;\n",
      'tools/project.json': projectJson('tools', 'layer:tools'),
      'tools/measure.ts': 'export const measure = () => 0;\n',
    });
    const found = (await checkBoundaries(root)).map((v) => [v.rule, v.from, v.to]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['layer:store', 'libs/store/src/index.ts', 'libs/model/src/index.ts'],
        ['layer:api-app', 'apps/api/src/index.ts', 'tools/measure.ts'],
        ['entry-points-only', 'libs/model/src/deep.ts', 'libs/engine/src/norm.ts'],
        ['test-helpers-stay-in-tests', 'libs/model/src/deep.ts', 'libs/engine/src/testing/index.ts'],
        ['no-circular', 'libs/model/src/a.ts', 'libs/model/src/b.ts → libs/model/src/a.ts'],
      ]),
    );
    // The model's own import of the engine by its name is allowed.
    expect(found.filter(([, from]) => from === 'libs/model/src/index.ts')).toEqual([]);
  });

  it('refuse a project without a layer tag', async () => {
    const root = await write({ 'libs/untagged/project.json': JSON.stringify({ name: 'untagged' }), 'libs/untagged/src/index.ts': 'export {};\n' });
    await expect(checkBoundaries(root)).rejects.toThrow('libs/untagged/project.json: projektet »untagged« har intet lag-tag');
  });
});
