import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Obligation } from '../../src/obligation.ts';
import { openDb, type Db } from '../../src/store/db.ts';

/** A valid Obligation record (parsed by the real schema), with what the test cares about overridden. */
export function obligation(over: Partial<Obligation> = {}): Obligation {
  return Obligation.parse({
    source: 'gazette.txt',
    line: 10,
    expression: '2018年6月底前',
    kind: 'once',
    due: '2018-06-30',
    rrule: null,
    start: null,
    within: null,
    target: false,
    lead: ['省财政厅'],
    co: [],
    task: '完成全省财政数据归集',
    doc: { number: '浙政办发〔2018〕1号', title: '关于印发2018年工作要点的通知', issued: '2018-01-15' },
    ...over,
  });
}

/** A real SQLite file in a fresh temp dir, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-ledger-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function tempDb(): { db: Db; dir: string; file: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'shixian.db');
  const db = openDb(file);
  return { db, dir, file, cleanup: () => (db.close(), cleanup()) };
}
