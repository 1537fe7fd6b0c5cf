-- The order fixes each health council's number of capacities per year (seed 000: »Bekendtgørelsen
-- tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025 og 2026«). A run keeps the
-- ceiling it used (the order's number where the capacity rule set has one) in `ceiling`, and beside
-- it the model's own figure and the order's number. Runs stored before this migration used the
-- computed ceiling: it is their computed ceiling, and no fixed number is known for them.
ALTER TABLE run_councils ADD COLUMN computed_ceiling double precision;
ALTER TABLE run_councils ADD COLUMN fixed_ceiling double precision;
UPDATE run_councils SET computed_ceiling = ceiling;
ALTER TABLE run_councils ALTER COLUMN computed_ceiling SET NOT NULL;
