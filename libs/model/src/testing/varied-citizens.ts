// A deterministic input folder of a few thousand citizens for the tests that guard the readers' fast
// paths: mostly valid rows over the fixture geography (fixture-rules.ts) with numeric provider
// numbers, and on the way every kind of bad row the readers know — wrong field counts, bad numbers,
// unknown codes, quoted fields (one with a line break), CRLF line ends, empty lines, repeated ids.
import { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';
import { tenCitizensFiles, writeInputFolder } from './ten-citizens.js';

const PROVIDERS = ['100001', '100002', '100003', '100004', '100005'];
const MUNICIPALITY_OF_PROVIDER = ['101', '101', '102', '201', '201'];

/** Bad rows, one of each kind; line ends are added by the caller. */
const BAD_ROWS = [
  '{id},M,5,101,100001,0,0,ugift,0,ukendt,grundskole', // 11 fields
  '{id},M,abc,101,100001,2,0,gift,0,grundskole,lang,0', // age not a number
  '{id},K,50,999,100003,0,1,fraskilt,0,gymnasial,ukendt,1', // unknown municipality
  '{id},M,70,102,100009,3,0,enke,0,grundskole,ukendt,0', // unknown provider
  '{id},M,70,102,0100003,3,0,enke,0,grundskole,ukendt,0', // a leading zero is another provider number
  '{id},K,80,102,100003,5,1,samlevende,1,phd,ukendt,0', // bad civil status
  '{id},,30,201,100004,0,0,gift,1,erhvervsfaglig,grundskole,0', // empty sex
  '{id},K,130,201,100004,1,0,ugift,0,grundskole,lang,0', // age out of range
  '{id},M,64,201,,0,0,fraskilt,0,mellemlang,kort,2', // flag not 0/1
  '"{id}",K,44,101,100001,0,0,gift,0,kort,kort,0', // a quoted id: read as the number
  '{id},K,44,101,"100001",0,0,gift,0,"kort, lang",kort,0', // a quoted comma: bad education
  '{id},K,44,101,100001,0,0,gift,0,"lang\nlang",kort,0', // a line break inside quotes
  '{id},K,44,101,100001,21,0,gift,0,lang,lang,0', // too many somatic diseases
  '-{id},K,44,101,100001,1,0,gift,0,lang,lang,0', // negative id
  '{id},K,44,101,100001,1,0,gift,0,lang,lang,0,', // 13 fields
  '{id},K,44,101,100001,1,0,gift,0,lang,lang,0\r', // CRLF line end (fine)
  '', // empty line
  '1,K,44,101,100001,1,0,gift,0,lang,lang,0', // repeats id 1
];

/** A linear congruential generator (Numerical Recipes' constants): the same rows on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** citizens.csv lines (header first) for `count` rows, one bad row in about `badEvery`. */
export function variedCitizenLines(count: number, seed = 1, badEvery = 50): string[] {
  const random = prng(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const lines = [tenCitizensFiles['citizens.csv'][0]];
  for (let id = 1; id <= count; id++) {
    if (random() * badEvery < 1) {
      lines.push(pick(BAD_ROWS).replaceAll('{id}', String(id)));
      continue;
    }
    const clinic = Math.floor(random() * (PROVIDERS.length + 0.2));
    const listed = clinic < PROVIDERS.length;
    const municipality = listed ? MUNICIPALITY_OF_PROVIDER[clinic] : pick(['101', '102', '201']);
    const age = Math.floor(random() * 100);
    const fields = [
      id, pick(['M', 'K']), age, municipality, listed ? PROVIDERS[clinic] : '', Math.floor(random() * random() * 7),
      random() < 0.1 ? 1 : 0, pick(CIVIL_STATUSES), random() < 0.08 ? 1 : 0, pick(EDUCATIONS), pick(EDUCATIONS),
      age >= 18 && age < 67 && random() < 0.1 ? 1 : 0,
    ];
    lines.push(fields.join(','));
  }
  return lines;
}

/** An input folder with `count` varied citizens and five clinics with numeric provider numbers. */
export async function writeVariedInputFolder(count: number, seed = 1): Promise<string> {
  return writeInputFolder({
    ...tenCitizensFiles,
    'citizens.csv': variedCitizenLines(count, seed),
    'clinics.csv': [
      tenCitizensFiles['clinics.csv'][0],
      ...PROVIDERS.map((p, i) => `${p},Klinik ${p},Vej ${i + 1},${MUNICIPALITY_OF_PROVIDER[i]},${i === 4 ? 'Lille Ø' : ''},${1 + (i % 3) * 0.5},${700 + i}`),
    ],
  });
}
