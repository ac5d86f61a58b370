import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { systemClock } from '../clock.ts';

export type Db = Database.Database;

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * A migration is a file `migrations/NNN-what.sql`. Numbers are owned in ranges (1–19 ledger and
 * reminders, 20–29 bot, 30–39 service) so engineers add files without touching each other's; a
 * migration runs once, in number order, recorded in schema_migrations. Applying by "missing" rather
 * than "above the highest" lets a lower-numbered file land after a higher one has run.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir)
    .map((file) => ({ file, m: /^(\d+)-([\w-]+)\.sql$/.exec(file) }))
    .filter((f): f is { file: string; m: RegExpExecArray } => f.m !== null)
    .map(({ file, m }) => ({ version: Number(m[1]), name: m[2], sql: fs.readFileSync(path.join(dir, file), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

export function migrate(db: Db, migrations: Migration[] = readMigrations()): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, systemClock.now().toISOString());
    })();
    ran.push(m.version);
  }
  return ran;
}

/** Opens (creating if need be) the ledger file in WAL mode and brings its schema up to date. */
export function openDb(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // `tick` and `serve` may share the file: wait for the other's write instead of failing at once.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}
