import { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';

/** One citizen's characteristics (the weights kind's Citizen; citizens.csv columns in camelCase). */
export const citizenSchema = {
  $id: 'Citizen',
  type: 'object',
  title: 'Borger',
  additionalProperties: false,
  required: ['sex', 'age', 'somaticDiseases', 'psychiatricDisease', 'civilStatus', 'menapt', 'education', 'parentsEducation', 'outsideLabourMarket'],
  properties: {
    id: { type: 'string', maxLength: 100, title: 'Id (valgfrit, gentages i svaret)' },
    sex: { enum: ['M', 'K'], title: 'Køn' },
    age: { type: 'integer', minimum: 0, maximum: 125, title: 'Alder' },
    somaticDiseases: { type: 'integer', minimum: 0, maximum: 20, title: 'Antal somatiske sygdomme' },
    psychiatricDisease: { type: 'boolean', title: 'Psykiatrisk sygdom' },
    civilStatus: { enum: [...CIVIL_STATUSES], title: 'Civilstand' },
    menapt: { type: 'boolean', title: 'Indvandrer/efterkommer fra MENAPT-land' },
    education: { enum: [...EDUCATIONS], title: 'Uddannelse' },
    parentsEducation: { enum: [...EDUCATIONS], title: 'Forældrenes uddannelse' },
    outsideLabourMarket: { type: 'boolean', title: 'Uden for arbejdsmarkedet' },
  },
} as const;
