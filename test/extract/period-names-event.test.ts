import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A quarter or a half-year right before the name of a meeting, a ceremony, an inspection or an assessment names it: the
// period the meeting reviews, the round the inspection belongs to. Each gave a deadline at the period's end. Real (audit-texts
// goals19): "代县召开2024年一季度经济运行调度会" (代县 2024, 02), "江川县召开2015年一季度经济运行分析会" (held 23 April, 03),
// "全县2024年一季度“开门红”经济运行调度会召开" (梓潼 2024, 04), "秦安縣召開一季度全縣經濟運行分析推進緊急會議" (秦安 2016, 05),
// "鳳縣舉行2022年第三季度重點項目集中開工儀式" (凤县 2022, 06), "平利召开2022年一季度重点项目集中开工现场会" (平利 2022, 07),
// "深入贯彻全省、全市二季度经济发展调度会精神" (a county speech 2025, 08), "我县举行2024年一季度全县重大项目集中开工暨…动员大会"
// (会昌 2024, 09), "迎接县三季度督查工作" ×3 (a township's monthly schedule, audit8), "将验收情况作为2021年一季度堤防管理考核评比
// 依据" (湘阴 2021, recall19); a quarter's analysis meeting sits after it ("三季度经济形势分析会议" on 28 October, goals19/10).
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府办公室关于印发2024年重点工作安排的通知', number: '某政办发〔2024〕2号', issued: '2024 年 1 月 5 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due]);

describe('a quarter or a half-year that names an event is no deadline', () => {
  it.each([
    ['县政府召开2024年一季度经济运行调度会,研究部署下一阶段工作。'],
    ['4月中旬召开一季度全县经济运行分析会。', [['4月中旬', '2024-04-20']]],
    ['举行2024年第三季度重点项目集中开工仪式。'],
    ['深入贯彻全市二季度经济发展调度会精神。'],
    ['各村10月底前做好迎接县三季度督查工作。', [['10月底前', '2024-10-31']]],
    ['将验收情况作为2024年一季度堤防管理考核评比依据。'],
    ['县委将召开上半年工作推进会。'],
    ['我县举行2024年一季度全县重大项目集中开工暨“十百千万”工程动员大会。'],
    ['各乡镇接受四季度考核。'],
  ])('%s', (body, expected = []) => expect(read(body)).toEqual(expected));
});

describe('a period that the act follows, or that closes, is still when to act', () => {
  it.each([
    ['二季度召开经济运行分析会。', [['二季度', '2024-06-30']]],
    ['各乡镇一季度完成项目开工。', [['一季度', '2024-03-31']]],
    ['县督查室三季度要开展专项督查。', [['三季度', '2024-09-30']]],
    ['一季度末前召开全县经济运行分析会。', [['一季度末前', '2024-03-31']]],
    ['在二季度组织一次现场观摩会。', [['在二季度', '2024-06-30']]],
    ['各乡镇要做好三季度重点项目集中开工准备工作。', [['三季度', '2024-09-30']]],
    ['组织开展四季度安全生产大检查。', [['四季度', '2024-12-31']]],
    ['确保上半年实现“双过半”。', [['上半年', '2024-06-30']]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
