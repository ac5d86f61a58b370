import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/bot/ledger.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { completionOf } from '../../src/ledger/completion.ts';
import { createLogger } from '../../src/service/logger.ts';
import { obligationKeys, openDatedKeys, type OpenKey } from '../../src/store/bot.ts';
import { EVERY_UNIT, reportDone } from '../../src/store/done.ts';
import { migrate, readMigrations, type Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { obligation, testUnits } from './harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function ledgerFile(upTo = Infinity) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-bot-store-'));
  dirs.push(dir);
  const db = new Database(path.join(dir, 'shixian.db'));
  migrate(db, readMigrations().filter((m) => m.version <= upTo));
  return db;
}

const at = new Date('2018-06-13T01:00:00Z');
const monthly = obligation({ kind: 'recurring', due: null, rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', expression: '每月10日前', task: '报送统计数据', lead: ['省财政厅'], co: ['省财政厅'] });
const once = obligation({ task: '完成归集', due: '2018-06-30', lead: ['省财政厅'], line: 20 });

describe("the bot's (unit, due) reading index", () => {
  it('follows imports, corrections and withdrawals', () => {
    const db = ledgerFile();
    importObligations(db, 'g.txt', [monthly, once], at);
    const keys = (kind: 'dated' | 'recurring') => obligationKeys(db, { names: ['省财政厅'], kind });
    expect(keys('dated').map((k) => k.due)).toEqual(['2018-06-30']);
    // named as lead and co: listed once, with its schedule and the document date as its start
    expect(keys('recurring')).toEqual([
      expect.objectContaining({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2018-01-15' }),
    ]);

    importObligations(db, 'g.txt', [{ ...monthly, rrule: 'FREQ=MONTHLY;BYMONTHDAY=20', lead: ['省发改委'] }, { ...once, due: '2018-07-31' }], at);
    expect(keys('dated').map((k) => k.due)).toEqual(['2018-07-31']);
    expect(keys('recurring').map((k) => k.rrule)).toEqual(['FREQ=MONTHLY;BYMONTHDAY=20']); // still co-operating
    expect(obligationKeys(db, { names: ['省发改委'], kind: 'recurring' })).toHaveLength(1);

    // a corrected document date moves the start of a duty that names none
    const redated = { ...monthly, rrule: 'FREQ=MONTHLY;BYMONTHDAY=20', lead: ['省发改委'], doc: { ...monthly.doc, issued: '2018-02-01' } };
    importObligations(db, 'g.txt', [redated, { ...once, due: '2018-07-31', doc: redated.doc }], at);
    expect(keys('recurring')[0].start).toBe('2018-02-01');
    // re-importing the same leaves the index as it is
    importObligations(db, 'g.txt', [redated, { ...once, due: '2018-07-31', doc: redated.doc }], at);
    expect(keys('recurring')).toHaveLength(1);
    expect(keys('dated').map((k) => k.due)).toEqual(['2018-07-31']);

    importObligations(db, 'g.txt', [{ ...once, doc: redated.doc }], at); // the monthly duty withdrawn
    expect(keys('recurring')).toEqual([]);
  });

  it('leaves out occurrences marked done for every unit when asked for open ones only', () => {
    const db = ledgerFile();
    importObligations(db, 'g.txt', [once], at);
    const [key] = obligationKeys(db, { names: ['省财政厅'], kind: 'dated' });
    expect(openDatedKeys(db, { names: ['省财政厅'] })).toEqual([{ ...key, reported: false }]);
    reportDone(db, { obligationId: key.id, occurrence: '2018-06-30', units: ['省财政厅'], by: '张三', at, note: null });
    expect(openDatedKeys(db, { names: ['省财政厅'] })).toEqual([{ ...key, reported: true }]);
    expect(openDatedKeys(db, { names: null })).toEqual([expect.objectContaining({ id: key.id, reported: true })]);
    reportDone(db, { obligationId: key.id, occurrence: '2018-06-30', units: [EVERY_UNIT], by: '张三', at, note: null });
    expect(openDatedKeys(db, { names: ['省财政厅'] })).toEqual([]);
    expect(openDatedKeys(db, { names: null })).toEqual([]);
    expect(obligationKeys(db, { names: null, kind: 'dated' })).toHaveLength(1);
  });

  it('gives an obligation named under two of the names once', () => {
    const db = ledgerFile();
    importObligations(db, 'g.txt', [{ ...once, co: ['省发改委'] }, { ...monthly, lead: ['省发改委'] }], at);
    const names = ['省财政厅', '省发改委'];
    expect(obligationKeys(db, { names, kind: 'dated' })).toHaveLength(1);
    expect(openDatedKeys(db, { names })).toHaveLength(1);
    expect(obligationKeys(db, { names, kind: 'recurring' })).toHaveLength(1);
  });

  it('is filled in for a ledger that had obligations before the index existed', () => {
    const db = ledgerFile(19);
    importObligations(db, 'g.txt', [monthly, once], at);
    migrate(db);
    expect(obligationKeys(db, { names: ['省财政厅'], kind: 'dated' })).toHaveLength(1);
    expect(obligationKeys(db, { names: ['省财政厅'], kind: 'recurring' })[0]).toMatchObject({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2018-01-15' });
  });

  it('gets the schedule columns on a ledger that already had the index', () => {
    const db = ledgerFile(21);
    importObligations(db, 'g.txt', [monthly], at);
    migrate(db);
    expect(obligationKeys(db, { names: ['省财政厅'], kind: 'recurring' })[0]).toMatchObject({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2018-01-15' });
  });
});

describe('/overdue on a ledger file, with done reports read only for occurrences someone reported', () => {
  const today = '2018-06-13';
  const deps = (db: Db) => ({
    db,
    clock: fixedClock(parseNow(`${today}T09:00`)),
    units: testUnits,
    recipients: [],
    allowedChats: [],
    adminChats: [],
    logger: createLogger({ level: 'silent' }),
  });
  const overdueTasks = (db: Db, units: string[] | null) =>
    runQuery(deps(db), { kind: 'overdue', units }, today, units).listed.map((l) => `${l.key.id}|${l.due}`);
  /** The answer as it was computed before: every past open key's reports weighed, reported or not. */
  const weighingEvery = (db: Db, units: string[] | null) => {
    const names = units === null ? null : [...new Set(units.flatMap((u) => testUnits.namesReaching(u)))];
    const past = openDatedKeys(db, { names, to: '2018-06-12' });
    const { closed } = completionOf(db, testUnits, past.map((k) => ({ id: k.id, occurrence: k.due! })), units);
    const byDue = (a: OpenKey, b: OpenKey) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : a.id < b.id ? -1 : 1);
    return past.filter((k) => !closed.has(`${k.id}|${k.due}`)).sort(byDue).map((k) => `${k.id}|${k.due}`);
  };

  const byLeadAndCo = obligation({ task: '报送预算执行情况', due: '2018-06-01', lead: ['省发改委'], co: ['省财政厅'], line: 1 });
  const twoLeads = obligation({ task: '联合制定实施细则', due: '2018-06-02', lead: ['省发改委', '省财政厅'], line: 2 });
  const cities = obligation({ task: '各市报送进展', due: '2018-06-03', lead: ['各设区市政府'], line: 3 });
  const closedForAll = obligation({ task: '完成清理', due: '2018-06-04', lead: ['省财政厅'], line: 4 });
  const untouched = obligation({ task: '建立台账', due: '2018-06-05', lead: ['省财政厅'], line: 5 });
  const notYetDue = obligation({ task: '年中总结', due: '2018-06-30', lead: ['省财政厅'], line: 6 });

  it('leaves out what is done for the reader and keeps what is done only in part', () => {
    const db = ledgerFile();
    importObligations(db, 'g.txt', [byLeadAndCo, twoLeads, cities, closedForAll, untouched, notYetDue], at);
    const id = (task: string) => db.prepare('SELECT id FROM obligations WHERE task = ?').pluck().get(task) as string;
    const ref = (task: string, due: string) => `${id(task)}|${due}`;
    const done = (task: string, due: string, units: string[]) => reportDone(db, { obligationId: id(task), occurrence: due, units, by: '张三', at, note: null });
    done('报送预算执行情况', '2018-06-01', ['省发展改革委']); // the lead's done closes it for the co-operating unit too
    done('联合制定实施细则', '2018-06-02', ['省发展改革委']); // one of two leads: still open for the other
    done('各市报送进展', '2018-06-03', ['杭州市政府']); // a group's member closes it for itself only
    done('完成清理', '2018-06-04', [EVERY_UNIT]);

    expect(overdueTasks(db, ['省财政厅'])).toEqual([ref('联合制定实施细则', '2018-06-02'), ref('建立台账', '2018-06-05')]);
    expect(overdueTasks(db, ['省发展改革委'])).toEqual([]);
    expect(overdueTasks(db, ['杭州市政府'])).toEqual([]);
    expect(overdueTasks(db, ['宁波市政府'])).toEqual([ref('各市报送进展', '2018-06-03')]);
    // an admin: closed once a lead named on it has reported; a group lead is no one unit
    expect(overdueTasks(db, null)).toEqual([ref('各市报送进展', '2018-06-03'), ref('建立台账', '2018-06-05')]);
    for (const units of [['省财政厅'], ['省发展改革委'], ['杭州市政府'], ['宁波市政府'], ['省财政厅', '宁波市政府'], null]) {
      expect(overdueTasks(db, units)).toEqual(weighingEvery(db, units));
    }
  });
});
