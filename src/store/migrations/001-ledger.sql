-- The ledger: documents and their obligations, as imported from gazettes.
CREATE TABLE documents (
  id        TEXT PRIMARY KEY,          -- the document key: 文号, or the title when there is none
  number    TEXT NOT NULL,
  title     TEXT NOT NULL,
  issued    TEXT,                      -- YYYY-MM-DD
  source    TEXT NOT NULL              -- the gazette file it was last imported from
);

CREATE TABLE obligations (
  id           TEXT PRIMARY KEY,       -- stable id: see src/store/identity.ts
  document_id  TEXT NOT NULL REFERENCES documents(id),
  source       TEXT NOT NULL,
  line         INTEGER NOT NULL,
  expression   TEXT NOT NULL,
  kind         TEXT NOT NULL,
  due          TEXT,                   -- YYYY-MM-DD (once, relative, ongoing)
  rrule        TEXT,
  start        TEXT,
  within       TEXT,                   -- JSON (sla)
  target       INTEGER NOT NULL,
  lead         TEXT NOT NULL,          -- JSON array of unit names as written
  co           TEXT NOT NULL,          -- JSON array
  task         TEXT NOT NULL,
  content      TEXT NOT NULL,          -- canonical JSON of what a correction may change: decides updated/unchanged
  imported_at  TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  withdrawn_at TEXT                    -- set when a later import of its document no longer has it
);
CREATE INDEX obligations_due ON obligations(due) WHERE withdrawn_at IS NULL AND due IS NOT NULL;
CREATE INDEX obligations_recurring ON obligations(kind) WHERE withdrawn_at IS NULL AND kind = 'recurring';
CREATE INDEX obligations_document ON obligations(document_id);
CREATE INDEX obligations_source ON obligations(source);

-- One row per unit named on an obligation, normalised (spaces removed) but not resolved: aliases and
-- groups are resolved when reading, so editing rules/units.yaml needs no re-import.
CREATE TABLE obligation_units (
  obligation_id TEXT NOT NULL REFERENCES obligations(id) ON DELETE CASCADE,
  unit          TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('lead', 'co')),
  PRIMARY KEY (obligation_id, unit, role)
) WITHOUT ROWID;
CREATE INDEX obligation_units_unit ON obligation_units(unit, obligation_id);

-- An occurrence somebody reported done (the bot's /done): not reminded any more.
CREATE TABLE done_occurrences (
  obligation_id TEXT NOT NULL REFERENCES obligations(id),
  occurrence    TEXT NOT NULL,         -- the occurrence's due date, YYYY-MM-DD
  done_by       TEXT NOT NULL,
  done_at       TEXT NOT NULL,         -- ISO instant
  PRIMARY KEY (obligation_id, occurrence)
) WITHOUT ROWID;
