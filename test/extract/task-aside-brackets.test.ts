import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A bracket in a task that only points to an annex ("(见附件2)", "(附件)", "(报表见附件)", "(使用说明详见附件6)", "(报送式样附后)")
// or gives whom to call or write to ("(邮箱:…)", "(联系电话:…)", "(联系人:…,联系电话:…)") says where the form is or how to
// reach the office, not what must be done, and was kept in the task. Real: "…及《海陵区学校校舍及校园消防安全隐患排查整治
// 情况统计表》(见附件2)分别以书面(加盖公章)和电子文档的方式上报局基建科(邮箱:tzhljjk@163.com)" (海陵 2018, audit-texts
// tasks20), "于每月28日…之前将2017年林区公路建设进度表(附件)报送至县林业局" (a 2017 county notice, corpus t_13 and pool),
// "(报表见附件)" (pool p088, a 2019 统战 notice to towns), "(使用说明详见附件6)" (pool guoguan 2022), "(联系电话:6239325)" (pool
// dazhu 2016), "报送至市人民政府督查室(报送式样附后)" (武汉 2019, corpus p_01).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于2019年重点工作的通知', number: '某政办发〔2019〕3号', issued: '2019 年 3 月 12 日' });
const tasks = (body: string) => records(body).map((r) => [r.expression, r.task]);

describe('a bracket pointing to an annex or giving contact details is left out of the task', () => {
  it.each([
    ['各乡镇于6月30日前将排查情况统计表(见附件2)报县应急局。', [['于6月30日前', '将排查情况统计表报县应急局']]],
    ['各乡镇于每月28日前将进度表(附件)报送县林业局。', [['每月28日前', '将进度表报送县林业局']]],
    ['请各镇于4月10日前上报统计报表(报表见附件)。', [['于4月10日前', '上报统计报表']]],
    ['各部门于9月16日前完成系统填报(使用说明详见附件6)。', [['于9月16日前', '完成系统填报']]],
    ['各乡镇于4月15日前将完成情况报送县政府督查室(报送式样附后)。', [['于4月15日前', '将完成情况报送县政府督查室']]],
    ['各学校于5月20日前将自查报告报送局安全科(邮箱:abc@163.com)。', [['于5月20日前', '将自查报告报送局安全科']]],
    ['各乡镇于6月20日前报送进展情况(联系人:王明,联系电话:6239325)。', [['于6月20日前', '报送进展情况']]],
    ['各乡镇于3月底前将名单报县人社局(联系电话0432-2023407,传真0432-2048657)。', [['于3月底前', '将名单报县人社局']]],
    ['各乡镇于3月底前将名单报县人社局(联系人:李华;电子信箱:abc@qq.com)。', [['于3月底前', '将名单报县人社局']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});

describe('a bracket that says how, what or who stays', () => {
  it.each([
    ['各乡镇于6月底前将自查报告(加盖公章)报送县政府办公室。', [['于6月底前', '将自查报告(加盖公章)报送县政府办公室']]],
    ['各乡镇于6月底前报送申报材料(含附件)。', [['于6月底前', '报送申报材料(含附件)']]],
    ['各乡镇于6月底前报送申报材料(附件材料须加盖公章)。', [['于6月底前', '报送申报材料(附件材料须加盖公章)']]],
    ['各乡镇于3月10日前确定一名联络员(联系人)。', [['于3月10日前', '确定一名联络员(联系人)']]],
    ['各乡镇于6月底前报送汇报材料(一式三份)。', [['于6月底前', '报送汇报材料(一式三份)']]],
    // Contact details with a rule of its own in the same bracket: the rule is part of what is done.
    ['各乡镇于6月底前报送推荐材料(联系电话:8286800;推荐材料按照方案要求申报)。', [['于6月底前', '报送推荐材料(联系电话:8286800;推荐材料按照方案要求申报)']]],
    ['各乡镇于3月10日前建立联系人制度(联系人制度见方案)。', [['于3月10日前', '建立联系人制度(联系人制度见方案)']]],
  ])('%s', (body, expected) => expect(tasks(body)).toEqual(expected));
});
