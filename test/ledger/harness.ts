import { Writable } from 'node:stream';
import pino from 'pino';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { createEmailChannel } from '../../src/notify/email.ts';
import { loadEmailTemplates } from '../../src/notify/templates.ts';
import { officialCalendar } from '../../src/calendar/workdays.ts';
import { defaultPolicy, type ReminderPolicy } from '../../src/plan/policy.ts';
import type { Recipient } from '../../src/recipients/file.ts';
import type { Db } from '../../src/store/db.ts';
import { runPass, type SchedulerDeps } from '../../src/scheduler/pass.ts';
import { loadUnitDirectory } from '../../src/units/directory.ts';

export const units = loadUnitDirectory('rules');
export const calendar = officialCalendar();
export const templates = loadEmailTemplates('templates');

export const people: Recipient[] = [
  { id: '张三', name: '张三', email: 'zhangsan@example.gov.cn', units: ['省财政厅', '省数据管理中心'] },
  { id: '李四', name: '李四', email: 'lisi@example.gov.cn', units: ['省发展和改革委员会'] },
  { id: '王五', name: '王五', email: 'wangwu@example.gov.cn', units: ['舟山市人民政府'] },
  { id: '赵六', name: '赵六', telegram: 42, units: ['省财政厅'] },
];

/** A pino logger whose lines the test can read. */
export function captureLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/**
 * Scheduler dependencies for one pass at `at`: the real policy, calendar, dictionary, templates and
 * email channel (to an SMTP URL, or .eml files when there is none).
 */
export function deps(
  db: Db,
  at: string,
  opts: { smtpUrl?: string; outboxDir?: string; policy?: ReminderPolicy; recipients?: Recipient[]; logger?: pino.Logger } = {},
): SchedulerDeps {
  return {
    db,
    clock: fixedClock(parseNow(at)),
    policy: opts.policy ?? defaultPolicy,
    calendar,
    units,
    recipients: () => opts.recipients ?? people,
    channels: [createEmailChannel({ smtpUrl: opts.smtpUrl, from: 'shixian <shixian@example.gov.cn>', outboxDir: opts.outboxDir ?? '/nonexistent', templates })],
    logger: opts.logger ?? captureLogger().logger,
  };
}

export async function pass(db: Db, at: string, opts: Parameters<typeof deps>[2] = {}) {
  const d = deps(db, at, opts);
  try {
    return await runPass(d);
  } finally {
    for (const c of d.channels) await c.close?.();
  }
}
