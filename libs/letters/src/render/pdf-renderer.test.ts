import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunFolder } from '@fordeling/model';
import { chromiumAvailable, chromiumPath } from '@fordeling/browser';
import { buildVejledende } from '../data/build-minimum-letters.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { loadTemplateSet } from '../templates/template-set.js';
import { LetterRenderer } from './letter-renderer.js';
import { PdfRenderer, type PdfLoad } from './pdf-renderer.js';

const canRun = chromiumAvailable() && existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftohtml');
if (!canRun) {
  console.warn(`BEMÆRK: PDF-testen springes over: ${chromiumPath()} eller pdftotext/pdftohtml (poppler-utils) findes ikke.`);
}

describe.skipIf(!canRun)('PDF letters (Debian chromium)', () => {
  let pdf: PdfRenderer;
  beforeAll(async () => {
    pdf = await PdfRenderer.launch(2);
  });
  afterAll(async () => {
    await pdf?.close();
  });

  it('prints an A4 letter with the numbers, Danish characters, fonts embedded and "Side X af Y"', async () => {
    const clinic = (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics[0];
    const { data } = buildVejledende(await fixtureContext(), clinic);
    const renderer = new LetterRenderer(await loadTemplateSet());
    const html = renderer.render('vejledende', data);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'fordeling-pdf-')), 'brev.pdf');
    await writeFile(file, await pdf.render(html, renderer.pdfFooter(data)));

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('1.103');
    expect(text).toContain('2.206');
    expect(text).toContain('1,45');
    expect(text).toContain('1. februar 2026');
    expect(text).toContain('sundhedsloven § 206 b, stk. 3');
    expect(text).toContain('Lægerne på Læsø');
    expect(text).toContain('Sundhedsråd Vendsyssel');
    expect(text).toContain(`Side 1 af ${pages}`);
    expect(text).toContain(data.letter.id);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    // Only the letter's two subsets, each embedded ("emb" = yes). The footer carries the @font-face
    // rules too; if it fell back to an installed DejaVu, a third font would be listed.
    const rows = fonts.split('\n').slice(2).filter((line) => line.trim());
    expect(new Set(rows.map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
    for (const row of rows) expect(row).toMatch(/\bIdentity-H\s+yes\s+yes\s+yes\b/);

    // Tagged (Chromium's tagged PDF): a structure tree screen readers and archives read, with the
    // letter's headings as heading elements; and an outline (bookmarks) from those headings.
    expect(info).toMatch(/Tagged:\s+yes/);
    // Poppler reads the PDF 1.7 structure types and says so on stderr for Chromium's PDF 2.0 »Strong«.
    const structure = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(structure).toMatch(/\bH1\b/);
    expect(structure).toMatch(/\bH2\b/);
    const outline = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' });
    expect(outline).toContain('<outline>');
    expect(outline).toMatch(/<item page="1">Sådan er det vejledende tal beregnet<\/item>/);
  });

  it('prints a letter in place of the page’s last one exactly as in a new document: same text, title, fonts, tags and outline', async () => {
    const [first, second] = (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics;
    const context = await fixtureContext();
    const renderer = new LetterRenderer(await loadTemplateSet());
    const letters = [first, second].map((clinic) => buildVejledende(context, clinic).data);
    const [html1, html2] = letters.map((data) => renderer.render('vejledende', data));
    const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-pdf-'));
    /** Both letters through one page, in order; the file holds the second. */
    const printSecond = async (load: PdfLoad, name: string) => {
      const printer = await PdfRenderer.launch(1, load);
      const file = path.join(dir, name);
      try {
        await printer.render(html1, renderer.pdfFooter(letters[0]));
        await writeFile(file, await printer.render(html2, renderer.pdfFooter(letters[1])));
      } finally {
        await printer.close();
      }
      return file;
    };
    // The fast path (the second letter replaces the first in the page) and the reference (a new document).
    const replaced = await printSecond('replace', 'replaced.pdf');
    const navigated = await printSecond('navigate', 'navigated.pdf');

    const read = (file: string) => ({
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
      info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }).replace(/^(CreationDate|ModDate|File size):.*$/gm, ''),
      fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }).replace(/\s+\d+\s+\d+\s*$/gm, ''),
      structure: execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      outline: /<outline>[\s\S]*<\/outline>/.exec(execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' }))?.[0],
    });
    const fast = read(replaced);
    expect(fast).toEqual(read(navigated));
    expect(fast.text).toContain(letters[1].letter.id);
    expect(fast.text).toContain(second.name);
    expect(fast.text).not.toContain(letters[0].letter.id);
    expect(fast.info).toMatch(/Tagged:\s+yes/);
    expect(fast.info).toContain(`Title:           ${letters[1].letter.title}`);
  });
});
