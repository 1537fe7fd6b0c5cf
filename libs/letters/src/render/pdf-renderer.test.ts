import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVejledende } from '../data/build-minimum-letters.js';
import { readRunFolder } from '../data/run-folder.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { loadTemplateSet } from '../templates/template-set.js';
import { pdfFooter } from './html-document.js';
import { LetterRenderer } from './letter-renderer.js';
import { chromiumAvailable, chromiumPath, PdfRenderer } from './pdf-renderer.js';

const canRun = chromiumAvailable() && existsSync('/usr/bin/pdftotext');
if (!canRun) {
  console.warn(`BEMÆRK: PDF-testen springes over: ${chromiumPath()} eller pdftotext (poppler-utils) findes ikke.`);
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
    const clinic = (await readRunFolder(await writeFixtureRun())).clinics[0];
    const { data } = buildVejledende(await fixtureContext(), clinic);
    const html = new LetterRenderer(await loadTemplateSet()).render('vejledende', data);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'fordeling-pdf-')), 'brev.pdf');
    await writeFile(file, await pdf.render(html, pdfFooter(data.letter.id, data.region.name)));

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
    expect(fonts).toContain('DejaVuSans');
    expect(fonts).not.toMatch(/\bno\s+(yes|no)\s+(yes|no)\s+\d+/); // every font embedded
  });
});
