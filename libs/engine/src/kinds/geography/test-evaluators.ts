import type { RuleBook, TestEvaluator } from '../../contract/kind.js';
import { geographyRules } from './compile.js';

/** `municipality`: { code } or { name } → its council and region in force at the case's date. */
const municipality: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { code, name } = (input ?? {}) as { code?: number; name?: string };
  const geo = geographyRules.of(book);
  const m = geo.municipality(code ?? name ?? '');
  if (!m) throw new Error(`Kommunen »${code ?? name}« findes ikke i geografien.`);
  const council = geo.council(m.council);
  return { code: m.code, name: m.name, council: m.council, region: council?.region };
};

/** `island`: { name } → the island's municipality and council. */
const island: TestEvaluator = (input: unknown, book: RuleBook) => {
  const { name } = (input ?? {}) as { name?: string };
  const geo = geographyRules.of(book);
  const found = geo.island(name ?? '');
  if (!found) throw new Error(`Øen »${name}« er ikke en kendt ikke-brofast ø.`);
  return { id: found.id, municipality: geo.municipality(found.municipality)?.name, council: geo.councilOfIsland(found.id)?.id };
};

export const geographyEvaluators = { municipality, island };
