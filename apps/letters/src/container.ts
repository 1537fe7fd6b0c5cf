// The letters app's composition root. What varies is bound here: the rule kinds (plugins under
// RULE_KIND) and the rules directory; the rule books and the app are resolved from them.
import { Container } from 'inversify';
import { defaultRulesDir, RULE_KIND, standardKinds, type RuleKind } from '@fordeling/engine';
import { LettersApp } from './letters-app.js';
import { RuleBookSource } from './rule-book-source.js';

export const RULES_DIR = Symbol.for('fordeling.letters.RulesDir');

export function createLettersContainer(rulesDir: string = defaultRulesDir): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  for (const kind of standardKinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  container.bind<string>(RULES_DIR).toConstantValue(rulesDir);
  container
    .bind(RuleBookSource)
    .toResolvedValue((kinds: RuleKind[], dir: string) => new RuleBookSource(kinds, dir), [{ serviceIdentifier: RULE_KIND, isMultiple: true }, RULES_DIR]);
  container.bind(LettersApp).toResolvedValue((books: RuleBookSource) => new LettersApp(books), [RuleBookSource]);
  return container;
}
