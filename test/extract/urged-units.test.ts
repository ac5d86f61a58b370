import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

/** The records of a synthetic body, as [lead, co] in text order. */
function units(body: string): Array<[string[], string[]]> {
  return recordsOf({ body }, 'urged-units.txt').map((o) => [o.lead, o.co]);
}

type Case = [string, Array<[string[], string[]]>];

// A unit urging, guiding or overseeing others (督促, 指导, 督导) to do the dated work leads it, and those it urges, who carry
// the work, are the others responsible, as those a unit organises (组织) are. Real: 岚皋 2021 "核查结束后由县住建局牵头,
// …督促各镇在10月25日前全面整改落实到位" (audit-texts subjects3/01: no 各镇), 教育部 "将会同市场监管、民政…等部门继续
// 督促各地加快整改进度,确保按期完成整改任务", 中川镇 2020 "镇政府督促各村对此类问题进行系统排查、举一反三", 北京 2016
// 政务公开要点 "指导各区政府建立健全权力清单和责任清单制度,并做好…公开工作", and "督促各县份加快蓄电池放电测试", "督促各
// 部门主管在系统内清零当月所有待审批补卡与换班申请", "指导和督促各股室落实内部控制主体责任", "检查督促各单位、各部门贯彻
// 执行党委决议" (find_string; audit-texts units6/07).
describe('the units a unit urges or guides to do the work', () => {
  it.each([
    ['1.县住建局督促各乡镇于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局指导各乡镇于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局要督促各乡镇于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局负责督促各乡镇,于2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局于2019年6月底前督促各乡镇完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局负责指导各乡镇开展危房排查,2019年6月底前完成。', [[['县住建局'], ['各乡镇']]]],
    ['1.县住建局要指导督促各乡镇在2019年6月底前完成危房排查。', [[['县住建局'], ['各乡镇']]]],
    ['1.省住建厅要加强指导,督促各地于2019年底前完成排查。', [[['省住建厅'], ['各地']]]],
    ['1.市政府督查室负责督促各单位于每月5日前报送进展情况。', [[['市政府督查室'], ['各单位']]]],
    ['截至目前,已实地核查982户,核查结束后由县住建局牵头,根据问题整改汇总台账,分类制定整改措施,督促各镇在10月25日前全面整改落实到位。', [[['县住建局'], ['各镇']]]],
    // Negatives: guidance received (指导下, 的指导), what is urged no unit, a list naming the item's units.
    ['1.在县住建局指导下,各乡镇于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
    ['1.各乡镇在县住建局的指导下于2019年6月底前完成危房排查。', [[['各乡镇'], []]]],
    ['1.县住建局要加强对各乡镇的指导,2019年6月底前完成危房排查。', [[['县住建局'], []]]],
    ['1.县住建局督促各项整改措施于2019年6月底前落实到位。', [[['县住建局'], []]]],
    ['(一)督促各县于2019年9月底前完成排查。(责任单位:市住建局)', [[['市住建局'], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});

// The same said in brackets after the task: the unit organising, guiding or urging leads and those it sets to the work help
// ("(A牵头组织B、C实施)", the form the session brief reports from blind documents, which named no one or a unit called
// 县住建局指导各乡镇), and those 会同 joins after a lead help. A name holding 组织 or 指导 (市委组织部, 县农技指导站) is one name.
describe('the units organised or guided, in brackets', () => {
  it.each([
    ['1.2019年6月底前完成危房排查(县住建局牵头组织县财政局、各乡镇实施)。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    ['1.2019年6月底前完成危房排查。(县住建局牵头组织各乡镇实施)', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查(县住建局组织各乡镇实施)。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查(县住建局指导各乡镇实施)。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查(县住建局督促各乡镇落实)。', [[['县住建局'], ['各乡镇']]]],
    ['1.2019年6月底前完成危房排查(县住建局牵头,会同县财政局、各乡镇实施)。', [[['县住建局'], ['县财政局', '各乡镇']]]],
    // Negatives: names holding the verbs, a lead organising no one, what is organised no unit.
    ['1.2019年6月底前完成危房排查。(市委组织部实施)', [[['市委组织部'], []]]],
    ['1.2019年6月底前完成危房排查。(市委组织部牵头,县农技指导站配合)', [[['市委组织部'], ['县农技指导站']]]],
    ['1.2019年6月底前完成危房排查(县住建局牵头组织实施)。', [[['县住建局'], []]]],
    ['1.2019年6月底前完成危房排查(县住建局组织专家实施)。', [[[], []]]],
  ] as Case[])('%s', (body, expected) => expect(units(body)).toEqual(expected));
});
