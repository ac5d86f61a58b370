import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A cap before a date ("不晚于", "最迟", "不得超过") makes that date the last day to act, as 前 does. Written after
// real sentences: "您必须不迟于2025年9月30日过渡到…", "要求联邦机构最迟于2025年4月22日前修复该漏洞", "竣工日期不得晚于
// 2025年12月31日", "最迟于2013年10月21日前为达到标准的老师手机充值", "预约时间最迟不得超过2014年8月31日".
const records = (body: string) => extractText(gazetteDocument({ body }), 'caps.txt').obligations;

describe('a cap before a date is the deadline', () => {
  it.each([
    ['各市要不晚于2018年8月31日完成校舍改造。', '不晚于2018年8月31日', '2018-08-31', '各市'],
    ['省卫生健康委不迟于2018年7月15日完成体检。', '不迟于2018年7月15日', '2018-07-15', '省卫生健康委'],
    ['省林业局最迟不得超过2018年9月30日完成造林任务。', '最迟不得超过2018年9月30日', '2018-09-30', '省林业局'],
    ['各设区市最迟于6月30日前完成自查。', '最迟于6月30日前', '2018-06-30', '各设区市'],
    ['各设区市最迟6月底完成自查。', '最迟6月底', '2018-06-30', '各设区市'],
    ['省交通运输厅最晚于2018年7月10日报送方案。', '最晚于2018年7月10日', '2018-07-10', '省交通运输厅'],
    ['各县(市、区)至迟于2018年8月底完成整改。', '至迟于2018年8月底', '2018-08-31', '各县(市、区)'],
    ['省水利厅不得晚于2018年9月15日完成验收。', '不得晚于2018年9月15日', '2018-09-15', '省水利厅'],
    ['省财政厅不晚于10月31日拨付资金。', '不晚于10月31日', '2018-10-31', '省财政厅'],
    ['各市最迟不得超过今年年底完成验收。', '最迟不得超过今年年底', '2018-12-31', '各市'],
    ['各市不迟于第三季度末完成核查。', '不迟于第三季度末', '2018-09-30', '各市'],
  ])('%s', (body, expression, due, lead) => {
    const [record, ...more] = records(body);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ expression, kind: 'once', due, target: false, lead: [lead] });
  });

  it('a cap on a term of work is a time to act within', () => {
    expect(records('整改期限最迟不得超过2018年12月31日。')).toMatchObject([{ expression: '最迟不得超过2018年12月31日', kind: 'once', due: '2018-12-31' }]);
  });

  it.each([
    // An extension's cap is granted, not set.
    ['确需延期的,延长期限最迟不得超过2018年12月31日。'],
    ['情况复杂需要延期的,最迟于2018年10月底前完成。'],
    // A cap on when a unit was founded or registered says which units qualify.
    ['申报企业营业执照的成立日期不得晚于2017年12月31日。'],
    ['申报单位注册时间不得晚于2017年6月30日。'],
    // A cap on a term bounds a benefit or a policy's window, not a time to act.
    ['贷款期限不超过2019年12月31日。'],
    ['补贴期限最长不超过2019年底。'],
    ['各市试点期不超过2019年6月30日。'],
    // "不得超过2018年" is a date's year, never a count of 2018 years.
    ['本办法施行后,补贴发放不得超过2018年。'],
    // An effective date stays one whatever caps it.
    ['相关规定将不晚于2018年9月1日起执行。'],
  ])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });
});
