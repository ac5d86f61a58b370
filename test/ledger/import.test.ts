import { afterEach, describe, expect, it } from 'vitest';
import { importObligations } from '../../src/store/import.ts';
import { getObligation, obligationsOfDocument } from '../../src/store/obligations.ts';
import { readMigrations } from '../../src/store/db.ts';
import { extractFile } from '../../src/extract/index.ts';
import { obligation, tempDb } from './fixtures.ts';

const at = new Date('2018-02-01T00:00:00Z');
let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function ledger() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t.db;
}

const edition1 = [
  obligation({ line: 10, task: '完成全省财政数据归集', due: '2018-06-30', expression: '2018年6月底前' }),
  obligation({ line: 12, task: '建成统一公共支付平台', due: '2018-09-30', expression: '2018年9月底前', lead: ['省发改委'], co: ['省财政厅'] }),
  // one cell, two unit groups, same task: the expression tells them apart
  obligation({ line: 20, task: '完成系统整合', due: '2018-09-30', expression: '省级单位 2018 年 9 月底前', lead: ['省级单位'] }),
  obligation({ line: 20, task: '完成系统整合', due: '2018-11-30', expression: '各市、县(市、区) 2018 年 11 月底前', lead: ['各市、县(市、区)'] }),
];

describe('import', () => {
  it('stores every record and a second import of the same gazette changes nothing', () => {
    const db = ledger();
    expect(importObligations(db, 'g.txt', edition1, at)).toEqual({ added: 4, updated: 0, unchanged: 0, withdrawn: 0 });
    const ids = obligationsOfDocument(db, '浙政办发〔2018〕1号').map((o) => o.id).sort();
    expect(new Set(ids).size).toBe(4);
    expect(importObligations(db, 'g.txt', edition1, new Date('2018-03-01T00:00:00Z'))).toEqual({ added: 0, updated: 0, unchanged: 4, withdrawn: 0 });
    expect(obligationsOfDocument(db, '浙政办发〔2018〕1号').map((o) => o.id).sort()).toEqual(ids);
  });

  it('re-importing an unchanged gazette writes no row: the bot index triggers never fire, the ledger stays as it was', () => {
    const db = ledger();
    const { obligations } = extractFile('data/gazettes/004_d61b3864af0af50d.txt');
    expect(obligations.length).toBeGreaterThan(10);
    importObligations(db, '004.txt', obligations, at);
    const tables = ['documents', 'obligations', 'obligation_units', 'bot_unit_due', 'scheduler_state'];
    const dump = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
    const changes = () => db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = dump();
    const changesBefore = changes();
    const later = new Date('2018-03-01T00:00:00Z');
    expect(importObligations(db, '004.txt', obligations, later)).toEqual({ added: 0, updated: 0, unchanged: obligations.length, withdrawn: 0 });
    expect(changes()).toBe(changesBefore);
    expect(dump()).toEqual(before);
  });

  it('ids do not depend on the line: a re-wrapped gazette keeps them', () => {
    const db = ledger();
    importObligations(db, 'g.txt', edition1, at);
    const before = obligationsOfDocument(db, '浙政办发〔2018〕1号').map((o) => o.id).sort();
    const moved = edition1.map((o) => ({ ...o, line: o.line + 7 }));
    expect(importObligations(db, 'g.txt', moved, at)).toEqual({ added: 0, updated: 0, unchanged: 4, withdrawn: 0 });
    const after = obligationsOfDocument(db, '浙政办发〔2018〕1号');
    expect(after.map((o) => o.id).sort()).toEqual(before);
    expect(after.map((o) => o.line).sort((a, b) => a - b)).toEqual([17, 19, 27, 27]);
  });

  it('a corrected edition updates in place and reports added, updated, unchanged and withdrawn', () => {
    const db = ledger();
    importObligations(db, 'g.txt', edition1, at);
    const [first] = obligationsOfDocument(db, '浙政办发〔2018〕1号').filter((o) => o.task === '完成全省财政数据归集');
    const edition2 = [
      { ...edition1[0], due: '2018-07-31', expression: '2018年7月底前' }, // date corrected
      edition1[2],
      edition1[3],
      obligation({ line: 30, task: '开展第三方评估', due: '2018-12-31', expression: '2018年底前' }), // new
      // edition1[1] is gone
    ];
    expect(importObligations(db, 'g.txt', edition2, at)).toEqual({ added: 1, updated: 1, unchanged: 2, withdrawn: 1 });
    const corrected = getObligation(db, first.id)!;
    expect(corrected.due).toBe('2018-07-31');
    expect(corrected.withdrawnAt).toBeNull();
    const current = obligationsOfDocument(db, '浙政办发〔2018〕1号');
    expect(current.map((o) => o.task)).not.toContain('建成统一公共支付平台');
    // withdrawn records are kept, flagged
    const withdrawn = obligationsOfDocument(db, '浙政办发〔2018〕1号', { includeWithdrawn: true }).filter((o) => o.withdrawnAt !== null);
    expect(withdrawn.map((o) => o.task)).toEqual(['建成统一公共支付平台']);
    // and a later edition that restores it brings it back as updated, with its old id
    expect(importObligations(db, 'g.txt', [...edition2, edition1[1]], at)).toEqual({ added: 0, updated: 1, unchanged: 4, withdrawn: 0 });
  });

  it('another gazette does not withdraw this one', () => {
    const db = ledger();
    importObligations(db, 'g.txt', edition1, at);
    const other = obligation({ source: 'h.txt', doc: { number: '浙政发〔2019〕2号', title: '另一份文件', issued: '2019-01-01' } });
    expect(importObligations(db, 'h.txt', [other], at)).toEqual({ added: 1, updated: 0, unchanged: 0, withdrawn: 0 });
    expect(obligationsOfDocument(db, '浙政办发〔2018〕1号')).toHaveLength(4);
  });

  it('a record with no 文号 or title (null, as extract writes it) is stored, read back and re-imported unchanged', () => {
    const db = ledger();
    const bare = obligation({ doc: { number: null, title: '绍兴市政务公开工作要点', issued: null } });
    const none = obligation({ task: '另一项任务', doc: { number: null, title: null, issued: null } });
    expect(importObligations(db, 'g.txt', [bare, none], at).added).toBe(2);
    expect(obligationsOfDocument(db, '绍兴市政务公开工作要点')).toMatchObject([{ task: bare.task }]);
    expect(importObligations(db, 'g.txt', [bare, none], at).unchanged).toBe(2);
    // a ledger filled before null came in (number and title '') sees the same records unchanged
    const older = ledger();
    importObligations(older, 'g.txt', [{ ...bare, doc: { ...bare.doc, number: '' } }, { ...none, doc: { ...none.doc, number: '', title: '' } }], at);
    expect(importObligations(older, 'g.txt', [bare, none], at).unchanged).toBe(2);
  });

  it('a document with no 文号 is keyed by its title', () => {
    const db = ledger();
    const untitled = obligation({ doc: { number: '', title: '绍兴市政务公开工作要点', issued: '2018-03-01' } });
    importObligations(db, 'g.txt', [untitled], at);
    expect(importObligations(db, 'g.txt', [untitled], at).unchanged).toBe(1);
  });

  it('keeps the PDF page a record begins on; a record that only moved to another page is unchanged and found on its new page', () => {
    const db = ledger();
    const onPage = obligation({ line: 12, page: 2 });
    importObligations(db, 'g.pdf', [onPage], at);
    expect(obligationsOfDocument(db, onPage.doc.number!)).toMatchObject([{ line: 12, page: 2 }]);
    expect(importObligations(db, 'g.pdf', [{ ...onPage, line: 40, page: 3 }], at).unchanged).toBe(1);
    expect(obligationsOfDocument(db, onPage.doc.number!)).toMatchObject([{ line: 40, page: 3 }]);
    const text = ledger();
    importObligations(text, 'g.txt', [obligation({ line: 7 })], at);
    expect(obligationsOfDocument(text, onPage.doc.number!)[0]).not.toHaveProperty('page');
  });

  it('migrations are numbered within the ledger range', () => {
    const own = readMigrations().filter((m) => m.version < 20);
    expect(own.map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
