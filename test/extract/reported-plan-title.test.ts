import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A title that reports how a year's plan went names the plan reported on, not a plan of its own: "玉溪市人民政府办公室关于
// 2017年度科技创新目标任务考核结果的通报" (玉政办函〔2018〕16号, signed 2018-03-16, audit-texts gazette4/18) took 2017 from its
// title as a plan year, and its "2017年,各县区深入实施…,狠抓各项工作目标任务落实" became a 2017 target; "国务院关于2016年国民经济
// 和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告" (新华社 2017) plans 2017. The titles of such reports, read
// on government pages: …十件民生实事完成情况的通报 (阳东 2024), …民生实事项目进展情况的通报 (会昌 2023), …《政府工作报告》部分
// 目标任务完成情况 (宣城 2020), …主要任务上半年落实情况的通报 (寿县 2022), …主要目标任务上半年工作落实情况 (金寨 2025),
// …常务会议确定事项落实情况的通报 (紫阳 2022). The year such a title names is the one reported, most often the year before
// the document's own: the document's date gives the year of its months, as for any notice.
const record = (title: string, body: string, issued: string) =>
  recordsOf({ title, number: '某政办发〔2017〕10号', issued, body }).map((r) => [r.expression, r.due]);

describe('a title reporting on a plan names no plan year', () => {
  it.each([
    ['某市人民政府办公室关于2016年度重点工作任务完成情况的通报', '各地要于3月底前将整改情况报市政府办公室。', '2017 年 2 月 10 日', [['于3月底前', '2017-03-31']]],
    ['某市人民政府办公室关于2016年度科技创新目标任务考核结果的通报', '各地要于3月底前将整改情况报市政府办公室。', '2017 年 3 月 16 日', [['于3月底前', '2017-03-31']]],
    ['某省人民政府办公厅关于2016年度政府工作报告重点工作任务落实情况的通报', '各地要于4月底前报送整改方案。', '2017 年 1 月 20 日', [['于4月底前', '2017-04-30']]],
    ['某市人民政府关于表彰2016年度重点工作任务先进单位的决定', '各地要于3月底前报送推荐材料。', '2017 年 2 月 10 日', [['于3月底前', '2017-03-31']]],
    // The year a report tells as done is no target of the year it names.
    ['某市人民政府办公室关于2016年度科技创新目标任务考核结果的通报', '2016年,各县区深入实施创新驱动发展战略,科技支撑能力不断提升。', '2017 年 3 月 16 日', []],
  ])('%s', (title, body, issued, expected) => expect(record(title, body, issued)).toEqual(expected));
});

describe('a title naming the plan it issues or sets still gives its year', () => {
  it.each([
    ['某市人民政府关于下达2017年国民经济和社会发展计划的通知', '各县要于3月底前制定实施计划。', '2016 年 12 月 28 日', [['于3月底前', '2017-03-31']]],
    ['某市人民政府关于下达2017年度目标责任制考核任务的通知', '各县要于6月底前报送半年进展。', '2016 年 12 月 28 日', [['于6月底前', '2017-06-30']]],
    ['某市人民政府办公室关于印发2017年重点工作任务的通知', '各县要于6月底前完成。', '2016 年 12 月 28 日', [['于6月底前', '2017-06-30']]],
    // A plan reported on, then the plan set: the second names the year.
    ['某市人民政府关于2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划的通知', '各县要于6月底前完成。', '2016 年 12 月 28 日', [['于6月底前', '2017-06-30']]],
  ])('%s', (title, body, issued, expected) => expect(record(title, body, issued)).toEqual(expected));
});
