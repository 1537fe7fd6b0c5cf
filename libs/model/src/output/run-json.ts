import type { RuleSetRef } from '@fordeling/engine';
import { summarizeComparison, yearsOf, yearTotal } from '../compare/comparison-summary.js';
import { councilsInOrder } from './councils-csv.js';
import type { ModelComparison, ModelResult } from '../result.js';
import { inputProblems } from './problems-csv.js';

/** The document in run.json as far as its readers rely on it; the rest (counts, results, compare) rides along. */
export interface RunJson {
  synthetic: boolean;
  asOf: string;
  ruleSets: RuleSetRef[];
  inputs: Array<{ file: string; sha256: string; rowsRead?: number; accepted?: number; rejected?: number }>;
  [key: string]: unknown;
}

/**
 * run.json: what produced the run (as-of date, rule-set versions with hashes, input hashes and row
 * counts) and its headline counts. No timestamps or timings, so the same inputs and rule versions
 * give the same bytes; timings go to timings.json.
 */
export function runJson(result: ModelResult, comparison?: ModelComparison): string {
  const summary = (r: ModelResult) => ({
    clinicsInBand: r.clinics.filter((c) => c.inBand).length,
    shareInBand: round(r.shareInBand, 6),
    ceilings: Object.fromEntries(
      yearsOf(r.councils).map((year) => [String(year), round(yearTotal(r.councils, year, (y) => y.ceiling), 6)]),
    ),
  });
  const document: RunJson = {
    synthetic: result.synthetic,
    ...(result.partial?.length ? { partial: result.partial } : {}),
    asOf: result.asOf,
    ruleSets: refsOf(result.ruleSets),
    inputs: result.inputs.map(({ file, sha256, rowsRead, accepted, rejected }) => ({ file, sha256, rowsRead, accepted, rejected })),
    counts: {
      citizens: result.citizens,
      clinics: result.clinics.length,
      municipalities: result.municipalities.length,
      councils: result.councils.length,
      regions: result.regions.length,
      problems: inputProblems(result.inputs).length,
      warnings: result.warnings?.length ?? 0,
    },
    warnings: (result.warnings ?? []).map(({ file, line, column, pointer, message }) => ({ file, line, column, pointer, message })),
    results: { councils: result.councils.length, municipalities: result.municipalities.length, clinics: result.clinics.length, ...summary(result) },
    ...(comparison ? { compare: compareJson(comparison) } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Rounds so float noise in the last bits cannot change the file. */
function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/** The comparison's headline: which versions differ, how (in words), and what that does to ceilings and the band. */
function compareJson(comparison: ModelComparison) {
  const summary = summarizeComparison(comparison);
  return {
    changedRuleSets: comparison.changedRuleSets,
    ruleSetChanges: comparison.ruleSetChanges.map(({ id, baseVersion, alternativeVersion, changes }) => ({
      id,
      baseVersion,
      alternativeVersion,
      changes: changes.map(({ pointer, change, sentence }) => ({ pointer, change, sentence })),
    })),
    base: { asOf: comparison.base.asOf, ruleSets: refsOf(comparison.base.ruleSets) },
    alternative: { asOf: comparison.alternative.asOf, ruleSets: refsOf(comparison.alternative.ruleSets) },
    shareInBand: { base: round(comparison.shareInBand.base, 6), alternative: round(comparison.shareInBand.alternative, 6) },
    ceilingDifference: Object.fromEntries(Object.entries(summary.ceilingDifference).map(([year, difference]) => [year, round(difference, 6)])),
    clinicsWithHigherMinimum: summary.clinicsWithHigherMinimum,
    clinicsWithLowerMinimum: summary.clinicsWithLowerMinimum,
    councils: councilsInOrder(comparison.councils).map(({ council, region, years }) => ({
      council,
      region,
      years: years.map((y) => ({
        year: y.year,
        ceiling: { base: round(y.base.ceiling, 6), alternative: round(y.alternative.ceiling, 6), difference: round(y.ceilingDifference, 6) },
        freeCapacities: { base: round(y.base.freeCapacities, 6), alternative: round(y.alternative.freeCapacities, 6), difference: round(y.freeCapacitiesDifference, 6) },
      })),
    })),
  };
}

/** The rule-set versions as run.json names them; a draft says so (`draft: true`). */
function refsOf(list: readonly RuleSetRef[]): RuleSetRef[] {
  return list.map(({ id, version, hash, draft }) => ({ id, version, hash, ...(draft ? { draft } : {}) }));
}
