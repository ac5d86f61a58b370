import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable, whenText } from '../../src/commands/extract.ts';
import { extractFile } from '../../src/extract/index.ts';
import type { Obligation } from '../../src/obligation.ts';
import { obligation } from '../fixtures/records.ts';

/**
 * The table as it was first written, measuring with string-width on whole cells and growing
 * prefixes: slow, but string-width's own answer. The table built from per-character widths must
 * come out the same, byte for byte.
 */
function tableByStringWidth(records: Obligation[]): string {
  const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));
  const truncate = (text: string, width: number) => {
    if (stringWidth(text) <= width) return text;
    let out = '';
    for (const ch of text) {
      if (stringWidth(out + ch) > width - 1) break;
      out += ch;
    }
    return `${out}…`;
  };
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

describe('extract --format table', () => {
  it('is the same as measuring with string-width, over the whole sample corpus', () => {
    const dir = path.resolve(import.meta.dirname, '../../data/gazettes');
    const records = fs.readdirSync(dir).flatMap((f) => extractFile(path.join(dir, f)).obligations);
    expect(records.length).toBeGreaterThan(100);
    const table = formatTable(records);
    expect(table).toBe(tableByStringWidth(records));
    // Truncation happened, so the cut points were compared too.
    expect(table).toContain('…');
  });

  it('cuts and pads full-width, half-width, combining and astral characters as string-width does', () => {
    const records = [
      obligation({ task: 'Ａ全角字母ｂ与半角abc混排，含标点“引号”—破折号……以及更多的文字直到超过四十列宽度为止' }),
      obligation({ task: 'café résumé naïve: combining marks e\u0301 a\u0300 and 𠀀𠀁𠀂 astral 汉字 past forty columns wide here', lead: ['省发展改革委', '省经信厅', '省科技厅', '省财政厅'] }),
      obligation({ task: '短', lead: [] }),
      obligation({ task: 'x'.repeat(39) + '汉' }),
      obligation({ task: 'x'.repeat(40) }),
      obligation({ task: 'x'.repeat(41) }),
    ];
    expect(formatTable(records)).toBe(tableByStringWidth(records));
  });
});
