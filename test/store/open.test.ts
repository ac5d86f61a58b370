import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/store/db.ts';
import { tempDir } from '../fixtures/records.ts';

vi.setConfig({ testTimeout: 90_000 });

const root = path.resolve(import.meta.dirname, '../..');

function node(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, SMTP_URL: '', SHIXIAN_NOW: '', ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('shixian-open-')));
afterEach(() => cleanup());

describe('two processes creating a fresh ledger at once', () => {
  it('both open it: the schema is created once and neither fails', async () => {
    // Each process opens the same fresh files at the same agreed instants, so their migrations meet.
    const files = Array.from({ length: 20 }, (_, i) => path.join(dir, `ledger-${i}.db`));
    const at = Date.now() + 4_000;
    const script = `
      const { openDb } = await import(${JSON.stringify(path.join(root, 'src/store/db.ts'))});
      const files = ${JSON.stringify(files)};
      const outcomes = [];
      for (const [i, file] of files.entries()) {
        while (Date.now() < ${at} + i * 150);
        try { openDb(file).close(); outcomes.push('ok'); } catch (err) { outcomes.push(err.message); }
      }
      console.log(JSON.stringify(outcomes));`;
    const runs = await Promise.all([0, 1].map(() => node(['--import', 'tsx', '--input-type=module', '-e', script])));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(files.map(() => 'ok'));
    }
    for (const file of files) {
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBeGreaterThan(0);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    }
  });
});

describe('a ledger file that cannot be used', () => {
  const cli = (dbPath: string) => node([path.join(root, 'bin/shixian.js'), 'upcoming'], { SHIXIAN_DB: dbPath, SHIXIAN_DATA_DIR: dir, LOG_LEVEL: 'info' });

  it('a folder: one line naming it, exit 1', async () => {
    const folder = path.join(dir, 'ledger-folder');
    fs.mkdirSync(folder);
    const run = await cli(folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`shixian: 账本 ${folder} 是一个文件夹,不是 SQLite 数据库文件(检查 SHIXIAN_DB)\n`);
  });

  it('a file of another kind: one line naming it, exit 1, the file left as it was', async () => {
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, '这不是数据库\n'.repeat(200));
    const run = await cli(text);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`shixian: 账本 ${text} 不是 SQLite 数据库文件(检查 SHIXIAN_DB)\n`);
    expect(fs.readFileSync(text, 'utf8')).toBe('这不是数据库\n'.repeat(200));
  });

  it('a corrupted ledger: one line naming it, exit 1', async () => {
    const file = path.join(dir, 'shixian.db');
    openDb(file).close();
    // Garbage over the first page past the header: the schema itself cannot be read.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(2000, 0xa5), 0, 2000, 100);
    fs.closeSync(fd);
    const run = await cli(file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^shixian: 账本 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 已损坏`));
  });
});
