// The compiled geography as the index-based lists the model's typed-array columns use: municipalities
// sorted by code (a citizen's municipality is an index into this list), each with its council and
// region by index. References between the lists may use either the id or the name (legal staff edit
// both). Built once per loaded version, as part of GeographyLookup (compile.ts).
import type { GeographyContent } from './types.js';

export interface MunicipalityEntry {
  code: number;
  name: string;
  /** Index into `councils`. */
  council: number;
}

export interface CouncilEntry {
  id: string;
  name: string;
  /** Index into `regions`. */
  region: number;
}

export interface GeographyIndex {
  /** Sorted by code. */
  municipalities: MunicipalityEntry[];
  /** Sorted by name (code-point order). */
  councils: CouncilEntry[];
  /** Sorted by name (code-point order). */
  regions: Array<{ id: string; name: string }>;
  municipalityIndex(code: number): number;
  /** A council by its name or id; -1 when unknown. */
  councilIndex(nameOrId: string): number;
  /** A non-bridged island by id or name (case-insensitive); its display name, or undefined. */
  island(idOrName: string): { id: string; name: string; municipality: number } | undefined;
}

// Code-point order, not a locale collation: the same order on every machine (Danish collation would
// also move "Aarhus" after "Ø…", as "Aa" = "Å").
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** `island` is the compiled geography's own island lookup, so islands are found by one rule everywhere. */
export function indexGeography(content: GeographyContent, island: GeographyIndex['island']): GeographyIndex {
  const regions = [...content.regions].sort(byName).map(({ id, name }) => ({ id, name }));
  const regionIndex = lookup(regions);
  const councils = [...content.councils].sort(byName).map(({ id, name, region }) => ({ id, name, region: regionIndex(region) }));
  const councilIndex = lookup(councils);
  const municipalities = [...content.municipalities]
    .sort((a, b) => a.code - b.code)
    .map(({ code, name, council }) => ({ code, name, council: councilIndex(council) }));
  const codeIndex = new Map(municipalities.map((m, i) => [m.code, i]));
  return {
    municipalities,
    councils,
    regions,
    municipalityIndex: (code) => codeIndex.get(code) ?? -1,
    councilIndex,
    island,
  };
}

function lookup(entries: Array<{ id: string; name: string }>): (nameOrId: string) => number {
  const map = new Map<string, number>();
  entries.forEach((e, i) => {
    map.set(e.id, i);
    map.set(e.name, i);
  });
  return (key) => map.get(key) ?? -1;
}
