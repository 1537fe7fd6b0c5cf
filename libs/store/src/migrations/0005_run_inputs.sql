-- The model input folder of a registered run (issue 13): the reference population the impact
-- preview computes on. The server reads the folder (checking every file against the hashes the
-- run's run.json recorded, so it is the population the run used) and holds it parsed in memory;
-- every replica finds the folder here. One folder per run; registering again replaces it.
CREATE TABLE run_inputs (
  run_id        text PRIMARY KEY REFERENCES model_runs (id),
  path          text NOT NULL,
  files         jsonb NOT NULL,
  citizens      integer NOT NULL,
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL
);
