import { describe, expect, it } from 'vitest';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { geographyRules, type GeographyLookup } from './compile.js';

async function geographyAt(asOf: string): Promise<GeographyLookup> {
  return geographyRules.of((await shippedLibrary()).bookAt(asOf));
}

describe('geography', () => {
  it('has 98 municipalities, 17 councils, 5 regions before 2027 and 4 from 2027', async () => {
    const before = await geographyAt('2026-12-31');
    const after = await geographyAt('2027-01-01');
    expect([before.municipalities.length, before.councils.length, before.regions.length]).toEqual([98, 17, 5]);
    expect([after.municipalities.length, after.councils.length, after.regions.length]).toEqual([98, 17, 4]);
    expect(after.regions.map((r) => r.id).sort()).toEqual(['Midtjylland', 'Nordjylland', 'Syddanmark', 'Østdanmark']);
  });

  it('sums the approximate population to about 5.97 million', async () => {
    const geo = await geographyAt('2025-09-01');
    const total = geo.municipalities.reduce((s, m) => s + m.approxPopulation, 0);
    expect(Math.abs(total - 5_970_000) / 5_970_000).toBeLessThan(0.01);
  });

  it('looks up by code and by name, case-insensitively', async () => {
    const geo = await geographyAt('2025-09-01');
    expect(geo.municipality(360)?.name).toBe('Lolland');
    expect(geo.municipality('360')?.name).toBe('Lolland');
    expect(geo.municipality('lolland')?.code).toBe(360);
    expect(geo.council('østsjælland og øerne')?.id).toBe('Østsjælland og Øerne');
    expect(geo.councilOfMunicipality(360)?.id).toBe('Østsjælland og Øerne');
    expect(geo.region('region sjælland')?.id).toBe('Sjælland');
    expect(geo.municipality('Atlantis')).toBeUndefined();
  });

  it('moves Lolland from Region Sjælland to Region Østdanmark on 1 January 2027', async () => {
    expect((await geographyAt('2026-12-31')).regionOfCouncil('Østsjælland og Øerne')?.id).toBe('Sjælland');
    expect((await geographyAt('2027-01-01')).regionOfCouncil('Østsjælland og Øerne')?.id).toBe('Østdanmark');
  });

  it('places islands by their municipality, not the municipality by its islands', async () => {
    const geo = await geographyAt('2025-09-01');
    expect(geo.island('anholt')).toMatchObject({ municipality: 707, wholeMunicipality: false });
    expect(geo.councilOfIsland('Anholt')?.id).toBe('Kronjylland');
    expect(geo.councilOfIsland('Fejø')?.id).toBe('Østsjælland og Øerne');
    expect(geo.island('Læsø')?.wholeMunicipality).toBe(true);
    expect(geo.island('Lolland')).toBeUndefined();
    expect(geo.municipalitiesOfCouncil('Vendsyssel').map((m) => m.name).sort()).toEqual(['Brønderslev', 'Frederikshavn', 'Hjørring', 'Læsø']);
  });
});
