import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A five-year plan period before 开好局 or 起好步 names the period's opening, its first year: "确保“十四五”开好局、起好步"
// (贵州 2021 卫生健康工作要点, audit-texts audit10/02; 金乡 2021 责任分工, layout6/02; 两会 news, find_string 26695147124),
// "为“十四五”开好局、起好步奠定坚实基础" (泉州 2021, subjects2/16), "紧扣“十四五”开好局起好步,进一步深化政务公开" (集美 2021,
// tables3/02), "紧紧围绕“十四五”开好局加强政治监督" (a 纪委 work report, 60727071996), "2016年的中国两会承载着“十三五”开好局的
// 使命" (42633975848), "为“十五五”开好局、起好步提供坚实支撑" (a city's news, 67442106077; an education meeting,
// 54083059847), "推动“十五五”开好局、起好步" (62364870309). Each with 确保 or 完成 before it gave the plan's last day as a target.
const records = (body: string) =>
  recordsOf({ body, title: '某市人民政府关于印发2021年政府工作报告重点工作责任分工的通知', number: '某政发〔2021〕3号', issued: '2021 年 2 月 10 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a plan period that opens well is no target at its end', () => {
  it.each([
    ['各县区要确保“十四五”开好局、起好步。'],
    ['确保“十四五”开好局起好步,以优异成绩庆祝中国共产党成立100周年。'],
    ['各部门要全力推动各项工作,确保“十五五”开好局。'],
    ['确保完成各项任务,为“十四五”开局起步奠定坚实基础。'],
    ['全面完成年度目标,确保"十四五"起好步。'],
    // 良好开局: "为实现“十四五”良好开局提供有力支撑" (a 2023 town's 春耕 plan, audit-texts recall19/08), "为实现“十二五”良好开局…作出贡献"
    // (a 政协 work report, find_string 26165250959, 44625067665), "全力实现“十三五”良好开局" (a city's news titles, 21735171599),
    // "中国经济能实现“十三五”良好开局" (sohu 2016, 40913383534), "为实现“十五五”良好开局提供坚强政治保证" (62255924228 is a title,
    // 61644140554 a poster), "强调实现“十五五”良好开局" (政治局 news, 56064492478).
    ['各村要抓好春耕生产,为实现“十四五”良好开局提供有力支撑。'],
    ['全力实现“十五五”良好开局。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a plan period reached at its end is still a target', () => {
  it.each([
    ['确保“十四五”圆满收官。', [['“十四五”', '2025-12-31', true]]],
    ['确保“十四五”目标任务全面完成。', [['“十四五”', '2025-12-31', true]]],
    ['力争“十四五”期间完成改造任务。', [['“十四五”期间', '2025-12-31', true]]],
    // A period reached at its end beside a good opening of the next (as in "确保高质量完成“十四五”规划目标任务,实现“十五五”良好开局",
    // 49853179450, where “十四五”规划 names the plan).
    ['确保“十四五”目标任务全面完成,实现“十五五”良好开局。', [['“十四五”', '2025-12-31', true]]],
    ['到“十四五”末,全市建成区绿地率达到40%。', [['“十四五”末', '2025-12-31', true]]],
    // The opening names the first year; a deadline in the same sentence is read as before.
    ['确保“十四五”开好局,各县区要于3月底前制定实施方案。', [['于3月底前', '2021-03-31', false]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
