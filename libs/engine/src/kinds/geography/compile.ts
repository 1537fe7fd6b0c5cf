import { kindHandle } from '../../contract/kind-handle.js';
import type { RuleSetDocument } from '../../contract/rule-set.js';
import { indexGeography, type GeographyIndex } from './geography-index.js';
import type { GeographyContent } from './types.js';

export type Region = GeographyContent['regions'][number];
export type Council = GeographyContent['councils'][number];
export type Municipality = GeographyContent['municipalities'][number];
export type Island = GeographyContent['islands'][number];

const key = (s: string) => s.trim().toLocaleLowerCase('da');

/** Index by id and by name, case-insensitive ("aarhus" finds Aarhus). */
function indexBy<T extends { name: string }>(rows: readonly T[], id: (row: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    map.set(key(row.name), row);
    map.set(key(id(row)), row);
  }
  return map;
}

/**
 * The compiled geography: lookups between municipalities, councils, regions and islands by code, id
 * or name, and `index`, the same geography as the index-based lists of the model's columns.
 */
export class GeographyLookup {
  readonly regions: readonly Region[];
  readonly councils: readonly Council[];
  readonly municipalities: readonly Municipality[];
  readonly islands: readonly Island[];
  private readonly regionIndex: Map<string, Region>;
  private readonly councilIndex: Map<string, Council>;
  private readonly municipalityByName: Map<string, Municipality>;
  private readonly municipalityByCode: Map<number, Municipality>;
  private readonly islandIndex: Map<string, Island>;
  readonly index: GeographyIndex;

  constructor(content: GeographyContent) {
    this.regions = content.regions;
    this.councils = content.councils;
    this.municipalities = content.municipalities;
    this.islands = content.islands;
    this.regionIndex = indexBy(content.regions, (r) => r.id);
    this.councilIndex = indexBy(content.councils, (c) => c.id);
    this.municipalityByName = indexBy(content.municipalities, (m) => m.name);
    this.municipalityByCode = new Map(content.municipalities.map((m) => [m.code, m]));
    this.islandIndex = indexBy(content.islands, (i) => i.id);
    this.index = indexGeography(content, (idOrName) => this.island(idOrName));
  }

  /** By official code (360 or "360") or by name, case-insensitive. */
  municipality(codeOrName: number | string): Municipality | undefined {
    if (typeof codeOrName === 'number') return this.municipalityByCode.get(codeOrName);
    if (/^\s*\d+\s*$/.test(codeOrName)) return this.municipalityByCode.get(Number(codeOrName));
    return this.municipalityByName.get(key(codeOrName));
  }

  council(idOrName: string): Council | undefined {
    return this.councilIndex.get(key(idOrName));
  }

  region(idOrName: string): Region | undefined {
    return this.regionIndex.get(key(idOrName));
  }

  island(idOrName: string): Island | undefined {
    return this.islandIndex.get(key(idOrName));
  }

  councilOfMunicipality(codeOrName: number | string): Council | undefined {
    const m = this.municipality(codeOrName);
    return m && this.council(m.council);
  }

  councilOfIsland(idOrName: string): Council | undefined {
    const island = this.island(idOrName);
    return island && this.councilOfMunicipality(island.municipality);
  }

  regionOfCouncil(idOrName: string): Region | undefined {
    const c = this.council(idOrName);
    return c && this.region(c.region);
  }

  municipalitiesOfCouncil(idOrName: string): Municipality[] {
    const c = this.council(idOrName);
    return c ? this.municipalities.filter((m) => m.council === c.id) : [];
  }
}

export function compileGeography(doc: RuleSetDocument<GeographyContent>): GeographyLookup {
  return new GeographyLookup(doc.content);
}

/** The `geography` rule set in force in a book: `geographyRules.of(book)` is its GeographyLookup. */
export const geographyRules = kindHandle<GeographyContent, GeographyLookup>('geography');
