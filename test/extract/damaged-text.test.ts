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

// Real: "县政府成立县农作第2页共4页物秸秆禁烧工作领导小组", "对发第3页共4页生重大责任事故" (a county plan copied from a
// document-sharing site), "以100592.83第3页共3页元的剩余未付款项为基数" (a court's mediation), "第 2 页 共 6 页" on a line of
// its own between the halves of a sentence (text taken from PDF).
describe('a page marker where the page broke', () => {
  const PLAN = '(三)加快网络改造。各县(市、区)要按照全市统一部署,';
  it.each([
    ['on a line of its own', `${PLAN}于2019年6\n第 2 页 共 6 页\n月底前完成网络改造工作。`, '于2019年6\n月底前'],
    ['a page number on a line of its own', `${PLAN}于2019年6\n第3页\n月底前完成网络改造工作。`, '于2019年6\n月底前'],
    ['inside a date', `${PLAN}于2019年6第2页共4页月底前完成网络改造工作。`, '于2019年6第2页共4页月底前'],
    ['inside a date in Chinese numerals', `${PLAN}于二〇一九年六第2页共4页月底前完成网络改造工作。`, '于二〇一九年六第2页共4页月底前'],
    ['spaced, with full-width digits', `${PLAN}于2019年6第 ２ 页 共 ４ 页月底前完成网络改造工作。`, '于2019年6第 ２ 页 共 ４ 页月底前'],
  ])('%s', (_name, body, expression) => {
    expect(records(body)).toEqual([{ expression, due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造工作' }]);
  });

  it('inside a unit name, quoted without it', () => {
    expect(records('按照全市统一部署,由县农业农第2页共4页村局牵头,于2019年6月底前完成秸秆综合利用规划。')).toEqual([
      { expression: '于2019年6月底前', due: '2019-06-30', lead: ['县农业农村局'], task: '完成秸秆综合利用规划' },
    ]);
  });

  // Not a marker: a page or a count the sentence itself names.
  it.each([
    ['各县(市、区)要于2019年6月底前完成网络改造,报送第2页所列材料。', '完成网络改造,报送第2页所列材料'],
    ['各县(市、区)要于2019年6月底前完成网络改造,材料共3页。', '完成网络改造,材料共3页'],
    ['各县(市、区)要于2019年6月底前完成网络改造,填写附表第2页共4项内容。', '完成网络改造,填写附表第2页共4项内容'],
  ])('keeps %s', (body, task) => {
    expect(records(body)).toEqual([{ expression: '于2019年6月底前', due: '2019-06-30', lead: ['各县(市、区)'], task }]);
  });

  it('maps a date across the marker back to the exact input', () => {
    const input = '于2019年6第 2 页 共 4 页月底前';
    const n = normalise(input);
    expect(n.text).toBe('于2019年6月底前');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });
});
