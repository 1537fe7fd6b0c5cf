import { readFileSync } from 'node:fs';

/** How the letter's font reaches the reader. */
export type FontMode = 'local' | 'embed';

// DejaVu Sans from Debian's fonts-dejavu-core: complete æøå and § glyphs, free licence.
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = [
  { file: 'DejaVuSans.ttf', weight: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', weight: 'bold' },
];

let embedded: string | undefined;

/**
 * `local` names the installed font (Chromium embeds the glyphs used in the PDF, so PDFs are always
 * self-contained); `embed` puts the whole font into the HTML as base64 (~2 MB per letter), for HTML
 * letters that must look the same on a machine without DejaVu.
 */
export function fontFaces(mode: FontMode): string {
  if (mode === 'local') {
    return FONT_FILES.map((f) => `@font-face{font-family:"Brevskrift";font-weight:${f.weight};src:local("DejaVu Sans${f.weight === 'bold' ? ' Bold' : ''}"),local("DejaVuSans${f.weight === 'bold' ? '-Bold' : ''}");}`).join('\n');
  }
  embedded ??= FONT_FILES.map((f) => {
    const base64 = readFileSync(`${FONT_DIR}/${f.file}`).toString('base64');
    return `@font-face{font-family:"Brevskrift";font-weight:${f.weight};src:url(data:font/ttf;base64,${base64}) format("truetype");}`;
  }).join('\n');
  return embedded;
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface DocumentParts {
  title: string;
  letterId: string;
  css: string;
  body: string;
  synthetic: boolean;
  font: FontMode;
}

/** A self-contained A4 HTML document: inline CSS, print rules, and the SYNTETISKE DATA label when it applies. */
export function htmlDocument(parts: DocumentParts): string {
  // The synthetic label is added here, not in a template, so no template edit can remove it.
  const banner = parts.synthetic ? '<div class="syntetisk" role="note">SYNTETISKE DATA – ikke et rigtigt brev</div>\n' : '';
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="letter-id" content="${escapeHtml(parts.letterId)}">
<title>${escapeHtml(parts.title)}</title>
<style>
${fontFaces(parts.font)}
${parts.css}
</style>
</head>
<body>
${banner}${parts.body}
</body>
</html>
`;
}

/** The footer Chromium prints on every PDF page: letter id and "Side X af Y". */
export function pdfFooter(letterId: string, sender: string): string {
  return `<div style="font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;margin:0 18mm;display:flex;justify-content:space-between;">
<span>${escapeHtml(sender)} · Brev-id ${escapeHtml(letterId)}</span>
<span>Side <span class="pageNumber"></span> af <span class="totalPages"></span></span>
</div>`;
}
