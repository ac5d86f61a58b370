import path from 'node:path';
import * as z from 'zod';
import { readYamlFile } from '../yaml-file.ts';

/** rules/reminders.yaml: when people are reminded, and how delivery retries. */
export const ReminderPolicy = z
  .object({
    /** Days before a due date (0 = the day itself). */
    before: z.array(z.number().int().min(0, '提前天数不能为负数')).default([30, 7, 3, 1, 0]),
    overdue: z
      .object({
        /** Days after the due date of the first overdue reminder. */
        first: z.number().int().min(1).default(1),
        /** Then every this many days while the occurrence is open. */
        // 0 reads as "every day" to some and "never again" to others: refused, and stop_after says "only once".
        every: z.number().int().min(1, '应为至少 1 天;只提醒一次,请把 stop_after 设为与 first 相同').default(7),
        /**
         * Stop nagging this many days after the due date. Bounded by default: a ledger of old
         * gazettes holds items years overdue, and nagging about them would bury what is coming due;
         * they stay listed (upcoming --overdue, the bot's /overdue).
         */
        stop_after: z.number().int().min(1).default(90),
      })
      .strict()
      .default({ first: 1, every: 7, stop_after: 90 }),
    /** Wall-clock time in Asia/Shanghai at which a day's reminders go out. */
    send_at: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM (Asia/Shanghai)')
      .default('09:00'),
    /** Move a reminder that falls on a weekend or public holiday to the working day before (overdue ones: after). */
    workdays_only: z.boolean().default(true),
    /** After downtime, the scheduler plans at most this many missed days (older ones are covered by overdue reminders). */
    catch_up_days: z.number().int().min(1).default(31),
    delivery: z
      .object({
        max_tries: z.number().int().min(1).default(8),
        first_retry_seconds: z.number().int().min(1).default(60),
        max_retry_seconds: z.number().int().min(1).default(6 * 3600),
      })
      .strict()
      .default({ max_tries: 8, first_retry_seconds: 60, max_retry_seconds: 6 * 3600 }),
  })
  .strict();
export type ReminderPolicy = z.infer<typeof ReminderPolicy>;

export const defaultPolicy: ReminderPolicy = ReminderPolicy.parse({});

export function loadPolicy(rulesDir: string): ReminderPolicy {
  return readYamlFile(path.join(rulesDir, 'reminders.yaml'), ReminderPolicy);
}
