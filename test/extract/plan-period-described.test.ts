import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A five-year plan opens by saying what its period is, as a notice says what its year is (year-described.test.ts):
// "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年" (海南 2021 计划报告), "“十四五”时期是我国全面建设小康社会…
// 的第一个五年" (儋州 十四五纲要), "“十四五”时期,是我国全面建成小康社会…的第一个五年" (冀州 十四五纲要), "“十四五”时期
// (2021-2025年),是拉萨市…的关键期" (拉萨 十四五纲要), "“十四五”時期(2021—2025年),是天津在…的第一個五年" (天津 十四五纲要),
// "“十三五”时期是全面建成小康社会决胜阶段" (渝中 十四五纲要), "“十三五”时期是东丽区…的决胜五年。“十四五”时期,是我国…的历史
// 交汇期" (东丽 十四五纲要), "“十五五”时期是河东区…的关键时期" (河东 征求意见公告), "“十五五”时期是拉萨同全国全区一道…的关键
// 时期" (拉萨 十五五建议), "“十四五”时期是我区与全国一道…的第一个五年" (西藏 十四五纲要), "“十三五”时期,是高质量发展加快推进
// 的5年" (拉萨), "“十三五”时期是冀州…全面进步的五年" (冀州): audit-texts/audit9 16-25. Each was a target on the plan's last
// day; 是 says what the period is, and the bracket after it only glosses its years. The work is in the sentences after it.
const records = (body: string) =>
  recordsOf({ body, title: '某市国民经济和社会发展第十四个五年规划纲要', number: '某政发〔2021〕3号', issued: '2021 年 3 月 12 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('a plan period said to be what it is sets no target', () => {
  it.each([
    ['“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。'],
    ['“十四五”时期,是我国全面建成小康社会之后的第一个五年,我国将进入新发展阶段。'],
    ['“十四五”时期(2021-2025年),是本市开启现代化建设新征程的关键期。'],
    ['“十四五”时期(2021—2025年),是推动高质量发展、构建新发展格局的关键时期。'],
    ['“十五五”时期是本区基本建成现代化品质活力区的关键时期。'],
    ['“十四五”时期既是本市的重要战略机遇期,也是转型发展的攻坚期。'],
    ['“十四五”期间是本市产业转型的窗口期。'],
    ['“十四五”时期将是全市发展的黄金期。'],
  ])('%s', (body) => expect(read(body)).toEqual([]));
});

describe('a plan period opening what is to be done in it is still a target', () => {
  it.each([
    ['“十四五”时期,全市地区生产总值年均增长6%左右。', [['“十四五”时期', '2025-12-31', true]]],
    ['“十四五”期间,新建改建农村公路1000公里。', [['“十四五”期间', '2025-12-31', true]]],
    ['“十五五”时期,全区要基本建成现代化品质活力区。', [['“十五五”时期', '2030-12-31', true]]],
    ['到“十四五”末,全市森林覆盖率达到45%。', [['“十四五”末', '2025-12-31', true]]],
    // Asking whether it is so is no description of it.
    ['“十四五”期间,各县要评估是否达到创建标准。', [['“十四五”期间', '2025-12-31', true]]],
    // A description before the work: the work's own time is read as its sentence says.
    ['“十四五”时期是关键五年。各县要于6月底前制定实施方案。', [['于6月底前', '2021-06-30', false]]],
    // A stage's months in brackets after a heading are no plan period.
    ['第一阶段(2021年3月—4月),是动员部署阶段。', [['2021年3月—4月', '2021-04-30', false]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
