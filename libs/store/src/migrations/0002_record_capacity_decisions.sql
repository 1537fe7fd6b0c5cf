-- Group commit of capacity decisions (decisions.ts): one batch of decisions and their audit rows in
-- ONE statement, through a PL/pgSQL function because PL/pgSQL keeps the plan of its statements for
-- the session. Sent as a plain statement, the INSERTs were parsed and planned again for every batch:
-- on PGlite ≈ 0,25 ms a batch, a third of what a lone decision cost (docs/api.md, "Benchmark").
--
-- `batch` is a JSON array, one element per decision with the columns of both rows; `n` is the
-- element's position, and `ORDER BY n` hands out the audit ids in that order (submission order).
-- Decisions without `at` get the transaction's now(). Returns what the database assigned.
-- A change to capacity_decisions or audit_log that concerns these columns must replace this function.
CREATE FUNCTION record_capacity_decisions(batch jsonb)
RETURNS TABLE (decision_id text, valid_until text, created_at timestamptz)
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  WITH x AS (
    SELECT * FROM jsonb_to_recordset(batch) AS r(n integer, id text, request jsonb, outcome text, basis text, valid_until date,
      deciding_rule text, decision jsonb, rule_sets jsonb, region text, council text, at timestamptz, actor_id text, actor_role text,
      actor_region text, action text, entity text, input_hash text, details jsonb)
  ), stored AS (
    INSERT INTO capacity_decisions AS d (id, request, outcome, basis, valid_until, deciding_rule, decision, rule_sets, region, council,
      actor_id, created_at)
    SELECT x.id, x.request, x.outcome, x.basis, x.valid_until, x.deciding_rule, x.decision, x.rule_sets, x.region, x.council, x.actor_id,
      coalesce(x.at, now())
    FROM x
    RETURNING d.id, d.valid_until::text, d.created_at
  ), audited AS (
    INSERT INTO audit_log (at, actor_id, actor_role, actor_region, action, entity, entity_id, rule_sets, input_hash, details)
    SELECT coalesce(x.at, now()), x.actor_id, x.actor_role, x.actor_region, x.action, x.entity, x.id, x.rule_sets, x.input_hash, x.details
    FROM x ORDER BY x.n
  )
  SELECT * FROM stored;
END
$$;
