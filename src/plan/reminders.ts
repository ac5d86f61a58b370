import type { WorkCalendar } from '../calendar/workdays.ts';
import { addDays, daysBetween, toDayNumber } from '../calendar/dates.ts';
import type { ReminderPolicy } from './policy.ts';

/**
 * A reminder's offset from its occurrence: positive = days before the due date, 0 = the day itself,
 * negative = days after (overdue). It is part of the dedup key, so each offset is sent once.
 */
export type Offset = number;

type Timing = Pick<ReminderPolicy, 'before' | 'overdue' | 'workdays_only'>;

/**
 * The offsets of the reminders for one occurrence that go out on `day`.
 * `openUntil`: for a recurring duty, the next occurrence's date; overdue nagging stops then.
 */
export function remindersOn(day: string, occurrence: string, policy: Timing, cal: WorkCalendar, openUntil: string | null = null): Offset[] {
  // Day numbers, not date strings: this runs for every candidate of every planned day.
  const d = toDayNumber(day);
  const occ = toDayNumber(occurrence);
  const workdays = policy.workdays_only;
  if (workdays && !cal.isWorkdayNumber(d)) return [];
  const offsets: Offset[] = [];
  for (const k of policy.before) {
    let raw = occ - k;
    if (workdays) while (!cal.isWorkdayNumber(raw)) raw--;
    if (raw === d) offsets.push(k);
  }
  if (openUntil !== null && day >= openUntil) return offsets;
  // Overdue raw dates that shift forward onto `day`: the rest days just before it, and the day itself.
  let earliest = d;
  if (workdays) while (!cal.isWorkdayNumber(earliest - 1)) earliest--;
  for (let n = Math.max(earliest - occ, 1); n <= d - occ; n++) {
    if (isOverdueDay(n, policy.overdue)) offsets.push(-n);
  }
  return offsets;
}

function isOverdueDay(n: number, rule: Timing['overdue']): boolean {
  if (n < rule.first) return false;
  if (n > rule.stop_after) return false;
  return (n - rule.first) % rule.every === 0;
}

/**
 * The inverse of remindersOn, for finding candidates in the ledger by index: the due dates whose
 * reminders can land on `day`. `earliestDue` bounds the overdue series (the oldest due in the ledger).
 */
export function dueDatesRemindedOn(
  day: string,
  policy: Timing,
  cal: WorkCalendar,
  earliestDue: string,
): { before: { from: string; to: string } | null; overdue: string[] } {
  if (policy.workdays_only && !cal.isWorkday(day)) return { before: null, overdue: [] };
  // Raw reminder dates that shift back onto `day`: the day itself and the rest days after it.
  const lastRaw = policy.workdays_only ? addDays(cal.workdayOnOrAfter(addDays(day, 1)), -1) : day;
  const before =
    policy.before.length === 0
      ? null
      : { from: addDays(day, Math.min(...policy.before)), to: addDays(lastRaw, Math.max(...policy.before)) };
  const overdue: string[] = [];
  const earliestRaw = policy.workdays_only ? addDays(cal.workdayOnOrBefore(addDays(day, -1)), 1) : day;
  const span = daysBetween(earliestDue, day);
  for (let n = policy.overdue.first; n <= span && n <= policy.overdue.stop_after; n += policy.overdue.every) {
    for (let r = earliestRaw; r <= day; r = addDays(r, 1)) {
      const due = addDays(r, -n);
      if (due >= earliestDue) overdue.push(due);
    }
  }
  return { before, overdue };
}
