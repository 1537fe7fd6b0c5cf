/** The stages of a national run, in order, with the Danish text a progress display shows. */
export const MODEL_STAGES = {
  geography: 'Kobler borgere til geografien',
  weights: 'Beregner sygdomsvægte (grundvægt, bidrag, normalisering, middellevetid)',
  aggregates: 'Summerer pr. klinik, kommune, sundhedsråd og region',
  councils: 'Beregner kapacitetslofter pr. sundhedsråd',
  clinics: 'Beregner vejledende minimumspatienttal pr. klinik',
} as const;

export type ModelStage = keyof typeof MODEL_STAGES;

/** Runs `work` as a named stage: announces it, times it. */
export function stageRunner(timings: Record<string, number>, onStage?: (stage: ModelStage, label: string) => void) {
  return <T>(stage: ModelStage, work: () => T): T => {
    onStage?.(stage, MODEL_STAGES[stage]);
    const start = performance.now();
    const result = work();
    timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    return result;
  };
}
