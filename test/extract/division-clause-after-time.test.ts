import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'division-clause.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// The division of an item's work said as "A牵头,B配合" (no 由) names its units wherever it stands: before the time
// (兰州 "由吴继德副市长负责,市建委牵头,相关部门配合,…"), as a line of its own (广东 2023 "部门分工:省发展改革委牵头,各地、
// 各部门配合"), in brackets (昆明官渡 2016 "(区环保局牵头,区水务局、区级相关部门配合)", 咸阳 2022, 潮州 2019), and as the
// clause closing the dated sentence after a comma, the form later engineers saw on blind documents ("…于6月底前完成,A牵头,
// B配合。"), which charged no one.
describe('a division clause closing the dated sentence', () => {
  it.each([
    ['(一)加强危房排查,于2019年6月底前完成,县住建局牵头,县财政局配合。', [[['县住建局'], ['县财政局']]]],
    ['(一)2019年6月底前完成危房排查,县住建局牵头,县财政局、各乡镇配合。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.2019年6月底前完成危房排查,县住建局负责,各乡镇配合。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查,县住建局牵头,各乡镇参与。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查,县住建局、县财政局牵头,各乡镇配合。', [[['县住建局', '县财政局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查,县住建局牵头。', [[['县住建局'], []]]],
    ['1.2019年9月底前完成危房改造,各乡镇负总责。', [[['各乡镇'], []]]],
    ['1.2019年9月底前完成危房改造,该项工作由县住建局牵头,县财政局配合。', [[['县住建局'], ['县财政局']]]],
    // Each time of the sentence is charged by the clause closing it; a clause closing its own part of a list charges that part.
    ['1.2019年6月底前完成排查,2019年9月底前完成整改,县住建局牵头,县财政局配合。', [[['县住建局'], ['县财政局']], [['县住建局'], ['县财政局']]]],
    ['1.2019年6月底前完成排查,县住建局牵头;2019年9月底前完成整改,县财政局牵头。', [[['县住建局'], []], [['县财政局'], []]]],
    // Negatives: a clause that does not close the sentence, a subject of the dated clause, a charge inside a matter, a
    // unit that is no name.
    ['1.2019年6月底前完成危房排查,县住建局负责督导,确保按时完成。', [[[], []]]],
    ['1.各乡镇要于2019年6月底前完成危房排查,县住建局负责。', [[['各乡镇'], []]]],
    ['1.2019年6月底前完成危房排查,所需资金由县财政局负责。', [[['县财政局'], []]]],
    ['1.2019年6月底前完成危房排查,并对排查结果负责。', [[[], []]]],
    ['1.2019年6月底前完成危房排查,市政府将对此负责。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
