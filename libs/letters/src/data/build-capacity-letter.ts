import type { ClinicResult } from '@fordeling/model';
import type { DecidedRequest } from './decisions-file.js';
import { formatNumber } from '@fordeling/engine';
import { LetterDataError, regionFor, rulesData, successorFor, withLetterId, type LetterContext } from './build-common.js';
import type { KapacitetData, LegalReferenceData } from './letter-data.js';
import { legalReferenceData } from './letter-rules.js';
import type { BuiltLetter } from './build-minimum-letters.js';

/**
 * The `kapacitet` letter: a decision on a request for a new capacity or a re-fill, with the reasons
 * and legal references of the rules that fired (the decision trace), deciding rule first.
 */
export function buildKapacitet(context: LetterContext, item: DecidedRequest, runClinic: ClinicResult | undefined): BuiltLetter<KapacitetData> {
  const { request, decision } = item;
  // A decision exported from the API is rebuilt by the letters app before the batch (letters-app.ts).
  if (!decision) throw new LetterDataError(item.stored?.problem ? `${item.stored.problem.title}: ${item.stored.problem.detail}` : 'afgørelsen har intet afgørelsesspor (trace); den er ikke genskabt');
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
  // The letter's id and round are the decision's year (a 2027 decision is never KAP-2025-…).
  const year = Number(decision.asOf.slice(0, 4));
  const requested = request.requestedCapacities ?? 1;
  const ceiling = decision.ceiling?.capacities ?? request.ceiling;
  if (ceiling === undefined) throw new LetterDataError('hverken afgørelsen eller anmodningen angiver sundhedsrådets loft');
  // What a grant establishes: the island exception gives an extra provider number (seed 000).
  const grantLabel = decision.outcome !== 'granted' || request.request !== 'new'
    ? undefined
    : decision.unit === 'provider-number'
      ? context.labels.grant['provider-number']
      : `${formatNumber(requested)} ${requested === 1 ? context.labels.grant.capacity : context.labels.grant.capacities}`;
  // A grant that runs past the day the sender region ceases names the region that takes over.
  const successor = successorFor(context, regionName, request.council, [decision.asOf, ...(decision.validUntil ? [decision.validUntil] : [])]);

  return withLetterId<KapacitetData>('kapacitet', providerNumber, {
    letter: {
      kind: 'kapacitet',
      title: context.labels.titles.kapacitet,
      date: context.date ?? decision.asOf,
      round: year,
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
      requestedCapacities: requested,
      ceiling,
      ...(decision.ceiling?.fixedByOrder && decision.ceiling.reference
        ? { ceilingFixedByOrder: { year: Number(request.date.slice(0, 4)), reference: legalReferenceData(decision.ceiling.reference) } }
        : {}),
    },
    ...(successor ? { successor } : {}),
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
      ...(grantLabel ? { grantLabel } : {}),
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
