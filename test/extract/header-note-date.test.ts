import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';

// A law or a rule prints under its title, in place of a signature, the note of its passing and its publication, as law
// databases and gazettes copy it: "(2010年6月22日大连市第十四届人民代表大会常务委员会第十七次会议通过;2010年7月30日辽宁省第十一届
// 人民代表大会常务委员会第十八次会议批准)" (大连 2010), "【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年
// 6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准)" (包头 2001), "(2019年12月12日市政府令第2号公布  自2020年1月
// 12日起施行)", "(2021年2月22日市政府令第3号公布  自2021年3月24日起施行)", "(2019年9月19日市政府令第1号公布  根据2021年2月22日
// 第一次修订)" (a city's list of its rules), "(1996年9月26日上海市第十届人民代表大会常务委员会第三十次会议通过 1996年10月1日起施行)"
// (上海 1996), "(1992年12月17日江苏省第七届人民代表大会常务委员会第三十一次会议通过)" (江苏 1992), "(2002年10月14日市人民政府令第46號
// 公布,自2002年11月15日起施行)" (a city's 2002 rule, traditional characters), "(2025年7月30日陕西省第十四届人民代表大会常务委员会第十七次会议
// 通过)" (陕西 2025) (audit-texts gazette4/09-15). The day it was made public is the text's date, else the last day it was
// passed or approved: a period "自本办法公布之日起6个月内" counts from it, where the text had no date and the duty no record.
const AFTER_EVERY_TEXT = fixedClock(parseNow('2031-05-01'));
const rule = (note: string, article = '第十二条 供水企业应当在本办法公布之日起6个月内完成水质检测设备配置。') =>
  ['浙江省城市供水管理办法', '', note, '', '第一条 为了加强城市供水管理,制定本办法。', '', article, ''].join('\n');
const read = (text: string) => {
  const { obligations } = extractText(text, 'header-note.txt', AFTER_EVERY_TEXT);
  return obligations.map((o) => [o.expression, o.due, o.doc.issued]);
};

describe('a header note under a title dates a text with no signature', () => {
  it.each([
    [
      'a rule passed, made public and taking effect',
      '(2016年4月20日省人民政府第66次常务会议审议通过 2016年5月20日浙江省人民政府令第345号公布 自2016年7月1日起施行)',
      [['公布之日起6个月内', '2016-11-20', '2016-05-20']],
    ],
    ['a rule made public', '(2019年12月12日市政府令第2号公布  自2020年1月12日起施行)', [['公布之日起6个月内', '2020-06-12', '2019-12-12']]],
    ['made public, later revised: the text’s making', '(2019年9月19日市政府令第1号公布  根据2021年2月22日第一次修订)', [['公布之日起6个月内', '2020-03-19', '2019-09-19']]],
    ['a law passed, then approved: the approval', '(2010年6月22日大连市第十四届人民代表大会常务委员会第十七次会议通过;2010年7月30日辽宁省第十一届人民代表大会常务委员会第十八次会议批准)', [['公布之日起6个月内', '2011-01-30', '2010-07-30']]],
    ['a law passed, behind a 题注 label', '【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年6月3日内蒙古自治区第九届人民代表大会常务委员会第二十三次会议批准)', [['公布之日起6个月内', '2001-12-03', '2001-06-03']]],
    ['full-width brackets and traditional characters', '（2002年10月14日市人民政府令第46號公佈，自2002年11月15日起施行）', [['公布之日起6个月内', '2003-04-14', '2002-10-14']]],
    ['Chinese numerals', '(一九九七年五月二十日省人民政府令第八十号发布)', [['公布之日起6个月内', '1997-11-20', '1997-05-20']]],
  ])('%s', (_name, note, expected) => expect(read(rule(note))).toEqual(expected));

  // Negatives: a bracket that tells no passing or publication, or only when the text takes effect, dates nothing, and
  // a period counted from the publication stays unread; a note inside a sentence is no header.
  it.each([
    ['only taking effect', '(自2016年7月1日起施行)'],
    ['a publishing note', '(此件公开发布)'],
    ['a date with no act', '(浙江省住房和城乡建设厅 2016年5月20日 起草)'],
    ['a note run into a sentence', '本办法经2016年4月20日省人民政府第66次常务会议审议通过。'],
  ])('%s', (_name, note) => expect(read(rule(note))).toEqual([]));

  it('a signature under a covering notice still dates the text', () => {
    const text = [
      '某市人民政府关于印发某市供水管理办法的通知',
      '某政发〔2016〕8号',
      '各县(市、区)人民政府:',
      '现将《某市供水管理办法》印发给你们,请认真贯彻执行。',
      '某市人民政府',
      '2016年6月1日',
      '某市供水管理办法',
      '(2016年5月20日市人民政府第9次常务会议审议通过)',
      '第十二条 供水企业应当在本办法公布之日起6个月内完成水质检测设备配置。',
    ].join('\n');
    expect(read(text)).toEqual([['公布之日起6个月内', '2016-12-01', '2016-06-01']]);
  });
});
