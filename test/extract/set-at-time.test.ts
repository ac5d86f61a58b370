import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A time, then a verb that sets targets or plans and 的, says which targets are meant, as a time things were built by
// does (built-by-time.test.ts): "按照年初既定的目標任務,全面梳理…" and "確保年初的各項目標任務落地生根、見到成效" (大亚湾 2018
// 督查通知, audit-texts audit9/29), "认真对照年初奋斗目标、上级考核目标和高质发展追赶目标" (2019 前三季度落实情况, times8/10),
// "较好地完成年初确定的目标任务" (丽水, find_string 60481323967), "为全公司圆满完成年初确定的各项目标任务发挥了重要的保障和
// 促进作用" (a provincial tobacco bureau, 9153329791), "年初确定的主要预期目标和各项工作任务全面超额完成" (上海 a 政府工作
// 报告, 49213741886), "在年初确定的代理机构库中随机抽取" (a procurement rule table, 57978437357), "低于年初制定的3.0%调控目
// 标" (53903542732), "业务部门年初制定的年度绩效考核目标" (10251576770), "公司整体表现优异,达到了年初制定的各项目标"
// (48213643377), "2019已过半,年初制定的旅行计划都如期进行了吗" (15172418102), "顺利完成“十三五”确定的目标任务" (拉萨 十四五
// 纲要, audit-texts 19-xizang). Each gave a deadline on the last day of January, or the plan period's end.
const records = (body: string) =>
  recordsOf({ body, title: '某市人民政府办公室关于2021年重点工作督查的通知', number: '某政办发〔2021〕15号', issued: '2021 年 9 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due]);

describe('a time targets were set at, before 的 and the targets, is no deadline', () => {
  it.each([
    ['各县区要按照年初既定的目标任务,全面梳理重点项目进展情况。'],
    ['各县区要确保年初的各项目标任务落地生根、见到成效。'],
    ['各县区、各部门要认真对照年初奋斗目标、上级考核目标,全力拼搏冲刺。'],
    ['各乡镇要对照年初确定的目标,加快推进工作。'],
    ['各单位要确保达到年初制定的各项目标。'],
    ['各单位要严格按照年初签订的目标责任书,逐项抓好落实。'],
    ['各部门要确保完成年初下达的各项任务。'],
    ['各部门要全面完成今年年初提出的目标任务。'],
    ['各地要认真对照年初目标,查漏补缺。'],
    ['各单位要全面完成“十三五”确定的目标任务。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a time to set targets or plans by stays a deadline', () => {
  it.each([
    ['各部门要于年初制定工作计划。', [['于年初', '2021-01-31']]],
    ['各单位要在年初确定本单位目标任务,报县政府督查室。', [['在年初', '2021-01-31']]],
    ['各乡镇要在年初完成任务分解。', [['在年初', '2021-01-31']]],
    ['各单位要于3月底前制定实施方案。', [['于3月底前', '2021-03-31']]],
    ['各单位要于年底前提出下一年度目标任务。', [['于年底前', '2021-12-31']]],
    // A time in a clause of duty before 的 is the deadline of the things it names.
    ['2021年底前要完成的整改任务,务必倒排工期,确保12月10日前完成。', [['2021年底前', '2021-12-31'], ['12月10日前', '2021-12-10']]],
    // The set-at time picks the targets out; the sentence's own deadline is read as before.
    ['各单位要对照年初确定的目标,于10月底前报送完成情况。', [['于10月底前', '2021-10-31']]],
    // Only a time a period opens with names the targets set then: 年底前 is when they are due.
    ['各县区要确保年底前目标任务全面完成。', [['年底前', '2021-12-31']]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
