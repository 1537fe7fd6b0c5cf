import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LETTER_KINDS, type LetterKind } from '../letter-kind.js';
import type { TemplateSource } from '../check/template-paths.js';
import { loadLetterFonts, type LetterFont } from './letter-fonts.js';

/** The repository's `templates/` folder (libs/letters/src/templates → ../../../../templates). */
export const defaultTemplatesDir = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../templates');

export const SHARED_DIR = '_shared';

/** Everything under templates/: one letter template per kind, shared partials, CSS, fonts, region and label data. */
export interface TemplateSet {
  dir: string;
  letters: Partial<Record<LetterKind, TemplateSource>>;
  partials: Record<string, TemplateSource>;
  css: string;
  /** The subset fonts embedded in every letter (templates/_shared/fonts). */
  fonts: LetterFont[];
  /** sha256 of every file read, so a changed template re-renders the letters made with the old one. */
  hash: string;
}

export async function loadTemplateSet(dir: string = defaultTemplatesDir): Promise<TemplateSet> {
  const hash = createHash('sha256');
  const read = async (relative: string): Promise<string> => {
    const text = await readFile(path.join(dir, relative), 'utf8');
    hash.update(relative).update('\0').update(text).update('\0');
    return text;
  };
  const letters: TemplateSet['letters'] = {};
  for (const kind of LETTER_KINDS) {
    const name = `${kind}/letter.hbs`;
    try {
      letters[kind] = { name, source: await read(name) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const partials: Record<string, TemplateSource> = {};
  const sharedFiles = (await readdir(path.join(dir, SHARED_DIR))).sort();
  for (const file of sharedFiles.filter((f) => f.endsWith('.hbs'))) {
    const name = `${SHARED_DIR}/${file}`;
    partials[file.replace(/\.hbs$/, '')] = { name, source: await read(name) };
  }
  const css = sharedFiles.includes('styles.css') ? await read(`${SHARED_DIR}/styles.css`) : '';
  for (const data of ['regions.json', 'labels.json']) await read(data);
  const fonts = await loadLetterFonts(dir);
  for (const font of fonts) hash.update(font.file).update('\0').update(font.woff2).update('\0');
  return { dir, letters, partials, css, fonts, hash: `sha256:${hash.digest('hex')}` };
}
