import { addDays } from '../calendar/dates.ts';
import { occurrencesBetween } from '../plan/occurrences.ts';
import type { Db } from '../store/db.ts';
import { obligationsDueBefore, obligationsDueBetween, obligationsNamingUnits, undatedObligationsOf } from '../store/obligations.ts';
import type { StoredObligation } from '../store/rows.ts';
import { doneReports, type DoneReport } from '../store/done.ts';
import { closedFor } from './completion.ts';
import type { UnitDirectory } from '../units/directory.ts';
import { normaliseUnitName } from '../units/names.ts';

/**
 * Reading the ledger as people ask about it (the upcoming command, the bot, the HTTP server):
 * occurrences, not records, so a recurring duty shows at each date it falls due.
 */

export interface DueOccurrence {
  obligation: StoredObligation;
  /** The due date of this occurrence; null for an sla obligation (counted from an event). */
  occurrence: string | null;
  /** How the asked units are concerned ('lead' wins over 'co'); null when no units were asked for. */
  role: 'lead' | 'co' | null;
  /** The units that have reported this occurrence done, soonest first (the occurrence may still be open for the asked units). */
  doneBy: string[];
}

export interface Scope {
  /** Only what these units must do, under any of their names or a group that reaches them; absent: everything. */
  units?: string[];
}

/** How far back a recurring duty's last occurrence is looked for (a yearly one's is within a year). */
const RECURRING_LOOKBACK_DAYS = 400;

/** Every active obligation of these units (aliases and groups resolved), with how they are concerned. */
export function obligationsForUnit(db: Db, directory: UnitDirectory, unit: string): DueOccurrence[] {
  const names = reaching(directory, { units: [unit] })!;
  return obligationsNamingUnits(db, names).map(({ roles, ...o }) => ({ obligation: o, occurrence: o.due, role: roles.some((r) => r.role === 'lead') ? 'lead' : 'co', doneBy: [] }));
}

/** Open occurrences due from `from` through `from + days`, soonest first; done ones left out. */
export function upcomingFor(db: Db, directory: UnitDirectory, opts: Scope & { from: string; days: number }): DueOccurrence[] {
  const names = reaching(directory, opts);
  const to = addDays(opts.from, opts.days);
  const out: DueOccurrence[] = obligationsDueBetween(db, opts.from, to, names).map((o) => ({ obligation: o, occurrence: o.due, role: roleOf(o, names), doneBy: [] }));
  for (const o of undatedObligationsOf(db, 'recurring', names)) {
    for (const occurrence of occurrencesBetween(o.rrule!, anchor(o, opts.from), opts.from, to)) out.push({ obligation: o, occurrence, role: roleOf(o, names), doneBy: [] });
  }
  return open(db, directory, opts.units ?? null, out);
}

/**
 * Open occurrences due before `asOf`, oldest first. A recurring duty counts its latest past
 * occurrence only (as overdue reminders do: nagging stops when the next one is due).
 */
export function overdueFor(db: Db, directory: UnitDirectory, opts: Scope & { asOf: string }): DueOccurrence[] {
  const names = reaching(directory, opts);
  const out: DueOccurrence[] = obligationsDueBefore(db, opts.asOf, names).map((o) => ({ obligation: o, occurrence: o.due, role: roleOf(o, names), doneBy: [] }));
  for (const o of undatedObligationsOf(db, 'recurring', names)) {
    const last = occurrencesBetween(o.rrule!, anchor(o, opts.asOf), addDays(opts.asOf, -RECURRING_LOOKBACK_DAYS), addDays(opts.asOf, -1)).at(-1);
    if (last !== undefined) out.push({ obligation: o, occurrence: last, role: roleOf(o, names), doneBy: [] });
  }
  return open(db, directory, opts.units ?? null, out);
}

/** sla obligations (counted from an event: listed, never scheduled). */
export function slaFor(db: Db, directory: UnitDirectory, scope: Scope): DueOccurrence[] {
  const names = reaching(directory, scope);
  return undatedObligationsOf(db, 'sla', names).map((o) => ({ obligation: o, occurrence: null, role: roleOf(o, names), doneBy: [] }));
}

function reaching(directory: UnitDirectory, scope: Scope): string[] | null {
  return scope.units === undefined ? null : [...new Set(scope.units.flatMap((u) => directory.namesReaching(u)))];
}

function roleOf(o: StoredObligation, names: string[] | null): 'lead' | 'co' | null {
  if (names === null) return null;
  const set = new Set(names);
  return o.lead.some((u) => set.has(normaliseUnitName(u))) ? 'lead' : 'co';
}

function anchor(o: StoredObligation, fallback: string): string {
  return o.start ?? o.doc.issued ?? fallback;
}

/** Leaves out occurrences closed for the asked units (ledger/completion.ts), and says who has reported the others done. */
function open(db: Db, directory: UnitDirectory, units: string[] | null, list: DueOccurrence[]): DueOccurrence[] {
  const dated = list.filter((x) => x.occurrence !== null).map((x) => ({ id: x.obligation.id, occurrence: x.occurrence! }));
  const reports = doneReports(db, dated);
  const reportsOf = (x: DueOccurrence): DoneReport[] | undefined => reports.get(`${x.obligation.id}|${x.occurrence}`);
  return list
    .filter((x) => !closedFor(reportsOf(x), x.obligation, units, directory))
    .map((x) => ({ ...x, doneBy: (reportsOf(x) ?? []).map((r) => r.unit) }))
    .sort(
      (a, b) =>
        (a.occurrence ?? '').localeCompare(b.occurrence ?? '') ||
        a.obligation.doc.number.localeCompare(b.obligation.doc.number) ||
        a.obligation.line - b.obligation.line,
    );
}
