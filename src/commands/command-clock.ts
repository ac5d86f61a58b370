import { clockFrom, fixedClock, parseNow, systemClock, type Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { InputError } from '../errors.ts';

// Apart from ledger-context.ts, which opens the database and the logger: extract needs the clock only.
/** The clock of a command: `--now` over SHIXIAN_NOW over the system clock. */
export function commandClock(config: Config, opts: { now?: string; clock: 'pinned' | 'running' }): Clock {
  let start: Date | undefined = config.now;
  if (opts.now !== undefined) {
    try {
      start = parseNow(opts.now);
    } catch {
      throw new InputError(`--now: 应为日期或日期时间,例如 2018-06-23T09:00+08:00,而不是 ${JSON.stringify(opts.now)}`);
    }
  }
  return start === undefined ? systemClock : opts.clock === 'pinned' ? fixedClock(start) : clockFrom(start);
}
