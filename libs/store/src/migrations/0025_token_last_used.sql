-- When each API token was last used (issue 15: `fordeling tokens list` and GET /v1/tokens show it,
-- so an operator sees which tokens are idle before revoking them). Written by the API at most once a
-- minute per token, so the hot path gains no write per request.
ALTER TABLE tokens ADD COLUMN last_used_at timestamptz;
