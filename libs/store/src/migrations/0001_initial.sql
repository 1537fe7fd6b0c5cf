-- Fordeling hearing store, initial schema. One dialect for PGlite and PostgreSQL.
-- Applied once by migrate.ts inside one transaction; never edit after release — add 0002_… instead.

CREATE TABLE model_runs (
  id            text PRIMARY KEY,
  registered_at timestamptz NOT NULL,
  as_of         date NOT NULL,
  synthetic     boolean NOT NULL,
  run           jsonb NOT NULL
);

-- One row per clinic of a run (clinics.csv of the run output).
CREATE TABLE run_clinics (
  run_id                        text NOT NULL REFERENCES model_runs (id),
  provider_number               text NOT NULL,
  name                          text NOT NULL,
  address                       text NOT NULL DEFAULT '',
  municipality_code             integer,
  municipality                  text NOT NULL,
  council                       text NOT NULL,
  region                        text NOT NULL,
  island                        text,
  capacities                    double precision NOT NULL,
  listed_patients               integer NOT NULL,
  mean_weight                   double precision NOT NULL,
  advisory_minimum_per_capacity integer NOT NULL,
  advisory_minimum_total        double precision NOT NULL,
  patients_per_capacity         double precision,
  in_band                       boolean,
  PRIMARY KEY (run_id, provider_number)
);
CREATE INDEX run_clinics_region ON run_clinics (run_id, region);

-- One row per council and year of a run (councils.csv, one year per row).
CREATE TABLE run_councils (
  run_id              text NOT NULL REFERENCES model_runs (id),
  year                integer NOT NULL,
  council             text NOT NULL,
  region              text NOT NULL,
  citizens            integer NOT NULL,
  existing_capacities double precision NOT NULL,
  total_weight        double precision NOT NULL,
  ceiling             double precision NOT NULL,
  free_capacities     double precision NOT NULL,
  PRIMARY KEY (run_id, year, council)
);

-- A region's hearing round for one year, opened from one run.
CREATE TABLE hearings (
  id        text PRIMARY KEY,
  region    text NOT NULL,
  year      integer NOT NULL,
  run_id    text NOT NULL REFERENCES model_runs (id),
  dates     jsonb NOT NULL,
  opened_at timestamptz NOT NULL,
  opened_by text NOT NULL
);
-- One round per region and year; a second "open" (double submit, two officers) is a conflict.
CREATE UNIQUE INDEX hearings_region_year ON hearings (region, year);

-- One case per clinic of the round; state machine advisory → preliminary → response → final.
CREATE TABLE hearing_cases (
  id                            text PRIMARY KEY,
  hearing_id                    text NOT NULL REFERENCES hearings (id),
  provider_number               text NOT NULL,
  clinic_name                   text NOT NULL,
  municipality                  text NOT NULL,
  council                       text NOT NULL,
  capacities                    double precision NOT NULL,
  listed_patients               integer NOT NULL,
  mean_weight                   double precision NOT NULL,
  advisory_minimum_per_capacity integer NOT NULL,
  advisory_minimum_total        double precision NOT NULL,
  status                        text NOT NULL CHECK (status IN ('advisory', 'preliminary', 'response', 'final')),
  version                       integer NOT NULL,
  preliminary_minimum           integer,
  deviation_reason_id           text,
  dialogue_required             boolean,
  preliminary_at                timestamptz,
  preliminary_by                text,
  response_comment              text,
  response_maximum_patients     integer,
  response_at                   timestamptz,
  response_by                   text,
  final_minimum                 integer,
  final_reason_id               text,
  final_effective_date          date,
  final_at                      timestamptz,
  final_by                      text,
  created_at                    timestamptz NOT NULL,
  updated_at                    timestamptz NOT NULL,
  UNIQUE (hearing_id, provider_number)
);
CREATE INDEX hearing_cases_provider ON hearing_cases (provider_number);

-- One row per state change; (case_id, version) unique, so a change can never be recorded twice.
CREATE TABLE case_history (
  seq         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     text NOT NULL REFERENCES hearing_cases (id),
  from_status text,
  to_status   text NOT NULL,
  version     integer NOT NULL,
  data        jsonb NOT NULL,
  actor_id    text NOT NULL,
  actor_role  text NOT NULL,
  at          timestamptz NOT NULL,
  UNIQUE (case_id, version)
);

-- Letters produced for a case (recorded by the letters app/API); the content itself lives elsewhere.
CREATE TABLE letters (
  letter_id    text PRIMARY KEY,
  case_id      text NOT NULL REFERENCES hearing_cases (id),
  kind         text NOT NULL,
  content_hash text NOT NULL,
  created_at   timestamptz NOT NULL
);
CREATE INDEX letters_case ON letters (case_id);

-- Capacity decisions (issue 3): the request, the engine's decision with its full trace.
CREATE TABLE capacity_decisions (
  id            text PRIMARY KEY,
  request       jsonb NOT NULL,
  outcome       text NOT NULL,
  basis         text NOT NULL,
  valid_until   date,
  deciding_rule text NOT NULL,
  decision      jsonb NOT NULL,
  rule_sets     jsonb NOT NULL,
  region        text NOT NULL,
  council       text NOT NULL,
  actor_id      text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX capacity_decisions_region ON capacity_decisions (region, council);

-- Append-only audit log, written in the same transaction as the change it records.
CREATE TABLE audit_log (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor_id     text NOT NULL,
  actor_role   text NOT NULL,
  actor_region text,
  action       text NOT NULL,
  entity       text NOT NULL,
  entity_id    text NOT NULL,
  rule_sets    jsonb NOT NULL,
  input_hash   text,
  details      jsonb NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- API tokens: only the sha256 hash of the token is stored.
CREATE TABLE tokens (
  id         text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  role       text NOT NULL CHECK (role IN ('ministry', 'region', 'reader')),
  region     text,
  label      text NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK (role <> 'region' OR region IS NOT NULL)
);
