-- An admin who answers for no unit and sends /done without naming one is asked which unit, by
-- buttons: a button's callback data (64 bytes) holds this row's id and the index of the unit offered,
-- so the question (the occurrence, the note typed, the units offered) is kept here. Pruned with
-- the paged questions.
CREATE TABLE bot_done_questions (
  id            INTEGER PRIMARY KEY,
  chat_id       INTEGER NOT NULL,
  obligation_id TEXT NOT NULL,
  occurrence    TEXT NOT NULL,         -- YYYY-MM-DD
  note          TEXT,
  units         TEXT NOT NULL,         -- JSON array of canonical unit names, in button order
  asked_at      TEXT NOT NULL          -- ISO instant
);
