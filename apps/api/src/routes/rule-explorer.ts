// The rule explorer's reads for the workbench's Regler and Udkast pages (issue 16): the history of a
// rule set (every parameter, table row and rule with its value in each period, its reference by the
// sources' real titles, illustrative values marked), the changes in words between the versions in
// force on two dates, search by Danish title and by value, the change log, and each rule set's content
// schema for the draft editor's forms. All computed by the engine's own functions (ruleSetHistory,
// historyOn, changesBetween) — the same as `fordeling rules history/diff/explore`.
import { Router } from 'express';
import { changesBetween, historyOn, lockKey, ruleSetHistory, type RuleLibrary, type RuleSetHistory } from '@fordeling/engine';
import type { AppContext } from '../app-context.js';
import { problems } from '../http/problem.js';
import { queryDate, queryString } from '../http/query.js';

/** Histories are computed once per library (a publication makes a new library). */
const histories = new WeakMap<RuleLibrary, Map<string, RuleSetHistory>>();

function historyOf(library: RuleLibrary, id: string): RuleSetHistory {
  if (!library.ids().includes(id)) throw problems.notFound(`Regelsættet »${id}« findes ikke. Kendte regelsæt: ${library.ids().join(', ')}.`);
  let byId = histories.get(library);
  if (!byId) histories.set(library, (byId = new Map()));
  let history = byId.get(id);
  if (!history) byId.set(id, (history = ruleSetHistory(library, id)));
  return history;
}

const words = (text: string) => text.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);

export interface SearchHit {
  ruleSet: string;
  ruleSetTitle: string;
  key: string;
  title: string;
  /** The value in force on the date searched (else the newest), in Danish. */
  text?: string;
  version?: string;
  illustrative: boolean;
}

export function ruleExplorerRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/rulesets/:id/history', (req, res) => {
    const asOf = queryDate(req, 'asOf');
    const history = historyOf(ctx.rules.library, req.params.id);
    res.json(asOf ? { asOf, ...historyOn(history, asOf) } : history);
  });

  router.get('/rulesets/:id/changes', (req, res) => {
    const from = queryDate(req, 'from') ?? queryString(req, 'from', true)!;
    const to = queryDate(req, 'to') ?? queryString(req, 'to', true)!;
    const library = ctx.rules.library;
    historyOf(library, req.params.id);
    const between = changesBetween(library, req.params.id, from, to);
    const side = (date: string, r = between.from) => (r ? { date, version: r.ref.version, inForce: library.periodOf(r) ?? null } : { date, version: null, inForce: null });
    res.json({ from: side(from, between.from), to: side(to, between.to), changes: between.changes.map(({ pointer, change, sentence }) => ({ pointer, change, sentence })) });
  });

  // Every word of `q` must occur in the provision's title, place or one of its values, versions or
  // references (as the static explorer's search).
  router.get('/rule-search', (req, res) => {
    const q = queryString(req, 'q') ?? '';
    const asOf = queryDate(req, 'asOf') ?? ctx.rules.todayDate();
    const wanted = words(q);
    const library = ctx.rules.library;
    const hits: SearchHit[] = [];
    if (wanted.length) {
      for (const id of library.ids()) {
        const history = historyOf(library, id);
        for (const p of history.provisions) {
          const haystack = [p.title, id, p.key, ...p.periods.flatMap((x) => [x.text, x.version, x.reference?.citation])].filter(Boolean).join(' ').toLocaleLowerCase('da');
          if (!wanted.every((w) => haystack.includes(w))) continue;
          const now = p.periods.find((x) => !x.repealed && x.from <= asOf && (!x.to || asOf <= x.to)) ?? p.periods.at(-1);
          hits.push({ ruleSet: id, ruleSetTitle: history.title, key: p.key, title: p.title, text: now?.text, version: now?.version, illustrative: now?.reference?.illustrative ?? false });
        }
      }
    }
    res.json({ q, asOf, total: hits.length, hits: hits.slice(0, 100) });
  });

  // Every publication, the shipped ones (rules.lock.json) and those approved through the API.
  router.get('/rule-log', (_req, res) => {
    const library = ctx.rules.library;
    const titles = new Map(library.ids().map((id) => [id, historyOf(library, id).title]));
    const entries = Object.entries(library.lockEntries)
      .map(([key, entry]) => {
        const [id, version] = key.split('@');
        return { id, version, title: titles.get(id) ?? id, hash: entry.hash, publishedAt: entry.publishedAt ?? null, publishedBy: entry.publishedBy ?? null, reason: entry.reason ?? null, inForce: (() => { const r = library.get(id, version); return r ? (library.periodOf(r) ?? null) : null; })() };
      })
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || lockKey(a.id, a.version).localeCompare(lockKey(b.id, b.version)));
    res.json({ entries });
  });

  // The content schema of the rule set's kind (what rules/schemas/<kind>.schema.json embeds), for
  // the editor's generated forms; by rule set, so the editor asks for it beside the version.
  router.get('/rulesets/:id/schema', (req, res) => {
    const library = ctx.rules.library;
    const newest = library.versions(req.params.id).at(-1);
    if (!newest) throw problems.notFound(`Regelsættet »${req.params.id}« findes ikke. Kendte regelsæt: ${library.ids().join(', ')}.`);
    const kind = library.registry.get(newest.document.kind)!;
    res.set('cache-control', 'private, max-age=300');
    res.json(kind.contentSchema);
  });

  return router;
}
