import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir } from '@fordeling/engine';
import { anholtRequest } from '@fordeling/engine/testing';
import { run } from './decide.js';

// Seed 000: extra provider numbers on non-bridged islands »i en periode frem til 1. januar 2027«. On
// 31 December 2026 the request gives no ceiling: capacity 2026.2 has the order's number (136).
const { ceiling: _fixedByOrder, ...island } = anholtRequest({ date: '2026-12-31', existingCapacities: 136.5 });

async function decideCli(argv: string[], input: unknown) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdin: async () => (typeof input === 'string' ? input : JSON.stringify(input)), out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('fordeling decide', () => {
  it('prints the decision as JSON, using the rules in force on the request date', async () => {
    const { code, out } = await decideCli([], island);
    expect(code).toBe(0);
    const decision = JSON.parse(out);
    expect(decision).toMatchObject({ outcome: 'granted', basis: 'non-bridged-island', asOf: '2026-12-31', unit: 'provider-number', ceiling: { capacities: 136, fixedByOrder: true } });
    expect(decision.ruleSets.find((r: { id: string }) => r.id === 'geography').version).toBe('2025.1');
    expect(decision.ruleSets.find((r: { id: string }) => r.id === 'capacity').version).toBe('2026.2');
  });

  it('--as-of picks another date’s rules (the 2027 geography)', async () => {
    // The order fixes no number for 2027 (capacity 2026.2), so the request gives its ceiling.
    const { out } = await decideCli(['--as-of', '2027-01-01'], { ...island, ceiling: 136 });
    expect(JSON.parse(out).ruleSets.find((r: { id: string }) => r.id === 'geography').version).toBe('2027.1');
  });

  it('--explain prints Danish sentences', async () => {
    const { code, out } = await decideCli(['--explain'], { ...island, date: '2027-01-01', ceiling: 136 });
    expect(code).toBe(0);
    expect(out).toContain('Afgørelse: afslået (ud over kapacitetsloftet) efter reglen »Ud over loftet«.');
    expect(out).toContain('Loft: 136 lægekapaciteter (anmodningens loft).');
    expect(out).toContain('Betingelse: anmodningens dato er før 1. januar 2027 (parameter »Øundtagelsen gælder til (ikke med)«). Faktisk: 1. januar 2027. Ikke opfyldt.');
    expect(out).toContain('Regelsæt (gældende 1. januar 2027):');
  });

  it('exits 1 with one Danish line per problem for an invalid request', async () => {
    const { code, err } = await decideCli([], { ...island, date: '2026-02-30', council: 'Atlantis' });
    expect(code).toBe(1);
    expect(err[0]).toBe('Anmodningen er ugyldig:');
    expect(err).toContain('/date »2026-02-30« er ikke en dato, der findes i kalenderen. Ret dag eller måned.');
    expect(err.some((l) => l.startsWith('/council Sundhedsrådet »Atlantis« findes ikke.'))).toBe(true);
  });

  it('exits 1 on text that is not JSON', async () => {
    const { code, err } = await decideCli([], '{ date: 2026 ');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^\/ Anmodningen er ikke gyldig JSON/);
  });

  it('exits 2 on a malformed --as-of', async () => {
    const { code, err } = await decideCli(['--as-of', '2026-13-01'], island);
    expect(code).toBe(2);
    expect(err[0]).toContain('»2026-13-01« er ikke en gyldig dato');
  });
});

describe('fordeling decide with contradictory rules', () => {
  it('exits 1 naming both rules', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-decide-'));
    try {
      await cp(path.join(defaultRulesDir, 'bek-975-2025'), path.join(dir, 'bek-975-2025'), { recursive: true });
      const file = path.join(dir, 'bek-975-2025/decisions/2025.1.json');
      const doc = JSON.parse(await readFile(file, 'utf8'));
      doc.content.rules.push({
        id: 'anholt-refused',
        title: 'Testregel',
        role: 'exception',
        overrides: ['ceiling-reached'],
        outcome: 'refused',
        basis: 'ceiling-reached',
        conditions: { all: [{ fact: 'island', operator: 'equal', value: 'Anholt' }] },
        explanation: 'Testregel.',
        reference: { instrument: 'Testregelsæt' },
      });
      await writeFile(file, JSON.stringify(doc));
      // 13 December 2026: the last day of decisions 2025.1, the file the test changes.
      const { code, err } = await decideCli(['--dir', dir], anholtRequest({ date: '2026-12-13' }));
      expect(code).toBe(1);
      expect(err.join('\n')).toContain('Reglerne »Undtagelsen for ikke-brofaste øer« (BEK nr. 975 af 2025, paragraf udfyldes) og »Testregel« (Testregelsæt, paragraf udfyldes) finder begge anvendelse');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
