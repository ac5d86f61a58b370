import { describe, expect, it } from 'vitest';
import { describeRule } from '../../src/plan/rule-text.ts';

describe('describeRule: a recurring rule as a person reads it', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', '每年3月1日'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1', '每年12月底'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '每月月底'],
    ['FREQ=MONTHLY;BYMONTHDAY=10', '每月10日'],
    ['FREQ=MONTHLY;BYMONTHDAY=10,20', '每月10日、20日'],
    ['FREQ=MONTHLY;BYMONTHDAY=15,-1', '每月15日、月底'],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1', '每2个月月底'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '每年3、6、9、12月底'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=15', '每年1、4、7、10月15日'],
    ['FREQ=MONTHLY;INTERVAL=6;BYMONTH=6,12;BYMONTHDAY=-1', '每年6、12月底'],
    ['FREQ=WEEKLY;BYDAY=FR', '每周五'],
    ['FREQ=WEEKLY;BYDAY=MO,TH', '每周一、四'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', '每2周的周五'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', '每年农历正月初一'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', '每年农历正月十五'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5', '每年农历五月初五'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=15', '每年农历八月十五'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=23', '每年农历腊月廿三'],
    ['RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20', '每年农历九月二十'],
    ['FREQ=DAILY', '每天'],
    ['FREQ=DAILY;INTERVAL=10', '每10天'],
    ['FREQ=MONTHLY;BYMONTHDAY=10,20,-1', '每月10日、20日、月底'],
    // An ordinal weekday of the month: a 主题党日 fixed on the first or the last Friday.
    ['FREQ=MONTHLY;BYDAY=1FR', '每月第1个周五'],
    ['FREQ=MONTHLY;BYDAY=-1FR', '每月最后一个周五'],
  ])('%s → %s', (rrule, text) => expect(describeRule(rrule)).toBe(text));

  // Shapes the extractor never writes, or values that are not dates, are shown as written, not approximated.
  it.each([
    'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;COUNT=3',
    'FREQ=MONTHLY;BYDAY=1MO,3MO',
    'FREQ=MONTHLY;BYDAY=6MO',
    'FREQ=MONTHLY;BYDAY=1XX',
    'FREQ=MONTHLY;BYMONTHDAY=32',
    'FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=HOURLY',
    'FREQ=MONTHLY;INTERVAL=0;BYMONTHDAY=1',
    'FREQ=MONTHLY;FREQ=YEARLY;BYMONTHDAY=1',
    'nonsense',
  ])('%s stays as written', (rrule) => expect(describeRule(rrule)).toBe(rrule));
});
