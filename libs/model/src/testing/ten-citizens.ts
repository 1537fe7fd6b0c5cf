// The 10-citizen hand-calculation population (weights from fixture-rules.ts; parents' education
// counts below age 30). Raw weight = base + contributions:
//
//  #  sex age mun clinic som psy civil     mena edu/parents          out  raw weight
//  1  M    5  101 A      0   0   ugift     0    ukendt/grundskole    0    0.8 + 0.1 (parents grundskole)           = 0.90
//  2  K   25  101 A      0   0   ugift     0    lang/lang            0    0.9 − 0.08 (parents lang)                = 0.82
//  3  M   40  101 A      2   0   gift      0    grundskole/lang      0    1.0 + 0.3 + 0.1                          = 1.40
//  4  K   50  102 B      0   1   fraskilt  0    gymnasial/ukendt     1    1.1 + 0.4 + 0.08 + 0.54                  = 2.12
//  5  M   70  102 B      3   0   enke      0    grundskole/ukendt    0    1.5 + 0.6 + 0.1 + 0.1                    = 2.30
//  6  K   80  102 B      5   1   enke      1    phd/ukendt           0    1.6 + 0.6 + 0.4 + 0.1 + 0.15 − 0.08      = 2.77
//  7  M   30  201 C      0   0   gift      1    erhvervsfaglig/grund 0    1.0 + 0.15 (own education at 30)         = 1.15
//  8  K   29  201 C      1   0   ugift     0    grundskole/lang      0    0.9 − 0.08 (parents lang)                = 0.82
//  9  M   64  201 —      0   0   fraskilt  0    mellemlang/kort      1    1.0 + 0.08 + 0.54                        = 1.62
// 10  K   65  201 C      2   1   gift      0    kort/ukendt          0    1.6 + 0.3 + 0.4                          = 2.30
//                                                                              sum 16.20, mean 1.62
// Normalisation factor = 10 / 16.2; final weight = raw / 1.62 (no life-expectancy correction).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEN_CITIZENS_RAW = [0.9, 0.82, 1.4, 2.12, 2.3, 2.77, 1.15, 0.82, 1.62, 2.3];

export const tenCitizensFiles = {
  'citizens.csv': [
    'id,sex,age,municipality_code,provider_number,somatic_diseases,psychiatric_disease,civil_status,menapt,education,parents_education,outside_labour_market',
    '1,M,5,101,100001,0,0,ugift,0,ukendt,grundskole,0',
    '2,K,25,101,100001,0,0,ugift,0,lang,lang,0',
    '3,M,40,101,100001,2,0,gift,0,grundskole,lang,0',
    '4,K,50,102,100002,0,1,fraskilt,0,gymnasial,ukendt,1',
    '5,M,70,102,100002,3,0,enke,0,grundskole,ukendt,0',
    '6,K,80,102,100002,5,1,enke,1,phd,ukendt,0',
    '7,M,30,201,100003,0,0,gift,1,erhvervsfaglig,grundskole,0',
    '8,K,29,201,100003,1,0,ugift,0,grundskole,lang,0',
    '9,M,64,201,,0,0,fraskilt,0,mellemlang,kort,1',
    '10,K,65,201,100003,2,1,gift,0,kort,ukendt,0',
  ],
  'clinics.csv': [
    'provider_number,name,address,municipality_code,island,capacities,listed_patients',
    '100003,"Lægerne på Lille Ø, Havnen",Havnevej 1,201,Lille Ø,1,3',
    '100001,Alfa Lægehus,Algade 1,101,,1.5,3',
    '100002,Beta Klinik,Bygade 2,102,,1,3',
  ],
  'councils.csv': ['council,existing_capacities', 'Nord,1', 'Syd,3'],
  'life_expectancy.csv': ['municipality_code,life_expectancy,lost_life_years_per_1000', '101,82.0,10', '102,79.5,20', '201,81.0,0'],
  'projection.csv': ['municipality_code,growth_pct', '101,10', '102,20', '201,-50'],
  'manifest.json': ['{ "synthetic": true, "generator": "test", "seed": 1, "scale": 1 }'],
};

/** Writes an input folder; `files` maps a file name to its lines (joined with \n, final newline). */
export async function writeInputFolder(files: Record<string, string[]>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fordeling-model-'));
  for (const [name, lines] of Object.entries(files)) await writeFile(join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}
