import type { LetterFont } from '../templates/letter-fonts.js';

/**
 * The letter's fonts as @font-face rules with the WOFF2 inline (base64), so an HTML letter looks
 * the same on any machine and Chromium embeds the same glyphs in the PDF. The subsets are small
 * (~21 KB for regular and bold); characters outside unicode-range fall back to the next family.
 */
export function fontFaces(fonts: readonly LetterFont[]): string {
  return fonts
    .map((f) => `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};font-display:block;unicode-range:${f.unicodeRange};src:url(data:font/woff2;base64,${f.woff2.toString('base64')}) format("woff2");}`)
    .join('\n');
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface DocumentParts {
  title: string;
  letterId: string;
  css: string;
  body: string;
  synthetic: boolean;
  /** The @font-face rules (fontFaces). */
  fontFaces: string;
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
${parts.fontFaces}
${parts.css}
</style>
</head>
<body>
${banner}${parts.body}
</body>
</html>
`;
}

/**
 * The footer Chromium prints on every PDF page: letter id and "Side X af Y". Chromium renders it
 * apart from the page, so it carries the @font-face rules itself (else it would use an installed font).
 */
export function pdfFooter(letterId: string, sender: string, fontFaces: string): string {
  return `<style>${fontFaces}</style><div style="font-family:Brevskrift,'DejaVu Sans',sans-serif;font-size:7.5pt;color:#555;width:100%;margin:0 18mm;display:flex;justify-content:space-between;">
<span>${escapeHtml(sender)} · Brev-id ${escapeHtml(letterId)}</span>
<span>Side <span class="pageNumber"></span> af <span class="totalPages"></span></span>
</div>`;
}
