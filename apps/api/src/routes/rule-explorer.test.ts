import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { backends, useTestApi } from '../testing/test-app.js';

describe.each(backends)('the rule explorer routes ($name)', (backend) => {
  const api = useTestApi(backend);
  const get = (path: string) => request(api.app).get(path).set(api.auth('reader'));

  it('gives every provision of a rule set with its periods, Danish values and references by real titles', async () => {
    const res = await get('/v1/rulesets/capacity/history').expect(200);
    const target = res.body.provisions.find((p: { key: string }) => p.key === '/content/targetWeightedCitizensPerCapacity');
    expect(target.title).toBe('Måltal: sygdomsvægtede borgere pr. lægekapacitet');
    expect(target.periods[0]).toMatchObject({ from: '2025-07-03', version: '2025.1', text: '1.600' });
    expect(target.periods[0].reference.citation).toContain('BEK nr. 975 af 2025');
    expect(JSON.stringify(res.body)).not.toMatch(/seed\s*\d/i);
    // The fixed ceilings are illustrative until the order's annex is entered.
    const ceiling = res.body.provisions.find((p: { key: string }) => p.key.startsWith('/content/fixedCeilings'));
    expect(ceiling.periods[0].reference.illustrative).toBe(true);
  });

  it('answers what was in force on a date', async () => {
    const before = await get('/v1/rulesets/capacity/history?asOf=2026-12-13').expect(200);
    expect(before.body.provisions.some((p: { key: string }) => p.key.startsWith('/content/fixedCeilings'))).toBe(false);
    const after = await get('/v1/rulesets/capacity/history?asOf=2026-12-14').expect(200);
    expect(after.body.provisions.some((p: { key: string }) => p.key.startsWith('/content/fixedCeilings'))).toBe(true);
    await get('/v1/rulesets/capacity/history?asOf=14-12-2026').expect(422);
    await get('/v1/rulesets/nope/history').expect(404);
  });

  it('tells the changes between the versions in force on two dates in words', async () => {
    const res = await get('/v1/rulesets/geography/changes?from=2026-12-31&to=2027-01-01').expect(200);
    expect(res.body.from).toMatchObject({ date: '2026-12-31', version: '2025.1' });
    expect(res.body.to).toMatchObject({ date: '2027-01-01', version: '2027.1' });
    expect(res.body.changes.map((c: { sentence: string }) => c.sentence)).toContainEqual(expect.stringContaining('Sundhedsråd, rækken »Hovedstaden«, region ændres fra »Hovedstaden« til »Østdanmark«'));
    const same = await get('/v1/rulesets/geography/changes?from=2026-01-01&to=2026-06-01').expect(200);
    expect(same.body.changes).toEqual([]);
  });

  it('searches by Danish title and by value', async () => {
    const byTitle = await get(`/v1/rule-search?q=${encodeURIComponent('måltal')}&asOf=2026-01-01`).expect(200);
    expect(byTitle.body.hits).toContainEqual(expect.objectContaining({ ruleSet: 'capacity', title: 'Måltal: sygdomsvægtede borgere pr. lægekapacitet', text: '1.600' }));
    const byValue = await get('/v1/rule-search?q=Anholt').expect(200);
    expect(byValue.body.hits.some((h: { ruleSet: string; key: string }) => h.ruleSet === 'geography' && h.key.includes('islands'))).toBe(true);
    expect((await get('/v1/rule-search?q=').expect(200)).body.hits).toEqual([]);
  });

  it('lists the change log and serves each kind’s content schema for the forms', async () => {
    const log = await get('/v1/rule-log').expect(200);
    expect(log.body.entries).toContainEqual(expect.objectContaining({ id: 'capacity', version: '2025.1' }));
    const schema = await get('/v1/rulesets/capacity/schema').expect(200);
    expect(schema.body.properties.targetWeightedCitizensPerCapacity.title).toBe('Måltal: sygdomsvægtede borgere pr. lægekapacitet');
    await get('/v1/rulesets/nope/schema').expect(404);
  });
});
