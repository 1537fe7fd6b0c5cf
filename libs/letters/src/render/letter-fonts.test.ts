import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRunFolder } from '@fordeling/model';
import { buildVejledende } from '../data/build-minimum-letters.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { FONTS_DIR, loadLetterFonts } from '../templates/letter-fonts.js';
import { defaultTemplatesDir, loadTemplateSet, type TemplateSet } from '../templates/template-set.js';
import { LetterRenderer } from './letter-renderer.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplateSet();
});

/** The code points a CSS unicode-range ("U+0020-007E,U+00A0-00FF,U+2013") covers. */
function covered(unicodeRange: string): (codePoint: number) => boolean {
  const ranges = unicodeRange.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
  return (cp) => ranges.some(([from, to]) => cp >= from && cp <= to);
}

describe('the embedded letter fonts (templates/_shared/fonts)', () => {
  it('are the committed DejaVu Sans subsets, regular and bold, well under 60 KB together', () => {
    expect(templates.fonts.map((f) => [f.family, f.weight, f.file])).toEqual([
      ['Brevskrift', 'normal', `${FONTS_DIR}/DejaVuSans-dansk.woff2`],
      ['Brevskrift', 'bold', `${FONTS_DIR}/DejaVuSans-Bold-dansk.woff2`],
    ]);
    for (const font of templates.fonts) expect(font.woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    const base64Bytes = templates.fonts.reduce((sum, f) => sum + Math.ceil(f.woff2.length / 3) * 4, 0);
    expect(base64Bytes).toBeLessThan(60_000);
  });

  it('cover every character the templates, regions and labels use, and æøå ÆØÅ é ü § – — » « ’ “ ” … • € and no-break space', async () => {
    const inRange = covered(templates.fonts[0].unicodeRange);
    const files = (await readdir(defaultTemplatesDir, { recursive: true })).filter((f) => /\.(hbs|json|css)$/.test(f) && !f.startsWith(FONTS_DIR));
    const used = new Set<string>('æøåÆØÅéü§–—»«’“”…•€\u00a0');
    for (const file of files) for (const ch of await readFile(path.join(defaultTemplatesDir, file), 'utf8')) if (ch >= ' ') used.add(ch);
    expect([...used].filter((ch) => !inRange(ch.codePointAt(0)!))).toEqual([]);
  });

  it('are inlined as data: URLs in every HTML letter and in the PDF footer', async () => {
    const { data } = buildVejledende(await fixtureContext(), (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics[0]);
    const renderer = new LetterRenderer(templates);
    const html = renderer.render('vejledende', data);
    const faces = html.match(/@font-face\{font-family:"Brevskrift";[^}]*font-weight:(normal|bold);[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\);\}/g);
    expect(faces).toHaveLength(2);
    expect(html).toContain(`base64,${templates.fonts[1].woff2.toString('base64')})`);
    expect(html).not.toMatch(/local\(|url\((?!data:)/);
    expect(renderer.pdfFooter(data)).toContain('@font-face{font-family:"Brevskrift"');
  });

  it('stop the batch when a font file differs from fonts.json, naming the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-fonts-'));
    await cp(defaultTemplatesDir, dir, { recursive: true });
    await writeFile(path.join(dir, FONTS_DIR, 'DejaVuSans-dansk.woff2'), 'ikke en skrift');
    await expect(loadLetterFonts(dir)).rejects.toThrow('_shared/fonts/DejaVuSans-dansk.woff2 er ikke den fil, _shared/fonts/fonts.json beskriver');
  });
});
