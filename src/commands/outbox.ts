import type { Command } from 'commander';
import { requeueDigests } from '../store/outbox.ts';
import { openLedger } from './ledger-context.ts';

export function registerOutbox(program: Command): void {
  const outbox = program.command('outbox');
  outbox
    .command('retry')
    .description('send the digests waiting for a retry at the next pass; with --failed, the given-up ones too (after fixing SMTP_URL, a password, a bot token)')
    .option('--failed', 'also requeue digests given up (their tries start again)')
    .option('--now <datetime>', 'the clock (default SHIXIAN_NOW, else now)')
    .action((opts: { failed?: boolean; now?: string }) => {
      const { db, clock } = openLedger({ now: opts.now, clock: 'pinned' });
      try {
        const { waiting, failed } = requeueDigests(db, clock.now(), { failed: opts.failed === true });
        const parts = [`${waiting} 份等待重试的提醒摘要`, ...(opts.failed ? [`${failed} 份已放弃的提醒摘要`] : [])];
        process.stdout.write(`已重新排队:${parts.join(',')};下一次调度时发送\n`);
      } finally {
        db.close();
      }
    });
}
