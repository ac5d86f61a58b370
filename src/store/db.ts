import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { systemClock } from '../clock.ts';
import { InputError } from '../errors.ts';

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

/**
 * Brings the schema up to date in one immediate write transaction: two processes opening a fresh
 * ledger at once take turns (the second waits on busy_timeout, then finds everything applied)
 * instead of both creating the same tables.
 */
export function migrate(db: Db, migrations: Migration[] = readMigrations()): number[] {
  return db
    .transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      const ran: number[] = [];
      for (const m of migrations) {
        if (applied.has(m.version)) continue;
        db.exec(m.sql);
        record.run(m.version, m.name, systemClock.now().toISOString());
        ran.push(m.version);
      }
      return ran;
    })
    .immediate();
}

/**
 * Runs a step that takes a write lock, again while another process holds the file. busy_timeout
 * does not cover every case: when two connections that both read the schema each ask for the write
 * lock (switching a fresh file to WAL, then migrating), SQLite answers one of them "database is
 * locked" at once rather than deadlock, so that one waits a moment and asks again.
 */
function whileLocked<T>(step: () => T, patienceMs = 10_000): T {
  const until = Date.now() + patienceMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
    try {
      return step();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (!(code === 'SQLITE_BUSY' || code?.startsWith('SQLITE_BUSY_')) || Date.now() + pause > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

/** What an operator reads when the ledger file cannot be used: the file, what is wrong with it, what to do. */
function ledgerFault(file: string, err: unknown): InputError | null {
  const code = (err as { code?: string }).code;
  const where = `账本 ${file}`;
  if (code === 'SQLITE_CANTOPEN' || code === 'ENOTDIR' || code === 'EACCES') {
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) return new InputError(`${where} 是一个文件夹,不是 SQLite 数据库文件(检查 SHIXIAN_DB)`);
    return new InputError(`${where} 无法打开(检查 SHIXIAN_DB 的路径及其文件夹的权限): ${(err as Error).message}`);
  }
  if (code === 'SQLITE_NOTADB') return new InputError(`${where} 不是 SQLite 数据库文件(检查 SHIXIAN_DB)`);
  if (code === 'SQLITE_CORRUPT') return new InputError(`${where} 已损坏(${(err as Error).message}),请从备份恢复`);
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') return new InputError(`${where} 不可写(检查文件及其文件夹的权限): ${(err as Error).message}`);
  if (code === 'SQLITE_FULL') return new InputError(`${where} 所在磁盘已满`);
  if (code === 'SQLITE_IOERR' || code?.startsWith('SQLITE_IOERR_')) return new InputError(`${where} 读写出错: ${(err as Error).message}`);
  return null;
}

/**
 * Opens (creating if need be) the ledger file in WAL mode and brings its schema up to date. A file
 * that is not a usable ledger (a folder, another kind of file, a corrupted one) is an InputError
 * naming it, so the CLI prints one line instead of a stack.
 */
export function openDb(file: string): Db {
  let db: Db | undefined;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    // First, so a second process opening the same file waits for the first's write (switching to
    // WAL, migrating) instead of failing at once with "database is locked".
    db.pragma('busy_timeout = 5000');
    const conn = db;
    whileLocked(() => conn.pragma('journal_mode = WAL'));
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    whileLocked(() => migrate(conn));
    return db;
  } catch (err) {
    db?.close();
    throw ledgerFault(file, err) ?? err;
  }
}

/**
 * The ledger for a command that only looks names up in it (recipients list, calendar-url): the file
 * when there is one, else an empty ledger in memory, so looking never creates a ledger file.
 */
export function openLedgerForLookup(file: string): Db {
  return openDb(fs.existsSync(file) ? file : ':memory:');
}
