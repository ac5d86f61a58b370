-- The units of the person a digest is for, as planned (JSON array of names as the recipients file or
-- a /subscribe gives them). A unit's /done can land after the digest is written and before it goes
-- out (the pass is still working through other digests, the digest waits for a retry, a `tick` in
-- another process planned it a moment before): delivery weighs completion for these units by the
-- same rule as planning (ledger/completion.ts), not by the unit name the obligation was reached by.
-- NULL for digests written before this migration.
ALTER TABLE outbox ADD COLUMN reader_units TEXT;
