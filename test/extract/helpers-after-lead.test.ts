import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'helpers-after-lead.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// After the one marked 牵头, units answering for their share or carrying the work out (负责, 按职责分工负责, 落实, 负责落实) are
// others responsible, wherever the division stands: in brackets, as the sentence after the task, or opening the sentence before
// its time ("由马娜牵头,区收储办、区自然资源和规划分局负责,及时收集…" 新华区 2022; "九重区域环境整治由王光玲牵头,九重镇落实" 淅川;
// "执法分局牵头,各工商所按照各自辖区分工负责,对校园周边…"; "(…牵头,市级各有关部门及各县市区政府按职责分工负责)" 咸阳 2022;
// "(…参与,各县、区人民政府(管委会)负责落实)" 潮州 2019; audit-texts units8/02). Read from the last clause alone, those
// helpers were made the leads and the one marked 牵头 was lost.
describe('helpers who answer for or carry out the work after the one marked 牵头', () => {
  it.each([
    // The division as the sentence after the task.
    ['1.2019年6月底前完成危房排查。由县住建局牵头,县财政局、各乡镇按职责分工负责。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.加快危房改造,2019年6月底前完成。县住建局牵头,县财政局、各乡镇按职责分工负责。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.2019年6月底前完成危房排查。县住建局牵头,县财政局配合,各乡镇落实。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.2019年6月底前完成危房排查。县住建局牵头,各乡镇负责落实。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查。分管副县长牵头,县住建局负责。', [[['分管副县长'], ['县住建局']]]],
    // The division closing the dated sentence, and in brackets (read so before).
    ['1.2019年6月底前完成危房排查,由县住建局牵头,各乡镇负责。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查(分管副县长牵头,县住建局负责)。', [[['分管副县长'], ['县住建局']]]],
    // The division opening the sentence, before its time.
    ['1.由县住建局牵头,县财政局、各乡镇负责,2019年6月底前完成危房排查。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.由县住建局牵头,各乡镇落实,于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.由县住建局牵头,县财政局配合,各乡镇负责落实,于2019年6月底前完成危房排查。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.由分管副县长牵头,县住建局负责,2019年6月底前完成危房排查。', [[['分管副县长'], ['县住建局']]]],
    ['1.由县住建局牵头,各乡镇按职责分工负责,于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.由县住建局牵头,于2019年6月底前完成危房排查,各乡镇负责落实。', [[['县住建局'], ['各乡镇']]]],
    // Not so: one marked 牵头 who is no unit's name leaves the units after it as they were read; a unit charged with an act of its
    // own, a lead marked with its task, 牵头 in another sentence, and two units each 负责 with no one marked.
    ['1.2019年6月底前完成危房排查。由张三牵头,县住建局、县财政局负责。', [[['县住建局'], ['县财政局']]]],
    ['1.由张三牵头,县住建局、县财政局负责,于2019年6月底前完成危房排查。', [[['县住建局'], ['县财政局']]]],
    ['1.由县住建局牵头,各乡镇负责组织群众,于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
    ['1.县住建局牵头制定方案,各乡镇负责,于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
    ['1.县住建局牵头。各乡镇负责,于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
    ['1.县住建局要于2019年6月底前完成危房排查。县财政局负责资金保障。', [[['县住建局'], []]]],
    ['1.2019年6月底前完成危房排查。县住建局负责,各乡镇负责。', [[['县住建局'], ['各乡镇']]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
