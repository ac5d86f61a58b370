import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

function extract(body: string, explain = false) {
  return extractText(gazetteDocument({ body }), 'stages.txt', undefined, { explain });
}
const expressions = (body: string) => extract(body).obligations.map((o) => [o.expression, o.due]);

describe('a stage heading over prose that is all dated work of its day', () => {
  it('gives no record of its own', () => {
    const body = ['一、准备阶段(2018年3月—2018年5月)', '5月11-31日为摸底阶段,主要是组建机构、制定方案。这些工作都将在2018年5月31日前全部完成。'].join('\n');
    expect(expressions(body)).toEqual([
      ['5月11-31日', '2018-05-31'],
      ['在2018年5月31日前', '2018-05-31'],
    ]);
  });
});

describe('a stage heading whose every item repeats its date', () => {
  const restating = ['(一)动员阶段(2018年5月)。', '1.2018年5月成立工作专班。', '2.2018年5月召开动员大会。'].join('\n');

  it('gives no record of its own: the items are the whole stage', () => {
    expect(expressions(restating)).toEqual([
      ['2018年5月', '2018-05-31'],
      ['2018年5月', '2018-05-31'],
    ]);
    expect(extract(restating).obligations.map((o) => o.line)).toEqual([8, 9]);
  });

  it('says why under --explain', () => {
    const [doc] = extract(restating, true).documents;
    expect(doc.expressions.filter((e) => e.outcome === 'dropped').map((e) => [e.line, e.outcome === 'dropped' && e.reason])).toContainEqual([7, 'restated-stage']);
  });

  it.each([
    ['an item with no date', ['(一)动员阶段(2018年5月)。', '1.2018年5月成立工作专班。', '2.召开动员大会。'], 2],
    ['an item of another date', ['(二)整治阶段(2018年6月至9月)。', '1.2018年6月底前完成排查。', '2.2018年9月底前完成整改。'], 3],
    ['no items below it', ['(三)总结阶段(2018年12月)。', '(四)巩固阶段(2019年3月)。'], 2],
    [
      'prose below it with work of no date beside a report due on its day',
      ['(五)总结阶段(2018年11月—12月上旬)', '各乡镇要把整治中的有效做法转化为长效制度。要认真总结,于2018年12月10日前将总结报告报县整治办。'],
      2,
    ],
  ])('keeps its record beside %s', (_name, lines, count) => {
    expect(expressions(lines.join('\n'))).toHaveLength(count);
  });
});
