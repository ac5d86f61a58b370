import type { Command } from 'commander';
import { requeueDigests } from '../store/outbox.ts';
import { openLedger } from './ledger-context.ts';

export function registerOutbox(program: Command): void {
  const outbox = program.command('outbox');
  outbox
    .command('retry')
    .description('让等待重试的提醒摘要在下一轮调度时发出;加 --failed 时,已放弃的也重发(在改好 SMTP_URL、密码或机器人令牌之后)')
    .option('--failed', '已放弃的提醒摘要也重新排队(尝试次数从头算起)')
    .option('--now <时间>', '把这个时间当作现在(默认取 SHIXIAN_NOW,未设置则为现在)')
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
