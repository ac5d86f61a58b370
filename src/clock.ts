import { isValidDay } from './calendar/dates.ts';

/**
 * The one clock every component reads. `--now` / SHIXIAN_NOW pin it so old gazettes can be replayed
 * as if it were then; a pinned clock still advances with real time from the pinned instant, so a
 * long-running `serve --now …` keeps moving.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and runs forward in real time. */
export function clockFrom(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A clock that stands still at `at`: for tests and single passes (`tick --now`). */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * Parses a --now value. A bare date or date-time without a zone means Asia/Shanghai wall time,
 * because every deadline in the ledger is a Shanghai calendar date.
 */
export function parseNow(text: string): Date {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(t);
  if (m) {
    const [whole, y, mo, d, h = '0', mi = '0', s = '0'] = m;
    // Date.UTC and Date.parse roll 2018-13-45 over into 2019-02-14 rather than refuse it.
    if (!isValidDay(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) throw new Error(`not a real date or time: ${JSON.stringify(text)}`);
    if (whole === t) return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - SHANGHAI_OFFSET_MS);
  }
  const parsed = new Date(t);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date or date-time: ${JSON.stringify(text)}`);
  return parsed;
}

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant, whatever the process zone. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as Asia/Shanghai wall time, "2018-06-22 09:00", for people to read whatever the process zone. */
export function shanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
