import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A notice's preamble says what its plan year is: "2017年,是新一届市人民政府的开局之年。" (武汉 2017 责任分解方案's notice,
// audit-texts gazette4/04), "2021年，是“十四五”开局之年，也是我国开启全面建设…的开启之年" (中汽中心), "2023年，是全面贯彻党的
// 二十大精神的起始之年，是我校“十四五”规划承上启下的关键一年" (a college's 2023 report), "2018年，是决胜全面建成小康社会、实施
// “十三五”规划承上启下的关键一年" (a news site's article), and the 十九大 report's "从现在到2020年，是全面建成小康社会决胜期"
// (quoted by three study sites). Said of a year, or of the time up to it, 是 tells what it is: no target. "2017年是…" without
// the comma was already no record; the work is in the sentences after it.
const records = (body: string) =>
  recordsOf({ body, title: '某市人民政府办公室关于印发政府工作报告重点工作责任分解的通知', number: '某政办发〔2017〕15号', issued: '2017 年 3 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a year said to be what it is sets no target', () => {
  it.each([
    ['2017年,是新一届市人民政府的开局之年。'],
    ['2017年，是全面贯彻党的十九大精神的开局之年，做好今年工作意义重大。'],
    ['2017年,既是“十三五”规划承上启下之年,也是全面深化改革的攻坚之年。'],
    ['2017年,是实施“十三五”规划的重要一年,也是供给侧结构性改革的深化之年。'],
    ['2017年是实施“十三五”规划的重要一年。'],
    ['从现在到2020年,是全面建成小康社会决胜期。'],
    ['2018年,将是全面贯彻党的十九大精神的开局之年。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a year opening what is to be done in it is still a target', () => {
  it.each([
    ['2017年,全市要完成棚户区改造1万户。', [['2017年', '2017-12-31', true]]],
    ['2018年,基本建成覆盖全市的公共服务平台。', [['2018年', '2018-12-31', true]]],
    ['到2020年,全市建成区绿地率达到40%。', [['到2020年', '2020-12-31', true]]],
    ['力争到2020年,使全市农村生活污水治理覆盖率达到90%。', [['力争到2020年', '2020-12-31', true]]],
    // The time after a description is read as its own sentence says.
    ['2017年,是“十三五”承上启下之年。各县要于3月底前制定方案。', [['于3月底前', '2017-03-31', false]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
