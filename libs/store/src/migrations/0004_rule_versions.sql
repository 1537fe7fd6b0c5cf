-- Rule-set versions drafted, approved and published through the API (issue 13). Together with the
-- shipped rules/ folder they make the library every server loads (StoreRuleSource +
-- CompositeRuleSource): a published row is a file of that library, and its hash, approver, time and
-- reason are its lock entry.
--
-- `text` is the document exactly as the officer wrote it (for a published version: with its status
-- set to "published" and nothing else changed), so problems keep their line and column and an
-- export writes the very bytes that were published. `problems`/`warnings` are what the last save's
-- check found (the engine's Problem objects, Danish messages).
CREATE TABLE rule_versions (
  rule_set_id    text NOT NULL,
  version        text NOT NULL,
  path           text NOT NULL,
  kind           text,
  valid_from     date,
  amends         text,
  status         text NOT NULL CHECK (status IN ('draft', 'submitted', 'rejected', 'published')),
  text           text NOT NULL,
  hash           text,
  problems       jsonb NOT NULL DEFAULT '[]',
  warnings       jsonb NOT NULL DEFAULT '[]',
  revision       integer NOT NULL DEFAULT 1,
  -- Everyone who wrote in the draft (id and label), the creator first: none of them may approve it.
  authors        jsonb NOT NULL,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  submitted_by   jsonb,
  submitted_at   timestamptz,
  approved_by    jsonb,
  published_at   timestamptz,
  publish_reason text,
  rejected_by    jsonb,
  rejected_at    timestamptz,
  reject_reason  text,
  PRIMARY KEY (rule_set_id, version),
  UNIQUE (path),
  CHECK (status <> 'published' OR (hash IS NOT NULL AND approved_by IS NOT NULL AND published_at IS NOT NULL AND publish_reason IS NOT NULL))
);
CREATE INDEX rule_versions_status ON rule_versions (status);

-- Every step of a version, in order: who, when, what (and why, for approval and rejection).
CREATE TABLE rule_version_history (
  seq          bigserial PRIMARY KEY,
  rule_set_id  text NOT NULL,
  version      text NOT NULL,
  action       text NOT NULL CHECK (action IN ('create', 'update', 'submit', 'approve', 'reject', 'import')),
  from_status  text,
  to_status    text NOT NULL,
  revision     integer NOT NULL,
  actor        jsonb NOT NULL,
  at           timestamptz NOT NULL,
  reason       text,
  hash         text,
  problem_count integer NOT NULL DEFAULT 0,
  FOREIGN KEY (rule_set_id, version) REFERENCES rule_versions (rule_set_id, version)
);
CREATE INDEX rule_version_history_version ON rule_version_history (rule_set_id, version, seq);

-- A published version never changes and is never removed (BEK nr. 975 af 2025 as applied on a
-- given day must stay reproducible): the database itself refuses it, whatever the caller.
CREATE FUNCTION rule_versions_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'rule version %@% is published: % is not allowed', OLD.rule_set_id, OLD.version, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER rule_versions_published_no_change BEFORE UPDATE OR DELETE ON rule_versions
  FOR EACH ROW EXECUTE FUNCTION rule_versions_published_immutable();

CREATE FUNCTION rule_version_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rule_version_history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER rule_version_history_no_update_delete BEFORE UPDATE OR DELETE ON rule_version_history
  FOR EACH ROW EXECUTE FUNCTION rule_version_history_append_only();
