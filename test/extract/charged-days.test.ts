import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

const TITLE = '某县人民政府办公室关于印发2019年农村改厕工作实施方案的通知';

function dues(body: string): Array<[string, string | null]> {
  return recordsOf({ body, title: TITLE, issued: '2019 年 3 月 1 日' }, 'charged-days.txt').map((o) => [o.expression, o.due]);
}

/**
 * A day without its year that a duty word sets with 于 or 在 for the step after it ("县住建局要于6月30日完成方案编制") is
 * the last day for that step, as "于2019年6月30日完成…" already is, the year from the plan. Without a duty word, a day
 * done on, the start of a time or the date of a meeting is none.
 */
describe('a day a duty word sets with 于 or 在', () => {
  it.each([
    ['县住建局要于6月30日完成方案编制。', [['于6月30日', '2019-06-30']]],
    ['各乡镇应当在8月20日完成自查。', [['在8月20日', '2019-08-20']]],
    ['各乡镇务必于9月10日全面完成改造。', [['于9月10日', '2019-09-10']]],
    ['县财政局应于11月30日拨付资金。', [['于11月30日', '2019-11-30']]],
    ['会议要求各乡镇于12月5日完成验收。', [['于12月5日', '2019-12-05']]],
    ['各村须在10月15日清运垃圾。', [['在10月15日', '2019-10-15']]],
    // No duty word, or the day is no last day for a step.
    ['各乡镇已于3月31日完成摸底调查。', []],
    ['县政府于6月30日召开推进会。', []],
    ['各乡镇要在6月30日召开的会议上汇报。', []],
    ['各乡镇要于7月1日起执行新标准。', []],
    ['各乡镇要在6月30日后开展复查。', []],
    ['各乡镇于10月31日全面完成改造任务。', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (body, expected) => {
    expect(dues(body)).toEqual(expected);
  });
});
