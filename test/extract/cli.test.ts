import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplainedDocument, ExplainedExpression } from '../../src/extract/explain.ts';
import { Obligation } from '../../src/obligation.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = 'data/gazettes/003_efda06f3f02b001b.txt';
// The same gazette in GBK, made with `iconv -f UTF-8 -t GBK`.
const SAMPLE_GBK = 'test/fixtures/003_efda06f3f02b001b.gbk.txt';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function shixian(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/shixian.js', ...args], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

const parseJsonl = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as unknown);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-cli-'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'blank.txt'), '\n  \n');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  fs.mkdirSync(path.join(dir, 'folder.txt'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('shixian extract', () => {
  let jsonl: Run;
  beforeAll(async () => {
    jsonl = await shixian('extract', '--format', 'jsonl', SAMPLE);
  });

  it('prints one valid record per line for a sample gazette', () => {
    expect(jsonl.code).toBe(0);
    const records = parseJsonl(jsonl.stdout);
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) Obligation.parse(r);
  });

  it('names the source by its base name and points into the file', () => {
    const lines = fs.readFileSync(path.join(root, SAMPLE), 'utf8').split(/\r?\n/);
    for (const r of parseJsonl(jsonl.stdout).map((x) => Obligation.parse(x))) {
      expect(r.source).toBe(path.basename(SAMPLE));
      // The expression starts on its line (a wrapped one may run on to the next).
      const head = r.expression.split(/\s+/)[0];
      expect(lines[r.line - 1]).toContain(head);
    }
  });

  it('finds the documents of the gazette', () => {
    const numbers = new Set(parseJsonl(jsonl.stdout).map((x) => Obligation.parse(x).doc.number));
    expect(numbers).toContain('浙政办发〔2018〕42号');
    for (const n of numbers) expect(n).toMatch(/^\S+〔\d{4}〕\d+号$/);
  });

  it('prints an aligned table with a header by default', async () => {
    const run = await shixian('extract', SAMPLE);
    expect(run.code).toBe(0);
    const [table, documents] = run.stdout.trimEnd().split('\n\n');
    const [header, rule, ...rows] = table.split('\n');
    expect(header.split(/\s{2,}/)).toEqual(['到期', '类型', '牵头单位', '任务', '文件']);
    expect(rule).toMatch(/^[─ ]+$/);
    expect(rows).toHaveLength(parseJsonl(jsonl.stdout).length);
    // Under the table, each document with the year its dates without a year take, and why.
    expect(documents).toContain('浙政办发〔2018〕42号');
    expect(documents).toMatch(/年份 20\d\d（依据：[^）]+）/);
  });

  it('explains every expression for a person with --explain', async () => {
    const run = await shixian('extract', '--explain', SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/年份 20\d\d（依据：/);
    expect(run.stdout).toMatch(/行 「[^」]+」 记录 一次性 20\d\d-\d\d-\d\d · .*（来源：(?:责任单位列表|表格单位列|句子主语|章节分工（单位行、阶段正文或章节的分工句）|全文分工|主送单位|未找到单位)）/);
    expect(run.stdout).toMatch(/行 「[^」]+」 舍弃：/);
  });

  it('streams the explanation as JSONL with --explain --format jsonl, each record as plain jsonl gives it', async () => {
    const run = await shixian('extract', '--explain', '--format', 'jsonl', SAMPLE);
    expect(run.code).toBe(0);
    const lines = parseJsonl(run.stdout);
    const documents = lines.filter((l) => (l as { type: string }).type === 'document').map((l) => ExplainedDocument.parse(l));
    const expressions = lines.filter((l) => (l as { type: string }).type === 'expression').map((l) => ExplainedExpression.parse(l));
    expect(documents.length + expressions.length).toBe(lines.length);
    expect(documents.map((d) => d.number)).toContain('浙政办发〔2018〕42号');
    const records = expressions.flatMap((e) => (e.outcome === 'record' ? [e.record] : []));
    expect(records).toEqual(parseJsonl(jsonl.stdout));
    expect(expressions.some((e) => e.outcome === 'dropped')).toBe(true);
  });

  it('decodes a GBK copy of the gazette into the same records', async () => {
    const gbk = await shixian('extract', '--format', 'jsonl', SAMPLE_GBK);
    expect(gbk.code).toBe(0);
    const bytes = fs.readFileSync(path.join(root, SAMPLE_GBK));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const strip = (r: unknown) => ({ ...(r as Obligation), source: '' });
    expect(parseJsonl(gbk.stdout).map(strip)).toEqual(parseJsonl(jsonl.stdout).map(strip));
  });

  it('still prints the records of the files it can read, and fails', async () => {
    const missing = path.join(dir, 'missing.txt');
    const run = await shixian('extract', '--format', 'jsonl', SAMPLE, missing);
    expect(run.code).not.toBe(0);
    expect(parseJsonl(run.stdout)).toEqual(parseJsonl(jsonl.stdout));
    expect(run.stderr).toContain(missing);
  });
});

describe('shixian extract of a file with no obligations', () => {
  it('says 共 0 条 on stderr, in either format, and exits 0', async () => {
    const file = path.join(dir, 'no-deadlines.txt');
    fs.writeFileSync(file, '关于表彰先进集体的通报\n\n各单位要认真学习先进经验。\n');
    for (const format of ['table', 'jsonl']) {
      const run = await shixian('extract', '--format', format, file);
      expect(run.code).toBe(0);
      // The table names each document read (its year context); no record in either format.
      if (format === 'jsonl') expect(run.stdout).toBe('');
      expect(run.stdout).not.toMatch(/^\d{4}-\d{2}-\d{2}/m);
      expect(run.stderr).toMatch(/^shixian: 共 0 条义务/m);
    }
  });
});

describe('shixian extract on input it cannot read', () => {
  it.each([
    ['a missing file', 'missing.txt', /找不到文件/],
    ['a directory', 'folder.txt', /是文件夹/],
    ['binary data', 'binary.txt', /二进制/],
    ['an empty file', 'empty.txt', /空/],
    ['a file of white space', 'blank.txt', /空文件/],
  ])('%s: one line naming the file, non-zero exit', async (_name, name, reason) => {
    const file = path.join(dir, name);
    const run = await shixian('extract', '--format', 'jsonl', file);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/\bat\s/); // no stack trace
  });

  it('gives one line per unreadable file', async () => {
    const files = ['missing.txt', 'binary.txt'].map((n) => path.join(dir, n));
    const run = await shixian('extract', ...files);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(files[0]);
    expect(lines[1]).toContain(files[1]);
  });
});

describe('shixian extract read by a reader that stops early', () => {
  it('ends quietly with 0 when the pipe closes after the first chunk (as `| head -1` does)', async () => {
    // The sample gazettes four times over: far more output than a pipe's buffer holds.
    const gazettes = fs.readdirSync(path.join(root, 'data/gazettes')).map((f) => `data/gazettes/${f}`);
    const child = spawn(process.execPath, ['bin/shixian.js', 'extract', '--format', 'jsonl', ...gazettes, ...gazettes, ...gazettes, ...gazettes], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\bat\s/);
  });
});
