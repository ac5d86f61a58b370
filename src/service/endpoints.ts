import fs from 'node:fs';
import type { Clock } from '../clock.ts';
import { shanghaiDate } from '../clock.ts';
import type { AlarmPolicy } from '../http/calendar.ts';
import { dueDateWithin, firstDueDate } from '../http/due-dates.ts';
import { assessHealth } from '../http/health.ts';
import type { SchedulerStatus } from '../scheduler/start.ts';
import type { LedgerRow } from '../http/ledger-csv.ts';
import type { HttpEndpoints } from '../http/server.ts';
import type { ReminderPolicy } from '../plan/policy.ts';
import type { Db } from '../store/db.ts';
import { ledgerHealth, ledgerObligations } from '../store/ledger-export.ts';
import { obligationsNamingUnits } from '../store/obligations.ts';
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
  calendarSecret?: string;
  schedulerGraceMs?: number;
}

/** Wires the HTTP endpoints to the ledger, the unit directory and the reminder policy. */
export function serviceEndpoints(deps: EndpointDeps): HttpEndpoints {
  const { db, directory } = deps;
  const openedFile = deps.dbPath === ':memory:' ? null : fs.statSync(deps.dbPath);

  return {
    alarms: alarmsOf(deps.policy),
    calendarSecret: deps.calendarSecret,

    health: () =>
      assessHealth({
        clock: deps.clock,
        startedAt: deps.startedAt,
        schedulerGraceMs: deps.schedulerGraceMs ?? 120_000,
        scheduler: deps.scheduler,
        details: deps.details,
        database: () => {
          // SQLite keeps reading a file deleted under it; the volume being gone must still show.
          if (openedFile !== null) {
            const now = fs.statSync(deps.dbPath);
            if (now.ino !== openedFile.ino || now.dev !== openedFile.dev) throw new Error('the database file was replaced since the service opened it');
          }
          return ledgerHealth(db);
        },
      }),

    unitFeed: (unit) => {
      const canonical = directory.canonical(unit);
      const names = directory.namesReaching(canonical);
      const found = obligationsNamingUnits(db, names);
      if (found.length === 0) return null;
      // Lead when the unit (by any of its names, or a group reaching it) is among the lead units.
      const reaching = new Set(names);
      const items = found.map((obligation) => ({
        obligation,
        role: obligation.lead.some((u) => reaching.has(normaliseUnitName(u))) ? ('lead' as const) : ('co' as const),
      }));
      return { unit: canonical, items, generatedAt: deps.clock.now() };
    },

    ledger: ({ unit, from, to }) => {
      const names = unit === undefined ? undefined : directory.namesReaching(unit);
      const today = shanghaiDate(deps.clock.now());
      const dated = from !== undefined || to !== undefined;
      const rows: LedgerRow[] = [];
      for (const obligation of ledgerObligations(db, { names, from, to })) {
        if (obligation.kind !== 'recurring') {
          rows.push({ obligation, dueDate: obligation.due });
          continue;
        }
        // A recurring duty is listed under its first occurrence in the range asked for, or with no
        // range, under its next one from today.
        const dueDate = dated ? dueDateWithin(obligation, from, to) : firstDueDate(obligation, today);
        if (dueDate !== null || !dated) rows.push({ obligation, dueDate });
      }
      return rows.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    },
  };
}
