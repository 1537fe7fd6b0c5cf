-- The hearing can end and the dialogue is recorded (issue 14):
-- - a preliminary number carries the clinic's deadline (default the round's) and the deviation's
--   reason in words; a new hearing (a higher final needs one) counts up hearing_number;
-- - a final number carries its reason in words and whether it was set without a response, after the
--   deadline (»på det foreliggende grundlag«);
-- - the dialogue with the clinic (seed 003: »forpligtet til at indgå i en dialog«; seed 000:
--   »udgangspunktet er, at der skal opnås enighed«): one row per meeting, never changed.
ALTER TABLE hearing_cases ADD COLUMN hearing_number integer NOT NULL DEFAULT 1;
ALTER TABLE hearing_cases ADD COLUMN preliminary_hearing_deadline date;
ALTER TABLE hearing_cases ADD COLUMN preliminary_deviation_text text;
ALTER TABLE hearing_cases ADD COLUMN final_reason_text text;
ALTER TABLE hearing_cases ADD COLUMN final_without_response boolean;

CREATE TABLE case_dialogues (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     text NOT NULL REFERENCES hearing_cases (id),
  held_on     date NOT NULL,
  outcome     text NOT NULL,
  agreement   boolean NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL
);
CREATE INDEX case_dialogues_case ON case_dialogues (case_id);
