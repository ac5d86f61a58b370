import type { Command } from 'commander';
import { runPass } from '../scheduler/pass.ts';
import { liveRecipientsFromConfig, schedulerFromConfig } from '../scheduler/setup.ts';
import { openLedger } from './ledger-context.ts';

export function registerTick(program: Command): void {
  program
    .command('tick')
    .option('--now <datetime>', 'the instant of the pass, e.g. 2018-06-23T09:00+08:00 (default SHIXIAN_NOW, else now)')
    .action(async (opts: { now?: string }) => {
      const { db, clock, config, logger } = openLedger({ now: opts.now, clock: 'pinned' });
      try {
        // The same channels as serve: a pass plans each send time once, so one without Telegram would lose its reminders.
        const people = liveRecipientsFromConfig(config, logger);
        // grammY is loaded only when there is a bot to send through.
        const telegram = config.TELEGRAM_BOT_TOKEN ? (await import('../notify/telegram.ts')).telegramRemindersFromConfig(config, db, () => people.current()) : null;
        const scheduler = schedulerFromConfig(config, { db, clock, logger, people, extraChannels: telegram?.channels, extraRecipients: telegram?.recipients });
        try {
          const r = await runPass(scheduler);
          const planned = r.planned.length === 0 ? 'no send time to plan' : r.planned.length === 1 ? `planned ${r.planned[0]}` : `planned ${r.planned[0]} … ${r.planned.at(-1)}`;
          const where = config.SMTP_URL ? 'via SMTP' : `as .eml files in ${config.outboxDir}`;
          process.stdout.write(
            `${clock.now().toISOString()}: ${planned}: ${r.reminders} reminders in ${r.digests} new digests; ` +
              `sent ${r.delivery.sent} ${where}, ${r.delivery.retried} to retry, ${r.delivery.failed} given up, ${r.delivery.cancelled} cancelled\n`,
          );
        } finally {
          await scheduler.close();
        }
      } finally {
        db.close();
      }
    });
}
