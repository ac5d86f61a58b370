import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { normalise } from '../../src/extract/normalise.ts';

// Between a day and its 前: the weekday of the notice's own week in brackets, and an hour in Chinese numerals. "请各处室…于
// 6月6日(本周三)下午三点前将电子版发送至督导办" (安庆宜秀区, audit pool p341) gave no record, where "下午3点前" and "(星期三)前"
// did. Real writing of both: "于9月10日、17日、24日、10月1日下午五点前公布" (CCL 2018 评测), "于太平洋时间七月九日上午十时前提交",
// "1月5日下午五点前", "请务必在每星期五下午五点前填写完毕"; "12月9日(本周三)下午14:00", "请于8月20日(本周日)下午两点准时参加",
// "5月23日(本周六)开业".
describe('a weekday of this week and an hour in numerals before 前', () => {
  const notice = (body: string) =>
    extractText(['关于报送材料的通知', '', body].join('\n'), 'notice.txt', fixedClock(parseNow('2018-06-01'))).obligations.map((r) => [
      r.expression,
      `${r.kind}:${r.due}`,
      r.task,
    ]);
  it.each([
    ['请各处室于6月6日(本周三)下午三点前将电子版发送至督导办。', '于6月6日(本周三)下午三点前'],
    ['请各处室于6月6日(本周三)下午3点前将电子版发送至督导办。', '于6月6日(本周三)下午3点前'],
    ['请各处室于6月6日(本周三)前将电子版发送至督导办。', '于6月6日(本周三)前'],
    ['请各处室于6月6日(本周三)下班前将电子版发送至督导办。', '于6月6日(本周三)下班前'],
    ['请各处室于6月6日(这周三)下午下班前将电子版发送至督导办。', '于6月6日(这周三)下午下班前'],
    ['请各处室于6月6日下午五时前将电子版发送至督导办。', '于6月6日下午五时前'],
    ['请各处室于6月6日上午十时前将电子版发送至督导办。', '于6月6日上午十时前'],
    ['请各处室于6月6日中午十二点前将电子版发送至督导办。', '于6月6日中午十二点前'],
    ['请各处室于6月6日下午两点半前将电子版发送至督导办。', '于6月6日下午两点半前'],
    ['请各处室于6月6日(星期三)下午四点三十分前将电子版发送至督导办。', '于6月6日(星期三)下午四点三十分前'],
  ])('%s', (body, expression) => {
    expect(notice(body)).toEqual([[expression, 'once:2018-06-06', '将电子版发送至督导办']]);
  });

  it.each([
    // 点 and 时 count nothing after a numeral alone, nor after a part of the day when the number is no hour
    ['会议提出三点要求', '会议提出三点要求'],
    ['一时难以完成', '一时难以完成'],
    ['下午三点', '下午3点'],
    ['晚上八时', '晚上8时'],
    ['下午三十五点', '下午三十五点'],
    ['下午四点三十分', '下午4点30分'],
    ['十分重要', '十分重要'],
    ['下午四点七十分', '下午4点七十分'],
    ['上午一二三点', '上午一二三点'],
  ])('%s normalises to %s', (written, expected) => {
    expect(normalise(written).text).toBe(expected);
  });

  it('a day with an hour and no 前 stays no deadline', () => {
    const digits = notice('请于6月20日(本周三)下午2点准时参加培训。');
    expect(notice('请于6月20日(本周三)下午两点准时参加培训。').map(([, due]) => due)).toEqual(digits.map(([, due]) => due));
  });
});
