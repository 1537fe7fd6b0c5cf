import type { LegalReference } from '../contract/legal-reference.js';
import type { Problem } from '../contract/problem.js';
import { parseJsonSource } from './json-source.js';
import { SOURCES_FILE_NAME } from './rule-files.js';
import type { RuleSource } from './rule-source.js';
import { decodeRuleText } from './rule-text.js';
import { validateAgainst } from './schema-validator.js';
import { issuesToProblems } from './read-rule-file.js';

/** A document the rules rest on: the order, the guidance, Danske Regioners notat, a region's minutes. */
export interface SourceDocument {
  id: string;
  /** The real title users see, e.g. »Danske Regioners notat »Fordelingsmodel for læger …« (2025)«. */
  title: string;
  url?: string;
  /**
   * How the rule files' internal notes mention it (»seed 000«, »data/kommuner.csv«): each mention is
   * shown as the title instead, so no user sees an internal name.
   */
  aliases: string[];
}

export const sourceCatalogueSchema = {
  type: 'object',
  required: ['sources'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    sources: {
      type: 'array',
      title: 'Kilder',
      items: {
        type: 'object',
        title: 'Kilde',
        required: ['id', 'title', 'aliases'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', title: 'Id' },
          title: { type: 'string', minLength: 1, maxLength: 300, title: 'Titel' },
          url: { type: 'string', format: 'uri', title: 'Adresse' },
          aliases: { type: 'array', title: 'Interne navne', items: { type: 'string', minLength: 1, maxLength: 100 } },
        },
      },
    },
  },
} as const;

/** The catalogue of sources (`rules/sources.json`), maintained by legal staff like the rules. */
export class SourceCatalogue {
  private readonly patterns: Array<{ pattern: RegExp; source: SourceDocument }>;

  constructor(readonly sources: readonly SourceDocument[]) {
    // Longest alias first, so »seed 000/003« is not read as »seed 000« followed by »/003«.
    this.patterns = sources
      .flatMap((source) => source.aliases.map((alias) => ({ alias, source })))
      .sort((a, b) => b.alias.length - a.alias.length)
      .map(({ alias, source }) => ({ pattern: new RegExp(escapeRegExp(alias), 'giu'), source }));
  }

  /** The sources a note mentions, in the order the catalogue lists them. */
  mentionedIn(text: string | undefined): SourceDocument[] {
    if (!text) return [];
    const rendered = this.render(text);
    return this.sources.filter((s) => s.aliases.length > 0 && rendered.includes(s.title));
  }

  /**
   * The note with every internal name replaced by the source's real title. A list of numbered names
   * (»seeds 002 og 003«, »Seed 000/003«) becomes the list of their titles.
   */
  render(text: string): string {
    const numbered = text.replace(/\b(seeds?)\s+(\d{3}(?:\s*(?:\/|,|og)\s*\d{3})*)/giu, (whole, word: string, numbers: string) => {
      const titles = numbers.split(/\s*(?:\/|,|og)\s*/u).map((n) => this.byAlias(`${word.replace(/s$/i, '')} ${n}`)?.title);
      return titles.every(Boolean) ? titles.join(' og ') : whole;
    });
    let rendered = numbered;
    for (const { pattern, source } of this.patterns) rendered = rendered.replace(new RegExp(pattern), source.title);
    return rendered;
  }

  private byAlias(alias: string): SourceDocument | undefined {
    return this.sources.find((s) => s.aliases.some((a) => a.toLocaleLowerCase('da') === alias.toLocaleLowerCase('da')));
  }

  /** What a user is shown of a reference's note: the sources by title and the note in those words. */
  describe(reference: LegalReference): { sources: SourceDocument[]; note?: string } {
    return { sources: this.mentionedIn(reference.note), ...(reference.note ? { note: this.render(reference.note) } : {}) };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Reads `sources.json` of a source; missing = an empty catalogue, malformed = problems. */
export async function readSourceCatalogue(source: RuleSource): Promise<{ catalogue: SourceCatalogue; problems: Problem[] }> {
  const file = source.display(SOURCES_FILE_NAME);
  const bytes = await source.read(SOURCES_FILE_NAME);
  if (!bytes) return { catalogue: new SourceCatalogue([]), problems: [] };
  const decoded = decodeRuleText(bytes);
  if (!decoded.ok) return { catalogue: new SourceCatalogue([]), problems: [{ file, ...decoded.position, pointer: '', message: decoded.message }] };
  const parsed = parseJsonSource(decoded.text);
  if (!parsed.ok) return { catalogue: new SourceCatalogue([]), problems: [{ file, ...parsed.position, pointer: '', message: parsed.message }] };
  const problems: Problem[] = [];
  issuesToProblems(file, parsed.map, validateAgainst(sourceCatalogueSchema, parsed.value), problems);
  if (problems.length > 0) return { catalogue: new SourceCatalogue([]), problems };
  return { catalogue: new SourceCatalogue((parsed.value as { sources: SourceDocument[] }).sources), problems };
}
