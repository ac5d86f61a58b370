import type { Clock } from '../clock.ts';
import { channelWord } from '../notify/channel.ts';
import type { SchedulerStatus } from '../scheduler/start.ts';

/**
 * The service's state in /healthz's `status`, as an operator reads it. Monitors go by the HTTP
 * status (503 for 故障, 200 otherwise), which stays as it was.
 */
export const HEALTH_WORDS = { ok: '正常', degraded: '降级运行', unhealthy: '故障' } as const;

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
    problems.push('数据库无法读取');
  }
  const writeProblem = sources.ledgerWriteProblem();
  if (writeProblem !== null) {
    database = { ...database, ok: false, writable: false, error: writeProblem };
    problems.push(`数据库无法写入:${writeProblem}`);
  }

  const scheduler = sources.scheduler();
  const expectedBy = scheduler.nextPassAt ?? sources.startedAt;
  const lateMs = now.getTime() - expectedBy.getTime();
  const overdue = lateMs > sources.schedulerGraceMs;
  if (overdue) problems.push(`调度已过预定时间 ${Math.round(lateMs / 1000)} 秒仍未运行`);
  if (scheduler.lastError !== null) problems.push(`上一轮调度失败:${scheduler.lastError}`);
  problems.push(...(sources.faults?.() ?? []));

  const degraded = sources.degradations();
  for (const [channel, error] of Object.entries(scheduler.channelErrors)) degraded.push(`${channelWord(channel)}:上一次发送失败(${error});这个渠道的提醒摘要按退避间隔重试`);
  if (scheduler.unplannable.length > 0) degraded.push(`${scheduler.unplannable.length} 条已存记录无法排期,已跳过(见 scheduler.unplannable)`);

  const status = problems.length > 0 ? HEALTH_WORDS.unhealthy : degraded.length > 0 ? HEALTH_WORDS.degraded : HEALTH_WORDS.ok;
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
