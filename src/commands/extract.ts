import { type Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { codePointWidth, displayWidth } from '../display-width.ts';
import { InputError } from '../errors.ts';
import { DROP_REASONS, type ExplainedDocument, UNIT_SOURCES, YEAR_SOURCE_TEXT } from '../extract/explain.ts';
import { type DocumentContext, extractAnyFormat } from '../extract/index.ts';
import { commandClock } from './command-clock.ts';
import { type ConvertedText, readGazette } from '../formats/index.ts';
import { KIND_NAMES, type Obligation } from '../obligation.ts';
import { describeRule } from '../plan/rule-text.ts';

/** The normal form a reader scans for: a date, a rule, or a period from an event. */
export function whenText(o: Obligation): string {
  if (o.kind === 'recurring') return describeRule(o.rrule!);
  if (o.kind === 'sla' && o.within) {
    const unit = o.within.workdays ? '个工作日' : '日';
    return o.within.after !== undefined ? `${o.within.after}起${o.within.days}${unit}内` : `${o.within.before}${o.within.days}${unit}前`;
  }
  return `${o.due}${o.target ? ' (目标)' : ''}`;
}

/** The text, or its longest start that leaves room for an ellipsis within `width`. */
function truncate(text: string, width: number): string {
  let used = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    const w = codePointWidth(codePoint);
    if (cut < 0 && used + w > width - 1) cut = i;
    used += w;
    if (used > width) return `${text.slice(0, cut)}…`;
    if (codePoint > 0xffff) i++;
  }
  return text;
}

/** An aligned table for people: due, kind, lead units, task, document. */
export function formatTable(records: Obligation[]): string {
  const header = ['到期', '类型', '牵头单位', '任务', '文件'];
  const rows = [
    header,
    ...records.map((o) => [
      truncate(whenText(o), 34),
      KIND_NAMES[o.kind],
      truncate(o.lead.join('、') || '—', 24),
      truncate(o.task || '—', 40),
      `${o.doc.number || o.doc.title} ${o.source}:${o.line}`,
    ]),
  ];
  const cellWidths = rows.map((row) => row.map(displayWidth));
  const widths = header.map((_, i) => cellWidths.reduce((max, w) => Math.max(max, w[i]), 0));
  const last = header.length - 1;
  const line = (cells: string[], cellWidth: (i: number) => number) =>
    cells.map((c, i) => (i === last ? c : c + ' '.repeat(Math.max(0, widths[i] - cellWidth(i))))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w));
  return [line(header, (i) => cellWidths[0][i]), line(rule, (i) => displayWidth(rule[i])), ...rows.slice(1).map((row, r) => line(row, (i) => cellWidths[r + 1][i]))].join('\n');
}

/** A document's heading facts as a person checks them: where it starts, the year its dates take, and why. */
export function documentSummary(d: DocumentContext): string[] {
  const name = [d.doc.number, d.doc.title].filter(Boolean).join(' ') || '（无标题）';
  return [
    `${d.source}:${d.line} ${name}`,
    d.year.source === 'none' ? `  年份 无（${YEAR_SOURCE_TEXT.none}）` : `  年份 ${d.year.year}（依据：${YEAR_SOURCE_TEXT[d.year.source]}「${d.year.evidence}」）`,
    ...d.warnings.map((w) => `  警告：${w}`),
  ];
}

/** The document line of `--explain --format jsonl`. */
function explainedDocument(d: DocumentContext): ExplainedDocument {
  return {
    type: 'document',
    source: d.source,
    line: d.line,
    number: d.doc.number,
    title: d.doc.title,
    issued: d.doc.issued,
    year: d.year.year,
    year_from: d.year.source,
    year_evidence: d.year.evidence,
    warnings: d.warnings,
  };
}

/** --explain for people: per document, every expression seen, what it became, and why. */
export function formatExplanation(docs: DocumentContext[]): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push(...documentSummary(d));
    if (d.expressions.length === 0) out.push('  （没有找到时间表达）');
    for (const e of d.expressions) {
      const head = `  ${e.line}行 「${e.expression}」 `;
      if (e.outcome === 'dropped') {
        out.push(`${head}舍弃：${DROP_REASONS[e.reason]}`);
        continue;
      }
      const r = e.record;
      const units = r.lead.length ? `牵头 ${r.lead.join('、')}${r.co.length ? `；配合 ${r.co.join('、')}` : ''}` : '无单位';
      out.push(`${head}记录 ${KIND_NAMES[r.kind]} ${whenText(r)} · ${units}（来源：${UNIT_SOURCES[e.units_from]}） · ${r.task || '—'}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * The converted text exactly as the extractor reads it, so its line N is a record's line N (an
 * editor or `sed -n Np` finds it) and extracting the saved text gives the same records. Several
 * files are headed by their names, as head(1) does.
 */
function convertedText(converted: ConvertedText, name: string | null): string {
  return (name ? `==> ${name} <==\n` : '') + converted.lines.join('\n') + '\n';
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .addOption(new Option('--format <格式>', '输出格式').choices(['table', 'jsonl']).default('table'))
    .option('--now <时间>', '文件本身没有年份时,未写年份的日期取这个时间的年份(默认取 SHIXIAN_NOW;都未设置则不记录这些日期)')
    .option('--explain', '显示找到的每个时间表达及其结果(成为哪条记录、单位从何而来,或为什么舍弃)')
    .option('--text', '输出 shixian 从每个文件读到的文本(PDF、Word、HTML 文件转成的行,表格的一行以制表符分隔):记录的行号就是这里的行号')
    .argument('<文件...>', '公报:PDF、Word(.docx、.doc)、HTML 网页或文本(UTF-8、UTF-16 或 GB18030 编码;纯文本或 Markdown)')
    .action(async (files: string[], options: { format: 'table' | 'jsonl'; now?: string; explain?: boolean; text?: boolean }) => {
      const clock = commandClock(loadConfig(), { now: options.now, clock: 'pinned' });
      const records: Obligation[] = [];
      const documents: DocumentContext[] = [];
      const failures: string[] = [];
      for (const file of files) {
        try {
          if (options.text) {
            process.stdout.write(convertedText(await readGazette(file), files.length > 1 ? file : null));
            continue;
          }
          const result = await extractAnyFormat(file, clock, { explain: options.explain });
          for (const w of result.warnings) process.stderr.write(`shixian: 警告: ${file}:${w.line}: ${w.message}\n`);
          records.push(...result.obligations);
          documents.push(...result.documents);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failures.push(err.message);
        }
      }
      if (options.text) {
        if (failures.length) throw new InputError(failures.join('\nshixian: '));
        return;
      }
      // An empty answer on stdout looks the same as a crash that printed nothing: say what was read.
      if (records.length === 0 && failures.length < files.length) process.stderr.write(`shixian: 共 0 条义务(${files.length - failures.length} 个文件中没有找到带时限的义务)\n`);
      if (options.format === 'jsonl') {
        // With --explain the stream is the explanation (document and expression lines), never the plain records.
        const lines = options.explain ? documents.flatMap((d) => [explainedDocument(d), ...d.expressions]) : records;
        process.stdout.write(lines.map((r) => `${JSON.stringify(r)}\n`).join(''));
      } else if (options.explain) {
        process.stdout.write(formatExplanation(documents));
      } else {
        // The table first, then each document's year context and warnings: what a reader checks the dates against.
        if (records.length) process.stdout.write(`${formatTable(records)}\n\n`);
        process.stdout.write(documents.flatMap(documentSummary).map((l) => `${l}\n`).join(''));
      }
      if (failures.length) throw new InputError(failures.join('\nshixian: '));
    });
}
