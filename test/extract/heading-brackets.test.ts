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

// A heading's bracket or a line of labels under a heading, made of labels, is read as the label lines under an item are: a
// person's label among them names no unit ("(一)公共卫生体系补短板工程(分管领导:程少云;牵头部门:市卫健委)", 鄂州 2020),
// and each unit label gives its role ("牵头单位:A;配合单位:B" on one line). 【】 close a heading as ( ) do.
describe('a heading bracket or a unit line made of labels', () => {
  it.each([
    ['(一)公共卫生体系补短板工程(分管领导:程少云;牵头部门:市卫健委)\n1.2020年底前完成发热门诊改造。\n2.2021年6月底前建成传染病救治中心。', [[['市卫健委'], []], [['市卫健委'], []]]],
    ['一、加强农村建设(责任领导:张三;牵头单位:市农业农村局;配合单位:市住建局、市财政局)\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], ['市住建局', '市财政局']]]],
    ['一、加强农村建设(牵头领导:张副市长;责任单位:市农业农村局、市住建局)\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], ['市住建局']]]],
    ['(一)加强农村建设【牵头单位:市农业农村局】\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], []]]],
    ['(一)加强农村建设[市农业农村局牵头,市住建局配合]\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], ['市住建局']]]],
    ['(一)加强农村建设\n牵头单位:市农业农村局;配合单位:市住建局\n1.2019年6月底前完成村庄规划编制。\n2.2019年9月底前完成户厕改造。', [[['市农业农村局'], ['市住建局']], [['市农业农村局'], ['市住建局']]]],
    ['(一)加强农村建设\n责任领导:张三 牵头单位:市农业农村局\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], []]]],
    ['(一)加强农村建设\n(分管领导:张三;牵头单位:市农业农村局)\n1.2019年6月底前完成村庄规划编制。', [[['市农业农村局'], []]]],
    // An item's own list still wins; the section ends at the next heading as high as its own.
    ['(一)加强农村建设(分管领导:张三;牵头单位:市农业农村局)\n1.2019年6月底前完成村庄规划编制(市自然资源局负责)。\n(二)加强城市建设\n2.2019年9月底前完成老旧小区改造。', [[['市自然资源局'], []], [[], []]]],
    // Negatives: labels naming persons only, a bracket of a year or a short name, helpers only.
    ['(一)加强农村建设(分管领导:张三)\n1.2019年6月底前完成村庄规划编制。', [[[], []]]],
    ['(一)加强农村建设(责任领导:张三;责任人:李四)\n1.2019年6月底前完成村庄规划编制。', [[[], []]]],
    ['(一)加强农村建设【2019年】\n1.2019年6月底前完成村庄规划编制。', [[[], []]]],
    ['(一)加强农村建设[试行]\n1.2019年6月底前完成村庄规划编制。', [[[], []]]],
    ['(一)加强农村建设(配合单位:市住建局)\n1.2019年6月底前完成村庄规划编制。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
