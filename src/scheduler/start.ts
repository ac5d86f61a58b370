import cron from 'node-cron';
import { systemClock } from '../clock.ts';
import type { SchedulerDeps, UnplannableRecord } from './pass.ts';
import { runPass } from './pass.ts';

/** What the scheduler says about itself (the shape /healthz reads). */
export interface SchedulerStatus {
  lastPassAt: Date | null;
  nextPassAt: Date | null;
  lastError: string | null;
  /** The records the last planning pass skipped because they cannot be planned. */
  unplannable: UnplannableRecord[];
  /** Channels whose last send failed, with the error: their digests wait for a retry. */
  channelErrors: Record<string, string>;
}

export interface SchedulerHandle {
  status(): SchedulerStatus;
  /** Stops the minute timer and waits for a pass in progress to finish the digest it is sending. */
  stop(): Promise<void>;
}

const MINUTE_MS = 60_000;

/**
 * Runs a pass at once (catching up on whatever was missed while down) and then every minute with
 * node-cron. node-cron never replays missed runs, which is why the catch-up lives in the pass,
 * keyed on the planned-through marker in SQLite, not in the timer. Passes never overlap.
 */
export function startScheduler(deps: SchedulerDeps): SchedulerHandle {
  const state: SchedulerStatus = { lastPassAt: null, nextPassAt: null, lastError: null, unplannable: [], channelErrors: {} };
  const stopping = new AbortController();
  const passDeps: SchedulerDeps = { ...deps, stop: stopping.signal };
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const pass = () => {
    if (busy || stopping.signal.aborted) return running;
    busy = true;
    running = runPass(passDeps)
      .then(
        (report) => {
          state.lastError = null;
          // A pass that planned nothing did not look at the records: the last planning's word stands.
          if (report.planned.length > 0) state.unplannable = report.unplannable;
          for (const [channel, error] of Object.entries(report.delivery.lastErrors)) {
            if (error === null) delete state.channelErrors[channel];
            else state.channelErrors[channel] = error;
          }
        },
        (err: unknown) => {
          state.lastError = (err as Error).message;
          deps.logger.error({ err }, '本轮调度失败,下一轮调度再试');
        },
      )
      .finally(() => {
        busy = false;
        const at = deps.clock.now();
        state.lastPassAt = at;
        // The timer fires on the system clock's minutes; a replayed clock (SHIXIAN_NOW) is offset
        // from it by any number of seconds, so the next pass is that far ahead on the service's clock.
        state.nextPassAt = new Date(at.getTime() + MINUTE_MS - (systemClock.now().getTime() % MINUTE_MS));
      });
    return running;
  };

  const task = cron.schedule('* * * * *', () => void pass(), { name: 'shixian-scheduler', noOverlap: true });
  void pass();
  return {
    status: () => ({ ...state, channelErrors: { ...state.channelErrors } }),
    async stop() {
      stopping.abort();
      await task.stop();
      await running;
    },
  };
}
