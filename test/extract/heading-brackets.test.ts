import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'heading-brackets.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A title closed by a bracket naming who leads its section ("一、强化科技创新(区科技局牵头)", 婺城 2025, 东阳 2025), or such
// a bracket on a line of its own under a plan's title ("(县自然资源局牵头)", 汉阴 2022), gives the section's items that
// name no unit of their own that lead, as a 牵头单位 line under the title does. A bracket naming no one by role is none.
describe('a heading bracket naming who leads its section', () => {
  it.each([
    [
      '一、强化科技创新(区科技局牵头)\n2025年,力争全社会研发投入强度达到2.95%。\n(一)加强平台建设。2025年底前建成2家省级研发机构。(责任单位:区科技局、区经信局)\n二、扩大有效投资(区发改局牵头)\n(一)2025年6月底前开工重大项目10个。',
      [[['区科技局'], []], [['区科技局'], ['区经信局']], [['区发改局'], []]],
    ],
    ['三、危房改造(市住建局牵头)\n1.2019年9月底前完成危房排查。\n2.2019年12月底前完成危房整改。', [[['市住建局'], []], [['市住建局'], []]]],
    ['三、危房改造(市住建局牵头,市财政局配合)\n1.2019年9月底前完成危房排查。', [[['市住建局'], ['市财政局']]]],
    ['三、危房改造(牵头单位:市住建局)\n1.2019年9月底前完成危房排查。', [[['市住建局'], []]]],
    ['三、危房改造\n(市住建局牵头)\n1.2019年9月底前完成危房排查。\n2.2019年12月底前完成危房整改。', [[['市住建局'], []], [['市住建局'], []]]],
    [
      '危房改造专项行动方案\n(县住建局牵头)\n一、工作目标\n2019年9月底前完成危房排查。\n二、工作步骤\n(一)2019年12月底前完成整改(县财政局负责)。',
      [[['县住建局'], []], [['县财政局'], []]],
    ],
    // The section ends at the next heading as high as its own.
    ['三、危房改造(市住建局牵头)\n1.2019年9月底前完成危房排查。\n四、河道整治\n1.2019年9月底前完成河道清淤。', [[['市住建局'], []], [[], []]]],
    // Negatives: a bracket that dates, marks a draft or names one unit with no role.
    ['一、工作目标(2019年)\n2019年9月底前完成危房排查。', [[[], []]]],
    ['三、危房改造(试行)\n1.2019年9月底前完成危房排查。', [[[], []]]],
    ['三、危房改造(市住建局)\n1.2019年9月底前完成危房排查。', [[[], []]]],
    ['(此件公开发布)\n1.2019年9月底前完成危房排查。', [[[], []]]],
    // A bracket under an item that has a date closes that item only.
    ['1.2019年9月底前完成危房排查。\n(市住建局牵头)\n2.2019年12月底前完成危房整改。', [[['市住建局'], []], [[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
