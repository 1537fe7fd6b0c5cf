import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { loadRules } from './load-rules.js';
import { lockRules } from './lock-rules.js';
import { createRegistry } from './registry.js';
import { normKind } from './__fixtures__/norm-kind.js';
import { json, normDocument, writeRulesDir } from './__fixtures__/temp-rules.js';

const registry = createRegistry([normKind]);
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const v2025 = normDocument({ status: 'published' });
const v2026 = normDocument({ status: 'published', version: '2026.1', validFrom: '2026-01-01', validTo: undefined });

describe('lockRules', () => {
  it('adds missing published versions and never changes an existing entry', async () => {
    const stale = canonicalHash({ tampered: true });
    const dir = await writeRulesDir({
      'bek/norm/2025.1.json': json(v2025),
      'bek/norm/2026.1.json': json(v2026),
      'bek/norm/2027.1-udkast.json': json(normDocument({ version: '2027.1-udkast', validFrom: '2027-01-01', validTo: undefined })),
      'rules.lock.json': json({ 'norm@2025.1': stale }),
    });
    dirs.push(dir);
    const result = await lockRules(dir, registry);
    expect(result).toMatchObject({ added: ['norm@2026.1'], kept: 1, lockProblems: [] });
    expect(JSON.parse(await readFile(path.join(dir, 'rules.lock.json'), 'utf8'))).toEqual({ 'norm@2025.1': stale, 'norm@2026.1': canonicalHash(v2026) });
    const library = await loadRules(dir, registry);
    expect(library.problems.map((p) => p.message)).toEqual([expect.stringContaining('»2025.1« af »norm« er ændret efter offentliggørelsen')]);
    expect(library.ruleSets.map((r) => r.ref.version)).toEqual(['2026.1', '2027.1-udkast']);
  });

  it('refuses to rewrite a malformed lock file', async () => {
    const dir = await writeRulesDir({ 'bek/norm/2025.1.json': json(v2025), 'rules.lock.json': '{ "norm@2024.1": ' });
    dirs.push(dir);
    const result = await lockRules(dir, registry);
    expect(result.added).toEqual([]);
    expect(result.lockProblems).toHaveLength(1);
    expect(await readFile(path.join(dir, 'rules.lock.json'), 'utf8')).toBe('{ "norm@2024.1": ');
  });
});
