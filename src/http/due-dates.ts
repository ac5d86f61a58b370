import type { Obligation } from '../obligation.ts';
import { addDays } from '../calendar/dates.ts';
import { OccurrenceCache, occurrencesBetween } from '../plan/occurrences.ts';

/** Recurring rules here repeat at least every year or two; look ahead this far, a window at a time. */
const WINDOW_DAYS = 2 * 366;
const WINDOWS = 5;

/**
 * The first date the obligation falls due: its due date, or for a recurring duty its first
 * occurrence from its start, expanded the way the scheduler expands it. `sla` obligations have no
 * calendar date.
 */
export function firstDueDate(o: Obligation): string | null {
  if (o.kind === 'sla') return null;
  if (o.kind !== 'recurring') return o.due;
  const start = o.start ?? o.doc.issued;
  if (o.rrule === null || start === null) return null;
  const rrule = o.rrule.replace(/^RRULE:/, '');
  for (let from = start, i = 0; i < WINDOWS; i++, from = addDays(from, WINDOW_DAYS + 1)) {
    const [first] = occurrencesBetween(rrule, start, from, addDays(from, WINDOW_DAYS));
    if (first !== undefined) return first;
  }
  return null;
}

/**
 * First occurrences of many recurring duties within one window [from, to], for the ledger export: each
 * schedule is expanded once for the window and shared (OccurrenceCache), so a ledger of many
 * recurring duties on a few rules costs a few expansions.
 */
export class DueDateWindow {
  private readonly occurrences: OccurrenceCache;

  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    this.occurrences = new OccurrenceCache(from, to);
  }

  /** A recurring duty's first occurrence in the window, or null if none (or not recurring). */
  firstOccurrence(o: Obligation): string | null {
    const start = o.start ?? o.doc.issued;
    if (o.kind !== 'recurring' || o.rrule === null || start === null) return null;
    const rrule = o.rrule.replace(/^RRULE:/, '');
    return this.occurrences.dates(this.occurrences.keyOf(rrule, start), rrule, start).find((d) => d >= start) ?? null;
  }
}
