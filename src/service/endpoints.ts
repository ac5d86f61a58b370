import fs from 'node:fs';
import path from 'node:path';
import { shanghaiDate, type Clock } from '../clock.ts';
import type { AlarmPolicy } from '../http/calendar.ts';
import { DueDateWindow } from '../http/due-dates.ts';
import { assessHealth } from '../http/health.ts';
import type { LedgerRow } from '../http/ledger-csv.ts';
import type { HttpEndpoints, LedgerQuery } from '../http/server.ts';
import { addDays } from '../calendar/dates.ts';
import { closedOccurrencesFor } from '../ledger/completion.ts';
import type { ReminderPolicy } from '../plan/policy.ts';
import type { SchedulerStatus } from '../scheduler/start.ts';
import type { Db } from '../store/db.ts';
import { datedObligationsPage, ledgerHealth, undatedObligations, type LedgerCursor } from '../store/ledger-export.ts';
import { obligationsNamingUnits } from '../store/obligations.ts';
import { givenUpByReason } from '../store/outbox.ts';
import type { UnitDirectory } from '../units/directory.ts';
import { normaliseUnitName } from '../units/names.ts';

/** The calendar alarms that match the reminder policy: each offset before, and the first overdue day. */
export function alarmsOf(policy: ReminderPolicy): AlarmPolicy {
  const [hour, minute] = policy.send_at.split(':').map(Number);
  return { daysBefore: [...policy.before, -policy.overdue.first], sendAt: { hour, minute } };
}

export interface EndpointDeps {
  db: Db;
  /** The database file: /healthz checks it is still the one that was opened. */
  dbPath: string;
  directory: UnitDirectory;
  policy: ReminderPolicy;
  clock: Clock;
  startedAt: Date;
  scheduler(): SchedulerStatus;
  /** Channels, inbox and other state for /healthz, free of secrets. */
  details(): Record<string, unknown>;
  /** Parts running in a reduced way, each with its reason (see assessHealth). */
  degradations(): string[];
  /** Lasting faults (the inbox) that make /healthz 503. */
  faults?(): string[];
  calendarSecret?: string;
  ledgerToken?: string;
}

/**
 * How late past its next pass the minute scheduler may be before /healthz says unhealthy: room for
 * a long catch-up pass after downtime, short enough that a stuck one shows within a few checks.
 */
const SCHEDULER_GRACE_MS = 120_000;

/** Below this much free space a pass's writes may fail: the disk counts as full. */
const MIN_FREE_BYTES = 1024 * 1024;

/**
 * Why the ledger cannot be written, or null. The open connection may still write through its file
 * descriptors after a chmod or chattr, so this asks the file system what a write (or the next
 * start, which creates the -wal file beside it) would meet: the file and folder permissions, and
 * the free space.
 */
function ledgerWriteProblem(dbPath: string): string | null {
  const folder = path.dirname(path.resolve(dbPath));
  for (const [what, file] of [
    ['文件', dbPath],
    ['文件夹', folder],
  ] as const) {
    try {
      fs.accessSync(file, fs.constants.W_OK);
    } catch (err) {
      return `账本${what} ${file} 不可写(${(err as NodeJS.ErrnoException).code})`;
    }
  }
  const { bavail, bsize } = fs.statfsSync(folder);
  if (bavail * bsize < MIN_FREE_BYTES) return `${folder} 所在的磁盘已满(只剩 ${bavail * bsize} 字节)`;
  return null;
}

/** Wires the HTTP endpoints to the ledger, the unit directory and the reminder policy. */
export function serviceEndpoints(deps: EndpointDeps): HttpEndpoints {
  const { db, directory } = deps;
  const openedFile = deps.dbPath === ':memory:' ? null : fs.statSync(deps.dbPath);

  return {
    alarms: alarmsOf(deps.policy),
    calendarSecret: deps.calendarSecret,
    ledgerToken: deps.ledgerToken,
    canonicalUnit: (unit) => directory.canonical(unit),

    health: () =>
      assessHealth({
        clock: deps.clock,
        startedAt: deps.startedAt,
        schedulerGraceMs: SCHEDULER_GRACE_MS,
        scheduler: deps.scheduler,
        details: deps.details,
        faults: deps.faults,
        database: () => {
          // SQLite keeps reading a file deleted under it; the volume being gone must still show.
          if (openedFile !== null) {
            const now = fs.statSync(deps.dbPath);
            if (now.ino !== openedFile.ino || now.dev !== openedFile.dev) throw new Error('服务打开数据库文件之后,这个文件被换掉了');
          }
          return { ...ledgerHealth(db), givenUp: givenUpByReason(db) };
        },
        ledgerWriteProblem: () => (deps.dbPath === ':memory:' ? null : ledgerWriteProblem(deps.dbPath)),
        degradations: () => {
          // A database that cannot be read is already the problem reported; here it counts nothing.
          const givenUp = db.open ? Object.values(givenUpByReason(db)).reduce((a, b) => a + b, 0) : 0;
          const given = givenUp > 0 ? [`${givenUp} 份提醒摘要已放弃发送(原因见 database.givenUp;shixian outbox retry --failed 可重发)`] : [];
          return [...given, ...deps.degradations()];
        },
      }),

    unitFeed: (unit) => {
      const canonical = directory.canonical(unit);
      const names = directory.namesReaching(canonical);
      const found = obligationsNamingUnits(db, names);
      if (found.length === 0) return null;
      // Lead when the unit (by any of its names, or a group reaching it) is among the lead units.
      const reaching = new Set(names);
      const closed = closedOccurrencesFor(db, directory, found, canonical);
      const items = found.map((obligation) => ({
        obligation,
        role: obligation.lead.some((u) => reaching.has(normaliseUnitName(u))) ? ('lead' as const) : ('co' as const),
        done: closed.get(obligation.id) ?? [],
      }));
      return { unit: canonical, items, generatedAt: deps.clock.now() };
    },

    ledger: (filter) => ledgerRows(db, directory, deps.clock, filter),
  };
}

/** Rows per page of the ledger export: small enough to keep memory flat, large enough to be cheap. */
const PAGE_ROWS = 2_000;

/**
 * The ledger export's rows in due-date order, a page at a time. Dated obligations come from the
 * database page by page; recurring duties (few) are expanded once into the range and merged in
 * under their first occurrence there (with no range: their next one from today, looking two years
 * ahead); those with no date in the range and the `sla` ones (listed only when no range is asked)
 * come last.
 */
function* ledgerRows(db: Db, directory: UnitDirectory, clock: Clock, { unit, from, to }: LedgerQuery): Generator<LedgerRow[]> {
  const names = unit === undefined ? undefined : directory.namesReaching(unit);
  const dated = from !== undefined || to !== undefined;
  const undated = undatedObligations(db, { names }, !dated);

  const today = shanghaiDate(clock.now());
  const earliestStart = undated.reduce((min, o) => {
    const start = o.kind === 'recurring' ? (o.start ?? o.doc.issued) : null;
    return start !== null && start < min ? start : min;
  }, today);
  const windowFrom = dated ? (from ?? earliestStart) : today;
  const window = new DueDateWindow(windowFrom, to ?? addDays(windowFrom, 2 * 366));
  const recurring = undated
    .filter((o) => o.kind === 'recurring')
    .map((obligation) => ({ obligation, dueDate: window.firstOccurrence(obligation) }))
    .filter((row) => row.dueDate !== null || !dated)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  let nextRecurring = 0;

  let cursor: LedgerCursor | null = null;
  for (;;) {
    const page = datedObligationsPage(db, { names, from, to }, cursor, PAGE_ROWS);
    const rows: LedgerRow[] = [];
    for (const { obligation, cursor: at } of page) {
      while (nextRecurring < recurring.length && recurring[nextRecurring].dueDate !== null && recurring[nextRecurring].dueDate! < at.due) {
        rows.push(recurring[nextRecurring++]);
      }
      rows.push({ obligation, dueDate: obligation.due });
      cursor = at;
    }
    if (rows.length > 0) yield rows;
    if (page.length < PAGE_ROWS) break;
  }
  const rest = [...recurring.slice(nextRecurring), ...undated.filter((o) => o.kind === 'sla').map((obligation) => ({ obligation, dueDate: null }))];
  if (rest.length > 0) yield rest;
}
