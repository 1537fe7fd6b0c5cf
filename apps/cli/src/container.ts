// The composition root of the CLI. What varies is the set of rule kinds (plugins bound under
// RULE_KIND; the tests bind others); the registry every command loads rules with is resolved from
// them. Libraries stay plain functions and never see the container.
import 'reflect-metadata';
import { Container } from 'inversify';
import { createRegistry, RULE_KIND, standardKinds, type RuleKind, type RuleRegistry } from '@fordeling/engine';

const CLI = { Registry: Symbol.for('fordeling.cli.RuleRegistry') } as const;

export function createContainer(kinds: readonly RuleKind[] = standardKinds): Container {
  const container = new Container();
  for (const kind of kinds) container.bind<RuleKind>(RULE_KIND).toConstantValue(kind);
  container
    .bind<RuleRegistry>(CLI.Registry)
    .toResolvedValue((bound: RuleKind[] | undefined) => createRegistry(bound ?? []), [{ serviceIdentifier: RULE_KIND, isMultiple: true, optional: true }])
    .inSingletonScope();
  return container;
}

export const container = createContainer();

/** The registry of every bound kind (an empty one when none are bound). */
export function createRuleRegistry(from: Container = container): RuleRegistry {
  return from.get<RuleRegistry>(CLI.Registry);
}
