import type { Command } from 'commander';
import { schedulerFromConfig } from '../scheduler/setup.ts';
import { startScheduler } from '../scheduler/start.ts';
import { openLedger } from './ledger-context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the reminder scheduler: a pass at once (catching up) and every minute, until stopped')
    .option('--now <datetime>', 'start the clock at this instant and let it run (default SHIXIAN_NOW, else now)')
    .action(async (opts: { now?: string }) => {
      const { db, clock, config, logger } = openLedger({ now: opts.now, clock: 'running' });
      // Validates policy, units, recipients and templates first: a bad file stops start-up here.
      const scheduler = schedulerFromConfig(config, { db, clock, logger });
      const handle = startScheduler(scheduler);
      logger.info({ db: config.dbPath }, 'scheduler started');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await handle.stop();
      await scheduler.close();
      db.close();
      logger.info('scheduler stopped');
    });
}
