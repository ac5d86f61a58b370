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
  scheduler(): SchedulerStatus;
  /** Channels' and other parts' state, already free of secrets. */
  details(): Record<string, unknown>;
}

export interface HealthReport {
  healthy: boolean;
  body: Record<string, unknown>;
}

/**
 * /healthz: healthy when the database answers a read and the scheduler has run when it said it would
 * (give or take the grace). A scheduler late by more than that is stuck or dead, and an operator
 * (or Docker's HEALTHCHECK) should know.
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

  const scheduler = sources.scheduler();
  const expectedBy = scheduler.nextPassAt ?? sources.startedAt;
  const lateMs = now.getTime() - expectedBy.getTime();
  const overdue = lateMs > sources.schedulerGraceMs;
  if (overdue) problems.push(`scheduler has not run for ${Math.round(lateMs / 1000)} s past its next pass`);

  return {
    healthy: problems.length === 0,
    body: {
      status: problems.length === 0 ? 'ok' : 'unhealthy',
      problems,
      now: now.toISOString(),
      database,
      scheduler: {
        ok: !overdue,
        lastPass: scheduler.lastPassAt?.toISOString() ?? null,
        nextPass: scheduler.nextPassAt?.toISOString() ?? null,
        lastError: scheduler.lastError,
      },
      ...sources.details(),
    },
  };
}
