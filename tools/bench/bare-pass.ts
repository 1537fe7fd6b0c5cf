import { CIVIL_STATUSES, EDUCATIONS, type WeightsContent } from '@fordeling/engine';
import { MAX_AGE, type CitizenColumns } from '@fordeling/model';

/**
 * The baseline: the same arithmetic as the model's kernel, hard-coded for the contributions of
 * weights 2025.1 (a plain loop with ifs, no tables per characteristic). The numbers are read from
 * the rule set by contribution id, so the bench checks like for like; a rule set with other ids
 * makes the bare pass refuse rather than silently compute something else.
 */
export interface BarePass {
  run(c: CitizenColumns, out: Float64Array): void;
}

const IDS = ['somatic-2', 'somatic-3', 'somatic-4plus', 'psychiatric', 'widowed', 'divorced', 'menapt', 'basic-school', 'long-higher-education', 'outside-labour-market'] as const;

export function barePass(content: WeightsContent): BarePass {
  const value = Object.fromEntries(
    IDS.map((id) => {
      const c = content.contributions.find((x) => x.id === id);
      if (!c) throw new Error(`Den hårdkodede løkke kender bidraget »${id}« fra weights 2025.1, men regelsættet har det ikke.`);
      return [id, c.value];
    }),
  ) as Record<(typeof IDS)[number], number>;
  if (content.contributions.length !== IDS.length) throw new Error('Regelsættet har andre bidrag end weights 2025.1; den hårdkodede løkke passer ikke.');
  const ages = MAX_AGE + 1;
  const base = new Float64Array(2 * ages);
  ['M', 'K'].forEach((sex, s) => {
    for (let age = 0; age < ages; age++) {
      const band = content.ageBands.find((b) => age >= b.from && (b.to === undefined || age <= b.to))!;
      base[s * ages + age] = content.baseWeights.find((r) => r.sex === sex && r.ageBand === band.id)!.value;
    }
  });
  const below = content.parentsEducationBelowAge.value;
  const ENKE = CIVIL_STATUSES.indexOf('enke');
  const FRASKILT = CIVIL_STATUSES.indexOf('fraskilt');
  const GRUNDSKOLE = EDUCATIONS.indexOf('grundskole');
  const LANG = EDUCATIONS.indexOf('lang');
  const PHD = EDUCATIONS.indexOf('phd');
  const s2 = value['somatic-2'], s3 = value['somatic-3'], s4 = value['somatic-4plus'], psych = value.psychiatric;
  const widowed = value.widowed, divorced = value.divorced, menapt = value.menapt;
  const basic = value['basic-school'], long = value['long-higher-education'], outside = value['outside-labour-market'];
  return {
    run(c, out) {
      for (let i = 0; i < c.count; i++) {
        const age = c.age[i];
        let w = base[c.sex[i] * ages + age];
        const sd = c.somaticDiseases[i];
        if (sd === 2) w += s2;
        else if (sd === 3) w += s3;
        else if (sd >= 4) w += s4;
        if (c.psychiatricDisease[i] === 1) w += psych;
        const cs = c.civilStatus[i];
        if (cs === ENKE) w += widowed;
        else if (cs === FRASKILT) w += divorced;
        if (c.menapt[i] === 1) w += menapt;
        const edu = age < below ? c.parentsEducation[i] : c.education[i];
        if (edu === GRUNDSKOLE) w += basic;
        else if (edu === LANG || edu === PHD) w += long;
        if (c.outsideLabourMarket[i] === 1) w += outside;
        out[i] = w;
      }
    },
  };
}
