import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A span of days every year (每年1月1日至6月30日) or of the year after the one reported on (次年3月1日至6月30日) is the
// window a yearly duty is done in, due on its last day each year, as 每年6月至8月 and 次年M月底前 are. Real: the annual
// report every business owes ("企业应当于每年1月1日至6月30日,通过企业信用信息公示系统…报送上一年度年度报告", 企业信息公示
// 暂行条例 第八条; 农民专业合作社年度报告公示暂行办法 第四条; 高邮 2018 "各经营主体应当于每年1月1日至6月30日,申报上一年
// 年度报告"), 残保金 ("每年7月1日至10月31日,用人单位需向残疾人就业服务机构申报上年度的残疾人就业情况") and 个人所得税法
// 第十一条 ("应当在取得所得的次年三月一日至六月三十日内办理汇算清缴"); audit-texts times7/08-12. Each was one date of the
// document's year, or none where the text named no year. A season a ban or a policy holds in stays none.
const records = (body: string) =>
  recordsOf({ body }).map((r) => ({ expression: r.expression, kind: r.kind, rrule: r.rrule, due: r.due }));
const yearly = (expression: string, month: number, day: number) => ({ expression, kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`, due: null });

describe('a span of days or months every year is a yearly rule on its last day', () => {
  it.each([
    ['企业应当于每年1月1日至6月30日,通过企业信用信息公示系统向市场监督管理部门报送上一年度年度报告,并向社会公示。', yearly('每年1月1日至6月30日', 6, 30)],
    ['各经营主体应当于每年1月1日至6月30日,申报上一年年度报告。', yearly('每年1月1日至6月30日', 6, 30)],
    ['年报时间:每年1月1日至6月30日。', yearly('每年1月1日至6月30日', 6, 30)],
    ['每年7月1日至10月31日,用人单位需向残疾人就业服务机构申报上年度的残疾人就业情况。', yearly('每年7月1日至10月31日', 10, 31)],
    ['各县于每年的4月1日至10月31日开展巡查。', yearly('每年的4月1日至10月31日', 10, 31)],
    ['各县每年6月1日至6月底开展安全生产月活动。', yearly('每年6月1日至6月底', 6, -1)],
    // Across the year's end: the window closes in each next year.
    ['各县于每年11月1日至次年3月31日开展冬春攻势。', yearly('每年11月1日至次年3月31日', 3, 31)],
    // The year after the one reported on, as 次年M月底前.
    ['纳税人应当在取得所得的次年三月一日至六月三十日内办理汇算清缴。', yearly('次年三月一日至六月三十日', 6, 30)],
    ['个人所得税年度汇算时间为次年3月1日至6月30日。', yearly('次年3月1日至6月30日', 6, 30)],
    // A span of months after 每年 across the year's end is one rule, where it was a rule for each end; the 每年 is the
    // expression's as the days' span's, so a label's task is not "年检时间:每年".
    ['各县每年11月至次年3月开展冬春整治。', yearly('每年11月至次年3月', 3, -1)],
    ['年检时间:每年3月至5月。', yearly('每年3月至5月', 5, -1)],
    ['各县每年的6月至8月开展专项整治。', yearly('每年的6月至8月', 8, -1)],
  ])('%s', (body, record) => expect(records(body)).toEqual([record]));

  // A span that names its year, or none, is one date, as before.
  it.each([
    ['2019年1月1日至6月30日,各县开展专项整治。', '2019-06-30'],
    ['各县于11月1日至次年3月31日开展冬春攻势。', '2019-03-31'],
  ])('%s is due once', (body, due) => expect(records(body)).toMatchObject([{ kind: 'once', due }]));

  // The season a ban or a policy holds in is no duty, every year's as a dated one.
  it.each([
    ['森林防火期为每年10月1日至次年5月31日。'],
    ['每年10月1日至次年5月31日为森林防火期,各乡镇严禁野外用火。'],
    ['每年3月1日至6月30日为禁渔期。'],
    ['每年1月1日至12月31日,对符合条件的企业给予补贴。'],
    ['每年11月至次年4月为森林防火期。'],
  ])('%s: no record', (body) => expect(records(body)).toEqual([]));

  // The season a recurring duty runs in gives way to the duty's own frequency.
  it('每年的5月1日至9月30日期间每周巡查一次 is weekly', () =>
    expect(records('每年的5月1日至9月30日期间每周巡查一次。')).toEqual([{ expression: '每周', kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR', due: null }]));
});
