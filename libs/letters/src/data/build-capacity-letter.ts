import type { ClinicResult } from '@fordeling/model';
import type { DecidedRequest } from './decisions-file.js';
import { LetterDataError, regionFor, rulesData, withLetterId, type LetterContext } from './build-common.js';
import type { KapacitetData, LegalReferenceData } from './letter-data.js';
import { legalReferenceData } from './letter-rules.js';
import type { BuiltLetter } from './build-minimum-letters.js';

/**
 * The `kapacitet` letter: a decision on a request for a new capacity or a re-fill, with the reasons
 * and legal references of the rules that fired (the decision trace), deciding rule first.
 */
export function buildKapacitet(context: LetterContext, item: DecidedRequest, runClinic: ClinicResult | undefined): BuiltLetter<KapacitetData> {
  const { request, decision } = item;
  const providerNumber = request.clinic.providerNumber;
  const known = runClinic ?? (item.clinic ? undefined : null);
  if (known === null) throw new LetterDataError(`ydernummeret står ikke i kørslens clinics.csv, og afgørelsen har ikke et »clinic«-felt med navn og adresse`);
  const clinic = runClinic
    ? { providerNumber, name: runClinic.name, address: runClinic.address, council: runClinic.council, municipality: runClinic.municipality }
    : { providerNumber, name: item.clinic!.name, address: item.clinic!.address, council: request.council, ...(item.clinic!.municipality ? { municipality: item.clinic!.municipality } : {}) };

  const fired = decision.trace.filter((t) => t.fired);
  const deciding = decision.trace.find((t) => t.ruleId === decision.decidingRule);
  if (!deciding) throw new LetterDataError(`afgørelsessporet mangler den afgørende regel »${decision.decidingRule}«`);
  // The letter names the rule by its Danish title; the id is for machines.
  if (!deciding.title) throw new LetterDataError(`den afgørende regel »${decision.decidingRule}« har ingen titel i afgørelsessporet`);
  const references: LegalReferenceData[] = [];
  for (const rule of [deciding, ...fired.filter((t) => t !== deciding)]) {
    const ref = legalReferenceData(rule.reference);
    if (!references.some((r) => r.citation === ref.citation)) references.push(ref);
  }
  const basisLabel = context.labels.basis[decision.basis];
  if (!basisLabel) throw new LetterDataError(`grundlaget »${decision.basis}« har ingen tekst i templates/labels.json`);
  const regionName = runClinic?.region ?? councilRegion(context, request.council);

  return withLetterId<KapacitetData>('kapacitet', providerNumber, {
    letter: {
      kind: 'kapacitet',
      title: context.labels.titles.kapacitet,
      date: context.date ?? decision.asOf,
      round: context.round,
      synthetic: context.synthetic,
    },
    region: regionFor(context, regionName),
    rules: rulesData({ ...context, runRuleSets: [] }, decision.ruleSets),
    clinic,
    request: {
      kind: request.request,
      kindLabel: context.labels.request[request.request],
      date: request.date,
      council: request.council,
      existingCapacities: request.existingCapacities,
      ceiling: item.decision.ceiling?.capacities ?? request.ceiling ?? Number.NaN,
    },
    decision: {
      outcome: decision.outcome,
      granted: decision.outcome === 'granted',
      outcomeLabel: context.labels.outcome[decision.outcome],
      basis: decision.basis,
      basisLabel,
      decidingRule: decision.decidingRule,
      decidingRuleTitle: deciding.title,
      asOf: decision.asOf,
      // The exception's own sentence is shown under »Undtagelse«; the rest explain the decision.
      reasons: deciding.role === 'exception' ? decision.explanation.filter((s) => s !== deciding.explanation) : decision.explanation,
      references,
      ...(decision.validUntil ? { validUntil: decision.validUntil } : {}),
      ...(deciding.role === 'exception'
        ? { exception: { ruleId: deciding.ruleId, explanation: deciding.explanation, reference: legalReferenceData(deciding.reference) } }
        : {}),
    },
  });
}

/** A new clinic not in the run: its region follows from the council via the run's other clinics. */
function councilRegion(context: LetterContext, council: string): string {
  const region = context.councilRegions?.get(council);
  if (!region) throw new LetterDataError(`sundhedsrådet »${council}« findes ikke blandt kørslens klinikker, så regionen kendes ikke`);
  return region;
}
