import { createRequire } from 'node:module';
import { fromDayNumber, toDayNumber } from './dates.ts';

/**
 * The official PRC working-day calendar. Read straight from chinese-days' data table rather than
 * through its functions: those decide the weekday in the process's zone (under a zone west of UTC
 * they call a Saturday a working day). Public holidays are off, adjusted working weekends are on,
 * other days follow Monday–Friday.
 */
export interface WorkCalendar {
  isWorkday(date: string): boolean;
  /** The same on a day number (days since 1970-01-01): the planner's hot path. */
  isWorkdayNumber(day: number): boolean;
  /** The date itself if it is a working day, else the nearest working day before it. */
  workdayOnOrBefore(date: string): string;
  /** The date itself if it is a working day, else the nearest working day after it. */
  workdayOnOrAfter(date: string): string;
  /** The last year the holiday table covers; later years fall back to Monday–Friday. */
  knownThrough: number;
}

interface ChineseDaysTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let official: WorkCalendar | undefined;

/** The State Council's calendar as chinese-days ships it (read once, shared). */
export function officialCalendar(): WorkCalendar {
  if (!official) {
    const table = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysTable;
    const years = [...Object.keys(table.holidays), ...Object.keys(table.workdays)].map((d) => Number(d.slice(0, 4)));
    official = calendarFrom(new Set(Object.keys(table.holidays)), new Set(Object.keys(table.workdays)), Math.max(...years));
  }
  return official;
}

export interface WorkdayCount {
  due: string;
  /** Set when the count ran into years the calendar has no data for (Monday–Friday only there). */
  beyondCalendar: boolean;
}

/** The date N working days after `from`: day one is the first working day after it. */
export function addWorkdays(from: string, n: number, calendar: WorkCalendar = officialCalendar()): WorkdayCount {
  let day = toDayNumber(from);
  for (let counted = 0; counted < n; ) if (calendar.isWorkdayNumber(++day)) counted++;
  const due = fromDayNumber(day);
  return { due, beyondCalendar: Number(due.slice(0, 4)) > calendar.knownThrough };
}

export function calendarFrom(holidays: Set<string>, makeUpWorkdays: Set<string>, knownThrough: number): WorkCalendar {
  const off = new Set([...holidays].map(toDayNumber));
  const on = new Set([...makeUpWorkdays].map(toDayNumber));
  const isWorkdayNumber = (n: number) => {
    if (on.has(n)) return true;
    if (off.has(n)) return false;
    const weekday = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return weekday !== 0 && weekday !== 6;
  };
  const walk = (date: string, step: number) => {
    let n = toDayNumber(date);
    while (!isWorkdayNumber(n)) n += step;
    return fromDayNumber(n);
  };
  return {
    isWorkday: (date) => isWorkdayNumber(toDayNumber(date)),
    isWorkdayNumber,
    workdayOnOrBefore: (date) => walk(date, -1),
    workdayOnOrAfter: (date) => walk(date, 1),
    knownThrough,
  };
}
