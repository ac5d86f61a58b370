import { createRequire } from 'node:module';

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so the process zone never matters. */

const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // A month of a year of four digits or more is counted: a Date built and read back for it cost as much as
  // the rest of a recogniser's reading of a date. Any other (a year under 100, which Date.UTC reads as
  // 19xx; a month out of range, which it carries into the next year) is asked of Date as before.
  if (Number.isInteger(year) && year >= 100 && year <= 200_000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** True when the numbers name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Adds calendar months, clamping to the month's last day (01-31 + 1 month → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) out.push(fromDayNumber(n));
  return out;
}

/** The instant of a wall-clock time ("09:00") on a Shanghai calendar date. */
export function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

interface LunarDay {
  lunarMon: number;
  lunarDay: number;
  isLeap: boolean;
}

/**
 * The Chinese calendar as the official tables give it (chinese-days' lunar data, 1900–2100), loaded when a festival is
 * first read. Not the runtime's ICU calendar: that one computes new moons, and where one falls near midnight it is a
 * day off the published calendar (春节 2027-02-07 and 2030-02-02 against the official 2027-02-06 and 2030-02-03).
 * getLunarDate reads its date argument as a calendar date; its answers were checked the same under UTC, Shanghai,
 * Los Angeles and Kiritimati for every day of 1990–2059.
 */
let lunarDate: ((date: string) => LunarDay) | undefined;
const chineseYears = new Map<number, Map<string, string>>();

/**
 * The day of a Gregorian year on which a day of the Chinese calendar falls ("1/1" 正月初一, "8/15" 八月十五; a leap month
 * is another month and never matches). The festivals read so (春节, 元宵, 端午, 中秋) fall once in every Gregorian year.
 * Null when the tables do not reach the year.
 */
export function chineseDay(year: number, month: number, day: number): string | null {
  if (year < 1901 || year > 2100) return null;
  let days = chineseYears.get(year);
  if (!days) {
    days = new Map();
    lunarDate ??= (createRequire(import.meta.url)('chinese-days') as { getLunarDate: (date: string) => LunarDay }).getLunarDate;
    const first = toDayNumber(isoDate(year, 1, 1));
    const last = toDayNumber(isoDate(year, 12, 31));
    for (let n = first; n <= last; n++) {
      const date = fromDayNumber(n);
      const lunar = lunarDate(date);
      if (!lunar || lunar.isLeap) continue;
      const key = `${lunar.lunarMon}/${lunar.lunarDay}`;
      if (!days.has(key)) days.set(key, date);
    }
    chineseYears.set(year, days);
  }
  return days.get(`${month}/${day}`) ?? null;
}
