import type { CivilStatus, Contribution, Education } from './types.js';

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
