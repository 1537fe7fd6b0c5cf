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
  /** Free Danish note, e.g. which seed/table the value is read from. */
  note?: string;
}

/** A parameter: one value with its own legal reference. */
export interface Parameter<T = number> {
  value: T;
  reference: LegalReference;
}

/** "BEK nr. 975 af 2025, § 3 (illustrativ)" — the short Danish citation used in sentences. */
export function citeReference(ref: LegalReference): string {
  const parts = [ref.instrument];
  if (ref.paragraph) parts.push(ref.paragraph);
  const cite = parts.join(', ');
  return ref.illustrative ? `${cite} (illustrativ)` : cite;
}
