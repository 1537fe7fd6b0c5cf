// Writes rules/bek-975-2025/geography/2025.1.json from the shared data files (kommuner.csv,
// ikke_brofaste_oer.csv). Run: npx tsx tools/rules/generate-geography.ts [dataDir]
// The rule files are the source of truth once published; this script only produced the first version.
// Later versions are written by legal staff as amendments (2027.1 amends 2025.1: the regions merged).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeographyContent, LegalReference, RuleSetDocument } from '@fordeling/engine';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.argv[2] ?? '/work/shared/data';
const outDir = path.join(repo, 'rules/bek-975-2025/geography');

function readCsv(file: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v.trim()])));
}

const BEK_URL = 'https://www.retsinformation.dk/eli/lta/2025/975';
const bek = (note: string, extra: Partial<LegalReference> = {}): LegalReference => ({ instrument: 'BEK nr. 975 af 2025', url: BEK_URL, note, ...extra });

const municipalities = readCsv('kommuner.csv');
const islands = readCsv('ikke_brofaste_oer.csv');

/** Regions in the order they are usually listed; every region in the data must be here. */
const REGION_ORDER = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'];

function content(regionColumn: 'region_2024', regionNote: string): GeographyContent {
  const regionIds = [...new Set(municipalities.map((m) => m[regionColumn]))].sort((a, b) => REGION_ORDER.indexOf(a) - REGION_ORDER.indexOf(b));
  const councilIds = [...new Set(municipalities.map((m) => m.sundhedsraad))];
  return {
    regions: regionIds.map((id) => ({ id, name: `Region ${id}`, reference: { instrument: 'Regionsloven', note: regionNote } })),
    councils: councilIds.map((id) => ({
      id,
      name: id,
      region: municipalities.find((m) => m.sundhedsraad === id)![regionColumn],
      reference: bek('Sundhedsrådenes geografi (kommuner pr. sundhedsråd) som i seed 004, figur 9 (data/sundhedsraad.csv).'),
    })),
    municipalities: municipalities.map((m) => ({
      code: Number(m.kode),
      name: m.kommune,
      council: m.sundhedsraad,
      approxPopulation: Number(m.indbyggere_ca),
      reference: bek('Kommunekode og sundhedsråd fra data/kommuner.csv; indbyggertallet er afrundet (ca.) og kun til syntetiske data, ikke officiel statistik.'),
    })),
    islands: islands.map((i) => ({
      id: i.oe,
      name: i.oe,
      municipality: Number(i.kommune_kode),
      wholeMunicipality: i.hele_kommunen === 'ja',
      reference: bek('Illustrativ liste over ikke-brofaste øer (data/ikke_brofaste_oer.csv), ikke bekendtgørelsens egen liste. Juridiske medarbejdere vedligeholder listen.', { illustrative: true }),
    })),
  };
}

const header = {
  $schema: '../../schemas/geography.schema.json',
  id: 'geography',
  kind: 'geography',
  status: 'published' as const,
  legalBasis: { instrument: 'BEK nr. 975 af 2025', url: BEK_URL },
};

const documents: RuleSetDocument<GeographyContent>[] = [
  {
    ...header,
    version: '2025.1',
    validFrom: '2025-07-03',
    validTo: '2026-12-31',
    title: 'Geografi: kommuner, sundhedsråd og regioner (fem regioner)',
    description: 'De 98 kommuner med kommunekode, de 17 sundhedsråd og de fem regioner, der gælder til og med 31. december 2026, samt de ikke-brofaste øer.',
    content: content('region_2024', 'De fem regioner til og med 31. december 2026.'),
  },
];

mkdirSync(outDir, { recursive: true });
for (const doc of documents) {
  const { $schema, id, kind, version, validFrom, validTo, status, title, description, legalBasis, content: c } = doc;
  const ordered = { $schema, id, kind, version, validFrom, ...(validTo ? { validTo } : {}), status, title, description, legalBasis, content: c };
  writeFileSync(path.join(outDir, `${version}.json`), `${JSON.stringify(ordered, null, 2)}\n`);
  console.log(`Skrev ${path.relative(repo, path.join(outDir, `${version}.json`))}`);
}
