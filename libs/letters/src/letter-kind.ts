/** The letters a region sends a clinic (templates/<kind>/letter.hbs). */
export const LETTER_KINDS = ['vejledende', 'hoering', 'afgoerelse', 'kapacitet'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Short readable prefix of a letter id, e.g. "VEJ-2025-123456-7F3K-9QXA". */
export const LETTER_ID_PREFIX: Record<LetterKind, string> = {
  vejledende: 'VEJ',
  hoering: 'HOR',
  afgoerelse: 'AFG',
  kapacitet: 'KAP',
};

/** The letters that are decisions: they carry the complaint guidance (templates/_shared/klagevejledning.hbs). */
export const DECISION_LETTERS: readonly LetterKind[] = ['afgoerelse', 'kapacitet'];

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}
