-- Sessions of the web workbench (issue 16): signing in with an API token opens a session whose id
-- travels in an httpOnly, SameSite=Strict cookie. Only the id's sha256 hash is stored, as for
-- tokens; `csrf` is the token every changing request of the session must echo in X-CSRF-Token.
-- A session ends at sign-out (row deleted), at `expires_at`, or when its token is revoked (the
-- lookup joins the token and requires it active), so a session never outlives its token.
CREATE TABLE web_sessions (
  session_hash text PRIMARY KEY,
  token_id     text NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
  csrf         text NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX web_sessions_token ON web_sessions (token_id);
