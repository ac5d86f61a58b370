import type { Command } from 'commander';
import { shanghaiDateTime } from '../clock.ts';
import { runPass } from '../scheduler/pass.ts';
import { liveRecipientsFromConfig, schedulerFromConfig } from '../scheduler/setup.ts';
import { openLedger } from './ledger-context.ts';

export function registerTick(program: Command): void {
  program
    .command('tick')
    .option('--now <时间>', '这一轮调度的时刻,例如 2018-06-23T09:00+08:00(默认取 SHIXIAN_NOW,未设置则为现在)')
    .action(async (opts: { now?: string }) => {
      const { db, clock, config, logger } = openLedger({ now: opts.now, clock: 'pinned' });
      try {
        // The same channels as serve: a pass plans each send time once, so one without Telegram would lose its reminders.
        const people = liveRecipientsFromConfig(config, logger, db);
        // grammY is loaded only when there is a bot to send through.
        const telegram = config.TELEGRAM_BOT_TOKEN ? (await import('../notify/telegram.ts')).telegramRemindersFromConfig(config, db, () => people.current()) : null;
        const scheduler = schedulerFromConfig(config, { db, clock, logger, people, extraChannels: telegram?.channels, extraRecipients: telegram?.recipients });
        try {
          const r = await runPass(scheduler);
          const planned =
            r.planned.length === 0 ? '没有需要规划的发送时间' : r.planned.length === 1 ? `已规划 ${r.planned[0]} 的发送` : `已规划 ${r.planned[0]} 至 ${r.planned.at(-1)} 的发送`;
          const where = config.SMTP_URL ? '经 SMTP' : `写成 .eml 文件,存于 ${config.outboxDir}`;
          process.stdout.write(
            `${shanghaiDateTime(clock.now())}(北京时间):${planned};${r.reminders} 条提醒,${r.digests} 份新摘要;` +
              `已发送 ${r.delivery.sent} 份(${where}),待重试 ${r.delivery.retried} 份,放弃 ${r.delivery.failed} 份,取消 ${r.delivery.cancelled} 份\n`,
          );
        } finally {
          await scheduler.close();
        }
      } finally {
        db.close();
      }
    });
}
