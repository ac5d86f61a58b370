import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';

const require = createRequire(import.meta.url);
const calendar = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string> };

/**
 * The last year the official calendar data covers. Past it chinese-days silently treats every
 * Monday–Friday as a working day, so callers are told when a count runs beyond it.
 */
export const LAST_CALENDAR_YEAR = Math.max(...Object.keys(calendar.holidays).map((d) => Number(d.slice(0, 4))));

export interface WorkdayResult {
  due: string;
  /** Set when the count ran into years the official calendar has no data for. */
  beyondCalendar: boolean;
}

/**
 * The date N working days after `from` on the PRC calendar: weekends and public holidays off,
 * make-up working weekends on. Day one is the first working day after `from`.
 */
export function addWorkdays(from: string, n: number): WorkdayResult {
  const due = chineseDays.findWorkday(n, from);
  return { due, beyondCalendar: Number(due.slice(0, 4)) > LAST_CALENDAR_YEAR };
}

/** True on a PRC working day (a make-up weekend counts, a public holiday does not). */
export function isWorkday(date: string): boolean {
  return chineseDays.isWorkday(date);
}
