// The composition root of the CLI: the rule kinds are plugins bound under RULE_KIND; libraries stay
// plain functions and never see the container.
import 'reflect-metadata';
import { Container } from 'inversify';
import { createRegistry, RULE_KIND, standardKinds, type RuleKind, type RuleRegistry } from '@fordeling/engine';

export function createContainer(kinds: readonly RuleKind[] = standardKinds): Container {
  const container = new Container();
  for (const kind of kinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  return container;
}

export const container = createContainer();

/** The registry of every bound kind (an empty list when none are bound). */
export function createRuleRegistry(from: Container = container): RuleRegistry {
  return createRegistry(from.getAll<RuleKind>(RULE_KIND, { optional: true }));
}
