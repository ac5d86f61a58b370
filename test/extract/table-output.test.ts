import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTable, whenText } from '../../src/commands/extract.ts';
import { charWidth } from '../../src/display-width.ts';
import { extractFile } from '../../src/extract/index.ts';
import { KIND_NAMES, type Obligation } from '../../src/obligation.ts';
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
    KIND_NAMES[o.kind],
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

  it('measures every BMP character as string-width does, but for emoji drawn as text', () => {
    // Emoji with text presentation (©, ™, ☎, ↔): string-width counts some 2, a terminal draws them in 1.
    const textEmoji = /^(?=\p{Emoji})\P{Emoji_Presentation}$/u;
    const disagreeing: string[] = [];
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue; // surrogates are no characters
      const character = String.fromCharCode(codePoint);
      if (textEmoji.test(character)) continue;
      if (charWidth(codePoint) !== stringWidth(character)) disagreeing.push(codePoint.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });

  it.each([
    ['ASCII letter', 'a', 1],
    ['space', ' ', 1],
    ['CJK ideograph', '汉', 2],
    ['CJK extension B ideograph', '𠀀', 2],
    ['full-width letter', 'Ａ', 2],
    ['ideographic comma', '、', 2],
    ['half-width katakana', 'ｱ', 1],
    ['ambiguous quotation mark', '“', 1],
    ['ambiguous ellipsis', '…', 1],
    ['combining acute accent', '\u0301', 0],
    ['zero-width space', '\u200b', 0],
    ['variation selector', '\ufe0f', 0],
    ['tab', '\t', 0],
    ['copyright sign, an emoji drawn as text', '©', 1],
    ['emoji with emoji presentation', '😀', 2],
  ])('%s %j is %i columns wide', (_, character, width) => {
    expect(charWidth(character.codePointAt(0)!)).toBe(width);
  });
});
