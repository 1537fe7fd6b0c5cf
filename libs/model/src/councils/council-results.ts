// DOMAIN step 5, per health council and year of the capacity rule set: the ceiling is the number the
// order fixes for the council and year where the rule set has it (seed 000: »Bekendtgørelsen tilsiger,
// hvor mange læger et sundhedsråd kan have ved udgangen af 2025 og 2026«), else the model's own
// figure, total weight / target (rounded as the rule set says, in the engine), which is always
// reported beside it; free = max(0, ceiling − existing). A year
// with population 'projected' grows each municipality's weight by its projected growth
// (projection.csv), then sums per council (seed 000: 2026 leaves room for growth).
import type { CapacityCompiled, GeographyIndex, Problem } from '@fordeling/engine';
import type { GroupTotals } from '../aggregate/group-totals.js';
import { perMunicipality } from '../geography/per-municipality.js';
import type { CouncilInput, ProjectionInput } from '../inputs/model-inputs.js';
import type { CouncilResult } from '../result.js';

export function computeCouncilResults(
  geography: GeographyIndex,
  municipalities: GroupTotals,
  councilInputs: CouncilInput[],
  projection: ProjectionInput[],
  capacity: CapacityCompiled,
): { councils: CouncilResult[]; warnings: Problem[] } {
  // growth_pct per municipality index; a municipality with citizens but no row counts as 0 % (warned).
  const { values: growth, warnings } = perMunicipality(geography, projection, (row) => row.growthPct, municipalities.citizens, {
    file: 'projection.csv',
    assumed: 'regnet med 0 % befolkningstilvækst',
  });
  const existing = new Map<string, number>();
  for (const row of councilInputs) {
    const index = geography.councilIndex(row.council);
    if (index !== -1) existing.set(geography.councils[index].name, row.existingCapacities);
    else warnings.push({ file: 'councils.csv', line: row.line, column: 1, pointer: '/council', message: `sundhedsrådet »${row.council}« findes ikke i geografi-regelsættet i kraft; rækken er ikke brugt` });
  }

  const councils = geography.councils.map((council, c): CouncilResult => {
    const members = geography.municipalities.map((m, i) => ({ m, i })).filter(({ m }) => m.council === c);
    const citizens = members.reduce((n, { i }) => n + municipalities.citizens[i], 0);
    const existingCapacities = existing.get(council.name) ?? 0;
    if (!existing.has(council.name)) {
      warnings.push({ file: 'councils.csv', line: 0, column: 0, pointer: '', message: `${council.name} mangler; regnet med 0 eksisterende kapaciteter`, code: 'incomplete-input' });
    }
    return {
      council: council.name,
      region: geography.regions[council.region]?.name ?? '',
      citizens,
      existingCapacities,
      years: capacity.years.map(({ year, population }) => {
        const totalWeight = members.reduce((w, { i }) => w + municipalities.weight[i] * (population === 'projected' ? 1 + growth[i] / 100 : 1), 0);
        const { ceiling, computed, fixed, difference } = capacity.councilCeiling(council.id, year, totalWeight);
        return {
          year,
          totalWeight,
          ceiling,
          computedCeiling: computed,
          fixedCeiling: fixed?.capacities ?? null,
          ceilingDifference: difference ?? null,
          freeCapacities: capacity.freeCapacities(ceiling, existingCapacities),
        };
      }),
    };
  });
  return { councils, warnings };
}
