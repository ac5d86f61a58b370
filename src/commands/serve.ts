import type { Command } from 'commander';
import { telegramRemindersFromConfig } from '../notify/telegram.ts';
import { liveRecipientsFromConfig } from '../scheduler/setup.ts';
import { startService } from '../service/serve.ts';
import { exitOnSignal } from '../service/shutdown.ts';
import { openLedger } from './ledger-context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .option('--now <时间>', '时钟从这个时刻起走(默认取 SHIXIAN_NOW,未设置则为现在)')
    .action(async (opts: { now?: string }) => {
      const ctx = openLedger({ now: opts.now, clock: 'running' });
      // Validates policy, units, recipients and templates first: a bad file stops start-up here.
      const people = liveRecipientsFromConfig(ctx.config, ctx.logger, ctx.db);
      const starting = startService({ ...ctx, people }, telegramRemindersFromConfig(ctx.config, ctx.db, () => people.current()) ?? undefined);
      // Listening from the start: a `docker stop` while the bot is still connecting stops cleanly too.
      exitOnSignal(async (signal) => {
        ctx.logger.info({ signal }, '收到停止信号');
        const service = await starting.catch(() => null);
        await service?.stop();
      }, ctx.logger);
      await starting;
      // Runs until a signal: exitOnSignal ends the process once the service has stopped.
      await new Promise<never>(() => {});
    });
}
