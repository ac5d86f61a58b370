import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNow } from '../../src/clock.ts';
import { obligationsForUnit, overdueFor, slaFor, upcomingFor } from '../../src/ledger/queries.ts';
import type { Db } from '../../src/store/db.ts';
import { importObligations } from '../../src/store/import.ts';
import { obligationsOfDocument, searchObligations } from '../../src/store/obligations.ts';
import { reportDone } from '../../src/store/done.ts';
import { obligation, tempDb } from './fixtures.ts';
import { units } from './harness.ts';

const DOC = { number: '浙政办发〔2018〕30号', title: '关于印发数字政府建设工作要点的通知', issued: '2018-03-01' };
let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempDb());
  importObligations(
    db,
    'g.txt',
    [
      obligation({ line: 1, task: '完成省本级对接', due: '2018-06-30', lead: ['省级单位'], doc: DOC }),
      obligation({ line: 2, task: '推广移动办公', due: '2018-07-15', lead: ['省数据管理中心'], co: ['省财政厅'], doc: DOC }),
      obligation({ line: 3, task: '各市完成部署', due: '2018-05-31', lead: ['各设区市'], doc: DOC }),
      obligation({ line: 4, task: '报送季度进展', kind: 'recurring', due: null, rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', expression: '每季度末', lead: ['省财政厅'], doc: DOC }),
      obligation({ line: 5, task: '答复申请', kind: 'sla', due: null, within: { days: 5, workdays: true, after: '收到申请' }, expression: '5个工作日内', lead: ['省财政厅'], doc: DOC }),
    ],
    parseNow('2018-03-02'),
  );
});
afterEach(() => cleanup());

const tasks = (list: Array<{ obligation: { task: string }; occurrence: string | null }>) => list.map((x) => `${x.occurrence} ${x.obligation.task}`);

describe('ledger queries', () => {
  it('upcoming for a unit: its own, its aliases, the groups that reach it, each recurring occurrence, soonest first', () => {
    expect(tasks(upcomingFor(db, units, { units: ['省财政厅'], from: '2018-06-01', days: 121 }))).toEqual([
      '2018-06-30 完成省本级对接', // 省级单位 reaches every provincial unit
      '2018-06-30 报送季度进展',
      '2018-07-15 推广移动办公',
      '2018-09-30 报送季度进展',
    ]);
    expect(tasks(upcomingFor(db, units, { units: ['杭州市人民政府'], from: '2018-05-01', days: 60 }))).toEqual(['2018-05-31 各市完成部署']);
    expect(upcomingFor(db, units, { from: '2018-06-01', days: 121 })).toHaveLength(4);
  });

  it('says how a unit is concerned', () => {
    const byTask = new Map(obligationsForUnit(db, units, '省财政厅').map((x) => [x.obligation.task, x.role]));
    expect(byTask.get('推广移动办公')).toBe('co');
    expect(byTask.get('报送季度进展')).toBe('lead');
    expect(byTask.has('各市完成部署')).toBe(false);
  });

  it('overdue: open past occurrences; a recurring duty only its latest; done ones left out', () => {
    expect(tasks(overdueFor(db, units, { asOf: '2018-07-01' }))).toEqual(['2018-05-31 各市完成部署', '2018-06-30 完成省本级对接', '2018-06-30 报送季度进展']);
    const [quarterly] = searchObligations(db, '季度进展');
    db.prepare("INSERT INTO done_occurrences (obligation_id, occurrence, done_by, done_at) VALUES (?, '2018-06-30', 'bot:1', '2018-06-29T08:00:00Z')").run(quarterly.id);
    expect(tasks(overdueFor(db, units, { units: ['省财政厅'], asOf: '2018-07-01' }))).toEqual(['2018-06-30 完成省本级对接']);
    expect(tasks(upcomingFor(db, units, { units: ['省财政厅'], from: '2018-06-30', days: 0 }))).toEqual(['2018-06-30 完成省本级对接']);
  });

  it('completion per unit: a provincial unit\'s done leaves the others\' lists, and says who reported', () => {
    const [province] = searchObligations(db, '完成省本级对接');
    reportDone(db, { obligationId: province.id, occurrence: '2018-06-30', units: ['省财政厅'], by: '张三', at: parseNow('2018-06-29'), note: null });
    expect(tasks(upcomingFor(db, units, { units: ['省财政厅'], from: '2018-06-30', days: 0 }))).toEqual(['2018-06-30 报送季度进展']);
    const other = upcomingFor(db, units, { units: ['省发改委'], from: '2018-06-30', days: 0 });
    expect(other.map((x) => [x.obligation.task, x.role, x.doneBy])).toEqual([['完成省本级对接', 'lead', ['省财政厅']]]);
    // the lead's done closes it for the co-operating unit; the co-operating unit's own does not close it for the lead
    const [mobile] = searchObligations(db, '推广移动办公');
    reportDone(db, { obligationId: mobile.id, occurrence: '2018-07-15', units: ['省财政厅'], by: '张三', at: parseNow('2018-07-01'), note: null });
    expect(tasks(upcomingFor(db, units, { units: ['省数据管理中心'], from: '2018-07-15', days: 0 }))).toEqual(['2018-07-15 推广移动办公']);
    reportDone(db, { obligationId: mobile.id, occurrence: '2018-07-15', units: ['省数据管理中心'], by: '王五', at: parseNow('2018-07-02'), note: null });
    expect(upcomingFor(db, units, { units: ['省数据管理中心'], from: '2018-07-15', days: 0 })).toEqual([]);
    expect(upcomingFor(db, units, { units: ['省财政厅'], from: '2018-07-15', days: 0 })).toEqual([]);
  });

  it('lists sla obligations, never scheduled', () => {
    expect(slaFor(db, units, { units: ['省财政厅'] }).map((x) => [x.occurrence, x.obligation.task])).toEqual([[null, '答复申请']]);
  });

  it('finds a document by its number however it is typed, and obligations by text', () => {
    expect(obligationsOfDocument(db, '浙政办发 [2018] 30 号')).toHaveLength(5);
    expect(searchObligations(db, '移动办公').map((o) => o.task)).toEqual(['推广移动办公']);
    expect(searchObligations(db, '100%_')).toEqual([]);
  });
});

describe('the per-unit completion migration', () => {
  it('keeps a done from before it as done for every unit, with its note', async () => {
    const Database = (await import('better-sqlite3')).default;
    const { migrate, readMigrations } = await import('../../src/store/db.ts');
    const old = new Database(':memory:');
    const all = readMigrations();
    migrate(old, all.filter((m) => m.version !== 3 && m.version !== 24));
    importObligations(old, 'g.txt', [obligation({ line: 1, task: '完成省本级对接', due: '2018-06-30', lead: ['省级单位'], doc: DOC })], parseNow('2018-03-02'));
    const id = old.prepare('SELECT id FROM obligations').pluck().get() as string;
    old.prepare("INSERT INTO done_occurrences (obligation_id, occurrence, done_by, done_at) VALUES (?, '2018-06-30', '张三', '2018-06-29T08:00:00Z')").run(id);
    old.prepare("INSERT INTO bot_done_notes (obligation_id, occurrence, note) VALUES (?, '2018-06-30', '已完成')").run(id);
    expect(migrate(old, all)).toEqual([3, 24]);
    expect(old.prepare('SELECT unit, done_by FROM done_occurrences').all()).toEqual([{ unit: '*', done_by: '张三' }]);
    expect(old.prepare('SELECT unit, note FROM bot_done_notes').all()).toEqual([{ unit: '*', note: '已完成' }]);
    expect(upcomingFor(old, units, { units: ['省发改委'], from: '2018-06-30', days: 0 })).toEqual([]);
    old.close();
  });
});
