import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNow } from '../../src/clock.ts';
import { defaultPolicy } from '../../src/plan/policy.ts';
import type { Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { obligationsOfDocument } from '../../src/store/obligations.ts';
import { outboxLog, requeueDigests } from '../../src/store/outbox.ts';
import { obligation, tempDb } from './fixtures.ts';
import { captureLogger, deps, pass, people, units } from './harness.ts';
import { overdueFor } from '../../src/ledger/queries.ts';
import { reportDone } from '../../src/store/done.ts';
import { startScheduler } from '../../src/scheduler/start.ts';
import { closedPort, TestSmtp } from './smtp.ts';
import { deliverDue } from '../../src/notify/deliver.ts';
import { silentServer } from '../fixtures/silent-server.ts';

const DOC = { number: '浙政办发〔2018〕1号', title: '关于印发2018年数据工作要点的通知', issued: '2018-01-15' };
const records = [
  obligation({ line: 5, task: '完成财政数据归集<script>alert(1)</script> & 清理', due: '2018-06-29', expression: '2018年6月底前', lead: ['省财政厅'], doc: DOC }),
  obligation({ line: 6, task: '建成统一公共支付平台', due: '2018-06-29', expression: '6月底前', lead: ['省发改委'], co: ['省级有关单位'], doc: DOC }),
  obligation({ line: 7, task: '各市完成平台对接', due: '2018-07-02', expression: '7月2日前', lead: ['各设区市政府'], doc: DOC }),
  obligation({
    line: 8, task: '报送数据归集月报', kind: 'recurring', due: null, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2018-01-01',
    expression: '每月', lead: ['省数据管理中心'], doc: DOC,
  }),
  obligation({
    line: 9, task: '办理数据共享申请', kind: 'sla', due: null, within: { days: 3, workdays: true, after: '收到申请' },
    expression: '收到申请起3个工作日内', lead: ['省财政厅'], doc: DOC,
  }),
  obligation({ line: 10, task: '完成数据目录编制', due: '2018-06-15', expression: '6月15日前', lead: ['省财政厅'], doc: DOC }),
];

let db: Db;
let dir: string;
let smtp: TestSmtp;
let cleanup: () => void;

beforeEach(async () => {
  ({ db, dir, cleanup } = tempDb());
  importObligations(db, 'g.txt', records, parseNow('2018-01-20'));
  smtp = await new TestSmtp().start();
});
afterEach(async () => {
  await smtp.stop();
  cleanup();
});

const textOf = (m: { text?: string }) => m.text ?? '';
const idOf = (task: string) => obligationsOfDocument(db, DOC.number).find((o) => o.task.startsWith(task))!.id;

describe('reminder digests over SMTP', () => {
  it('sends one digest per person, grouped by due date soonest first, saying which unit and role', async () => {
    const report = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    expect(report.delivery).toEqual({ sent: 2, retried: 0, failed: 0, cancelled: 0, lastErrors: { email: null } });

    const [mail] = smtp.to('zhangsan@example.gov.cn');
    expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(1);
    expect(mail.to?.[0].address).toBe('zhangsan@example.gov.cn');
    expect(mail.subject).toBe('【时限】3项事项提醒 · 最近截止 2018-06-29');
    const text = textOf(mail);
    // the two 6-29 items are 7 days away, June's report is due Saturday 6-30
    const order = ['== 2018-06-29(周五)还有7天 ==', '== 2018-06-30(周六)还有8天 =='].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('牵头单位:省财政厅');
    // where to look the duty up: its file and line, in both parts of the mail
    expect(text).toContain('文件:浙政办发〔2018〕1号 关于印发2018年数据工作要点的通知 | 出处:g.txt 第5行');
    expect(mail.html).toContain('出处:g.txt 第5行');
    // 建成统一公共支付平台 reaches 省财政厅 through the group, as co-operating: the lead is named too
    expect(text).toContain('配合单位:省级有关单位 | 牵头单位:省发改委');
    // the monthly report is named once, at its next occurrence; May's, still open and nagged weekly, is mentioned
    expect(text.match(/报送数据归集月报/g)).toHaveLength(1);
    expect(text).toContain('另含 2018-05-31(已逾期) 期');
    expect(text).not.toContain('办理数据共享申请'); // sla: never scheduled
    expect(text).not.toContain('各市完成平台对接');
    // document text is escaped in HTML, verbatim in plain text
    expect(mail.html).toContain('完成财政数据归集&lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; 清理');
    expect(mail.html).not.toContain('<script>');
    expect(text).toContain('完成财政数据归集<script>alert(1)</script> & 清理');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@example\.gov\.cn>$/);

    const [lisi] = smtp.to('lisi@example.gov.cn');
    expect(lisi.subject).toBe('【时限】1项事项提醒 · 最近截止 2018-06-29');
    expect(textOf(lisi)).toContain('牵头单位:省发改委');
    // 王五's city is reached only on 7-02's own reminder days; 赵六 has no email
    expect(smtp.received).toHaveLength(2);
  });

  it('a pass repeated at the same instant, or later the same day, sends nothing new', async () => {
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const again = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    expect(again).toMatchObject({ planned: [], digests: 0, reminders: 0, delivery: { sent: 0, retried: 0, failed: 0, cancelled: 0 } });
    await pass(db, '2018-06-22T17:30', { smtpUrl: smtp.url });
    expect(smtp.received).toHaveLength(2);
  });

  it('an obligation imported after the send time still gets that day\'s reminder, and nothing else goes twice', async () => {
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const late = obligation({ line: 20, task: '补充报送财政数据', due: '2018-06-25', expression: '6月25日前', lead: ['省财政厅'], doc: DOC });
    importObligations(db, 'g.txt', [...records, late], parseNow('2018-06-22T10:00'));
    const again = await pass(db, '2018-06-22T10:01', { smtpUrl: smtp.url });
    expect(again).toMatchObject({ planned: ['2018-06-22'], digests: 1, reminders: 2, delivery: { sent: 1 } }); // 3 days before, and 1 before (Sunday, moved to Friday)
    const mails = smtp.to('zhangsan@example.gov.cn');
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe('【时限】1项事项提醒 · 最近截止 2018-06-25');
    // an unchanged ledger is not planned again
    expect((await pass(db, '2018-06-22T10:02', { smtpUrl: smtp.url })).planned).toEqual([]);
  });

  it('recipients added after the send time still get that day\'s reminders; the others get nothing twice', async () => {
    const nobody = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url, recipients: [] });
    expect(nobody).toMatchObject({ planned: ['2018-06-22'], reminders: 0 });
    const [zhangsan, lisi] = people;
    await pass(db, '2018-06-22T09:30', { smtpUrl: smtp.url, recipients: [zhangsan] });
    expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(1);
    // a second person later still: only they are sent anything
    const later = await pass(db, '2018-06-22T11:00', { smtpUrl: smtp.url, recipients: [zhangsan, lisi] });
    expect(later).toMatchObject({ planned: ['2018-06-22'], digests: 1, delivery: { sent: 1 } });
    expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(1);
    expect(smtp.to('lisi@example.gov.cn')).toHaveLength(1);
    // the same people again: nothing is planned
    expect((await pass(db, '2018-06-22T11:01', { smtpUrl: smtp.url, recipients: [zhangsan, lisi] })).planned).toEqual([]);
    // a changed unit list is a change too
    const moved = { ...lisi, units: ['省财政厅'] };
    expect((await pass(db, '2018-06-22T11:02', { smtpUrl: smtp.url, recipients: [zhangsan, moved] })).planned).toEqual(['2018-06-22']);
    expect(smtp.to('lisi@example.gov.cn')).toHaveLength(2);
  });

  it('a replay in the past on a ledger the present has planned sends the past once and leaves the present alone', async () => {
    const present = await pass(db, '2026-11-20T09:00', { smtpUrl: smtp.url });
    expect(present.planned).toEqual(['2026-11-20']);
    const replay = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    expect(replay).toMatchObject({ planned: ['2018-06-22'], delivery: { sent: 2 } });
    expect((await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url })).planned).toEqual([]);
    expect((await pass(db, '2018-06-25T09:00', { smtpUrl: smtp.url })).planned).toEqual(['2018-06-23', '2018-06-24', '2018-06-25']);
    expect((await pass(db, '2026-11-20T10:00', { smtpUrl: smtp.url })).planned).toEqual([]);
    // going further back starts afresh there; what was sent before is not sent again
    const before = smtp.received.length;
    expect((await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url })).planned).toEqual(['2018-06-22']);
    expect(smtp.received).toHaveLength(before);
  });

  it('nothing goes out before the send hour or on a rest day', async () => {
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const saturday = await pass(db, '2018-06-23T09:00', { smtpUrl: smtp.url });
    expect(saturday.planned).toEqual(['2018-06-23']);
    expect(saturday.reminders).toBe(0);
    const earlyMonday = await pass(db, '2018-06-25T08:59', { smtpUrl: smtp.url });
    expect(earlyMonday.planned).toEqual(['2018-06-24']);
    expect(smtp.received).toHaveLength(2);
  });

  it('an item overdue for years is listed, not nagged, and the subject names the next deadline', async () => {
    // 2018-06-22 is 1121 days (1 + 7 × 160) after 2015-05-28: a weekly overdue day, were nagging unbounded.
    const OLD = { number: '浙政办发〔2015〕3号', title: '2015年工作要点', issued: '2015-01-10' };
    importObligations(db, 'old.txt', [
      obligation({ line: 4, task: '完成旧平台迁移', due: '2015-05-28', lead: ['省财政厅'], doc: OLD }),
      obligation({ line: 5, task: '报送迁移总结', due: '2018-06-21', lead: ['省财政厅'], doc: OLD }),
    ], parseNow('2018-06-01'));
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const [mail] = smtp.to('zhangsan@example.gov.cn');
    expect(textOf(mail)).not.toContain('完成旧平台迁移');
    expect(textOf(mail)).toContain('== 2018-06-21(周四)已逾期1天 ==');
    expect(mail.subject).toBe('【时限】4项事项提醒(含1项逾期) · 最近截止 2018-06-29');
    const listed = overdueFor(db, units, { units: ['省财政厅'], asOf: '2018-06-22' }).map((x) => x.obligation.task);
    expect(listed).toContain('完成旧平台迁移');
  });

  it('a daily duty is reminded on the day and named once in a digest, even over a weekend and a catch-up', async () => {
    const DAILY = { number: '浙政办发〔2018〕7号', title: '值班工作要求', issued: '2018-01-02' };
    importObligations(db, 'daily.txt', [
      obligation({ line: 3, task: '报送值班日报', kind: 'recurring', due: null, rrule: 'FREQ=DAILY', start: '2018-01-02', expression: '每日', lead: ['省财政厅'], doc: DAILY }),
      obligation({ line: 4, task: '报送周报', kind: 'recurring', due: null, rrule: 'FREQ=WEEKLY;BYDAY=FR', start: '2018-01-02', expression: '每周五', lead: ['省财政厅'], doc: DAILY }),
    ], parseNow('2018-01-02'));
    // Friday: the day itself, and Saturday's and Sunday's (a rest day's reminder moves to the working day before)
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const friday = textOf(smtp.to('zhangsan@example.gov.cn')[0]);
    expect(friday.match(/报送值班日报/g)).toHaveLength(1);
    expect(friday).toContain('另含 2018-06-23、2018-06-24 期');
    expect(friday.match(/报送周报/g)).toHaveLength(1); // this Friday's, not next Friday's 7 days ahead
    expect(friday.slice(friday.indexOf('== 2018-06-22'), friday.indexOf('== 2018-06-29'))).toContain('- 报送周报');
    // down Monday to Wednesday: Thursday's catch-up names it once, at today's occurrence
    await pass(db, '2018-06-28T09:00', { smtpUrl: smtp.url });
    const thursday = textOf(smtp.to('zhangsan@example.gov.cn')[1]);
    expect(thursday.match(/报送值班日报/g)).toHaveLength(1);
    const today = thursday.slice(thursday.indexOf('== 2018-06-28(周四)今天到期 =='), thursday.indexOf('== 2018-06-29'));
    expect(today).toContain('- 报送值班日报');
    // last Friday's, still open, is nagged the working day after; next Friday's waits for Friday
    expect(thursday.match(/报送周报/g)).toHaveLength(1);
    expect(thursday.slice(thursday.indexOf('== 2018-06-22'), thursday.indexOf('== 2018-06-28'))).toContain('- 报送周报');
  });

  it('an occurrence marked done is not reminded', async () => {
    db.prepare("INSERT INTO done_occurrences (obligation_id, occurrence, done_by, done_at) VALUES (?, '2018-05-31', 'bot:42', '2018-06-01T02:00:00Z')").run(
      idOf('报送数据归集月报'),
    );
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const [mail] = smtp.to('zhangsan@example.gov.cn');
    expect(mail.subject).toBe('【时限】3项事项提醒 · 最近截止 2018-06-29');
    expect(textOf(mail)).not.toContain('2018-05-31');
  });

  it('completion is per unit: a member of a group lead stops its own reminders; the lead stops its co-operating units\' too', async () => {
    const PROVINCE = { number: '浙政办发〔2018〕30号', title: '关于加快推进政务服务一体化的通知', issued: '2018-04-01' };
    importObligations(db, 'p.txt', [obligation({ line: 3, task: '完成省本级对接工作', due: '2018-06-29', lead: ['省级单位'], doc: PROVINCE })], parseNow('2018-04-02'));
    const at = parseNow('2018-06-21T10:00');
    reportDone(db, { obligationId: obligationsOfDocument(db, PROVINCE.number)[0].id, occurrence: '2018-06-29', units: ['省财政厅'], by: '张三', at, note: null });
    // the lead (省发改委) reports 建成统一公共支付平台, on which 省财政厅 co-operates through 省级有关单位
    reportDone(db, { obligationId: idOf('建成统一公共支付平台'), occurrence: '2018-06-29', units: ['省发展改革委'], by: '李四', at, note: null });
    // 张三 answers for 省数据管理中心 too, whose part of the group's duty is still open
    const [zhang, li] = people;
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url, recipients: [{ ...zhang, units: ['省财政厅'] }, li] });
    const zhangsan = textOf(smtp.to('zhangsan@example.gov.cn')[0]);
    expect(zhangsan).not.toContain('完成省本级对接工作');
    expect(zhangsan).not.toContain('建成统一公共支付平台');
    expect(zhangsan).toContain('完成财政数据归集');
    const lisi = textOf(smtp.to('lisi@example.gov.cn')[0]);
    expect(lisi).toContain('完成省本级对接工作'); // another provincial unit: its own part is still open
    expect(lisi).not.toContain('建成统一公共支付平台');
  });

  it('SMTP down for the first try, then up: delivered once', async () => {
    const port = await closedPort();
    const url = `smtp://127.0.0.1:${port}`;
    const first = await pass(db, '2018-06-22T09:00', { smtpUrl: url });
    expect(first.delivery).toMatchObject({ sent: 0, retried: 2 });
    expect((await pass(db, '2018-06-22T09:00:30', { smtpUrl: url })).delivery.retried).toBe(0); // back-off: not yet
    const server = await new TestSmtp().start(port);
    try {
      const second = await pass(db, '2018-06-22T09:01', { smtpUrl: url });
      expect(second.delivery).toMatchObject({ sent: 2, retried: 0 });
      await pass(db, '2018-06-22T10:00', { smtpUrl: url });
      expect(server.to('zhangsan@example.gov.cn')).toHaveLength(1);
      expect(server.to('lisi@example.gov.cn')).toHaveLength(1);
      expect(outboxLog(db).map((r) => [r.status, r.tries])).toEqual([
        ['sent', 2],
        ['sent', 2],
      ]);
    } finally {
      await server.stop();
    }
  });

  it('a 4xx is retried with exponential back-off and given up after max_tries with a clear log line', async () => {
    smtp.reject = () => 451;
    const policy = { ...defaultPolicy, delivery: { max_tries: 3, first_retry_seconds: 60, max_retry_seconds: 3600 } };
    const { logger, lines } = captureLogger();
    const only = [{ id: '李四', name: '李四', email: 'lisi@example.gov.cn', units: ['省发改委'] }];
    const opts = { smtpUrl: smtp.url, policy, logger, recipients: only };
    await pass(db, '2018-06-22T09:00', opts);
    expect(outboxLog(db)[0].next_try_at).toBe(parseNow('2018-06-22T09:01').toISOString());
    await pass(db, '2018-06-22T09:01', opts);
    expect(outboxLog(db)[0].next_try_at).toBe(parseNow('2018-06-22T09:03').toISOString());
    await pass(db, '2018-06-22T09:02', opts); // not yet
    expect(outboxLog(db)[0].tries).toBe(2);
    const last = await pass(db, '2018-06-22T09:03', opts);
    expect(last.delivery.failed).toBe(1);
    expect(outboxLog(db)[0]).toMatchObject({ status: 'failed', tries: 3 });
    const gaveUp = lines.filter((l) => l.level === 50);
    expect(gaveUp).toHaveLength(1);
    expect(String(gaveUp[0].msg)).toMatch(/^已放弃发给 李四 的提醒摘要\(渠道:邮件,发送日 2018-06-22\),共试 3 次:.*451.*;排除故障后可用 shixian outbox retry --failed 重发$/);
    await pass(db, '2018-06-23T09:00', opts);
    expect(smtp.received).toHaveLength(0);
  });

  it('a 4xx that clears is delivered once', async () => {
    smtp.reject = (n) => (n < 2 ? 451 : null);
    const only = [{ id: '李四', name: '李四', email: 'lisi@example.gov.cn', units: ['省发改委'] }];
    for (const at of ['2018-06-22T09:00', '2018-06-22T09:01', '2018-06-22T09:03', '2018-06-22T09:10']) {
      await pass(db, at, { smtpUrl: smtp.url, recipients: only });
    }
    expect(smtp.received).toHaveLength(1);
    expect(outboxLog(db)[0]).toMatchObject({ status: 'sent', tries: 3 });
  });

  it('a 5xx is given up at once', async () => {
    smtp.reject = () => 550;
    const { logger, lines } = captureLogger();
    const report = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url, logger });
    expect(report.delivery.failed).toBe(2);
    expect(lines.filter((l) => l.level === 50).map((l) => l.msg)).toEqual([
      expect.stringMatching(/共试 1 次:.*550/),
      expect.stringMatching(/共试 1 次:.*550/),
    ]);
  });

  it('a wrong SMTP password is retried with back-off, and the digests go out once it is fixed', async () => {
    const accepted: string[] = [];
    const server = new SMTPServer({
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, callback) => (auth.password === 'right' ? callback(null, { user: auth.username }) : callback(new Error('authentication failed'))),
      onData: (stream, session, callback) => {
        stream.resume();
        stream.on('end', () => {
          accepted.push(...session.envelope.rcptTo.map((r) => r.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const wrong = await pass(db, '2018-06-22T09:00', { smtpUrl: `smtp://shixian:wrong@127.0.0.1:${port}` });
      expect(wrong.delivery).toMatchObject({ sent: 0, retried: 2, failed: 0, cancelled: 0, lastErrors: { email: expect.stringMatching(/^EAUTH/) } });
      expect(outboxLog(db).map((r) => [r.status, r.last_error?.slice(0, 9)])).toEqual([
        ['pending', 'EAUTH: In'],
        ['pending', 'EAUTH: In'],
      ]);
      const fixed = await pass(db, '2018-06-22T09:10', { smtpUrl: `smtp://shixian:right@127.0.0.1:${port}` });
      expect(fixed.delivery).toMatchObject({ sent: 2 });
      expect(accepted.sort()).toEqual(['lisi@example.gov.cn', 'zhangsan@example.gov.cn']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('given-up digests are sent again once requeued, each once', async () => {
    smtp.reject = (n) => (n < 2 ? 550 : null);
    expect((await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url })).delivery.failed).toBe(2);
    expect(requeueDigests(db, parseNow('2018-06-22T10:00'), { failed: false })).toEqual({ waiting: 0, failed: 0 });
    expect(requeueDigests(db, parseNow('2018-06-22T10:00'), { failed: true })).toEqual({ waiting: 0, failed: 2 });
    expect((await pass(db, '2018-06-22T10:00', { smtpUrl: smtp.url })).delivery).toMatchObject({ sent: 2, failed: 0 });
    await pass(db, '2018-06-22T11:00', { smtpUrl: smtp.url });
    expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(1);
    expect(smtp.to('lisi@example.gov.cn')).toHaveLength(1);
  });

  it('killed between the server accepting and the mark: sent again once, with the same Message-ID', async () => {
    await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url });
    const row = outboxLog(db).find((r) => r.recipient === '李四')!;
    // What such a crash leaves: the digest still pending, leased by the dead process (leases run on
    // the system clock, whatever the pass's clock says).
    const leaseUntil = (ms: number) =>
      db.prepare("UPDATE outbox SET status = 'pending', sent_at = NULL, tries = 0, lease_until = ? WHERE id = ?").run(new Date(Date.now() + ms).toISOString(), row.id);
    leaseUntil(60_000);
    await pass(db, '2018-06-22T09:01', { smtpUrl: smtp.url }); // the lease still holds
    expect(smtp.to('lisi@example.gov.cn')).toHaveLength(1);
    leaseUntil(-1); // the dead process's lease has run out
    await pass(db, '2018-06-22T09:06', { smtpUrl: smtp.url });
    await pass(db, '2018-06-22T09:07', { smtpUrl: smtp.url });
    const copies = smtp.to('lisi@example.gov.cn');
    expect(copies).toHaveLength(2);
    expect(copies[1].messageId).toBe(copies[0].messageId);
  });

  it('a replay beside the live service: a digest one is sending is not sent by the other', async () => {
    const silent = await silentServer();
    // The replay (tick --now in the past) takes the first digest and hangs on a server that never answers.
    const replay = pass(db, '2018-06-22T09:00', { smtpUrl: `smtp://127.0.0.1:${silent.port}` });
    try {
      const leased = outboxLog(db).filter((r) => r.lease_until !== null);
      expect(leased).toHaveLength(1);
      // The live service's pass, on today's clock, at the same moment.
      const live = await deliverDue(db, deps(db, '2018-06-22T09:00', { smtpUrl: smtp.url }).channels, units, new Date(), defaultPolicy.delivery, captureLogger().logger);
      expect(live.sent).toBe(1);
      expect(smtp.received.flatMap((r) => r.to)).toEqual([outboxLog(db).find((r) => r.id !== leased[0].id)!.address]);
    } finally {
      await silent.close();
      await replay;
    }
  });

  it('a week of downtime: what was missed goes out once, marked late, and nothing twice', async () => {
    await pass(db, '2018-06-08T09:00', { smtpUrl: smtp.url });
    const before = smtp.to('zhangsan@example.gov.cn');
    expect(before).toHaveLength(1);
    expect(textOf(before[0])).toContain('完成数据目录编制'); // due 6-15: 7 days before
    expect(textOf(before[0])).not.toContain('补发');

    // down from 6-08 until Tuesday 6-19 (6-18 was 端午)
    const back = await pass(db, '2018-06-19T09:30', { smtpUrl: smtp.url });
    expect(back.planned).toEqual(['2018-06-09', '2018-06-10', '2018-06-11', '2018-06-12', '2018-06-13', '2018-06-14', '2018-06-15', '2018-06-16', '2018-06-17', '2018-06-18', '2018-06-19']);
    const after = smtp.to('zhangsan@example.gov.cn').slice(1);
    expect(after).toHaveLength(1);
    const text = textOf(after[0]);
    expect(text.match(/完成数据目录编制/g)).toHaveLength(1);
    expect(text).toMatch(/完成数据目录编制\n.*补发,原定2018-06-12/);
    expect(text).toContain('其中');

    const offsets = db
      .prepare("SELECT offset_days FROM outbox_items WHERE obligation_id = ? AND recipient = '张三' ORDER BY offset_days DESC")
      .pluck()
      .all(idOf('完成数据目录编制'));
    expect(offsets).toEqual([7, 3, 1, 0, -1]);

    await pass(db, '2018-06-19T10:00', { smtpUrl: smtp.url });
    await pass(db, '2018-06-20T09:00', { smtpUrl: smtp.url });
    expect(smtp.to('zhangsan@example.gov.cn').slice(1).map((m) => m.subject).filter((s) => s?.includes('完成数据目录编制'))).toEqual([]);
    const all = smtp.to('zhangsan@example.gov.cn').map(textOf);
    expect(all.filter((t) => t.includes('完成数据目录编制'))).toHaveLength(2);
  });

  it('startScheduler runs a pass at once (catching up), reports it, and stops cleanly', async () => {
    await pass(db, '2018-06-08T09:00', { smtpUrl: smtp.url });
    const d = deps(db, '2018-06-19T09:30', { smtpUrl: smtp.url });
    const handle = startScheduler(d);
    while (handle.status().lastPassAt === null) await new Promise((r) => setTimeout(r, 20));
    await handle.stop();
    for (const c of d.channels) await c.close?.();
    const status = handle.status();
    expect(status).toMatchObject({ lastPassAt: parseNow('2018-06-19T09:30'), lastError: null });
    const ahead = status.nextPassAt!.getTime() - status.lastPassAt!.getTime();
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThanOrEqual(60_000);
    expect(smtp.to('zhangsan@example.gov.cn')).toHaveLength(2);
  });

  it('on a replayed clock, the next pass reported is when the minute timer really fires, still ahead', async () => {
    // Started in the last seconds of a system minute, the timer's minute could pass before the check: wait it out.
    const toMinute = 60_000 - (Date.now() % 60_000);
    if (toMinute < 5_000) await new Promise((r) => setTimeout(r, toMinute + 50));
    // A clock 50 s past a whole minute of the system's: the timer fires at the system's minutes.
    const offset = parseNow('2018-06-19T09:30').getTime() - Math.floor(Date.now() / 60_000) * 60_000 + 50_000;
    const replay = { now: () => new Date(Date.now() + offset) };
    const d = { ...deps(db, '2018-06-19T09:30', { smtpUrl: smtp.url }), clock: replay };
    const handle = startScheduler(d);
    while (handle.status().lastPassAt === null) await new Promise((r) => setTimeout(r, 20));
    await handle.stop();
    for (const c of d.channels) await c.close?.();
    const { nextPassAt } = handle.status();
    // The service's clock and the system's are read one after the other, so a millisecond may tick between them.
    const offMinute = (nextPassAt!.getTime() - offset) % 60_000;
    expect(Math.min(offMinute, 60_000 - offMinute)).toBeLessThanOrEqual(2);
    expect(nextPassAt!.getTime()).toBeGreaterThan(replay.now().getTime());
  });

  it('with no SMTP server configured, each digest is an .eml file under the outbox directory', async () => {
    const outboxDir = path.join(dir, 'outbox');
    await pass(db, '2018-06-22T09:00', { outboxDir });
    const files = fs.readdirSync(outboxDir).sort();
    expect(files).toHaveLength(2);
    const parsed = await Promise.all(files.map((f) => PostalMime.parse(fs.readFileSync(path.join(outboxDir, f)))));
    expect(parsed.map((m) => m.to?.[0].address).sort()).toEqual(['lisi@example.gov.cn', 'zhangsan@example.gov.cn']);
    expect(files.every((f) => f.startsWith('2018-06-22_'))).toBe(true);
  });
});

describe('a stored record the scheduler cannot use', () => {
  /** Writes a copy of a stored obligation under a new id with some columns changed, as a hand edit of the ledger would. */
  function writeRow(fromId: string, id: string, changes: Record<string, string>) {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('obligations')").pluck().all() as string[]).filter((c) => c !== 'id' && !(c in changes));
    db.prepare(
      `INSERT INTO obligations (id, ${Object.keys(changes).join(', ')}, ${columns.join(', ')})
       SELECT ?, ${Object.keys(changes).map(() => '?').join(', ')}, ${columns.join(', ')} FROM obligations WHERE id = ?`,
    ).run(id, ...Object.values(changes), fromId);
    db.prepare('INSERT INTO obligation_units (obligation_id, unit, role) SELECT ?, unit, role FROM obligation_units WHERE obligation_id = ?').run(id, fromId);
  }

  it('is skipped, logged and reported; everything else is reminded as usual', async () => {
    const [dated, monthly] = [idOf('完成财政数据归集'), idOf('报送数据归集月报')];
    writeRow(dated, 'bad-zero-date', { due: '0000-00-00' });
    writeRow(dated, 'bad-june-31', { due: '2018-06-31' });
    writeRow(monthly, 'bad-minutely', { rrule: 'FREQ=MINUTELY' });
    const log = captureLogger();
    const report = await pass(db, '2018-06-22T09:00', { smtpUrl: smtp.url, logger: log.logger });

    expect(report.delivery).toEqual({ sent: 2, retried: 0, failed: 0, cancelled: 0, lastErrors: { email: null } });
    const [mail] = smtp.to('zhangsan@example.gov.cn');
    // The same items as without the bad rows (the first test of this file).
    expect(mail.subject).toBe('【时限】3项事项提醒 · 最近截止 2018-06-29');
    expect(report.unplannable.map((u) => u.obligation).sort()).toEqual(['bad-june-31', 'bad-minutely', 'bad-zero-date']);
    expect(report.unplannable.find((u) => u.obligation === 'bad-zero-date')!.error).toBe('due: 0000-00-00 不是真实的日期');
    expect(report.unplannable.find((u) => u.obligation === 'bad-minutely')!.error).toMatch(/^rrule "FREQ=MINUTELY": /);
    const logged = log.lines.filter((l) => l.msg === '调度:账本里有记录无法排期,已跳过(/healthz 列出),其余照常提醒');
    expect(logged.flatMap((l) => l.obligations as string[]).sort()).toEqual(['bad-june-31', 'bad-minutely', 'bad-zero-date']);
  });
});
