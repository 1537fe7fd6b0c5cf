import type {
  AuditEntry,
  CapacityDecisionRecord,
  CaseHistoryEntry,
  CaseStatus,
  ClinicRecord,
  CouncilYearRecord,
  HearingCase,
  HearingRecord,
  LetterRecord,
  ModelRunRecord,
  Role,
  TokenRecord,
} from './contract/index.js';

/**
 * Row → record mappers. Both drivers return timestamptz as Date; `date` columns are selected as
 * `::text` in SQL so no time zone can shift a day.
 */
export type Row = Record<string, unknown>;

export const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());
const isoOrNull = (value: unknown): string | null => (value == null ? null : iso(value));
const textOrNull = (value: unknown): string | null => (value == null ? null : String(value));

/** JSON parameters go in as text and are cast with `::jsonb` in SQL (pg would turn arrays into SQL arrays). */
export const json = (value: unknown): string => JSON.stringify(value ?? null);

export const toRun = (row: Row): ModelRunRecord => ({
  id: row.id as string,
  registeredAt: iso(row.registered_at),
  asOf: row.as_of as string,
  synthetic: row.synthetic as boolean,
  run: row.run as ModelRunRecord['run'],
  clinicCount: row.clinic_count as number,
});

export const toClinic = (row: Row): ClinicRecord => ({
  runId: row.run_id as string,
  providerNumber: row.provider_number as string,
  name: row.name as string,
  address: row.address as string,
  municipalityCode: (row.municipality_code as number | null) ?? null,
  municipality: row.municipality as string,
  council: row.council as string,
  region: row.region as string,
  island: textOrNull(row.island),
  capacities: row.capacities as number,
  listedPatients: row.listed_patients as number,
  meanWeight: row.mean_weight as number,
  advisoryMinimumPerCapacity: row.advisory_minimum_per_capacity as number,
  advisoryMinimumTotal: row.advisory_minimum_total as number,
  ...(row.patients_per_capacity == null ? {} : { patientsPerCapacity: row.patients_per_capacity as number }),
  ...(row.in_band == null ? {} : { inBand: row.in_band as boolean }),
});

export const toCouncilYear = (row: Row): CouncilYearRecord => ({
  runId: row.run_id as string,
  year: row.year as number,
  council: row.council as string,
  region: row.region as string,
  citizens: row.citizens as number,
  existingCapacities: row.existing_capacities as number,
  totalWeight: row.total_weight as number,
  ceiling: row.ceiling as number,
  computedCeiling: row.computed_ceiling as number,
  fixedCeiling: (row.fixed_ceiling as number | null) ?? null,
  ceilingDifference: row.fixed_ceiling == null ? null : Number(((row.computed_ceiling as number) - (row.fixed_ceiling as number)).toPrecision(12)),
  freeCapacities: row.free_capacities as number,
});

export const toHearing = (row: Row): HearingRecord => ({
  id: row.id as string,
  region: row.region as string,
  year: row.year as number,
  runId: row.run_id as string,
  dates: row.dates as HearingRecord['dates'],
  openedAt: iso(row.opened_at),
  openedBy: row.opened_by as string,
  caseCount: row.case_count as number,
});

export const toCase = (row: Row): HearingCase => ({
  id: row.id as string,
  hearingId: row.hearing_id as string,
  region: row.region as string,
  year: row.year as number,
  runId: row.run_id as string,
  providerNumber: row.provider_number as string,
  clinicName: row.clinic_name as string,
  municipality: row.municipality as string,
  council: row.council as string,
  capacities: row.capacities as number,
  listedPatients: row.listed_patients as number,
  meanWeight: row.mean_weight as number,
  advisoryMinimumPerCapacity: row.advisory_minimum_per_capacity as number,
  advisoryMinimumTotal: row.advisory_minimum_total as number,
  status: row.status as CaseStatus,
  version: row.version as number,
  preliminary:
    row.preliminary_at == null
      ? null
      : {
          minimumPerCapacity: row.preliminary_minimum as number,
          deviationReasonId: textOrNull(row.deviation_reason_id),
          deviationText: textOrNull(row.preliminary_deviation_text),
          dialogueRequired: row.dialogue_required as boolean,
          hearingDeadline: textOrNull(row.preliminary_hearing_deadline ?? row.round_hearing_deadline),
          hearingNumber: row.hearing_number as number,
          at: iso(row.preliminary_at),
          actorId: row.preliminary_by as string,
        },
  response:
    row.response_at == null
      ? null
      : {
          comment: row.response_comment as string,
          maximumPatients: (row.response_maximum_patients as number | null) ?? null,
          at: iso(row.response_at),
          actorId: row.response_by as string,
        },
  final:
    row.final_at == null
      ? null
      : {
          minimumPerCapacity: row.final_minimum as number,
          reasonId: textOrNull(row.final_reason_id),
          reasonText: textOrNull(row.final_reason_text),
          effectiveDate: row.final_effective_date as string,
          withoutResponse: row.final_without_response === true,
          at: iso(row.final_at),
          actorId: row.final_by as string,
        },
  dialogues: ((row.dialogues as Array<Record<string, unknown>> | null) ?? []).map((d) => ({
    heldOn: d.heldOn as string,
    outcome: d.outcome as string,
    agreement: d.agreement as boolean,
    recordedAt: iso(d.recordedAt),
    actorId: d.actorId as string,
  })),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

export const toHistory = (row: Row): CaseHistoryEntry => ({
  seq: row.seq as number,
  caseId: row.case_id as string,
  fromStatus: (row.from_status as CaseStatus | null) ?? null,
  toStatus: row.to_status as CaseStatus,
  version: row.version as number,
  data: row.data as Record<string, unknown>,
  actorId: row.actor_id as string,
  actorRole: row.actor_role as Role,
  at: iso(row.at),
});

export const toLetter = (row: Row): LetterRecord => ({
  caseId: row.case_id as string,
  kind: row.kind as string,
  letterId: row.letter_id as string,
  contentHash: row.content_hash as string,
  createdAt: iso(row.created_at),
});

export const toDecision = (row: Row): CapacityDecisionRecord => ({
  id: row.id as string,
  request: row.request as CapacityDecisionRecord['request'],
  outcome: row.outcome as CapacityDecisionRecord['outcome'],
  basis: row.basis as CapacityDecisionRecord['basis'],
  validUntil: textOrNull(row.valid_until),
  decidingRule: row.deciding_rule as string,
  decision: row.decision as CapacityDecisionRecord['decision'],
  ruleSets: row.rule_sets as CapacityDecisionRecord['ruleSets'],
  region: row.region as string,
  council: row.council as string,
  actorId: row.actor_id as string,
  createdAt: iso(row.created_at),
});

export const toAudit = (row: Row): AuditEntry => ({
  id: row.id as number,
  at: iso(row.at),
  actorId: row.actor_id as string,
  actorRole: row.actor_role as Role,
  actorRegion: textOrNull(row.actor_region),
  action: row.action as string,
  entity: row.entity as string,
  entityId: row.entity_id as string,
  ruleSets: row.rule_sets as AuditEntry['ruleSets'],
  inputHash: textOrNull(row.input_hash),
  details: row.details as Record<string, unknown>,
});

export const toToken = (row: Row): TokenRecord => ({
  id: row.id as string,
  role: row.role as Role,
  region: textOrNull(row.region),
  label: row.label as string,
  createdAt: iso(row.created_at),
  lastUsedAt: isoOrNull(row.last_used_at),
  revokedAt: isoOrNull(row.revoked_at),
});
