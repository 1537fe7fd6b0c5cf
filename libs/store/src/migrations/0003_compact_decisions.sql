-- Capacity decisions keep the engine's compact record (libs/engine, kinds/decisions/compact-decision.ts)
-- instead of the whole trace with its Danish sentences: ≈ 0,7 KB instead of ≈ 6,6 KB a decision, and
-- the size of what goes into the database is most of what storing a decision costs (docs/api.md,
-- "Benchmark"). The engine rebuilds the trace from the record, the stored request and the rule-set
-- versions, which never change once published.
--
-- Decisions stored before keep what they said: their trace becomes the same record (each rule's id,
-- whether it fired, and its conditions' results, in the trace's order); the explanation and the
-- sentences are rebuilt from it when the decision is read. The rule-set versions with their hashes
-- stay in the rule_sets column, where they already were.
UPDATE capacity_decisions AS d
SET decision = (d.decision - 'trace' - 'explanation' - 'ruleSets') || jsonb_build_object('rules', (
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'ruleId', t.rule -> 'ruleId',
    'fired', t.rule -> 'fired',
    'results', (
      SELECT coalesce(jsonb_agg(c.condition -> 'result' ORDER BY c.n), '[]'::jsonb)
      FROM jsonb_array_elements(t.rule -> 'conditions') WITH ORDINALITY AS c(condition, n)
    )
  ) ORDER BY t.n), '[]'::jsonb)
  FROM jsonb_array_elements(d.decision -> 'trace') WITH ORDINALITY AS t(rule, n)
))
WHERE d.decision ? 'trace';
