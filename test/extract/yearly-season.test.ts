import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// 每年 before a season or an event ends its duty there: "每年汛前应完成泄水建筑物全面检查和维护" (a dam standard), "每年开学前…要改
// 一轮", "每年汛前汛后各一次" (audit-texts/times2 04). The flood season or the school term has no day of the calendar, and a
// deadline tied to such an event is not recorded (spec: 在省人代会召开前); 每年 alone made it due on 12-31, after the season.
// A bracket naming the season's month gives the day: "每年汛前（4月30日前）完成一次防汛应急演练", "每年汛期前（每年5月份）排定完成
// 防水闸门机械结构保养", "每年入汛前（4–5 月）…盘点一次" (the same file).
const records = (body: string) => extractText(gazetteDocument({ body }), 'yearly-season.txt').obligations;

describe('a yearly duty before a season', () => {
  it.each([
    ['各水库管理单位每年汛前应完成泄水建筑物全面检查和维护。'],
    ['各水库管理单位每年汛期前完成隐患排查。'],
    ['各水库管理单位要在每年主汛期到来之前完成隐患排查。'],
    ['各供热单位每年采暖期前完成设施检修。'],
    ['各学校每年开学前要对校舍进行安全检查。'],
    ['各水库管理单位每年汛前汛后各检查一次。'],
    ['各乡镇每年汛期前后开展巡查。'],
  ])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([
    ['县水利局每年汛前(4月30日前)完成一次防汛应急演练。', '每年汛前(4月30日前)', 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30'],
    ['县水利局每年汛前（4月30日前）完成一次防汛应急演练。', '每年汛前（4月30日前）', 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30'],
    ['县水利局每年汛期前(每年5月份)完成闸门保养。', '每年汛期前(每年5月份)', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=-1'],
    ['县水利局每年入汛前(4—5月)盘点一次物资。', '每年入汛前(4—5月)', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=-1'],
    ['县水利局每年汛前(5月上旬)完成一次演练。', '每年汛前(5月上旬)', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=10'],
  ])('%s: the bracket gives the day', (body, expression, rrule) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'recurring', rrule, lead: ['县水利局'] }]);
  });

  it.each([
    // Days of the calendar and the year's own parts are read as before.
    ['各乡镇每年3月底前报送总结。', '每年3月底前', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'],
    ['各乡镇每年年底前报送总结。', '每年年底前', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    ['各乡镇每年至少召开一次会议。', '每年', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
    // A clause of its own after 每年 is no season: 每年 keeps its rule.
    ['各乡镇每年对辖区企业检查前要制定方案。', '每年', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'],
  ])('%s: read as before', (body, expression, rrule) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'recurring', rrule }]);
  });
});
