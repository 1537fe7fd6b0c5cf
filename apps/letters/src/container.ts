import { Container } from 'inversify';
import { defaultRulesDir, RULE_KIND, standardKinds, type RuleKind } from '@fordeling/engine';
import { LettersApp } from './letters-app.js';
import { RuleBookSource } from './rule-book-source.js';

export const RULES_DIR = Symbol.for('fordeling.letters.RulesDir');

/** The letters app's composition root: the rule kinds as plugins, the rules folder, the app. */
export function createLettersContainer(rulesDir: string = defaultRulesDir): Container {
  const container = new Container();
  for (const kind of standardKinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  container.bind<string>(RULES_DIR).toConstantValue(rulesDir);
  container.bind(RuleBookSource).toDynamicValue((ctx) => new RuleBookSource(ctx.getAll<RuleKind>(RULE_KIND), ctx.get<string>(RULES_DIR)));
  container.bind(LettersApp).toDynamicValue((ctx) => new LettersApp(ctx.get(RuleBookSource)));
  return container;
}
