import path from 'node:path';
import { regionSchema } from '../schema/common-schema.js';
import type { RegionData } from './letter-data.js';
import { checkJsonInput, readJsonInput } from './json-input.js';

/** A region's letterhead as edited in templates/regions.json. */
export interface RegionEntry extends RegionData {
  /** Other spellings the model's `region` column may use, e.g. "Region Sjælland". */
  aliases?: string[];
  /** True while the contact details are placeholders the region must confirm. */
  illustrative?: boolean;
  /**
   * Who confirmed the complaint guidance (templates/_shared/klagevejledning.hbs) for the region, and
   * when, e.g. »Region Hovedstadens jurister, 10. december 2026«. Until set, every batch of decision
   * letters from the region warns that the guidance is unconfirmed.
   */
  complaintGuidanceConfirmed?: string;
  note?: string;
}

const entrySchema = {
  ...regionSchema,
  properties: {
    ...regionSchema.properties,
    aliases: { type: 'array', items: { type: 'string' } },
    illustrative: { type: 'boolean' },
    complaintGuidanceConfirmed: { type: 'string', minLength: 1 },
    note: { type: 'string' },
  },
};
const fileSchema = { type: 'object', required: ['regions'], properties: { regions: { type: 'array', items: entrySchema } } };

const normalise = (name: string): string => name.trim().toLowerCase().replace(/^region\s+/, '');

export class RegionDirectory {
  private readonly byName = new Map<string, RegionEntry>();

  constructor(readonly entries: RegionEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.id, entry.name, ...(entry.aliases ?? [])]) this.byName.set(normalise(name), entry);
    }
  }

  /** The region's letterhead data (without the directory's bookkeeping fields), or undefined. */
  find(name: string): RegionData | undefined {
    const entry = this.byName.get(normalise(name));
    if (!entry) return undefined;
    const { aliases: _aliases, illustrative: _illustrative, complaintGuidanceConfirmed: _confirmed, note: _note, ...letterhead } = entry;
    return letterhead;
  }

  /** The region's whole entry (with its bookkeeping fields), or undefined. */
  entry(name: string): RegionEntry | undefined {
    return this.byName.get(normalise(name));
  }
}

/**
 * The warning while a region's lawyers have not confirmed the complaint guidance its decision
 * letters print: it is the project's reading of what the sources support, not the region's word.
 */
export function complaintGuidanceWarning(entry: RegionEntry): string | undefined {
  if (entry.complaintGuidanceConfirmed) return undefined;
  return `Klagevejledningen (templates/_shared/klagevejledning.hbs) er ikke bekræftet af ${entry.name}s jurister; den står i hvert afgørelsesbrev. Sæt »complaintGuidanceConfirmed« for ${entry.name} i templates/regions.json (hvem og hvornår), når de har godkendt eller rettet den.`;
}

export async function loadRegions(templatesDir: string): Promise<RegionDirectory> {
  const file = path.join(templatesDir, 'regions.json');
  const data = checkJsonInput<{ regions: RegionEntry[] }>(file, fileSchema, await readJsonInput(file));
  return new RegionDirectory(data.regions);
}
