import { describe, expect, it } from 'vitest';
import { standardKinds } from '@fordeling/engine';
import { createContainer, createRuleRegistry } from './container.js';

describe('composition root', () => {
  it('binds every standard kind under RULE_KIND', () => {
    expect(createRuleRegistry().names()).toEqual(standardKinds.map((k) => k.kind).sort());
  });

  it('gives an empty registry when no kind is bound', () => {
    expect(createRuleRegistry(createContainer([])).names()).toEqual([]);
  });
});
