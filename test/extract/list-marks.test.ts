import { describe, expect, it } from 'vitest';
import { headingLevel } from '../../src/extract/sections.ts';
import { recordsOf } from './gazette-text.ts';

// A word processor numbers its lists with one character (⑴, ⒈, ㈠) or marks them with a bullet (●, ◆, ★, ——); a copy keeps
// the mark (博乐 "㈡工业投资快速增长", 云阳 "★地区生产总值增长15%。", plans' "——统筹规划,协调发展。", audit-texts damage2). The
// mark opens the item, as 1. and (一) do, and is no part of the unit named after it: "⑴县住建局于…" gave the lead ⑴县住建局.
const leads = (body: string) => recordsOf({ body }, 'marks.txt').map((o) => o.lead);

describe('a list mark opening an item', () => {
  it.each(['⑴', '⒈', '㈠', '一.', '●', '◆', '★', '——', '•', '■'])('%s县住建局于2018年6月底前完成危房排查', (mark) => {
    expect(leads(`${mark}省住建厅于2018年6月底前完成危房排查。`)).toEqual([['省住建厅']]);
  });

  // A paragraph with no mark reads as before.
  it('no mark', () => {
    expect(leads('省住建厅于2018年6月底前完成危房排查。')).toEqual([['省住建厅']]);
  });
});

describe('the level of a one-character number', () => {
  it.each([
    ['㈠加强排查', '(一)加强排查'],
    ['⒈加强排查', '1.加强排查'],
    ['⑴加强排查', '(1)加强排查'],
  ])('%s is at the level of %s', (mark, written) => {
    expect(headingLevel(mark)).not.toBeNull();
    expect(headingLevel(mark)).toBe(headingLevel(written));
  });

  it('a bullet gives no level', () => {
    expect(headingLevel('●加强排查')).toBeNull();
  });
});
