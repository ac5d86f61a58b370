-- The outbox (Alertmanager's notification log): one row per digest, written before it is sent.
CREATE TABLE outbox (
  id           INTEGER PRIMARY KEY,
  channel      TEXT NOT NULL,          -- 'email', 'telegram', …
  recipient    TEXT NOT NULL,          -- recipient id (the name in the recipients file, or a channel's own id)
  address      TEXT NOT NULL,          -- where the channel delivers: an email address, a chat id
  slot         TEXT NOT NULL,          -- the Shanghai date of the send time this digest belongs to
  message_id   TEXT NOT NULL UNIQUE,   -- fixed when written, so a re-send after a crash carries the same id
  status       TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
  tries        INTEGER NOT NULL DEFAULT 0,
  next_try_at  TEXT NOT NULL,          -- ISO instant
  lease_until  TEXT,                   -- a pass delivering this row holds it until then (two processes never send it together)
  last_error   TEXT,
  created_at   TEXT NOT NULL,
  sent_at      TEXT
);
CREATE INDEX outbox_pending ON outbox(next_try_at) WHERE status = 'pending';
-- Items planned for a slot join that slot's pending digest; one already sent is never reopened.
CREATE INDEX outbox_slot ON outbox(channel, recipient, slot) WHERE status = 'pending';

-- What each digest reminds of. The primary key is the dedup key: a reminder for one occurrence, one
-- recipient, one offset and one channel is written once, ever.
CREATE TABLE outbox_items (
  obligation_id TEXT NOT NULL,
  occurrence    TEXT NOT NULL,         -- YYYY-MM-DD
  recipient     TEXT NOT NULL,
  offset_days   INTEGER NOT NULL,      -- days before the occurrence (negative: days after, overdue)
  channel       TEXT NOT NULL,
  outbox_id     INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
  planned_for   TEXT NOT NULL,         -- the Shanghai date it was meant to go out
  role          TEXT NOT NULL,         -- 'lead' or 'co'
  unit          TEXT NOT NULL,         -- the unit as named on the obligation that reached the recipient
  PRIMARY KEY (obligation_id, occurrence, recipient, offset_days, channel)
) WITHOUT ROWID;
CREATE INDEX outbox_items_outbox ON outbox_items(outbox_id);

-- Scheduler markers (e.g. the last date whose send time has been planned), so a restart catches up.
CREATE TABLE scheduler_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
