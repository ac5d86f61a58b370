import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { type Clock, systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { InputError } from '../errors.ts';
import { extractAnyFormat } from '../extract/index.ts';
import { Obligation } from '../obligation.ts';
import { scheduleProblem } from '../plan/occurrences.ts';
import { importObligations, type ImportReport } from '../store/import.ts';
import { commandClock } from './command-clock.ts';
import { openLedger } from './ledger-context.ts';

/**
 * A file's records: extracted from a gazette, or read from the JSONL that `extract --format jsonl`
 * writes (so a reviewed or hand-corrected extraction can be imported as it is). Shared with the
 * service's inbox, which logs the warnings instead of printing them.
 */
export async function recordsOf(
  file: string,
  warn: (line: number, message: string) => void = (line, message) => process.stderr.write(`${file}:${line}: 警告: ${message}\n`),
  clock: Clock = systemClock,
): Promise<Obligation[]> {
  const checkRrule = rruleChecker(file);
  if (file.endsWith('.jsonl')) return readJsonl(file, checkRrule);
  const extracted = await extractAnyFormat(file, clock);
  for (const w of extracted.warnings) warn(w.line, w.message);
  for (const r of extracted.obligations) checkRrule(r, r.line);
  return extracted.obligations;
}

/**
 * A schedule the scheduler could not expand, or one that would flood it, is refused at the door by
 * file, line and value, not discovered at send time. A file's records share few rules: each rule
 * and start is checked once.
 */
function rruleChecker(file: string): (r: Obligation, line: number) => void {
  const checked = new Map<string, string | null>();
  return (r, line) => {
    if (r.rrule === null) return;
    const start = r.start ?? r.doc.issued ?? '2000-01-01';
    const key = `${r.rrule}\u0000${start}`;
    let problem = checked.get(key);
    if (problem === undefined) {
      problem = scheduleProblem(r.rrule, start);
      checked.set(key, problem);
    }
    if (problem !== null) throw new InputError(`rrule ${JSON.stringify(r.rrule)}: ${problem}`, file, line);
  };
}

function readJsonl(file: string, checkRrule: (r: Obligation, line: number) => void): Obligation[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`无法读取: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, file);
  }
  const out: Obligation[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new InputError('不是一行 JSON', file, i + 1);
    }
    const parsed = Obligation.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${issue.path.join('.') || '记录'}: ${issue.message}`, file, i + 1);
    }
    checkRrule(parsed.data, i + 1);
    out.push(parsed.data);
  });
  return out;
}

const describe = (r: ImportReport) => `新增 ${r.added},更新 ${r.updated},未变 ${r.unchanged},撤回 ${r.withdrawn}`;

export function registerImport(program: Command): void {
  program
    .command('import')
    .option('--now <时间>', '导入所记的时间,也是没有日期的文件所取的年份(默认取 SHIXIAN_NOW,未设置则为现在)')
    .argument('<文件...>', '公报(PDF、Word .docx/.doc、HTML 网页、文本),或 .jsonl 记录文件')
    .action(async (files: string[], opts: { now?: string }) => {
      // Each file is read and validated whole before any of it is written, so a bad file loses
      // nothing stored; the readable ones are imported all the same, as extract reads every file.
      const extractionClock = commandClock(loadConfig(), { now: opts.now, clock: 'pinned' });
      const batches: Array<{ file: string; records: Obligation[] }> = [];
      const failures: string[] = [];
      for (const file of files) {
        try {
          batches.push({ file, records: await recordsOf(file, undefined, extractionClock) });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failures.push(err.message);
        }
      }
      if (batches.length > 0) {
        const { db, clock, config } = openLedger({ now: opts.now, clock: 'pinned' });
        try {
          const total: ImportReport = { added: 0, updated: 0, unchanged: 0, withdrawn: 0 };
          // One transaction for the run: one commit (and one WAL sync) instead of one per file.
          const reports = db.transaction(() => batches.map(({ file, records }) => importObligations(db, path.basename(file), records, clock.now())))();
          batches.forEach(({ file, records }, i) => {
            for (const k of Object.keys(total) as Array<keyof ImportReport>) total[k] += reports[i][k];
            process.stdout.write(`${file}: ${records.length} 条义务:${describe(reports[i])}\n`);
          });
          if (batches.length > 1) process.stdout.write(`合计:${describe(total)}\n`);
          process.stdout.write(`账本:${config.dbPath}\n`);
        } finally {
          db.close();
        }
      }
      if (failures.length > 0) {
        const lines = failures.map((f) => `未导入 ${f}`);
        throw new InputError([...lines, `${failures.length} 个文件未导入,${batches.length} 个已导入`].join('\nshixian: '));
      }
    });
}
