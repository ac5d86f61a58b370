import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A five-year period right after a verb that makes or grasps a plan, or after a preposition, opens that verb's object and
// qualifies the noun the object ends in; a time the clause is set in stands before its verb. Real: "主要阐明“十四五”时期经济
// 社会发展的指导思想、目标任务和重大举措" (拉萨 十四五纲要, audit-texts audit9/19), "关于制定“十五五”时期国民经济和社会发展规划
// 的建议", "就制定“十五五”时期国民经济和社会发展规划提出以下建议" (拉萨 十五五建议, audit9/24), "按照“十四五”时期全省卫生健康
// 事业“一个主题、两大能力、三项支撑”" (贵州 2021 卫健工作要点, audit10/02), "研究制定“十四五”时期国家知识产权保护和运用规划"
// (2020 讲话), "明确“十四五”时期中医药发展目标任务和重点措施" (国务院办公厅 2022 “十四五”中医药发展规划), "列入“十五五”时期
// 经济社会发展的主要目标", "准确把握“十五五”时期…的重要地位,深刻领会“十五五”时期…的指导方针和主要目标,全面理解“十五五”时期…
// 的战略任务", "研究“十五五”时期北京推进国际科技创新中心建设等事项", "深入谋划“十五五”时期推进生态文明建设的方向路径",
// "党中央关于“十四五”时期发展的重大决策部署" (audit-texts times8/01-02). Each was a target on the period's last day.
const records = (body: string) =>
  recordsOf({ body, title: '某县国民经济和社会发展第十四个五年规划纲要', number: '某政发〔2021〕3号', issued: '2021 年 3 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a plan period opening the object of a verb of planning, or of a preposition, sets no target', () => {
  it.each([
    ['本纲要主要阐明“十四五”时期经济社会发展的指导思想、目标任务和重大举措。'],
    ['县委全会就制定“十五五”时期国民经济和社会发展规划提出以下建议。'],
    ['要研究制定“十四五”时期全县知识产权保护和运用规划,明确目标、任务和举措。'],
    ['为明确“十四五”时期中医药发展目标任务和重点措施,制定本规划。'],
    ['按照“十四五”时期全县卫生健康事业总体思路,统筹推进各项工作。'],
    ['将生态环境质量改善列入“十五五”时期经济社会发展的主要目标。'],
    ['准确把握“十五五”时期的重要地位,深刻领会“十五五”时期经济社会发展的主要目标。'],
    ['全面理解“十五五”时期经济社会发展的战略任务和重大举措。'],
    ['县政府常务会议研究“十五五”时期推进产业园区建设等事项。'],
    ['深入谋划“十五五”时期推进生态文明建设的方向路径。'],
    ['推动党中央关于“十四五”时期发展的重大决策部署落到实处。'],
    ['组织编制“十五五”时期交通发展规划。'],
    // The verb with 了, the deed told ("规划明确了“十四五”时期循环经济发展的主要目标和重点任务", a news item on the
    // 发改委 plan; "《建议》提出了“十四五”时期经济社会发展必须遵循的原则;明确了“十四五”时期经济社会发展主要目标", an
    // article, GitHub-held text; "明确了“十三五”期间大连市经济社会发展的指导思想、主要目标" 大连 十三五纲要, audit-texts
    // pool/p296), and 提出, a verb that makes a plan as 制定 does.
    ['规划明确了“十四五”时期循环经济发展的主要目标和重点任务。'],
    ['《建议》提出了“十四五”时期经济社会发展必须遵循的原则。'],
    ['本纲要阐明了“十四五”时期全县经济社会发展的战略意图。'],
    ['县委全会研究了“十四五”时期全县发展的重大问题。'],
    ['各乡镇要提出“十四五”期间的建设计划。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a plan period the clause is set in stays a target', () => {
  it.each([
    ['“十四五”时期,全县新建学校10所。', [['“十四五”时期', '2025-12-31', true]]],
    ['全县“十四五”期间完成造林10万亩。', [['“十四五”期间', '2025-12-31', true]]],
    // A verb of reaching keeps the period its goal.
    ['确保全面完成“十四五”时期各项目标任务。', [['“十四五”时期', '2025-12-31', true]]],
    ['力争“十四五”期间实现城乡供水一体化全覆盖。', [['“十四五”期间', '2025-12-31', true]]],
    ['在“十四五”时期建成县城污水处理厂。', [['“十四五”时期', '2025-12-31', true]]],
    // The period first, then the verb of planning: the time the planning is done in.
    ['“十四五”期间,县发改局要谋划一批重大项目。', [['“十四五”期间', '2025-12-31', true]]],
    // The plan's end after such a verb is a goal, as before.
    ['明确到“十四五”末全县森林覆盖率达到45%。', [['“十四五”末', '2025-12-31', true]]],
    // 了 closing a verb of reaching, or a period after 了 that is no verb's object, is as before.
    ['全县已完成了“十三五”时期各项目标任务,“十四五”时期全县新建学校10所。', [['“十四五”时期', '2025-12-31', true]]],
    ['提出了明确要求,“十四五”期间全县完成造林10万亩。', [['“十四五”期间', '2025-12-31', true]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
