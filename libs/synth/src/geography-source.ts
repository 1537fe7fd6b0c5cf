import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The geography the generator needs: where people live and which clinics sit on islands. */
export interface SynthMunicipality {
  code: number;
  name: string;
  /** Council name as in the geography rule set (councils.csv uses it). */
  council: string;
  approxPopulation: number;
}

export interface SynthIsland {
  /** Written to clinics.csv's `island` column. */
  name: string;
  municipalityCode: number;
  wholeMunicipality: boolean;
}

export interface SynthGeography {
  /** Where it was read from (for the manifest). */
  source: string;
  municipalities: SynthMunicipality[];
  islands: SynthIsland[];
}

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
/** The geography rule set the model runs against; preferred so synthetic codes always match it. */
export const defaultGeographyRuleSet = fileURLToPath(new URL('../../../rules/bek-975-2025/geography/2025.1.json', import.meta.url));

interface GeographyDocument {
  content: {
    councils: Array<{ id: string; name: string }>;
    municipalities: Array<{ code: number; name: string; council: string; approxPopulation: number }>;
    islands: Array<{ id: string; name: string; municipality: number; wholeMunicipality: boolean }>;
  };
}

/** The geography rule set when it exists (content.municipalities/islands), else the CSV copies in ./data. */
export function loadSynthGeography(ruleSetFile = defaultGeographyRuleSet): SynthGeography {
  if (existsSync(ruleSetFile)) return fromRuleSet(ruleSetFile);
  return fromCsv();
}

function fromRuleSet(file: string): SynthGeography {
  const { content } = JSON.parse(readFileSync(file, 'utf8')) as GeographyDocument;
  // A municipality names its council by id or by name; councils.csv needs the name.
  const councilName = new Map<string, string>();
  for (const c of content.councils) {
    councilName.set(c.id, c.name);
    councilName.set(c.name, c.name);
  }
  return {
    source: 'rules/bek-975-2025/geography/2025.1.json',
    municipalities: content.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      council: councilName.get(m.council) ?? m.council,
      approxPopulation: m.approxPopulation,
    })),
    islands: content.islands.map((i) => ({ name: i.name, municipalityCode: i.municipality, wholeMunicipality: i.wholeMunicipality })),
  };
}

function fromCsv(): SynthGeography {
  const municipalities = readCsv('kommuner.csv').map((r) => ({
    code: Number(r.kode),
    name: r.kommune,
    council: r.sundhedsraad,
    approxPopulation: Number(r.indbyggere_ca),
  }));
  const islands = readCsv('ikke_brofaste_oer.csv').map((r) => ({
    name: r.oe,
    municipalityCode: Number(r.kommune_kode),
    wholeMunicipality: r.hele_kommunen === 'ja',
  }));
  return { source: 'libs/synth/src/data/kommuner.csv', municipalities, islands };
}

/** Seed 000's published mean disease weight per municipality (20 rows), keyed by municipality name. */
export function loadTargetWeights(): Map<string, number> {
  return new Map(readCsv('kommuner_gns_sygdomsvaegt.csv').map((r) => [r.kommune, Number(r.gns_sygdomsvaegt)]));
}

/** The shipped data files are simple (no quoted fields), so a split is enough. */
function readCsv(name: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(`${dataDir}${name}`, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return rows.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  });
}

/** "sha256:<hex>" of the municipalities and islands the generator draws from. */
export function geographyHash(geography: SynthGeography): string {
  const text = JSON.stringify({ municipalities: geography.municipalities, islands: geography.islands });
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
