import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Obligation } from '../../src/obligation.ts';
import { createLogger, type Logger } from '../../src/service/logger.ts';

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

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-service-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A logger whose JSON lines the test can read. */
export function capturedLogger(secrets: string[] = []): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const out: string[] = [];
  const logger = createLogger({ level: 'debug', secrets }, { write: (line: string) => void out.push(line) });
  return { logger, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
