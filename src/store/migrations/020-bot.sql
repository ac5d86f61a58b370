-- The Telegram bot's tables (migrations 20–29 are the bot's).

-- Chats tied to units through /subscribe. The unit is kept as its canonical name in rules/units.yaml
-- at the time of subscribing; reminders resolve it again through the directory when reading.
CREATE TABLE bot_subscriptions (
  chat_id    INTEGER NOT NULL,
  unit       TEXT NOT NULL,
  added_by   INTEGER NOT NULL,         -- the chat that asked: the chat itself, or an admin's
  added_at   TEXT NOT NULL,            -- ISO instant
  PRIMARY KEY (chat_id, unit)
) WITHOUT ROWID;

-- What a /done said besides who and when (done_occurrences holds those).
CREATE TABLE bot_done_notes (
  obligation_id TEXT NOT NULL,
  occurrence    TEXT NOT NULL,         -- YYYY-MM-DD
  note          TEXT NOT NULL,
  PRIMARY KEY (obligation_id, occurrence)
) WITHOUT ROWID;

-- The question behind a paged answer's 上一页/下一页 buttons: callback data holds only this id and an
-- offset (Telegram allows 64 bytes), and keeping it here lets paging work across a restart.
CREATE TABLE bot_queries (
  id         INTEGER PRIMARY KEY,
  chat_id    INTEGER NOT NULL,
  query      TEXT NOT NULL,            -- JSON, validated by the bot's BotQuery schema
  created_at TEXT NOT NULL             -- ISO instant; old ones are pruned
);
