import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramApi } from '../../src/bot/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { createTelegramReminders, loadTelegramTemplate } from '../../src/notify/telegram.ts';
import { officialCalendar } from '../../src/calendar/workdays.ts';
import { defaultPolicy } from '../../src/plan/policy.ts';
import { runPass, type SchedulerDeps } from '../../src/scheduler/pass.ts';
import { outboxLog } from '../../src/store/outbox.ts';
import { ALICE, BOB, BotHarness, TOKEN, obligation, testRecipients, testUnits } from './harness.ts';

// 2018-06-13 09:00 Shanghai is a Wednesday and the policy's send time; reminders go 30, 7, 3, 1 and 0 days before.
let h: BotHarness;
let scheduler: SchedulerDeps;

beforeEach(async () => {
  h = await new BotHarness('2018-06-13T09:00').start();
  const reminders = createTelegramReminders({
    db: h.db,
    api: telegramApi({ token: TOKEN, apiRoot: h.standin.apiRoot }),
    template: loadTelegramTemplate('templates'),
    recipients: () => testRecipients,
    units: testUnits,
  });
  scheduler = {
    db: h.db,
    clock: h.deps.clock,
    policy: defaultPolicy,
    calendar: officialCalendar(),
    units: testUnits,
    recipients: () => [...testRecipients, ...reminders.recipients()],
    channels: [reminders.channel],
    logger: h.deps.logger,
  };
});
afterEach(async () => {
  await h.stop();
});

function at(when: string): void {
  const clock = fixedClock(parseNow(when));
  h.setClock(clock);
  scheduler.clock = clock;
}

/** Reminder digests the stand-in accepted for a chat (a call answered with an error is not one). */
function digestsTo(chat: number): string[] {
  return h.standin
    .messages()
    .filter((m) => m.chat === chat && m.method === 'sendMessage' && m.text.startsWith('<b>【时限】'))
    .map((m) => m.text);
}

describe('Telegram reminders through the outbox', () => {
  it('subscribe → the reminder arrives in that chat, once', async () => {
    h.load([obligation({ task: '报送<季度>统计数据 & 分析', due: '2018-06-20', lead: ['省财政'] })]);
    await h.say(ALICE, '/subscribe 省财政厅');
    await runPass(scheduler);

    const digests = digestsTo(ALICE);
    expect(digests).toHaveLength(1);
    expect(digests[0]).toContain('<b>【时限】1项事项提醒</b>');
    expect(digests[0]).toContain('<b>2018-06-20(周三)还有7天</b>');
    expect(digests[0]).toContain('报送&lt;季度&gt;统计数据 &amp; 分析');
    expect(digests[0]).toContain('牵头:省财政 · 浙政办发〔2018〕1号 · 出处:gazette.txt 第10行');
    const sent = h.standin.callsOf('sendMessage').at(-1)!;
    expect(sent.payload.parse_mode).toBe('HTML');

    // a second pass at the same instant sends nothing; the outbox says sent
    await runPass(scheduler);
    expect(digestsTo(ALICE)).toHaveLength(1);
    expect(outboxLog(h.db).map((r) => [r.channel, r.recipient, r.status])).toEqual([['telegram', `telegram:${ALICE}`, 'sent']]);
  });

  it('reaches a chat from the recipients file, and merges a subscription into its one digest', async () => {
    h.load([
      obligation({ task: '报送重大项目清单', due: '2018-06-20', lead: ['省发改委'] }),
      obligation({ task: '完成财政数据归集', due: '2018-06-20', lead: ['省财政厅'], line: 11 }),
    ]);
    await h.say(BOB, '/subscribe 省财政厅');
    await runPass(scheduler);
    const digests = digestsTo(BOB);
    expect(digests).toHaveLength(1);
    expect(digests[0]).toContain('报送重大项目清单');
    expect(digests[0]).toContain('完成财政数据归集');
  });

  it('/done stops the next reminder of that occurrence, and only that one', async () => {
    h.load([
      obligation({ task: '上报预算执行情况', due: '2018-06-16', lead: ['省财政厅'] }),
      obligation({ task: '完成数据归集', due: '2018-06-16', lead: ['省财政厅'], line: 11 }),
    ]);
    await h.say(ALICE, '/subscribe 省财政厅');
    await runPass(scheduler); // 3 days before
    expect(digestsTo(ALICE)[0]).toContain('上报预算执行情况');

    const ref = /上报预算执行情况\n[^\n]*\n {2}\/done <code>([0-9a-f]{8})<\/code>/.exec(digestsTo(ALICE)[0])![1];
    await h.say(ALICE, `/done ${ref} 已报送`);

    at('2018-06-15T09:00'); // 1 day before
    await runPass(scheduler);
    const digests = digestsTo(ALICE);
    expect(digests).toHaveLength(2);
    expect(digests[1]).toContain('完成数据归集');
    expect(digests[1]).not.toContain('上报预算执行情况');
  });

  it('a 429 answer is waited out as Telegram asks, then delivered once', async () => {
    h.load([obligation({ task: '完成数据归集', due: '2018-06-20', lead: ['省财政厅'] })]);
    await h.say(ALICE, '/subscribe 省财政厅');
    h.standin.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const before = h.standin.callsOf('sendMessage').length;
    const report = await runPass(scheduler);

    expect(h.standin.callsOf('sendMessage').length - before).toBe(2); // refused, then accepted
    expect(digestsTo(ALICE)).toHaveLength(2); // the stand-in saw both tries …
    expect(report.delivery).toMatchObject({ sent: 1, retried: 0, failed: 0, cancelled: 0 }); // … and one was delivered
    await runPass(scheduler);
    expect(h.standin.callsOf('sendMessage').length - before).toBe(2);
  });

  it('a long wait goes back to the outbox, which delivers once when it is over', async () => {
    h.load([obligation({ task: '完成数据归集', due: '2018-06-20', lead: ['省财政厅'] })]);
    await h.say(ALICE, '/subscribe 省财政厅');
    h.standin.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 3600', retry_after: 3600 });
    const first = await runPass(scheduler);
    expect(first.delivery.retried).toBe(1);
    expect(outboxLog(h.db)[0].status).toBe('pending');

    at('2018-06-13T09:30'); // not yet
    expect((await runPass(scheduler)).delivery.sent).toBe(0);
    at('2018-06-13T10:01');
    expect((await runPass(scheduler)).delivery.sent).toBe(1);
    at('2018-06-13T11:00');
    expect((await runPass(scheduler)).delivery.sent).toBe(0);
    expect(outboxLog(h.db)[0].status).toBe('sent');
  });

  it('a chat that blocked the bot is given up, not retried forever', async () => {
    h.load([obligation({ task: '完成数据归集', due: '2018-06-20', lead: ['省财政厅'] })]);
    await h.say(ALICE, '/subscribe 省财政厅');
    h.standin.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect((await runPass(scheduler)).delivery.failed).toBe(1);
    expect(outboxLog(h.db)[0].last_error).toContain('403');
  });

  it('splits a digest over 4096 characters between whole items', async () => {
    h.load(
      Array.from({ length: 30 }, (_, i) =>
        obligation({ task: `第${i + 1}项:${'推进政务数据共享,'.repeat(30)}完`, due: '2018-06-20', lead: ['省财政厅'], line: 10 + i }),
      ),
    );
    await h.say(ALICE, '/subscribe 省财政厅');
    await runPass(scheduler);
    const digests = digestsTo(ALICE);
    expect(digests.length).toBeGreaterThan(1);
    const seen: number[] = [];
    digests.forEach((text, i) => {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).toContain(`第${i + 1}/${digests.length}条消息`);
      for (const m of text.matchAll(/第(\d+)项:([^\n]*)/g)) {
        expect(m[2].endsWith('完')).toBe(true);
        seen.push(Number(m[1]));
      }
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(outboxLog(h.db)).toHaveLength(1);
  });

  const manyUnits = Array.from({ length: 400 }, (_, i) => `第${i + 1}协作单位`);

  it('keeps every message within 4096 characters when one task or unit list alone is longer', async () => {
    h.load([
      obligation({ task: `超长任务${'推进政务数据共享和业务协同,'.repeat(700)}完`, due: '2018-06-20', lead: ['省财政厅'], line: 10 }),
      obligation({ task: '名单很长的任务', due: '2018-06-20', lead: ['省财政厅', ...manyUnits], line: 11 }),
    ]);
    await h.say(ALICE, '/subscribe 省财政厅');
    await runPass(scheduler);
    const digests = digestsTo(ALICE);
    expect(digests.length).toBeGreaterThan(0);
    for (const text of digests) expect(text.length).toBeLessThanOrEqual(4096);
    expect(digests.join('\n')).toContain('超长任务');
    expect(digests.join('\n')).toContain('名单很长的任务');
    expect(outboxLog(h.db)[0]).toMatchObject({ status: 'sent' });

    await h.say(ALICE, '/unit 省财政厅');
    expect(h.lastReply(ALICE).text.length).toBeLessThanOrEqual(4096);
    expect(h.lastReply(ALICE).text).toContain('名单很长的任务');
  });

  it('a part Telegram refuses as too long does not stop the parts after it', async () => {
    h.load(
      Array.from({ length: 30 }, (_, i) =>
        obligation({ task: `第${i + 1}项:${'推进政务数据共享,'.repeat(30)}完`, due: '2018-06-20', lead: ['省财政厅'], line: 10 + i }),
      ),
    );
    await h.say(ALICE, '/subscribe 省财政厅');
    h.standin.failNext('sendMessage', { error_code: 400, description: 'Bad Request: message is too long' });
    await runPass(scheduler);
    const digests = digestsTo(ALICE);
    expect(digests.length).toBeGreaterThan(1);
    // Part 1 was refused (the stand-in records the call all the same); every later part was sent, once.
    expect(digests.map((t) => Number(/第(\d+)\/\d+条消息/.exec(t)![1]))).toEqual(Array.from({ length: digests.length }, (_, i) => i + 1));
    expect(outboxLog(h.db)[0]).toMatchObject({ status: 'failed', last_error: expect.stringMatching(/^第 1\/\d+ 条:400: Bad Request: message is too long$/) });
  });
});
