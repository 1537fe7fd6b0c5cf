import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** `templates/_shared/fonts/fonts.json`, written by tools/fonts/subset.ts. */
export interface LetterFontManifest {
  generatedBy: string;
  /** The font files the subsets were made from (Debian package and version). */
  source: string;
  /** The CSS font family the styles use. */
  family: string;
  /** The characters every face covers, as a CSS unicode-range. */
  unicodeRange: string;
  faces: Array<{ file: string; weight: 'normal' | 'bold'; source: string; sourceSha256: string; sha256: string; bytes: number }>;
}

/** One embedded face: the WOFF2 file's bytes and where it came from. */
export interface LetterFont {
  family: string;
  weight: 'normal' | 'bold';
  unicodeRange: string;
  /** Relative to the templates folder, e.g. `_shared/fonts/DejaVuSans-dansk.woff2`. */
  file: string;
  woff2: Buffer;
}

/** Inside the templates' shared folder (template-set.ts SHARED_DIR). */
export const FONTS_DIR = '_shared/fonts';
export const FONT_MANIFEST = `${FONTS_DIR}/fonts.json`;

/**
 * The subset fonts every letter embeds (docs/letters.md, "Rendering"). Missing or altered files stop
 * the batch: a letter must never silently fall back to whatever font the reader has installed.
 */
export async function loadLetterFonts(templatesDir: string): Promise<LetterFont[]> {
  let manifest: LetterFontManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(templatesDir, FONT_MANIFEST), 'utf8')) as LetterFontManifest;
  } catch (error) {
    throw new Error(`${FONT_MANIFEST} kan ikke læses (${(error as Error).message}); dan skrifterne med »npx tsx tools/fonts/subset.ts«`);
  }
  return Promise.all(
    manifest.faces.map(async (face) => {
      const file = `${FONTS_DIR}/${face.file}`;
      const woff2 = await readFile(path.join(templatesDir, file));
      if (`sha256:${createHash('sha256').update(woff2).digest('hex')}` !== face.sha256) {
        throw new Error(`${file} er ikke den fil, ${FONT_MANIFEST} beskriver (sha256 afviger); dan skrifterne igen med »npx tsx tools/fonts/subset.ts«`);
      }
      return { family: manifest.family, weight: face.weight, unicodeRange: manifest.unicodeRange, file, woff2 };
    }),
  );
}
