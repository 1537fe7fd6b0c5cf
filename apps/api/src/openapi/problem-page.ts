import { PROBLEM_TYPES } from '../http/problem.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * GET /docs/problems: what each problem `type` the API sends means and what to do, one section per
 * type at the anchor its URI names (`/docs/problems#validation`). Danish, like the problems' titles;
 * static, no script.
 */
export function problemPage(): string {
  const sections = Object.entries(PROBLEM_TYPES)
    .map(
      ([slug, type]) => `<section id="${slug}" aria-labelledby="${slug}-title">
  <h2 id="${slug}-title">${escape(type.title)}</h2>
  <p class="meta">Type <code>/docs/problems#${slug}</code> · HTTP-status ${type.status.join(', ')}</p>
  <p>${escape(type.description)}</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fejltyper — Fordeling API</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #1a1a1a; background: #fff; }
code { background: #f1f1f1; padding: 0 .2em; overflow-wrap: anywhere; }
.meta { color: #444; }
section { border-top: 1px solid #ccc; padding-top: .5rem; }
section:target { outline: 3px solid #005fcc; outline-offset: 4px; }
a { color: #0047ab; }
</style>
</head>
<body>
<main>
<h1>Fejltyper i Fordeling API</h1>
<p>Når API'et afviser en forespørgsel, svarer det med <code>application/problem+json</code> (RFC 9457): <code>type</code> henviser til et afsnit på denne side, <code>title</code> og <code>detail</code> forklarer på dansk, og <code>instance</code> er adressen og forespørgslens id. Se også <a href="/docs/">API-dokumentationen</a>.</p>
${sections}
</main>
</body>
</html>
`;
}
