import { describe, expect, it } from 'vitest';
import { canonicalHash } from './canonical-hash.js';
import { loadRules } from './load-rules.js';
import { lockRules } from './lock-rules.js';
import { createRegistry } from './registry.js';
import { normKind } from '../testing/norm-kind.js';
import { json, normDocument } from '../testing/rule-documents.js';
import { MemoryRuleSource } from './memory-rule-source.js';

const registry = createRegistry([normKind]);
const source = (files: Record<string, string>) => new MemoryRuleSource(files, 'regler');
const lockText = async (rules: MemoryRuleSource) => new TextDecoder().decode(await rules.read('rules.lock.json'));

const v2025 = normDocument({ status: 'published' });
const v2026 = normDocument({ status: 'published', version: '2026.1', validFrom: '2026-01-01', validTo: undefined });

const publisher = { by: 'Jurist A', reason: 'Ny version', at: new Date('2026-12-03T10:00:00Z') };
const entry = (doc: Record<string, unknown>) => ({ hash: canonicalHash(doc), publishedBy: 'Jurist A', publishedAt: '2026-12-03T10:00:00.000Z', reason: 'Ny version' });

describe('lockRules', () => {
  it('adds missing published versions with who, when and why, and never changes an existing entry', async () => {
    const existing = { hash: canonicalHash(v2025), publishedBy: 'Ministeriet', publishedAt: '2025-07-01T08:00:00.000Z', reason: 'Første udgave' };
    const dir = source({
      'bek/norm/2025.1.json': json(v2025),
      'bek/norm/2026.1.json': json(v2026),
      'bek/norm/2027.1-udkast.json': json(normDocument({ version: '2027.1-udkast', validFrom: '2027-01-01', validTo: undefined })),
      'rules.lock.json': json({ 'norm@2025.1': existing }),
    });
    const result = await lockRules(dir, registry, publisher);
    expect(result).toMatchObject({ added: ['norm@2026.1'], kept: 1, refused: [] });
    expect(JSON.parse(await lockText(dir))).toEqual({ 'norm@2025.1': existing, 'norm@2026.1': entry(v2026) });
    const library = await loadRules(dir, registry);
    expect(library.problems).toEqual([]);
    expect(library.ruleSets.map((r) => r.ref.version)).toEqual(['2025.1', '2026.1', '2027.1-udkast']);
  });

  it('reads the first lock format (a bare hash per version) as entries without their log', async () => {
    const dir = source({ 'bek/norm/2025.1.json': json(v2025), 'rules.lock.json': json({ 'norm@2025.1': canonicalHash(v2025) }) });
    const library = await loadRules(dir, registry);
    expect(library.problems).toEqual([]);
    expect(library.lockEntries).toEqual({ 'norm@2025.1': { hash: canonicalHash(v2025) } });
  });

  it('refuses a library with problems, writing nothing: a version that fails validation is never locked', async () => {
    const stale = { hash: canonicalHash({ tampered: true }) };
    const before = json({ 'norm@2025.1': stale });
    const dir = source({ 'bek/norm/2025.1.json': json(v2025), 'bek/norm/2026.1.json': json(v2026), 'rules.lock.json': before });
    const result = await lockRules(dir, registry, publisher);
    expect(result.added).toEqual([]);
    expect(result.refused.map((p) => p.message)).toEqual([expect.stringContaining('»2025.1« af »norm« er ændret efter offentliggørelsen')]);
    expect(await lockText(dir)).toBe(before);
  });

  it('refuses to rewrite a malformed lock file', async () => {
    const dir = source({ 'bek/norm/2025.1.json': json(v2025), 'rules.lock.json': '{ "norm@2024.1": ' });
    const result = await lockRules(dir, registry, publisher);
    expect(result.added).toEqual([]);
    expect(result.refused).toHaveLength(1);
    expect(await lockText(dir)).toBe('{ "norm@2024.1": ');
  });
});
