import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officialCalendar } from '../../src/calendar/workdays.ts';
import { createEmailChannel } from '../../src/notify/email.ts';
import { loadEmailTemplates } from '../../src/notify/templates.ts';
import { defaultPolicy } from '../../src/plan/policy.ts';
import type { Recipient } from '../../src/recipients/file.ts';
import { runPass } from '../../src/scheduler/pass.ts';
import { reportDone } from '../../src/store/done.ts';
import { obligationsOfDocument } from '../../src/store/obligations.ts';
import { outboxLog } from '../../src/store/outbox.ts';
import { TestSmtp } from '../ledger/smtp.ts';
import { ALICE, BOB, BotHarness, GROUP, obligation } from './harness.ts';

/**
 * A unit's /done while the scheduler is delivering: the pass has written every digest and sends them
 * one after another; a person marks an item done in the bot before the digest carrying it goes out.
 * The digest must go out without it, whichever name of the unit the obligation used (a group, an
 * alias) and whether the item was closed by the unit itself or by its lead.
 */

// 2018-06-13 09:00 Shanghai, a Wednesday and the send time: items due 06-16 are 3 days away.
const ledger = [
  obligation({ task: '完成省本级对接工作', due: '2018-06-16', lead: ['省级单位'], line: 10 }),
  obligation({ task: '建设统一公共支付平台', due: '2018-06-16', lead: ['省发改委'], co: ['省财政'], line: 11 }),
  obligation({ task: '完成财政数据归集', due: '2018-06-16', lead: ['省财政厅'], line: 12 }),
];
// 甲 is planned first (the recipients' order), so 乙's digest waits while 甲's is on the wire.
const people: Recipient[] = [
  { id: '甲', name: '甲', email: 'jia@example.gov.cn', units: ['省发展和改革委员会'] },
  { id: '乙', name: '乙', email: 'yi@example.gov.cn', units: ['省财政'] },
];

let h: BotHarness;
let smtp: TestSmtp;
beforeEach(async () => {
  h = await new BotHarness('2018-06-13T09:00').start();
  h.load(ledger);
  smtp = await new TestSmtp().start();
});
afterEach(async () => {
  await smtp.stop();
  await h.stop();
});

/** The 编号 of a task in the bot's last answer to a chat. */
function refIn(chat: number, task: string): string {
  return new RegExp(`<code>([0-9a-f]{8})</code>\\n${task}`).exec(h.lastReply(chat).text)![1];
}

/** One scheduler pass at the harness's clock, by email to the test server. */
async function deliverPass(recipients: Recipient[]) {
  const email = createEmailChannel({ smtpUrl: smtp.url, from: 'shixian <shixian@example.gov.cn>', outboxDir: '/nonexistent', templates: loadEmailTemplates('templates') });
  try {
    return await runPass({
      db: h.db,
      clock: h.deps.clock,
      policy: defaultPolicy,
      calendar: officialCalendar(),
      units: h.deps.units,
      recipients: () => recipients,
      channels: [email],
      logger: h.deps.logger,
    });
  } finally {
    await email.close?.();
  }
}

describe('/done while the digests are being delivered', () => {
  it('the digests still waiting go out without what was marked done meanwhile', async () => {
    await h.say(ALICE, '/subscribe 省财政厅');
    await h.say(ALICE, '/upcoming 7');
    const own = refIn(ALICE, '完成省本级对接工作');
    await h.say(BOB, '/upcoming 7');
    const led = refIn(BOB, '建设统一公共支付平台');

    // While the server holds its answer to the first digest (甲's), 省财政厅 reports its own part of
    // the group's duty, and 省发改委, the lead, reports the one 省财政厅 co-operates on.
    smtp.beforeAnswer = async (n) => {
      if (n !== 0) return;
      await h.say(ALICE, `/done ${own}`);
      await h.say(BOB, `/done ${led}`);
    };
    expect((await deliverPass(people)).delivery).toMatchObject({ sent: 2, failed: 0 });
    expect(h.replies(ALICE).at(-1)).toContain('✅ 已标记完成(省财政厅)');
    expect(h.replies(BOB).at(-1)).toContain('✅ 已标记完成(省发展改革委)');

    const [first] = smtp.to('jia@example.gov.cn');
    expect(first.text).toContain('建设统一公共支付平台'); // it was on the wire already
    const [waiting] = smtp.to('yi@example.gov.cn');
    expect(waiting.text).toContain('完成财政数据归集');
    expect(waiting.text).not.toContain('完成省本级对接工作');
    expect(waiting.text).not.toContain('建设统一公共支付平台');
    expect(waiting.subject).toBe('【时限】1项事项提醒 · 最近截止 2018-06-16');
    expect(outboxLog(h.db).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('a person answering for two units is still reminded while one of them has not reported', async () => {
    h.load([...ledger, obligation({ task: '联合开展资金检查', due: '2018-06-16', lead: ['省财政厅', '杭州市政府'], line: 13 })]);
    const both: Recipient = { id: '丁', name: '丁', email: 'ding@example.gov.cn', units: ['省财政厅', '杭州市人民政府'] };
    const joint = obligationsOfDocument(h.db, '浙政办发〔2018〕1号').find((o) => o.task === '联合开展资金检查')!;
    smtp.beforeAnswer = (n) => {
      if (n === 0) reportDone(h.db, { obligationId: joint.id, occurrence: '2018-06-16', units: ['杭州市政府'], by: '杭州', at: new Date(), note: null });
    };
    await deliverPass([people[0], both]);
    expect(smtp.to('ding@example.gov.cn')[0].text).toContain('联合开展资金检查');
  });
});

describe('two people of one unit report the same period of a monthly duty', () => {
  it('the second, naming no date, is asked to name the next period rather than closing it unawares', async () => {
    h.load([
      ...ledger,
      obligation({ kind: 'recurring', due: null, rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2018-01-01', expression: '每月10日前', task: '报送财政统计数据', lead: ['省财政厅'], line: 20 }),
    ]);
    await h.say(ALICE, '/subscribe 省财政厅');
    await h.say(GROUP, '/subscribe 省财政厅', BOB);
    await h.say(ALICE, '/overdue');
    const monthly = new RegExp('<code>([0-9a-f]{8})-20180610</code>').exec(h.lastReply(ALICE).text)![1];

    await h.say(ALICE, `/done ${monthly}`);
    expect(h.lastReply(ALICE).text).toContain('✅ 已标记完成(省财政厅),不再提醒:<b>2018-06-10</b> 报送财政统计数据');
    await h.say(GROUP, `/done ${monthly} 已报送`, BOB);
    expect(h.lastReply(GROUP).text).toBe(
      `上一期(2018-06-10)已由 张 三 @user${ALICE} (telegram ${ALICE}) 于 2018-06-13 标记完成,这次没有标记。如要标记下一期(2018-07-10),请发送 /done ${monthly}-20180710`,
    );
    const july = () => h.db.prepare("SELECT count(*) FROM done_occurrences WHERE occurrence = '2018-07-10'").pluck().get();
    expect(july()).toBe(0);
    // with the period named, it is marked
    await h.say(GROUP, `/done ${monthly}-20180710 提前报送`, BOB);
    expect(h.lastReply(GROUP).text).toContain('✅ 已标记完成(省财政厅),不再提醒:<b>2018-07-10</b>');
    expect(july()).toBe(1);
  });
});

