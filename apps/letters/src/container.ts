// The letters app's composition root. What varies is bound here: the rule kinds (plugins under
// RULE_KIND) and the rule source (the rules folder); the rule books and the app are resolved from them.
import { Container } from 'inversify';
import { defaultRulesDir, DirectoryRuleSource, RULE_KIND, standardKinds, type RuleKind, type RuleSource } from '@fordeling/engine';
import { LettersApp } from './letters-app.js';
import { RuleBookSource } from './rule-book-source.js';

export const RULE_SOURCE = Symbol.for('fordeling.letters.RuleSource');

export function createLettersContainer(rulesDir: string = defaultRulesDir): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  for (const kind of standardKinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  container.bind<RuleSource>(RULE_SOURCE).toConstantValue(new DirectoryRuleSource(rulesDir));
  container
    .bind(RuleBookSource)
    .toResolvedValue((kinds: RuleKind[], source: RuleSource) => new RuleBookSource(kinds, source), [{ serviceIdentifier: RULE_KIND, isMultiple: true }, RULE_SOURCE]);
  container.bind(LettersApp).toResolvedValue((books: RuleBookSource) => new LettersApp(books), [RuleBookSource]);
  return container;
}
