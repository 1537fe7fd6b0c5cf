/**
 * Where a value, a table row or a rule comes from. Carried by every parameter, as OpenFisca carries a
 * `reference` per value, so legal staff can fill in or correct the paragraph without touching code.
 */
export interface LegalReference {
  /** The instrument, e.g. "BEK nr. 975 af 2025" or "Sundhedsloven". */
  instrument: string;
  /** Paragraph and subsection when known, e.g. "§ 206 b, stk. 3". */
  paragraph?: string;
  /** Retsinformation or other public address. */
  url?: string;
  /**
   * True where the seeds give no number and the project ships an illustrative value that legal staff
   * must replace with the published one. Shown as "illustrativ" wherever the value is used.
   */
  illustrative?: boolean;
  /**
   * Internal Danish note for legal staff: where the value is read from, in the project's own words.
   * Never shown as it is: user-facing texts name the sources it mentions by their real titles
   * (core/source-catalogue.ts).
   */
  note?: string;
}

/** What a citation says where the paragraph is not yet known: legal staff must fill it in. */
export const PARAGRAPH_MISSING = 'paragraf udfyldes';

/** A parameter: one value with its own legal reference. */
export interface Parameter<T = number> {
  value: T;
  reference: LegalReference;
}

/**
 * "BEK nr. 975 af 2025, § 3 (illustrativ)" — the short Danish citation used in sentences. Where the
 * paragraph is not known, the citation says that it is to be filled in, so it is never mistaken for
 * a complete one: "BEK nr. 975 af 2025, paragraf udfyldes".
 */
export function citeReference(ref: LegalReference): string {
  // The project's internal name of a source document (»(seed 002)«) is never part of a citation: the
  // instrument already names the document by its title.
  const instrument = ref.instrument.replace(/\s*\(seeds?\s+\d{3}[^)]*\)/giu, '');
  const cite = `${instrument}, ${ref.paragraph ?? PARAGRAPH_MISSING}`;
  return ref.illustrative ? `${cite} (illustrativ)` : cite;
}
