// `npx tsx tools/fonts/subset.ts`: subsets DejaVu Sans (regular and bold, Debian's fonts-dejavu-core)
// to the characters Danish letters use and writes them as WOFF2 to templates/_shared/fonts/, with
// fonts.json (what the letters' @font-face rules are built from) and the DejaVu licence. The output
// is committed, so rendering letters never needs the Debian font; re-run only to change the
// character set. Source folder: DEJAVU_DIR (default /usr/share/fonts/truetype/dejavu).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import type { LetterFontManifest } from '@fordeling/letters';

const SOURCE_DIR = process.env.DEJAVU_DIR ?? '/usr/share/fonts/truetype/dejavu';
const LICENCE_SOURCE = '/usr/share/doc/fonts-dejavu-core/copyright';
const OUT_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../templates/_shared/fonts');

const FACES = [
  { source: 'DejaVuSans.ttf', file: 'DejaVuSans-dansk.woff2', weight: 'normal' as const },
  { source: 'DejaVuSans-Bold.ttf', file: 'DejaVuSans-Bold-dansk.woff2', weight: 'bold' as const },
];

/**
 * Basic Latin and Latin-1 Supplement (æøå ÆØÅ é ü § « » ×, non-breaking space …) plus the
 * typography of Danish letters and rule-set texts: dashes, quotes, ellipsis, bullet, euro, arrow,
 * minus and ≤ ≥ (the rule sets' notes use →; amounts may use €).
 */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0xff],
  [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e], [0x2022, 0x2022], [0x2026, 0x2026],
  [0x20ac, 0x20ac], [0x2192, 0x2192], [0x2212, 0x2212], [0x2264, 0x2265],
];

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const unicodeRange = RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const sha256 = (content: Buffer | string) => `sha256:${createHash('sha256').update(content).digest('hex')}`;

function debianVersion(): string {
  try {
    return `fonts-dejavu-core ${execFileSync('dpkg-query', ['-W', '-f=${Version}', 'fonts-dejavu-core'], { encoding: 'utf8' })} (Debian)`;
  } catch {
    return `DejaVu Sans from ${SOURCE_DIR}`;
  }
}

await mkdir(OUT_DIR, { recursive: true });
const manifest: LetterFontManifest = {
  generatedBy: 'tools/fonts/subset.ts (subset-font, harfbuzz hb-subset; hinting removed)',
  source: debianVersion(),
  family: 'Brevskrift',
  unicodeRange,
  faces: [],
};
for (const face of FACES) {
  const original = await readFile(path.join(SOURCE_DIR, face.source));
  // Hinting only sharpens small text on low-resolution screens; dropping it halves the size.
  const subset = await subsetFont(original, text, { targetFormat: 'woff2', noHinting: true });
  await writeFile(path.join(OUT_DIR, face.file), subset);
  manifest.faces.push({ file: face.file, weight: face.weight, source: face.source, sourceSha256: sha256(original), sha256: sha256(subset), bytes: subset.length });
  console.log(`${face.file}: ${subset.length} bytes (fra ${original.length} bytes)`);
}
await writeFile(path.join(OUT_DIR, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// The Bitstream Vera licence (DejaVu's) requires the notice to travel with the fonts.
const copyright = await readFile(LICENCE_SOURCE, 'utf8');
const fontPart = copyright.slice(0, copyright.indexOf('\nFiles: debian/'));
await writeFile(
  path.join(OUT_DIR, 'LICENSE-DejaVu.txt'),
  `The WOFF2 files in this folder are subsets of DejaVu Sans and DejaVu Sans Bold (${manifest.source}),\n` +
    `made with tools/fonts/subset.ts. Licence and copyright of the fonts, from ${LICENCE_SOURCE}:\n\n${fontPart.trimEnd()}\n`,
);
console.log(`${OUT_DIR}: ${manifest.faces.length} skrifter, tegn ${unicodeRange}`);
