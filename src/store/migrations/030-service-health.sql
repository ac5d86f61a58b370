-- The service's migrations (30–39). /healthz runs every 30 s (Docker's HEALTHCHECK): its counts must
-- not scan the ledger or the ever-growing outbox.
CREATE INDEX obligations_live ON obligations(kind) WHERE withdrawn_at IS NULL;
CREATE INDEX outbox_failed ON outbox(id) WHERE status = 'failed';
