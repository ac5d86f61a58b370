import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A five-year plan's end is said as 末 and as 期末, 末期 or 时期末: "到“十四五”期末,力争基本完成2000年底前建成的城镇老旧小区
// 改造任务" (天津 2020), "明确提出到“十四五”期末,基本完成建成于2000年底前…的住宅小区改造工作" (驻马店 2021, twice), "到“十四五”
// 期末,力争基本完成所有需要改造城镇老旧小区的改造任务" (赣州 专项规划 2021-2025), audit-texts audit11 13, 14, 18; and in
// find_string: "到“十四五”期末,实现单位电信业务总量综合能耗…下降23%以上" (中国电信), "到“十四五”期末,黄浦区将基本完成成片二级
// 以下旧里改造任务", "要在“十三五”期末,促进城市和农村地区无线宽带网络的协调发展" (工信部 规划, quoted), "“十二五”期末,船舶重工
// 及配套产业产销规模冲击千亿" (扬州 广陵). Only 末 was read; 期末 gave no record.
const records = (body: string, issued = '2021 年 3 月 12 日') =>
  recordsOf({ body, title: '某市城镇老旧小区改造实施意见', number: '某政发〔2021〕3号', issued });
const read = (body: string, issued?: string) => records(body, issued).map((r) => [r.expression, r.due, r.target]);

describe('the end of a five-year plan said as 期末, 末期 or 时期末 is its last day, a target', () => {
  it.each([
    ['到“十四五”期末,力争基本完成改造任务。', [['“十四五”期末', '2025-12-31', true]]],
    ['到“十四五”末期,全市老旧小区改造基本完成。', [['“十四五”末期', '2025-12-31', true]]],
    ['到“十四五”时期末,全面完成改造任务。', [['“十四五”时期末', '2025-12-31', true]]],
    ['十四五期末前完成全部改造任务。', [['十四五期末前', '2025-12-31', true]]],
    ['要在“十五五”期末,实现城市更新全覆盖。', [['“十五五”期末', '2030-12-31', true]]],
    ['到“十四五”末,全市森林覆盖率达到45%。', [['“十四五”末', '2025-12-31', true]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it.each([
    // Negatives: a period over before the document's year is told, whichever word ends it; the period itself is read as before.
    ['“十二五”期末,全市船舶产业产销规模突破千亿。', [], '2018 年 3 月 12 日'],
    ['“十四五”期间,新建改建农村公路1000公里。', [['“十四五”期间', '2025-12-31', true]], undefined],
    ['编制“十四五”规划纲要。', [], undefined],
  ])('%s', (body, expected, issued) => expect(read(body, issued)).toEqual(expected));
});
