import type { ModelInputs } from './model-inputs.js';

/** The column index of the citizen with this id (citizens.csv `id`), or -1. One pass; no index kept. */
export function citizenIndexById(inputs: ModelInputs, id: number): number {
  const ids = inputs.citizens.id;
  for (let i = 0; i < inputs.citizens.count; i++) if (ids[i] === id) return i;
  return -1;
}
