import { describe, expect, it } from 'vitest';
import { kronjyllandRequest as request } from '../../testing/capacity-request.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { decide } from './decide.js';
import type { CapacityRequest } from './types.js';

async function decideOn(r: CapacityRequest, asOf = r.date) {
  return decide(r, (await shippedLibrary()).bookAt(asOf));
}

describe('decide — every basis', () => {
  it('grants a new capacity within the ceiling', async () => {
    const d = await decideOn(request({ existingCapacities: 149, ceiling: 150 }));
    expect(d).toMatchObject({ outcome: 'granted', basis: 'within-ceiling', decidingRule: 'within-ceiling' });
    expect(d.validUntil).toBeUndefined();
    expect(d.explanation[0]).toBe('Sundhedsrådet Kronjylland har 149 kapaciteter og et loft på 150; en ny kapacitet kan udmøntes inden for loftet (BEK nr. 975 af 2025, paragraf udfyldes).');
  });

  it('refuses a new capacity when existing capacities reach the ceiling', async () => {
    const d = await decideOn(request({ existingCapacities: 150, ceiling: 150 }));
    expect(d).toMatchObject({ outcome: 'refused', basis: 'ceiling-reached', decidingRule: 'ceiling-reached' });
  });

  it('refuses above the ceiling too (1,240 existing, ceiling 1,200)', async () => {
    const d = await decideOn(request({ existingCapacities: 1240, ceiling: 1200 }));
    expect(d.outcome).toBe('refused');
    expect(d.explanation[0]).toContain('har 1.240 kapaciteter og har dermed nået sit loft på 1.200');
  });

  it('always grants re-filling, also in a closed council', async () => {
    const d = await decideOn(request({ request: 'refill', existingCapacities: 300, ceiling: 150 }));
    expect(d).toMatchObject({ outcome: 'granted', basis: 'refill', decidingRule: 'refill' });
    expect(d.trace.find((t) => t.ruleId === 'ceiling-reached')).toMatchObject({ fired: false, status: 'not-fired' });
  });

  // Seed 000: »i en periode frem til 1. januar 2027 vil være muligt at udmønte ekstra ydernumre på
  // ikke-brofaste øer«. On 31 December 2026 capacity 2026.2 gives Kronjylland's ceiling (the order's 136).
  it('grants the island exception on 31 December 2026 and refuses it on 1 January 2027', async () => {
    const onIsland = { clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true };
    const { ceiling: _fixed, ...lastDay } = request({ ...onIsland, date: '2026-12-31', existingCapacities: 136.5 });
    const before = await decideOn(lastDay);
    expect(before).toMatchObject({ outcome: 'granted', basis: 'non-bridged-island', decidingRule: 'non-bridged-island', unit: 'provider-number', ceiling: { capacities: 136, fixedByOrder: true } });
    expect(before.trace.find((t) => t.ruleId === 'ceiling-reached')?.status).toBe('overridden');

    const after = await decideOn(request({ ...onIsland, date: '2027-01-01' }));
    expect(after).toMatchObject({ outcome: 'refused', basis: 'ceiling-reached' });
    const island = after.trace.find((t) => t.ruleId === 'non-bridged-island')!;
    expect(island.status).toBe('not-fired');
    expect(island.conditions[0]).toMatchObject({ fact: 'date', operator: 'dateBefore', value: '2027-01-01', factValue: '2027-01-01', result: false, parameter: 'islandExceptionEnds' });
    // 2027: the geography in force has four regions; the decision names both rule sets it used.
    expect(after.ruleSets.find((r) => r.id === 'geography')?.version).toBe('2027.1');
    expect(before.ruleSets.find((r) => r.id === 'geography')?.version).toBe('2025.1');
  });

  it('refuses the island exception when the region finds coverage sufficient', async () => {
    const d = await decideOn(request({ date: '2026-06-01', clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: false }));
    expect(d.basis).toBe('ceiling-reached');
  });

  it('grants extraordinary growth temporarily, 24 months less a day', async () => {
    const d = await decideOn(request({ date: '2026-03-15', extraordinaryGrowth: { documented: true, projectedGrowthPct: 2.0 } }));
    expect(d).toMatchObject({ outcome: 'granted', basis: 'extraordinary-growth', decidingRule: 'extraordinary-growth', validUntil: '2028-03-14' });
    expect(d.explanation[1]).toBe('Tilladelsen er midlertidig: den gælder i 24 måneder, til og med 14. marts 2028 (BEK nr. 975 af 2025, paragraf udfyldes (illustrativ)).');
  });

  it('does not grant growth below the threshold (1.9 % < 2.0 %)', async () => {
    const d = await decideOn(request({ extraordinaryGrowth: { documented: true, projectedGrowthPct: 1.9 } }));
    expect(d.basis).toBe('ceiling-reached');
  });

  it('when two agreeing exceptions apply, the first in file order decides and the other is listed', async () => {
    const d = await decideOn(
      request({ date: '2026-05-01', clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true, extraordinaryGrowth: { documented: true, projectedGrowthPct: 3 } }),
    );
    expect(d.decidingRule).toBe('non-bridged-island');
    expect(d.validUntil).toBeUndefined();
    expect(d.trace.find((t) => t.ruleId === 'extraordinary-growth')?.status).toBe('agreeing');
    expect(d.explanation.some((s) => s.startsWith('Også: Der er dokumenteret en ekstraordinær befolkningstilvækst på 3 pct.'))).toBe(true);
  });

  it('an exception whose base rule did not fire has no effect (growth on a re-fill stays a permanent re-fill)', async () => {
    const d = await decideOn(request({ request: 'refill', extraordinaryGrowth: { documented: true, projectedGrowthPct: 5 } }));
    expect(d).toMatchObject({ basis: 'refill', decidingRule: 'refill' });
    expect(d.validUntil).toBeUndefined();
    expect(d.trace.find((t) => t.ruleId === 'extraordinary-growth')?.status).toBe('not-applicable');
  });

  it('accepts council and island names in any case and reports them by id', async () => {
    const d = await decideOn(request({ council: 'kronjylland', clinic: { providerNumber: '071234', island: 'ANHOLT' }, regionFindsCoverageInsufficient: true, date: '2026-01-05' }));
    expect(d.basis).toBe('non-bridged-island');
    expect(d.explanation[0]).toContain('den ikke-brofaste ø Anholt');
    expect(d.explanation[0]).toContain('sundhedsrådet Kronjylland');
  });
});

describe('decide — the trace', () => {
  it('holds every rule and every condition with fact value, compared value, result, reference and a Danish sentence', async () => {
    // 13 December 2026: the last day of decisions 2025.1, the island exception still open.
    const d = await decideOn(request({ date: '2026-12-13', clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true }));
    expect(d.trace.map((t) => t.ruleId)).toEqual(['refill', 'within-ceiling', 'ceiling-reached', 'non-bridged-island', 'extraordinary-growth']);
    expect(d.trace.map((t) => t.conditions.length)).toEqual([1, 2, 2, 3, 2]);
    for (const rule of d.trace) {
      expect(rule.reference.instrument).toBe('BEK nr. 975 af 2025');
      expect(rule.reference.url).toBe('https://www.retsinformation.dk/eli/lta/2025/975');
      expect(rule.explanation.length).toBeGreaterThan(20);
      for (const c of rule.conditions) expect(c.sentence).toMatch(/^Betingelse: .*\. Faktisk: .*\. (Opfyldt|Ikke opfyldt)\.$/);
    }
    const island = d.trace.find((t) => t.ruleId === 'non-bridged-island')!;
    expect(island.conditions[0].sentence).toBe('Betingelse: anmodningens dato er før 1. januar 2027 (parameter »Øundtagelsen gælder til (ikke med)«). Faktisk: 13. december 2026. Opfyldt.');
    expect(island.conditions[1]).toMatchObject({ fact: 'islandKnown', operator: 'equal', value: true, factValue: true, result: true });
    const growth = d.trace.find((t) => t.ruleId === 'extraordinary-growth')!;
    expect(growth.conditions[1]).toMatchObject({ fact: 'projectedGrowthPct', operator: 'greaterThanInclusive', value: 2, factValue: 0.4, result: false, parameter: 'growthThresholdPct' });
    expect(growth.explanation).toContain('finder ikke anvendelse');
    expect(growth.explanation).toContain('Faktisk: 0,4. Ikke opfyldt.');
    expect(d.trace.find((t) => t.ruleId === 'ceiling-reached')?.explanation).toBe('Reglen »Loftet er nået« (BEK nr. 975 af 2025, paragraf udfyldes) er opfyldt, men fraviges, fordi »Undtagelsen for ikke-brofaste øer« finder anvendelse.');
  });

  it('names every rule-set version with its hash and the as-of date', async () => {
    const d = await decideOn(request());
    expect(d.asOf).toBe('2026-03-15');
    expect(d.ruleSets.map((r) => `${r.id}@${r.version}`)).toEqual(['capacity@2025.1', 'decisions@2025.1', 'geography@2025.1', 'minimum-patients@2025.1', 'timeline@2025.1', 'weights@2025.1']);
    for (const r of d.ruleSets) expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Rule sets by their titles, as letters print the sentence (never »capacity 2025.1«).
    expect(d.explanation.at(-1)).toBe(
      'Afgjort efter »Afgørelser om nye lægekapaciteter og genbesættelse« (version 2025.1), »Kapacitet: måltal, maksimum og kapacitetsloft pr. sundhedsråd« (version 2025.1) og »Geografi: kommuner, sundhedsråd og regioner (fem regioner)« (version 2025.1), som de gjaldt 15. marts 2026.',
    );
  });
});

describe('decide — sentences name rules and parameters in Danish, never by id', () => {
  const ids = ['refill', 'within-ceiling', 'ceiling-reached', 'non-bridged-island', 'extraordinary-growth', 'extraordinary-situation', 'provider-number-limit', 'islandExceptionEnds', 'growthThresholdPct', 'maxProviderNumbersPerDoctor'];
  const englishId = new RegExp(`»(${ids.join('|')})«|\\((${ids.join('|')})\\)|parameter »[A-Za-z]+«`);
  const island = { clinic: { providerNumber: '071234', island: 'Anholt' }, regionFindsCoverageInsufficient: true };

  // The rules of decisions 2025.1, and those of decisions 2026.2 (in force from 14 December 2026).
  const titles2025 = ['Genbesættelse', 'Inden for loftet', 'Loftet er nået', 'Undtagelsen for ikke-brofaste øer', 'Ekstraordinær befolkningstilvækst'];
  const titles2026 = [
    'Højst tre ydernumre pr. læge',
    'Genbesættelse',
    'Inden for loftet',
    'Ud over loftet',
    'Undtagelsen for ikke-brofaste øer',
    'Ekstraordinær situation: høj befolkningstilvækst',
    'Ekstraordinær situation i øvrigt',
  ];

  it.each([
    ['island exception', request({ ...island, date: '2026-12-13' }), titles2025],
    ['island exception ended', request({ ...island, date: '2027-01-01' }), titles2026],
    ['growth on a re-fill', request({ request: 'refill', extraordinaryGrowth: { documented: true, projectedGrowthPct: 5 } }), titles2025],
    ['two agreeing exceptions', request({ ...island, date: '2026-05-01', extraordinaryGrowth: { documented: true, projectedGrowthPct: 3 } }), titles2025],
    ['within the ceiling', request({ existingCapacities: 10 }), titles2025],
  ])('%s', async (_name, r, titles) => {
    const d = await decideOn(r);
    const sentences = [...d.explanation, ...d.trace.flatMap((t) => [t.explanation, ...t.conditions.map((c) => c.sentence ?? '')])];
    for (const sentence of sentences) expect(sentence).not.toMatch(englishId);
    expect(d.trace.map((t) => t.title)).toEqual(titles);
  });

  it('an exception without effect names the rules it would override by title', async () => {
    const d = await decideOn(request({ request: 'refill', extraordinaryGrowth: { documented: true, projectedGrowthPct: 5 } }));
    expect(d.trace.find((t) => t.ruleId === 'extraordinary-growth')?.explanation).toBe(
      'Reglen »Ekstraordinær befolkningstilvækst« (BEK nr. 975 af 2025, paragraf udfyldes) er opfyldt, men har ingen virkning, fordi ingen af de regler, den fraviger (»Loftet er nået«), finder anvendelse.',
    );
  });

  it('a rule that did not fire is named by title with its failed conditions', async () => {
    const d = await decideOn(request({ ...island, date: '2027-01-01' }));
    expect(d.trace.find((t) => t.ruleId === 'non-bridged-island')?.explanation).toBe(
      'Reglen »Undtagelsen for ikke-brofaste øer« (BEK nr. 975 af 2025, paragraf udfyldes) finder ikke anvendelse. Betingelse: anmodningens dato er før 1. januar 2027 (parameter »Øundtagelsen gælder til (ikke med)«). Faktisk: 1. januar 2027. Ikke opfyldt.',
    );
  });
});

describe('decide — concurrency', () => {
  it('gives each of many simultaneous requests its own complete decision', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => request({ existingCapacities: 140 + i, ceiling: 160 }));
    const decisions = await Promise.all(requests.map((r) => decideOn(r)));
    expect(decisions.map((d) => d.basis)).toEqual(requests.map((r) => (r.existingCapacities < 160 ? 'within-ceiling' : 'ceiling-reached')));
  });

  /** Requests over every basis: ceiling reached or not, new or re-fill, island before/after its end, growth. */
  function variedRequests(count: number): CapacityRequest[] {
    return Array.from({ length: count }, (_, i) =>
      request({
        date: i % 3 === 0 ? '2027-01-01' : '2026-05-01',
        request: i % 4 === 0 ? 'refill' : 'new',
        existingCapacities: 145 + (i % 9),
        ceiling: 150,
        clinic: { providerNumber: String(70_000 + i).padStart(6, '0'), ...(i % 2 === 0 ? { island: 'Anholt' } : {}) },
        regionFindsCoverageInsufficient: i % 5 !== 0,
        extraordinaryGrowth: { documented: i % 6 === 1, projectedGrowthPct: 1 + (i % 4) * 0.5 },
      }),
    );
  }

  it('reuses the compiled engines: concurrent decisions, started microtasks apart, equal the same decisions made one by one', async () => {
    const library = await shippedLibrary();
    const requests = variedRequests(120);
    const sequential = [];
    for (const r of requests) sequential.push(await decide(r, library.bookAt(r.date)));
    expect(new Set(sequential.map((d) => d.decidingRule)).size).toBeGreaterThanOrEqual(4);

    // A run started while another finishes is where a shared json-rules-engine Engine goes wrong
    // (engine-pool.ts): stagger the starts by 0–119 microtasks so runs start at every step of others.
    const concurrent = await Promise.all(
      requests.map(async (r, i) => {
        for (let tick = 0; tick < i; tick++) await Promise.resolve();
        return decide(r, library.bookAt(r.date));
      }),
    );
    expect(concurrent).toEqual(sequential);
  });
});
