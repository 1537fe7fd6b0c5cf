// LiveRuleLibrary on its own: loads are serialised and coalesced, a failing load keeps the last good
// library (degraded) until one succeeds, an unchanged library keeps its compiled kinds, and a source
// that cannot be read at all is a failed load like any other.
import { describe, expect, it, vi } from 'vitest';
import { createRegistry, loadRules, MemoryRuleSource, type RuleLibrary } from '@fordeling/engine';
import { normKind } from '@fordeling/engine/testing';
import { LiveRuleLibrary } from './live-rules.js';

const registry = createRegistry([normKind]);
const good = () => loadRules(new MemoryRuleSource({}), registry);
const broken = () => loadRules(new MemoryRuleSource({ 'bek/norm/x.json': '{' }), registry);

describe('LiveRuleLibrary', () => {
  it('keeps the last good library when a load fails, says degraded, and recovers', async () => {
    let next: () => Promise<RuleLibrary> = good;
    const logger = { info: vi.fn(), error: vi.fn() };
    const live = await LiveRuleLibrary.start(registry, () => next(), { logger, clock: () => new Date('2026-01-05T10:00:00Z') });
    const first = live.library;
    expect(live.status()).toMatchObject({ status: 'ok', problems: [], loadedAt: '2026-01-05T10:00:00.000Z' });
    next = broken;
    expect(await live.reload()).toMatchObject({ status: 'degraded', failedAt: '2026-01-05T10:00:00.000Z' });
    expect(live.library).toBe(first);
    expect(live.status().problems[0].file).toContain('bek/norm/x.json');
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ serving: 'last good library' }), 'rule library failed to load');
    next = () => Promise.reject(new Error('forbindelsen til databasen er afbrudt'));
    expect((await live.reload()).problems[0].message).toBe('Regelsættene kunne ikke læses: forbindelsen til databasen er afbrudt');
    next = good;
    expect(await live.reload()).toMatchObject({ status: 'ok', problems: [] });
    // The same files: the library served stays, and with it every compiled kind.
    expect(live.library).toBe(first);
  });

  it('starts unavailable on a library with problems', async () => {
    const live = await LiveRuleLibrary.start(registry, broken);
    expect(live.library).toBeUndefined();
    expect(live.status()).toMatchObject({ status: 'unavailable', ruleSets: 0 });
    expect(LiveRuleLibrary.fixed(await broken()).status().status).toBe('unavailable');
  });

  it('serialises loads and coalesces the reloads asked for while one runs into one more', async () => {
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const live = await LiveRuleLibrary.start(registry, async () => {
      loads++;
      if (loads === 2) await gate;
      return good();
    });
    const running = live.reload();
    const [a, b, c] = [live.reload(), live.reload(), live.reload()];
    expect(a).toBe(b);
    expect(b).toBe(c);
    release();
    await Promise.all([running, a]);
    expect(loads).toBe(3);
  });
});
