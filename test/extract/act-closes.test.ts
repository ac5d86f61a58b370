import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// An act of applying or handing in said to close (截止到, 截止至, 截至) closes on the day after it, as "报名时间截止到…" does:
// the last day to act, no target, and the act is the task. "报名截止到6月25日。" had no record (到 read as a target's, with
// no 前 to close it), "整改工作截止到2018年9月30日" a target. Real (find_string, audit-texts times6/08): "2026年数学建模校赛
// 报名截止到10月20日，请同学尽快提交作品", "报名截止到6月25日", "报名截止到 10 月 31 日，11 月 8 日开赛", "报名截止到4月30日",
// "报名截止到12月31日", "申报截止到9月30日", "公众意见征集截止到 2026 年 10 月 16 日", "论文征集截止到 1 月 15 日", "整体邮寄工作
// 截止到5月15日", "报名截止至9月23日". A count or a unit before 截止 says where things stand.
const read = (body: string) =>
  extractText(gazetteDocument({ body, issued: '2018 年 3 月 20 日' }), 'act-closes.txt').obligations.map(
    (o) => `${o.target ? 'target' : o.kind}:${o.due} ${o.task}`,
  );

describe('an act said to close on a day', () => {
  it.each([
    ['报名截止到6月25日。', 'once:2018-06-25 报名'],
    ['新生杯从10月1日开始接受报名,报名截止到10月31日,11月8日开赛。', 'once:2018-10-31 报名'],
    ['单个企业最高补贴100万元,申报截止到9月30日。', 'once:2018-09-30 申报'],
    ['公众意见征集截止到2018年10月16日。', 'once:2018-10-16 公众意见征集'],
    ['整体邮寄工作截止到5月15日。', 'once:2018-05-15 整体邮寄工作'],
    ['报名截止至9月23日。', 'once:2018-09-23 报名'],
    ['各县整改工作截止到2018年9月30日。', 'once:2018-09-30 整改工作'],
    // Unchanged: the time as the subject.
    ['报名时间截止到2018年6月27日。', 'once:2018-06-27 报名'],
  ])('%s', (body, want) => expect(read(body)).toEqual([want]));

  it.each([
    // Where things stand at a date, and a goal.
    ['截止到2017年12月31日,全县共有贫困户1200户。', []],
    ['截止到2020年底,全县贫困发生率降至1%以下。', ['target:2020-12-31 全县贫困发生率降至1%以下']],
    ['数据截止到6月30日。', []],
  ])('%s', (body, want) => expect(read(body)).toEqual(want));
});
