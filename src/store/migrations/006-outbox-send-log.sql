-- The outbox as Alertmanager's notification log, step by step. A digest handed to a channel is
-- counted here before the send and set back to 0 when its outcome is recorded, so a count left
-- standing says a process died with the digest on the wire: it may have been delivered, unlogged.
-- Delivery gives such a digest up (failed, with the reason) instead of sending it a third time: a
-- crash loop cannot multiply copies.
ALTER TABLE outbox ADD COLUMN unconfirmed_sends INTEGER NOT NULL DEFAULT 0;

-- What went out of a digest sent as several messages (Telegram's 4096-character limit), each item
-- logged as soon as the message carrying it was accepted: a retry or a restart sends only the rest,
-- never again what was logged. Keyed by item, not by part number, because the parts are cut again
-- from what is left.
CREATE TABLE outbox_sent_items (
  outbox_id     INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
  obligation_id TEXT NOT NULL,
  occurrence    TEXT NOT NULL,         -- YYYY-MM-DD
  sent_at       TEXT NOT NULL,         -- ISO instant the channel accepted it
  PRIMARY KEY (outbox_id, obligation_id, occurrence)
) WITHOUT ROWID;
