import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

function leadAndCo(body: string): Array<[string[], string[]]> {
  return recordsOf({ body, title: '某县人民政府办公室关于印发2019年工作要点的通知' }, 'act-verbs.txt').map((o) => [o.lead, o.co]);
}

/**
 * A subject is found where its predicate starts. Verbs of an administrative act (公布, 作出, 赶赴, 审查, 填写…) start one
 * after a unit's name as 完成 and 报送 do; the same words open the names of the bodies doing that work (督查室, 宣传部,
 * 登记注册科, 培训中心), and a unit may be named by one (申请单位): there the name goes on.
 */
describe('a subject before a verb of an administrative act', () => {
  it.each([
    ['2019年6月底前,县人社局公布考核结果。', [[['县人社局'], []]]],
    ['2019年6月底前,县人力资源和社会保障局公布考核结果。', [[['县人力资源和社会保障局'], []]]],
    ['接到报告后2小时内,县应急管理局赶赴现场。', [[['县应急管理局'], []]]],
    ['受理申请后20个工作日内,审批部门作出是否批准的决定。', [[['审批部门'], []]]],
    // A milestone's list after its time keeps the convention of responsibility lists: the first-listed leads.
    ['2019年9月底前,国家统计局、国务院经普办公布普查方案。', [[['国家统计局'], ['国务院经普办']]]],
    ['2019年5月底前,各乡镇填写调查表并报县农业农村局。', [[['各乡镇'], []]]],
    ['2019年7月底前,县审计局审查项目资金使用情况。', [[['县审计局'], []]]],
    ['2019年8月底前,县财政局下拨专项资金。', [[['县财政局'], []]]],
    // Bodies whose names open with such a verb: the name goes on to its head.
    ['2019年6月底前,县政府督查室通报各单位落实情况。', [[['县政府督查室'], []]]],
    ['2019年6月底前,市委宣传部完成宣传方案。', [[['市委宣传部'], []]]],
    ['2019年6月底前,市场监管局登记注册科完成清理。', [[['市场监管局登记注册科'], []]]],
    ['2019年6月底前,县人社局培训中心完成培训。', [[['县人社局培训中心'], []]]],
    // Units named by such a verb stay units.
    ['申请单位应当在2019年6月底前提交材料。', [[['申请单位'], []]]],
    ['考核结果为不合格的县政府,应在2019年6月底前提交整改报告。', [[['考核结果为不合格的县政府'], []]]],
    // A title in 《》 is never part of the name 由 charges.
    ['由县政府办公室填写《议题审核表》,送相关科室提出审核意见(1个工作日)。', [[['相关科室'], []]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => {
    expect(leadAndCo(body)).toEqual(expected);
  });
});

/**
 * 组织 names the organisation departments at the head of a list of fields one head closes ("组织、人事、民政等部门"), as
 * 建设 names the construction ones; before a list of verbs ("组织、协调各部门") it is the verb, and whoever it organises
 * is no co-operating unit.
 */
describe('组织 as a field in a list of departments', () => {
  it.each([
    ['组织、人事、民政等部门牵头每年招聘一批高校毕业生充实基层。', [[['组织、人事、民政等部门'], []]]],
    ['组织、人社部门要于2019年6月底前完成选调工作。', [[['组织、人社部门'], []]]],
    ['2019年6月底前,组织、编办、财政等部门完成核编。', [[['组织、编办、财政等部门'], []]]],
    ['建设、财政等部门于2019年9月底前完成验收。', [[['建设、财政等部门'], []]]],
    // 组织 the verb, before a list of verbs or a unit.
    ['市政府组织、协调各部门于2019年9月底前完成核查。', [[['市政府'], []]]],
    ['县人社局负责组织、协调有关部门于2019年10月底前完成培训。', [[['县人社局'], []]]],
    ['县政府组织有关部门于2019年9月底前完成核查。', [[['县政府'], ['有关部门']]]],
  ] as Array<[string, Array<[string[], string[]]>]>)('%s', (body, expected) => {
    expect(leadAndCo(body)).toEqual(expected);
  });
});
