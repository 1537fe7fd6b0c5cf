import type { CivilStatus, Contribution, Education, Sex } from './types.js';

// The codes and ranges a citizen's characteristics take. The model keeps citizens as typed-array
// columns of these codes (citizens.csv, docs/contracts.md) and the compiled weight tables (compile.ts)
// have one cell per code, so the order of each list is part of both formats.
export const SEXES: readonly Sex[] = ['M', 'K'];
/** Highest age a citizen may have (ages are stored in a Uint8 column; the tables are sex × 126). */
export const MAX_AGE = 125;
/** Highest number of somatic diseases a citizen may have (seed 000: need rises with the number). */
export const MAX_SOMATIC_DISEASES = 20;

export const CIVIL_STATUSES: readonly CivilStatus[] = ['ugift', 'gift', 'enke', 'fraskilt'];
export const EDUCATIONS: readonly Education[] = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort', 'mellemlang', 'lang', 'phd', 'ukendt'];

type Characteristic = Contribution['characteristic'];

/** What values each characteristic a contribution may test takes; check() uses it to reject typos. */
export const CHARACTERISTICS: Record<Characteristic, { label: string; type: 'number' | 'boolean' | 'string'; values?: readonly string[] }> = {
  somaticDiseases: { label: 'antal somatiske sygdomme', type: 'number' },
  psychiatricDisease: { label: 'psykiatrisk sygdom', type: 'boolean' },
  civilStatus: { label: 'civilstand', type: 'string', values: CIVIL_STATUSES },
  menapt: { label: 'indvandrer/efterkommer fra MENAPT-land', type: 'boolean' },
  effectiveEducation: { label: 'uddannelse (forældrenes under aldersgrænsen)', type: 'string', values: EDUCATIONS },
  outsideLabourMarket: { label: 'uden for arbejdsmarkedet', type: 'boolean' },
};
