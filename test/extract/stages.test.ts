import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

function extract(body: string, explain = false) {
  return extractText(gazetteDocument({ body }), 'stages.txt', undefined, { explain });
}
const expressions = (body: string) => extract(body).obligations.map((o) => [o.expression, o.due]);

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
  ])('keeps its record beside %s', (_name, lines, count) => {
    expect(expressions(lines.join('\n'))).toHaveLength(count);
  });
});
