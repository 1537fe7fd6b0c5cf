import type { RuleKind } from '../contract/kind.js';

/** The kinds known to the engine, by name. Built once at the composition root. */
export interface RuleRegistry {
  readonly kinds: readonly RuleKind[];
  get(kind: string): RuleKind | undefined;
  /** Sorted kind names, for messages that list the known kinds. */
  names(): string[];
}

export function createRegistry(kinds: RuleKind[]): RuleRegistry {
  const byName = new Map<string, RuleKind>();
  for (const kind of kinds) {
    if (byName.has(kind.kind)) throw new Error(`Regeltypen »${kind.kind}« er registreret to gange.`);
    byName.set(kind.kind, kind);
  }
  return {
    kinds: [...kinds],
    get: (name) => byName.get(name),
    names: () => [...byName.keys()].sort(),
  };
}
