// The explorer's pages as Handlebars templates (escaping by default; strict, so a missing field is an
// error, never an empty cell). Danish, one <h1> per page, landmarks, labelled fields, captioned tables.
import Handlebars from 'handlebars';
import { formatDate, formatNumber } from '@fordeling/engine';
import type { ProvisionPeriod } from '@fordeling/engine';
import { periodLabel, type ExplorerData, type ExplorerRuleSet } from './explorer-data.js';
import { explorerScript } from './explorer-script.js';
import { explorerCss } from './explorer-style.js';

const hb = Handlebars.create();
hb.registerHelper({
  date: (iso: string) => formatDate(iso),
  period: (from: string, to: string | undefined) => periodLabel(from, typeof to === 'string' ? to : undefined),
  number: (n: number) => formatNumber(n),
});

const compile = (source: string) => hb.compile(source, { strict: true });

const layout = compile(`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} – Fordelingsmodellens regler</title>
<style>{{{css}}}</style>
</head>
<body>
<a class="skip" href="#indhold">Gå til indholdet</a>
<header>
<p class="site"><a href="index.html">Fordelingsmodellens regler</a></p>
<nav aria-label="Hovedmenu"><ul><li><a href="index.html">Regelsæt og søgning</a></li><li><a href="log.html">Ændringslog</a></li></ul></nav>
</header>
<main id="indhold">
{{{body}}}
</main>
<footer>
<p>Regler efter sundhedslovens § 206 b og bekendtgørelse nr. 975 af 2025. Værdier mærket »Illustrativ« er ikke fastsat i de offentliggjorte kilder; de står til erstatning med de gældende. Henvisninger mærket »paragraf udfyldes« mangler endnu deres paragraf. Skrevet {{date writtenOn}}.</p>
</footer>
<script type="application/json" id="explorer-data">{{{data}}}</script>
<script>{{{script}}}</script>
</body>
</html>
`);

const indexBody = compile(`<h1>Fordelingsmodellens regler over tid</h1>
<p class="lead">Hver parameter, tabelrække og regel i reglerne for fordeling af lægekapacitet i det almenmedicinske tilbud, med værdien i hver periode, den version og henvisning, der fastsatte den, og hvad hver ny version ændrede.</p>
<form class="tool" role="search" onsubmit="return false">
<label for="search">Søg efter titel eller værdi<input id="search" type="search" autocomplete="off"></label>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ul id="search-results"></ul>
<h2>Regelsæt</h2>
{{#each ruleSets}}
<section class="card" aria-labelledby="rs-{{history.id}}">
<h3 id="rs-{{history.id}}"><a href="{{page}}">{{history.title}}</a></h3>
<p>Id »{{history.id}}« · {{versionCount}} · {{provisionCount}}{{#if illustrative}} · <span class="badge illustrative">{{illustrative}} illustrative</span>{{/if}}</p>
<p>{{inForceText}}</p>
</section>
{{/each}}
`);

const ruleSetBody = compile(`<h1>{{history.title}}</h1>
<p class="lead">Regelsættet »{{history.id}}« (type »{{history.kind}}«).</p>
<table class="stack">
<caption>Versioner</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Gælder</th><th scope="col">Skrevet som</th><th scope="col">Offentliggjort</th></tr></thead>
<tbody>
{{#each versions}}
<tr><td data-label="Version">{{version}}{{#if draft}} <span class="badge draft">udkast</span>{{/if}}</td><td data-label="Gælder">{{inForce}}</td><td data-label="Skrevet som">{{written}}</td><td data-label="Offentliggjort">{{published}}</td></tr>
{{/each}}
</tbody>
</table>
<h2>Sammenlign to datoer</h2>
<form class="tool" id="compare">
<label for="compare-from">Fra dato<input id="compare-from" type="date" value="{{firstDay}}"></label>
<label for="compare-to">Til dato<input id="compare-to" type="date" value="{{lastDay}}"></label>
<button type="submit">Vis ændringer</button>
</form>
<div id="compare-result" class="result" role="status" aria-live="polite"></div>
<h2>Bestemmelser</h2>
<form class="tool" role="search" onsubmit="return false">
<label for="filter">Filtrér efter titel eller værdi<input id="filter" type="search" autocomplete="off"></label>
</form>
<p id="filter-status" role="status" aria-live="polite"></p>
{{#each provisions}}
<section class="provision" id="{{anchor}}" data-search="{{search}}" aria-labelledby="{{anchor}}-h">
<h3 id="{{anchor}}-h">{{title}}</h3>
<p class="key"><code>{{key}}</code></p>
<table class="stack">
<caption>Værdier over tid: {{title}}</caption>
<thead><tr><th scope="col">Periode</th><th scope="col">Værdi</th><th scope="col">Version</th><th scope="col">Henvisning og kilde</th></tr></thead>
<tbody>
{{#each periods}}
<tr>
<td data-label="Periode">{{period from to}}</td>
<td data-label="Værdi">{{#if repealed}}ophævet{{else}}{{text}}{{#if reference.illustrative}} <span class="badge illustrative">Illustrativ</span>{{/if}}{{/if}}</td>
<td data-label="Version">{{version}}</td>
<td data-label="Henvisning og kilde">{{#if reference}}{{#if reference.url}}<a href="{{reference.url}}">{{reference.citation}}</a>{{else}}{{reference.citation}}{{/if}}{{#each reference.sources}}<br>Kilde: {{#if url}}<a href="{{url}}">{{title}}</a>{{else}}{{title}}{{/if}}{{/each}}{{/if}}{{#if changes.length}}<ul class="changes">{{#each changes}}<li>{{this}}</li>{{/each}}</ul>{{/if}}</td>
</tr>
{{/each}}
</tbody>
</table>
</section>
{{/each}}
`);

const logBody = compile(`<h1>Ændringslog</h1>
<p class="lead">Hver offentliggjort version: hvornår, af hvem og hvorfor, med indholdets kontrolsum (sha256). En offentliggjort version ændres aldrig; den afløses af en ny.</p>
<table class="stack">
<caption>Offentliggjorte versioner, ældste først</caption>
<thead><tr><th scope="col">Regelsæt og version</th><th scope="col">Offentliggjort</th><th scope="col">Af</th><th scope="col">Begrundelse</th><th scope="col">Kontrolsum</th></tr></thead>
<tbody>
{{#each log}}
<tr><td data-label="Regelsæt og version"><a href="{{page}}">{{id}} {{version}}</a></td><td data-label="Offentliggjort">{{when}}</td><td data-label="Af">{{by}}</td><td data-label="Begrundelse">{{why}}</td><td data-label="Kontrolsum"><code>{{hash}}</code></td></tr>
{{/each}}
</tbody>
</table>
`);

/** Safe inside <script type="application/json">: no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(title: string, body: string, writtenOn: string, data: unknown): string {
  return layout({ title, body, css: explorerCss, script: explorerScript, writtenOn, data: scriptJson(data) });
}

function searchText(...parts: Array<string | undefined>): string {
  return parts.filter(Boolean).join(' ').toLocaleLowerCase('da');
}

function anchorOf(key: string): string {
  return `p-${key.replace(/^\/content\//, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

function periodSearch(p: ProvisionPeriod): string {
  return searchText(p.text, p.version, p.reference?.citation);
}

export function indexPage(data: ExplorerData): string {
  const ruleSets = data.ruleSets.map((r) => {
    const current = inForce(r, data.writtenOn);
    const illustrative = r.history.provisions.filter((p) => p.periods.at(-1)?.reference?.illustrative).length;
    return {
      ...r,
      history: { ...r.history, title: titleOn(r, data.writtenOn) },
      versionCount: r.history.versions.length === 1 ? '1 version' : `${formatNumber(r.history.versions.length)} versioner`,
      provisionCount: `${formatNumber(r.history.provisions.length)} bestemmelser`,
      illustrative,
      inForceText: current ? `Gældende ${formatDate(data.writtenOn)}: version ${current.version} (${periodLabel(current.from, current.to)}).` : `Ingen version gælder ${formatDate(data.writtenOn)}.`,
    };
  });
  const index = data.ruleSets.flatMap((r) =>
    r.history.provisions.map((p) => ({
      title: p.title,
      ruleSet: r.history.id,
      href: `${r.page}#${anchorOf(p.key)}`,
      text: p.periods.at(-1)?.text ?? 'ophævet',
      search: searchText(p.title, r.history.id, ...p.periods.map(periodSearch)),
    })),
  );
  return page('Regelsæt', indexBody({ ruleSets }), data.writtenOn, { index });
}

/** The published version in force on a date. */
function inForce(ruleSet: ExplorerRuleSet, date: string) {
  return ruleSet.published.find((v) => v.from <= date && (!v.to || date <= v.to));
}

/** A rule set is named by the title of the version in force on the day the site is written. */
function titleOn(ruleSet: ExplorerRuleSet, date: string): string {
  const current = inForce(ruleSet, date);
  return ruleSet.history.versions.find((v) => v.version === current?.version)?.title ?? ruleSet.history.title;
}

export function ruleSetPage(ruleSet: ExplorerRuleSet, writtenOn: string): string {
  const history = { ...ruleSet.history, title: titleOn(ruleSet, writtenOn) };
  const versions = history.versions.map((v) => ({
    version: v.version,
    draft: v.status === 'draft',
    inForce: v.inForce ? periodLabel(v.inForce.from, v.inForce.to) : 'gælder ikke (udkast)',
    written: v.amends ? `ændring af ${v.amends}` : 'hel version',
    published: v.publishedAt ? `${formatDate(v.publishedAt.slice(0, 10))}${v.publishedBy ? `, ${v.publishedBy}` : ''}${v.reason ? `: ${v.reason}` : ''}` : v.status === 'published' ? 'offentliggjort' : '–',
  }));
  const provisions = history.provisions.map((p) => ({
    ...p,
    anchor: anchorOf(p.key),
    search: searchText(p.title, p.key, ...p.periods.map(periodSearch)),
  }));
  const firstDay = ruleSet.published[0]?.from ?? writtenOn;
  const lastDay = ruleSet.published.at(-1)?.from ?? writtenOn;
  const body = ruleSetBody({ history, versions, provisions, firstDay, lastDay });
  return page(history.title, body, writtenOn, { published: ruleSet.published, diffs: ruleSet.diffs });
}

export function logPage(data: ExplorerData): string {
  const log = data.log.map((e) => ({
    ...e,
    when: e.publishedAt ? `${formatDate(e.publishedAt.slice(0, 10))} kl. ${e.publishedAt.slice(11, 16)} UTC` : 'ikke registreret',
    by: e.publishedBy ?? 'ikke registreret',
    why: e.reason ?? 'ikke registreret',
  }));
  return page('Ændringslog', logBody({ log }), data.writtenOn, {});
}
