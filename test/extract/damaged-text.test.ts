import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { normalise, originalSpan } from '../../src/extract/normalise.ts';
import { gazetteDocument } from './gazette-text.ts';

// Text as it reaches us from web pages, PDFs and converters, damaged on the way: each case a duty sentence with the
// damage in it, and the record the spec gives it (a plan dated 2018-03-20). `expression` must be the input's own text.
const records = (body: string) =>
  extractText(gazetteDocument({ body }), 'damaged.txt').obligations.map((o) => ({
    expression: o.expression,
    due: o.due,
    lead: o.lead,
    task: o.task,
  }));

const UNSEEN = {
  'en space': '\u2002',
  'em space': '\u2003',
  'thin space': '\u2009',
  'hair space': '\u200a',
  'narrow no-break space': '\u202f',
  'zero-width space': '\u200b',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'word joiner': '\u2060',
  'byte-order mark': '\ufeff',
  'soft hyphen': '\u00ad',
  'line tabulation': '\u000b',
};

describe('characters a reader does not see, copied with the text', () => {
  it.each(Object.entries(UNSEEN))('%s inside a date, a number and a task', (_name, ch) => {
    expect(records(`各县(市、区)要于2${ch}019年6月${ch}30日前完成网络${ch}改造。`)).toEqual([
      { expression: `于2${ch}019年6月${ch}30日前`, due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造' },
    ]);
    expect(records(`市${ch}财政局要于收到申请之日起1${ch}0个工作日内完成审核。`)).toMatchObject([
      { expression: `1${ch}0个工作日内`, lead: ['市财政局'], task: '完成审核' },
    ]);
  });

  it.each(Object.entries(UNSEEN))('%s maps back to the exact input', (_name, ch) => {
    const input = `于2019年6月${ch}30日前`;
    const n = normalise(input);
    expect(n.text).toBe('于2019年6月30日前');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });

  // Not white space: letters, digits and punctuation a sentence needs stay as they are.
  it.each([
    ['6月·30日', '6月·30日'],
    ['A-B', 'A-B'],
    ['6月30日—7月1日', '6月30日—7月1日'],
  ])('keeps %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });
});
