import { randomUUID } from 'node:crypto';
import { appendAudit, systemActor } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError, StateConflictError } from './errors.js';
import { validateRunInput } from './run-validation.js';
import { iso, json, toClinic, toCouncilYear, toRun, type Row } from './rows.js';
import type {
  ClinicInput,
  ClinicRecord,
  CouncilInput,
  CouncilYearRecord,
  ModelRunRecord,
  RegisterRunInputsInput,
  RegisterRunOptions,
  RunDocument,
  RunInputsRecord,
} from './contract/index.js';

const runSelect = `SELECT r.id, r.registered_at, r.as_of::text AS as_of, r.synthetic, r.run,
  (SELECT count(*)::int FROM run_clinics c WHERE c.run_id = r.id) AS clinic_count FROM model_runs r`;

/** Stores a model run (run.json whole, plus its clinics and councils) in one transaction. */
export async function registerRun(db: Database, run: RunDocument, clinics: ClinicInput[], options: RegisterRunOptions = {}): Promise<ModelRunRecord> {
  if (typeof run?.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(run.asOf)) {
    throw new InvalidInputError('run.json mangler en gyldig skæringsdato (asOf, ÅÅÅÅ-MM-DD).', 'asOf');
  }
  validateRunInput(clinics, options.councils ?? []);
  const id = options.id ?? randomUUID();
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO model_runs (id, registered_at, as_of, synthetic, run) VALUES ($1, coalesce($2::timestamptz, now()), $3, $4, $5::text::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, options.at ?? null, run.asOf, run.synthetic === true, json(run)],
    );
    if (inserted.length === 0) throw new StateConflictError(`Modelkørslen ${id} er allerede registreret.`, {});
    await insertClinics(tx, id, clinics);
    await insertCouncils(tx, id, options.councils ?? []);
    await appendAudit(tx, {
      actor: options.actor ?? systemActor,
      ruleSets: options.ruleSets ?? run.ruleSets,
      inputHash: options.inputHash,
      at: options.at,
      action: 'run.register',
      entity: 'run',
      entityId: id,
      details: { clinics: clinics.length, councils: options.councils?.length ?? 0, synthetic: run.synthetic === true },
    });
    const [row] = await tx.query<Row>(`${runSelect} WHERE r.id = $1`, [id]);
    return toRun(row);
  });
}

/**
 * All clinics in one statement: the rows go in as one JSON array and `jsonb_to_recordset` turns them
 * into rows — the same SQL for both drivers, and one round trip for a national run.
 */
async function insertClinics(tx: Queryable, runId: string, clinics: ClinicInput[]): Promise<void> {
  const rows = clinics.map((c) => ({
    provider_number: c.providerNumber, name: c.name, address: c.address ?? '', municipality_code: c.municipalityCode ?? null,
    municipality: c.municipality, council: c.council, region: c.region, island: c.island ?? null, capacities: c.capacities,
    listed_patients: c.listedPatients, mean_weight: c.meanWeight, advisory_minimum_per_capacity: c.advisoryMinimumPerCapacity,
    advisory_minimum_total: c.advisoryMinimumTotal, patients_per_capacity: c.patientsPerCapacity ?? null, in_band: c.inBand ?? null,
  }));
  await tx.query(
    `INSERT INTO run_clinics (run_id, provider_number, name, address, municipality_code, municipality, council, region, island,
       capacities, listed_patients, mean_weight, advisory_minimum_per_capacity, advisory_minimum_total, patients_per_capacity, in_band)
     SELECT $1, x.* FROM jsonb_to_recordset($2::text::jsonb) AS x(provider_number text, name text, address text,
       municipality_code integer, municipality text, council text, region text, island text, capacities double precision,
       listed_patients integer, mean_weight double precision, advisory_minimum_per_capacity integer,
       advisory_minimum_total double precision, patients_per_capacity double precision, in_band boolean)`,
    [runId, json(rows)],
  );
}

/** One row per council and year (councils.csv has both years in one line). */
async function insertCouncils(tx: Queryable, runId: string, councils: CouncilInput[]): Promise<void> {
  const rows = councils.flatMap((c) =>
    c.years.map((y) => ({
      year: y.year, council: c.council, region: c.region, citizens: c.citizens, existing_capacities: c.existingCapacities,
      total_weight: y.totalWeight, ceiling: y.ceiling, free_capacities: y.freeCapacities,
      computed_ceiling: y.computedCeiling ?? y.ceiling, fixed_ceiling: y.fixedCeiling ?? null,
    })),
  );
  await tx.query(
    `INSERT INTO run_councils (run_id, year, council, region, citizens, existing_capacities, total_weight, ceiling, free_capacities, computed_ceiling, fixed_ceiling)
     SELECT $1, x.* FROM jsonb_to_recordset($2::text::jsonb) AS x(year integer, council text, region text, citizens integer,
       existing_capacities double precision, total_weight double precision, ceiling double precision, free_capacities double precision,
       computed_ceiling double precision, fixed_ceiling double precision)`,
    [runId, json(rows)],
  );
}

export async function getRun(db: Queryable, id: string): Promise<ModelRunRecord | undefined> {
  const [row] = await db.query<Row>(`${runSelect} WHERE r.id = $1`, [id]);
  return row && toRun(row);
}

export async function listRuns(db: Queryable): Promise<ModelRunRecord[]> {
  return (await db.query<Row>(`${runSelect} ORDER BY r.registered_at DESC, r.id`)).map(toRun);
}

export async function listClinics(db: Queryable, runId: string, region?: string): Promise<ClinicRecord[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM run_clinics WHERE run_id = $1 AND ($2::text IS NULL OR region = $2) ORDER BY provider_number`,
    [runId, region ?? null],
  );
  return rows.map(toClinic);
}

export async function listCouncils(db: Queryable, year: number, runId?: string): Promise<CouncilYearRecord[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM run_councils
     WHERE year = $1 AND run_id = coalesce($2::text, (SELECT id FROM model_runs ORDER BY registered_at DESC, id LIMIT 1))
     ORDER BY council`,
    [year, runId ?? null],
  );
  return rows.map(toCouncilYear);
}

const toRunInputs = (row: Row): RunInputsRecord => ({
  runId: row.run_id as string,
  path: row.path as string,
  files: row.files as RunInputsRecord['files'],
  citizens: row.citizens as number,
  registeredBy: row.registered_by as string,
  registeredAt: iso(row.registered_at),
});

/** Records (or replaces) the input folder of a run, with its audit row, in one transaction. */
export async function registerRunInputs(db: Database, input: RegisterRunInputsInput): Promise<RunInputsRecord> {
  return db.transaction(async (tx) => {
    const [run] = await tx.query('SELECT id FROM model_runs WHERE id = $1', [input.runId]);
    if (!run) throw new NotFoundError(`Modelkørslen »${input.runId}« findes ikke.`, 'run', input.runId);
    const [row] = await tx.query<Row>(
      `INSERT INTO run_inputs (run_id, path, files, citizens, registered_by, registered_at) VALUES ($1, $2, $3::text::jsonb, $4, $5, coalesce($6::timestamptz, now()))
       ON CONFLICT (run_id) DO UPDATE SET path = EXCLUDED.path, files = EXCLUDED.files, citizens = EXCLUDED.citizens,
         registered_by = EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at
       RETURNING *`,
      [input.runId, input.path, json(input.files), input.citizens, input.actor.id, input.at ?? null],
    );
    await appendAudit(tx, {
      actor: input.actor,
      at: input.at,
      ruleSets: input.ruleSets,
      inputHash: input.inputHash,
      action: 'run.inputs',
      entity: 'run',
      entityId: input.runId,
      details: { path: input.path, citizens: input.citizens, files: input.files },
    });
    return toRunInputs(row);
  });
}

export async function getRunInputs(db: Queryable, runId: string): Promise<RunInputsRecord | undefined> {
  const [row] = await db.query<Row>('SELECT * FROM run_inputs WHERE run_id = $1', [runId]);
  return row && toRunInputs(row);
}

export async function latestRunInputs(db: Queryable): Promise<RunInputsRecord | undefined> {
  const [row] = await db.query<Row>('SELECT * FROM run_inputs ORDER BY registered_at DESC, run_id LIMIT 1');
  return row && toRunInputs(row);
}
