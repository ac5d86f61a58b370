import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { obligationKeys } from '../../src/store/bot.ts';
import { EVERY_UNIT, reportDone } from '../../src/store/done.ts';
import { migrate, readMigrations } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { obligation } from './harness.ts';

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
    reportDone(db, { obligationId: key.id, occurrence: '2018-06-30', units: [EVERY_UNIT], by: '张三', at, note: null });
    expect(obligationKeys(db, { names: ['省财政厅'], kind: 'dated', openOnly: true })).toEqual([]);
    expect(obligationKeys(db, { names: null, kind: 'dated', openOnly: true })).toEqual([]);
    expect(obligationKeys(db, { names: null, kind: 'dated' })).toHaveLength(1);
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
