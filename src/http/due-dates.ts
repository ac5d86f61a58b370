import type { Obligation } from '../obligation.ts';
import { addDays } from '../plan/dates.ts';
import { occurrencesBetween } from '../plan/occurrences.ts';

/** Recurring rules here repeat at least every year or two; look ahead this far, a window at a time. */
const WINDOW_DAYS = 2 * 366;
const WINDOWS = 5;

/**
 * The first date the obligation falls due on or after `onOrAfter` (an ISO date), or, without it,
 * the first date at all: for a recurring duty the first occurrence from its start, expanded the way
 * the scheduler expands it. `sla` obligations have no calendar date.
 */
export function firstDueDate(o: Obligation, onOrAfter?: string): string | null {
  return dueDateWithin(o, onOrAfter, undefined);
}

/** The first due date within [from, to] (ISO dates, both inclusive, either open), or null if none. */
export function dueDateWithin(o: Obligation, from: string | undefined, to: string | undefined): string | null {
  if (o.kind === 'sla') return null;
  if (o.kind !== 'recurring') {
    const due = o.due;
    return due !== null && (from === undefined || due >= from) && (to === undefined || due <= to) ? due : null;
  }
  const start = o.start ?? o.doc.issued;
  if (o.rrule === null || start === null) return null;
  const rrule = o.rrule.replace(/^RRULE:/, '');
  let windowStart = from !== undefined && from > start ? from : start;
  for (let i = 0; i < WINDOWS; i++) {
    const windowEnd = addDays(windowStart, WINDOW_DAYS);
    const last = to !== undefined && to < windowEnd ? to : windowEnd;
    if (last < windowStart) return null;
    const [first] = occurrencesBetween(rrule, start, windowStart, last);
    if (first !== undefined) return first;
    if (last === to) return null;
    windowStart = addDays(windowEnd, 1);
  }
  return null;
}
