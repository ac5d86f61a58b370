import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { shanghaiDate } from '../clock.ts';
import { InputError } from '../errors.ts';
import { upcomingFor } from '../ledger/queries.ts';
import { schedulerFromConfig } from '../scheduler/setup.ts';
import { openLedger } from './ledger-context.ts';

/** How many of the recipient's upcoming items a test mail shows. */
const SAMPLE_ITEMS = 10;

export function registerSendTest(program: Command): void {
  program
    .command('send-test')
    .argument('<姓名>', '收件人文件中收件人的姓名')
    .option('--now <时间>', '把这个时间当作现在(默认取 SHIXIAN_NOW,未设置则为现在)')
    .action(async (name: string, opts: { now?: string }) => {
      const { db, clock, config, logger } = openLedger({ now: opts.now, clock: 'pinned' });
      const scheduler = schedulerFromConfig(config, { db, clock, logger });
      try {
        const recipient = scheduler.recipients().find((r) => r.name === name);
        if (!recipient) throw new InputError(`没有名为 ${JSON.stringify(name)} 的收件人`, config.recipientsPath);
        if (!recipient.email) throw new InputError(`${name} 没有电子邮件地址`, config.recipientsPath);
        const at = clock.now();
        const today = shanghaiDate(at);
        const items = upcomingFor(db, scheduler.units, { units: recipient.units, from: today, days: 60 })
          .slice(0, SAMPLE_ITEMS)
          .map((x) => ({ obligation: x.obligation, occurrence: x.occurrence!, offsets: [], plannedFor: today, role: x.role ?? 'lead', unit: recipient.units.join('、'), otherOccurrences: [] }));
        const email = scheduler.channels.find((c) => c.name === 'email')!;
        const result = await email.deliver({
          outboxId: 0,
          messageId: randomUUID(),
          channel: 'email',
          recipient: recipient.id,
          address: recipient.email,
          slot: today,
          at,
          sendDate: today,
          items,
          test: true,
        });
        if (result.status !== 'accepted') throw new InputError(`发给 ${recipient.email} 的测试邮件未被接受:${result.error}`);
        process.stdout.write(`测试邮件(${items.length} 项)已发给 ${recipient.email}${config.SMTP_URL ? ',经 SMTP' : `,写成 .eml 文件,存于 ${config.outboxDir}`}\n`);
      } finally {
        await scheduler.close();
        db.close();
      }
    });
}
