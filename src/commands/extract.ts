import { type Command, Option } from 'commander';
import stringWidth from 'string-width';
import { loadConfig } from '../config.ts';
import { InputError } from '../errors.ts';
import { commandClock } from './ledger-context.ts';
import { extractFile } from '../extract/index.ts';
import type { Obligation } from '../obligation.ts';

/** The normal form a reader scans for: a date, a rule, or a period from an event. */
export function whenText(o: Obligation): string {
  if (o.kind === 'recurring') return `${o.rrule}`;
  if (o.kind === 'sla' && o.within) {
    const unit = o.within.workdays ? '个工作日' : '日';
    return o.within.after !== undefined ? `${o.within.after}起${o.within.days}${unit}内` : `${o.within.before}${o.within.days}${unit}前`;
  }
  return `${o.due}${o.target ? ' (目标)' : ''}`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** An aligned table for people: due, kind, lead units, task, document. */
export function formatTable(records: Obligation[]): string {
  const rows = records.map((o) => [
    truncate(whenText(o), 34),
    o.kind,
    truncate(o.lead.join('、') || '—', 24),
    truncate(o.task || '—', 40),
    `${o.doc.number || o.doc.title} ${o.source}:${o.line}`,
  ]);
  const header = ['到期', '类型', '牵头单位', '任务', '文件'];
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .option('--now <datetime>', 'the clock whose year a document with no date of its own takes (default SHIXIAN_NOW, else now)')
    .argument('<files...>', 'gazette text files (UTF-8, UTF-16 or GB18030; plain text or Markdown)')
    .action((files: string[], options: { format: 'table' | 'jsonl'; now?: string }) => {
      const clock = commandClock(loadConfig(), { now: options.now, clock: 'pinned' });
      const records: Obligation[] = [];
      const failures: string[] = [];
      for (const file of files) {
        try {
          const { obligations, warnings } = extractFile(file, clock);
          for (const w of warnings) process.stderr.write(`shixian: warning: ${file}:${w.line}: ${w.message}\n`);
          records.push(...obligations);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failures.push(err.message);
        }
      }
      if (options.format === 'jsonl') {
        process.stdout.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      } else if (records.length) {
        process.stdout.write(`${formatTable(records)}\n`);
      }
      if (failures.length) throw new InputError(failures.join('\nshixian: '));
    });
}
