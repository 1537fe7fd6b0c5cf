// What a national run cannot do without: citizens, clinics, and a row for every council and for every
// municipality with citizens in the per-municipality files. A run computed without them would present
// 0 citizens, or 0 existing capacities in a council, as a result — so it stops, unless the user asks for
// a partial run, which every output then states (issue 15).
import type { ModelInputs } from '../inputs/model-inputs.js';
import type { ModelResult } from '../result.js';

/** Why these inputs do not make a complete national run, in Danish (empty when they do). */
export function incompleteInputs(inputs: ModelInputs, result: ModelResult): string[] {
  const reasons: string[] = [];
  const report = (file: string) => inputs.reports.find((r) => r.file === file);
  const citizens = report('citizens.csv');
  if (inputs.citizens.count === 0) reasons.push(`citizens.csv har ingen godkendte borgere (${citizens?.rowsRead ?? 0} rækker læst, ${citizens?.rejected ?? 0} afvist)`);
  if (inputs.clinics.length === 0) reasons.push(`clinics.csv har ingen godkendte klinikker (${report('clinics.csv')?.rowsRead ?? 0} rækker læst)`);
  for (const warning of result.warnings ?? []) if (warning.code === 'incomplete-input') reasons.push(`${warning.file}: ${warning.message}`);
  return reasons;
}

/** The notice every output of a partial run carries. */
export function partialNotice(result: Pick<ModelResult, 'partial'>): string | undefined {
  return result.partial?.length ? `DELVIS KØRSEL — inddata er ufuldstændige (${result.partial.length === 1 ? '1 mangel' : `${result.partial.length} mangler`}, se warnings.csv); tallene er ikke en national beregning` : undefined;
}
