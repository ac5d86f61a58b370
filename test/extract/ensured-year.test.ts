import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 确保 before a year sets a goal to be met in that year, as 力争 does ("力争2022年…" was already a target):
// "确保2022年全省粮食播种面积稳定在6287万亩以上、产量稳定在1930万吨以上" (云南 2022 乡村振兴意见, audit-texts audit10/12),
// "确保2018年各项目标任务全面如期完成" (余杭 2018 任务分解, zhejiang/31), "确保2020年各项年度目标任务圆满完成" (杭州 2020 责任
// 分解, zhejiang/02), "确保2020年圆满收官" (中宏网 2020, sample13/03), "确保2019年实现通航运营" (甘孜 机场, goals16/01),
// "确保2016年普通高校本专科招生计划中招收江苏学生的总规模不低于去年" (江苏 教育厅 公告, goals16/02), "为确保2017年贵州产业扶贫
// 取得重大突破" (贵州 2017, goals16/03), "确保2020年实现全面建成小康社会目标" (goals16/04). Each was dropped as a year with no
// word asking for anything. A year naming a thing with 的 ("确保2018年的毕业典礼能顺利进行"), an occasion in it, a year with no
// result to reach ("确保2021年数据能正确写入", "确保2019年上市的ETF有足够数据"): goals16/05.
const records = (body: string) =>
  recordsOf({ body, title: '某市人民政府办公室关于印发2022年重点工作任务分解的通知', number: '某政办发〔2022〕5号', issued: '2022 年 2 月 10 日' });
const read = (body: string) => records(body).map((r) => [r.expression, r.due, r.target]);

describe('确保 before a year sets a goal of that year', () => {
  it.each([
    ['各地要落实粮食安全责任制,确保2022年全省粮食播种面积稳定在6287万亩以上。', [['2022年', '2022-12-31', true]]],
    ['各镇街要强化协同、狠抓落实,确保2022年各项目标任务全面如期完成。', [['2022年', '2022-12-31', true]]],
    ['以奋发有为的状态确保各项工作落地落实,确保2022年圆满收官。', [['2022年', '2022-12-31', true]]],
    ['全力推进竣工验收和试飞,确保2023年实现通航运营。', [['2023年', '2023-12-31', true]]],
    ['确保2022年本地生源招生总规模不低于去年。', [['2022年', '2022-12-31', true]]],
    ['确保2024年城镇新增就业人数达到5万人。', [['2024年', '2024-12-31', true]]],
    ['确保2022年全市单位生产总值能耗下降3%。', [['2022年', '2022-12-31', true]]],
    ['确保2022年建成省级示范区2个。', [['2022年', '2022-12-31', true]]],
    // 提前 is how the goal is met, not an occasion.
    ['确保2022年提前完成全年目标任务。', [['2022年', '2022-12-31', true]]],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});

describe('a year after 确保 that dates no goal of the year is no target', () => {
  it.each([
    // An occasion within the year.
    ['做好节日市场保供,确保2022年春节期间市场供应充足、价格稳定。', []],
    ['确保2022年国庆期间完成全部安全检查。', []],
    ['确保2022年秋季学期开学前完成校舍改造。', []],
    // A thing of the year named with 的, or a year in a noun (年度).
    ['确保2022年的各项活动顺利进行。', []],
    ['确保2022年度预算资金执行到位。', []],
    // No result to reach in the clause after the year.
    ['修复数据同步机制,确保2021年数据能正确写入。', []],
    ['加强运行监测,确保2022年粮食生产安全有序。', []],
    // A date after the year is read by its own form.
    ['确保2022年6月底前完成验收。', [['2022年6月底前', '2022-06-30', false]]],
    // A report of the year, no 确保.
    ['2021年,全省粮食播种面积稳定在6200万亩以上。', []],
  ])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
