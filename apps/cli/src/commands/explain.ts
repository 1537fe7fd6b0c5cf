// `fordeling explain`: why one citizen's disease weight is what it is — base weight, each
// contribution, the normalisation and the life-expectancy correction, each with its legal reference
// (issue 4: "every citizen's weight can be explained on request").
import { citeReference, draftNotice, formatNumber, formatPercent } from '@fordeling/engine';
import { citizenIndexById, explainCitizen, type CitizenExplanation } from '@fordeling/model';
import { parseCommandArgs, versionsArgument } from '../command-args.js';
import { readModelInputs } from '../model-inputs.js';
import { loadModelRules } from '../model-rules.js';

const HELP = `Brug: fordeling explain --input MAPPE --citizen ID [--as-of ÅÅÅÅ-MM-DD] [--json]

Forklarer én borgers sygdomsvægt trin for trin: basisvægt, hvert bidrag, normaliseringen og
korrektionen for middellevetid — hver med sin retskilde.
  --input MAPPE   inputmappen (som til fordeling run)
  --citizen ID    borgerens id i citizens.csv
  --as-of DATO    skæringsdato for regelsættene (standard som fordeling run)
  --versions ID@VERSION,…  forklar efter disse versioner, fx et udkast
  --json          skriv forklaringen som JSON
  --rules MAPPE   regelsætmappe (standard: rules/ i dette repository)`;

const SEX = { M: 'mand', K: 'kvinde' } as const;

export async function run(argv: string[]): Promise<number> {
  const values = parseCommandArgs(
    argv,
    { input: { type: 'string' }, citizen: { type: 'string' }, 'as-of': { type: 'string' }, versions: { type: 'string' }, json: { type: 'boolean' }, rules: { type: 'string' } },
    HELP,
  );
  if (typeof values === 'number') return values;
  const id = Number(values.citizen);
  if (!values.input || !values.citizen || !Number.isSafeInteger(id)) {
    console.error(`Angiv --input og et borger-id (et helt tal) med --citizen.\n\n${HELP}`);
    return 2;
  }
  const versions = versionsArgument(values.versions);
  if (typeof versions === 'number') return versions;
  const rules = await loadModelRules({ rulesDir: values.rules, asOf: values['as-of'], versions });
  if (typeof rules === 'number') return rules;
  const inputs = await readModelInputs(values.input, rules.book);
  if (typeof inputs === 'number') return inputs;
  const index = citizenIndexById(inputs, id);
  if (index < 0) {
    console.error(`Borger ${id} findes ikke blandt de godkendte rækker i citizens.csv (en afvist række står i fordeling run's problems.csv).`);
    return 1;
  }
  const explanation = explainCitizen(inputs, index, rules.book);
  const notice = draftNotice(rules.book.refs());
  console.log(values.json ? JSON.stringify({ ...(notice ? { notice } : {}), ...explanation }, null, 2) : `${notice ? `${notice}\n\n` : ''}${explainInDanish(explanation)}`);
  return 0;
}

const weight = (value: number) => formatNumber(value, 4);

/** The explanation as a short Danish calculation a legal officer can follow line by line. */
export function explainInDanish(e: CitizenExplanation): string {
  const row = (label: string, value: string, cite = '') => `  ${label.padEnd(58)} ${value.padStart(8)}${cite ? `  ${cite}` : ''}`;
  const lines = [
    `Borger ${e.id} (citizens.csv linje ${formatNumber(e.line)}): ${SEX[e.sex as keyof typeof SEX] ?? e.sex}, ${e.age} år, ${e.municipality} (sundhedsråd ${e.council})`,
    `Regelsæt: ${e.ruleSet.id} ${e.ruleSet.version} ${e.ruleSet.hash}`,
    '',
    row(`Basisvægt (${SEX[e.sex as keyof typeof SEX] ?? e.sex}, aldersgruppe ${e.ageBand})`, weight(e.base.value), citeReference(e.base.reference)),
    ...e.contributions.map((c) => row(`+ ${c.label}`, weight(c.value), citeReference(c.reference))),
    row('= Rå vægt', weight(e.raw)),
    ...(e.normalisation.applied
      ? [
          row(`× normering, så landsgennemsnittet er ${formatNumber(e.normalisation.mean)}`, weight(e.normalisationFactor), e.normalisation.reference ? citeReference(e.normalisation.reference) : ''),
          row('= Normeret vægt', weight(e.normalised)),
        ]
      : [row('Ingen normering (vægtene er fastsat på gennemsnit 1)', weight(e.normalised), e.normalisation.reference ? citeReference(e.normalisation.reference) : '')]),
    ...e.corrections.map((c) =>
      row(`× middellevetid, ${c.level === 'council' ? 'sundhedsråd' : 'kommune'} ${c.area} (andel ${formatPercent(c.share, 1)})`, weight(c.factor)),
    ),
    row('= Sygdomsvægt', weight(e.final)),
  ];
  if (e.normalisation.applied) {
    // Seed 000: a contribution is added »oveni de andre karakteristika«; normalisation scales it with the rest.
    lines.push('', `Før og efter normering (× ${weight(e.normalisationFactor)}):`);
    lines.push(row('Basisvægt', `${weight(e.base.value)} → ${weight(e.normalisedBase)}`));
    for (const c of e.contributions) lines.push(row(c.label, `${weight(c.value)} → ${weight(c.normalisedValue)}`));
  }
  if (e.effectiveEducation !== e.characteristics.education) {
    lines.push('', `Uddannelse: under aldersgrænsen bruges forældrenes uddannelse (${e.effectiveEducation}) i stedet for borgerens egen (${e.characteristics.education}).`);
  }
  return lines.join('\n');
}
