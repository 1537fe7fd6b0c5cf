// Migration 0003: decisions stored with their whole trace (before) become the engine's compact record,
// and reading them still tells exactly what was decided and why.
import { describe, expect, it } from 'vitest';
import { compactDecision, createRegistry, decide, defaultRulesDir, expandDecision, loadRules, standardKinds } from '@fordeling/engine';
import { migrate, readMigrations } from './migrate.js';
import { SqlHearingStore } from './sql-hearing-store.js';
import { backends } from './testing/backends.js';
import { regionActor } from './testing/fixtures.js';

const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
const request = {
  date: '2026-03-15', council: 'Kronjylland', request: 'new', existingCapacities: 150, ceiling: 150,
  clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true,
  extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.4 },
} as const;

describe.each(backends)('migration 0003, compact decisions ($name)', (backend) => {
  it('turns a stored trace into the compact record, from which the same decision is rebuilt', async () => {
    const book = library.bookAt(request.date);
    const decision = await decide(request, book);
    const target = await backend.create();
    try {
      const db = await target.openDatabase();
      const before = readMigrations().filter((m) => m.version < 3);
      await migrate(db, before);
      // A decision as the store wrote it before 0003: the whole Decision in the decision column, as
      // it was then (the ceiling and unit came with issue 14, long after 0003; expand rebuilds them).
      const { ceiling: _ceiling, unit: _unit, ...then } = decision;
      const old = new SqlHearingStore(db);
      const { id } = await old.recordDecision({
        request: { ...request, clinic: { ...request.clinic } }, decision: then as never, ruleSets: decision.ruleSets, region: 'Midtjylland', council: 'Kronjylland', actor: regionActor,
      });
      expect(Object.keys((await old.getDecision(id))!.decision)).toContain('trace');

      expect((await migrate(db, readMigrations().filter((m) => m.version <= 3))).map((m) => m.version)).toEqual([3]);
      const stored = (await new SqlHearingStore(db).getDecision(id))!;
      expect(stored.decision).toEqual(compactDecision(decision));
      expect(stored.ruleSets).toEqual(decision.ruleSets);
      expect(JSON.stringify(expandDecision(stored.request, stored.decision, stored.ruleSets, book))).toBe(JSON.stringify(decision));
      await db.close();
    } finally {
      await target.dispose();
    }
  });
});
