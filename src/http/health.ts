import type { Clock } from '../clock.ts';
import type { SchedulerStatus } from '../scheduler/start.ts';

export interface HealthSources {
  clock: Clock;
  /** When the service started: a scheduler that never reported a next pass is judged from here. */
  startedAt: Date;
  /** How long past its next pass the scheduler may be before the service counts as unhealthy. */
  schedulerGraceMs: number;
  /** Figures from a read of the database; throws when it cannot be read. */
  database(): Record<string, unknown>;
  /** Why the ledger cannot be written (a read-only file or folder, a full disk), or null. */
  ledgerWriteProblem(): string | null;
  /** Parts running in a reduced way (the bot unreachable, digests given up), each with its reason. */
  degradations(): string[];
  scheduler(): SchedulerStatus;
  /** Channels' and other parts' state, already free of secrets. */
  details(): Record<string, unknown>;
  /** Lasting faults of other parts (the inbox) that make the service unhealthy. */
  faults?(): string[];
}

export interface HealthReport {
  healthy: boolean;
  body: Record<string, unknown>;
}

/**
 * /healthz: unhealthy (503) when the database cannot be read or written, the last scheduler pass
 * failed, or the scheduler has not run when it said it would (give or take the grace): an operator
 * (or Docker's HEALTHCHECK) must act. Degraded (200) when the service runs but part of it does
 * not (a channel unreachable, records skipped, digests given up): each with its reason.
 */
export function assessHealth(sources: HealthSources): HealthReport {
  const now = sources.clock.now();
  const problems: string[] = [];

  let database: Record<string, unknown>;
  try {
    database = { ok: true, ...sources.database() };
  } catch (err) {
    database = { ok: false, error: (err as Error).message };
    problems.push('database cannot be read');
  }
  const writeProblem = sources.ledgerWriteProblem();
  if (writeProblem !== null) {
    database = { ...database, ok: false, writable: false, error: writeProblem };
    problems.push(`database cannot be written: ${writeProblem}`);
  }

  const scheduler = sources.scheduler();
  const expectedBy = scheduler.nextPassAt ?? sources.startedAt;
  const lateMs = now.getTime() - expectedBy.getTime();
  const overdue = lateMs > sources.schedulerGraceMs;
  if (overdue) problems.push(`scheduler has not run for ${Math.round(lateMs / 1000)} s past its next pass`);
  if (scheduler.lastError !== null) problems.push(`the last scheduler pass failed: ${scheduler.lastError}`);
  problems.push(...(sources.faults?.() ?? []));

  const degraded = sources.degradations();
  for (const [channel, error] of Object.entries(scheduler.channelErrors)) degraded.push(`${channel}: the last send failed (${error}); its digests are retried with back-off`);
  if (scheduler.unplannable.length > 0) degraded.push(`${scheduler.unplannable.length} stored records cannot be planned and are skipped (scheduler.unplannable)`);

  const status = problems.length > 0 ? 'unhealthy' : degraded.length > 0 ? 'degraded' : 'ok';
  return {
    healthy: problems.length === 0,
    body: {
      status,
      problems,
      degraded,
      now: now.toISOString(),
      database,
      scheduler: {
        ok: !overdue && scheduler.lastError === null,
        lastPass: scheduler.lastPassAt?.toISOString() ?? null,
        nextPass: scheduler.nextPassAt?.toISOString() ?? null,
        lastError: scheduler.lastError,
        unplannable: scheduler.unplannable.slice(0, 20),
      },
      ...sources.details(),
    },
  };
}
