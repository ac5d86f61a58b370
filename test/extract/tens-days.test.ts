import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// 廿 and 卅 write the tens of a day in one character: "十一月廿五日前", "二零二四年九月卅日" (a signature), "十二月廿五日",
// "六月廿五日" (audit-texts times5/03). Unread, "6月廿五日前" left 五日前, a count back of five days from an event
// called 6月廿.
const records = (body: string) =>
  recordsOf({ body, title: '某县人民政府关于做好2019年重点工作的通知', number: '某政发〔2019〕3号', issued: '2019 年 3 月 20 日' });

describe('廿 and 卅 as the tens of a day', () => {
  it.each([
    ['一、县住建局于6月廿五日前完成验收。', '于6月廿五日前', '2019-06-25'],
    ['二、县住建局于6月卅日前完成验收。', '于6月卅日前', '2019-06-30'],
    ['三、县住建局于二〇一九年六月廿日前完成验收。', '于二〇一九年六月廿日前', '2019-06-20'],
    ['四、县住建局于十月卅一日前完成验收。', '于十月卅一日前', '2019-10-31'],
    ['五、县住建局于2019年12月廿八日前完成。', '于2019年12月廿八日前', '2019-12-28'],
  ])('%s', (body, expression, due) => {
    expect(records(body).map((r) => [r.expression, r.kind, r.due])).toEqual([[expression, 'once', due]]);
  });

  it('a monthly day', () => {
    expect(records('一、各乡镇于每月廿日前报送。').map((r) => [r.expression, r.rrule])).toEqual([['每月廿日前', 'FREQ=MONTHLY;BYMONTHDAY=20']]);
  });

  it.each([
    // No counted word after them: a name, not a day.
    ['一、各学校要开展纪念五卅运动主题教育。'],
    ['二、各乡镇要做好廿四节气文化宣传。'],
  ])('%s: no day', (body) => {
    expect(records(body).filter((r) => r.due || r.rrule || r.within)).toEqual([]);
  });
});
