import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { didYouMean } from '../../core/closest-match.js';
import { geographyRules } from './compile.js';

/** `municipality`: { code } or { name } → its council and region in force at the case's date. */
const municipality: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { code, name } = (input ?? {}) as { code?: number; name?: string };
  const geo = geographyRules.of(book);
  const m = geo.municipality(code ?? name ?? '');
  if (!m) throw new Error(`Kommunen »${code ?? name}« findes ikke i geografien.${name === undefined ? '' : didYouMean(name, geo.municipalities.map((x) => x.name))}`);
  const council = geo.council(m.council);
  return { code: m.code, name: m.name, council: m.council, region: council?.region };
};

/** `island`: { name } → the island's municipality and council. */
const island: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { name } = (input ?? {}) as { name?: string };
  const geo = geographyRules.of(book);
  const found = geo.island(name ?? '');
  if (!found) throw new Error(`Øen »${name}« er ikke en kendt ikke-brofast ø.${didYouMean(name ?? '', geo.islands.map((i) => i.name))}`);
  return { id: found.id, municipality: geo.municipality(found.municipality)?.name, council: geo.councilOfIsland(found.id)?.id };
};

export const geographyEvaluators = { municipality, island };
