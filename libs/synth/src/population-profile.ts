import { cumulate, pickCumulative, type Random } from './prng.js';

/**
 * How one municipality's synthetic citizens are drawn: age pyramid and characteristic probabilities
 * as functions of its deprivation index d ∈ [−1, 1]. Shapes are plausible, not statistics: Denmark's
 * 5-year age bands (≈ 2024, thousands), older and sicker where d is high, more long education where
 * d is low.
 */
const AGE_BANDS = [300, 310, 335, 345, 380, 400, 370, 340, 345, 390, 410, 400, 360, 330, 320, 290, 170, 90, 40, 10, 1.5];
export const MAX_AGE = 105;

export const SEX_CODES = ['M', 'K'] as const;
export const CIVIL_STATUSES = ['ugift', 'gift', 'enke', 'fraskilt'] as const;
const [UGIFT, GIFT, ENKE, FRASKILT] = [0, 1, 2, 3];
export const EDUCATIONS = ['grundskole', 'gymnasial', 'erhvervsfaglig', 'kort', 'mellemlang', 'lang', 'phd', 'ukendt'] as const;
const ADULT_EDUCATION = [0.2, 0.08, 0.33, 0.05, 0.2, 0.12, 0.01, 0.01];
const YOUNG_EDUCATION = [0.3, 0.35, 0.2, 0.03, 0.07, 0.04, 0.0, 0.01];

/** Share of citizens from MENAPT countries (immigrants and descendants), where notably above the default. */
const MENAPT_SHARE: Record<number, number> = { 101: 0.1, 147: 0.06, 153: 0.2, 165: 0.18, 167: 0.1, 169: 0.15, 175: 0.1, 161: 0.1, 163: 0.09, 183: 0.2, 159: 0.07, 461: 0.08, 751: 0.07 };
const DEFAULT_MENAPT_SHARE = 0.025;

export interface PopulationProfile {
  /** Cumulative weights over ages 0..MAX_AGE. */
  ages: Float64Array;
  adultEducation: Float64Array;
  youngEducation: Float64Array;
  deprivation: number;
  menapt: number;
}

export function populationProfile(code: number, deprivation: number): PopulationProfile {
  const ages: number[] = [];
  for (let age = 0; age <= MAX_AGE; age++) {
    const band = AGE_BANDS[Math.min(Math.floor(age / 5), AGE_BANDS.length - 1)] / (age >= 100 ? 6 : 5);
    // Deprived, rural municipalities are older; the rich suburbs and cities younger.
    ages.push(band * Math.max(0.1, 1 + 0.6 * deprivation * ((age - 40) / 40)));
  }
  const shift = (base: number[]) =>
    cumulate(base.map((share, i) => share * (i === 0 ? Math.exp(1.2 * deprivation) : i === 5 || i === 6 ? Math.exp(-2.5 * deprivation) : i === 4 ? Math.exp(-0.5 * deprivation) : 1)));
  return { ages: cumulate(ages), adultEducation: shift(ADULT_EDUCATION), youngEducation: shift(YOUNG_EDUCATION), deprivation, menapt: MENAPT_SHARE[code] ?? DEFAULT_MENAPT_SHARE };
}

/**
 * One synthetic citizen's characteristics (the citizens.csv columns after id and municipality);
 * coded values are indices into SEX_CODES, CIVIL_STATUSES and EDUCATIONS, so rows encode fast.
 */
export interface DrawnCitizen {
  sex: number;
  age: number;
  somaticDiseases: number;
  psychiatricDisease: 0 | 1;
  civilStatus: number;
  menapt: 0 | 1;
  education: number;
  parentsEducation: number;
  outsideLabourMarket: 0 | 1;
}

const UKENDT = EDUCATIONS.indexOf('ukendt');

export function drawCitizen(p: PopulationProfile, random: Random): DrawnCitizen {
  const d = p.deprivation;
  const age = pickCumulative(p.ages, random);
  const sex = random() < (age < 60 ? 0.49 : age < 80 ? 0.52 : 0.6) ? 1 : 0;
  // Somatic diseases rise with age and deprivation (Poisson by inversion, at most 20).
  const lambda = (0.05 + 0.5 * (age / 40) ** 2) * Math.exp(0.8 * d);
  let somaticDiseases = 0;
  let term = Math.exp(-lambda);
  let cdf = term;
  const u = random();
  while (u > cdf && somaticDiseases < 20) {
    somaticDiseases++;
    term *= lambda / somaticDiseases;
    cdf += term;
  }
  const psychiatricDisease = random() < (age < 10 ? 0.01 : age < 18 ? 0.05 : 0.08 * Math.exp(0.9 * d)) ? 1 : 0;
  const civilStatus = drawCivilStatus(age, d, random);
  const menapt = random() < p.menapt ? 1 : 0;
  const education = age < 16 ? UKENDT : pickCumulative(age < 30 ? p.youngEducation : p.adultEducation, random);
  const parentsEducation = age >= 60 && random() < 0.5 ? UKENDT : pickCumulative(p.adultEducation, random);
  const outsideLabourMarket = age >= 18 && age <= 66 && random() < 0.07 * Math.exp(1.3 * d) ? 1 : 0;
  return { sex, age, somaticDiseases, psychiatricDisease, civilStatus, menapt, education, parentsEducation, outsideLabourMarket };
}

function drawCivilStatus(age: number, d: number, random: Random): number {
  if (age < 18) return UGIFT;
  const widowed = age < 50 ? 0.002 : Math.min(1, (age - 50) / 40) ** 2 * 0.5;
  const divorced = age < 25 ? 0.01 : 0.1 * (1 + 0.5 * d);
  const married = age < 25 ? 0.1 : 0.5 * (1 - 0.2 * d);
  const u = random();
  if (u < widowed) return ENKE;
  if (u < widowed + divorced) return FRASKILT;
  if (u < widowed + divorced + married) return GIFT;
  return UGIFT;
}
