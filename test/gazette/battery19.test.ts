import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';

/**
 * The battery of gazette forms session 19 read the relative times with, kept where they read right: a time counted from a
 * document's own issue ("印发之日起30日内", "本通知下发后15日内", "收到本通知后10个工作日内", "印发后1个月内") resolves against
 * the date under that document's signature, not the or a neighbour's; 今年 and 明年 against that date's year, a
 * notice of late December reaching into the next; a plan forwarded under a notice counts from the notice; an order's rules
 * count from the day they take effect; 本月, 下月 and 年内 are the document's own. Negatives: the table of contents, a 任免 notice, "本通知自印发之日起施行" and an
 * effective date give no record. Each row: the records, as [expression, the document's number, due or rule or sla days,
 * lead]. The forms read wrong are in the session's report (helper-gazette19).
 */
type Row = [string, string | null, string | null, string[]];
const notice = (title: string, number: string, body: string, issuer: string, date: string) =>
  `${title}\n${number}\n各县(区)人民政府,市政府各部门:\n${body}\n${issuer}\n${date}`;
const cases: Array<{ name: string; text: string; records: Row[] }> = [
  {
    name: 'three documents of one issue, each relative time counted from its own signature',
    text: [
      '某市人民政府公报\n2019年第3期\n目  录\n某市人民政府关于加强安全生产工作的通知(某政发〔2019〕5号)……………(2)\n某市人民政府办公室关于开展清理工作的通知(某政办发〔2019〕11号)……(9)\n',
      notice('某市人民政府关于加强安全生产工作的通知', '某政发〔2019〕5号', '各县(区)要于本通知印发之日起30日内完成隐患排查。', '某市人民政府', '2019年2月20日'),
      notice('某市人民政府办公室关于印发某市2019年政务公开工作要点的通知', '某政办发〔2019〕8号', '现将《某市2019年政务公开工作要点》印发给你们,请认真贯彻落实。', '某市人民政府办公室', '2019年3月12日') +
        '\n某市2019年政务公开工作要点\n一、各县(区)要在本要点印发后1个月内制定实施方案。',
      notice('某市人民政府办公室关于开展清理工作的通知', '某政办发〔2019〕11号', '一、各单位要于本通知下发后15日内将清理结果报市政府办公室。\n二、各县(区)要在收到本通知后10个工作日内完成自查。', '某市人民政府办公室', '2019年4月2日'),
    ].join('\n'),
    records: [
      ['印发之日起30日内', '某政发〔2019〕5号', '2019-03-22', ['各县(区)']],
      ['印发后1个月内', '某政办发〔2019〕8号', '2019-04-12', ['各县(区)']],
      ['下发后15日内', '某政办发〔2019〕11号', '2019-04-17', ['各单位']],
      ['10个工作日内', '某政办发〔2019〕11号', '2019-04-17', ['各县(区)']],
    ],
  },
  {
    name: 'a December notice in the next year’s issue: 明年 and 今年 from its own date',
    text: '某省人民政府公报\n2019年第1期\n' +
      notice('某省人民政府办公厅关于做好岁末年初有关工作的通知', '某政办明电〔2018〕90号', '一、各市要在明年1月底前完成欠薪清零。\n二、省人社厅要于今年12月31日前报送进展情况。', '某省人民政府办公厅', '二〇一八年十二月二十五日') +
      '\n\n' + notice('某省人民政府办公厅关于开展植树活动的通知', '某政办发〔2019〕4号', '各市要于本通知印发之日起20日内报送方案,今年6月底前完成植树任务。', '某省人民政府办公厅', '2019年1月22日'),
    records: [
      ['在明年1月底前', '某政办明电〔2018〕90号', '2019-01-31', ['各市']],
      ['于今年12月31日前', '某政办明电〔2018〕90号', '2018-12-31', ['省人社厅']],
      ['印发之日起20日内', '某政办发〔2019〕4号', '2019-02-11', ['各市']],
      ['今年6月底前', '某政办发〔2019〕4号', '2019-06-30', ['各市']],
    ],
  },
  {
    name: 'a plan forwarded under its notice counts from the notice’s date',
    text: notice('某市人民政府办公室转发市发展改革委关于推进某工作意见的通知', '某政办发〔2019〕4号', '市发展改革委《关于推进某工作的意见》已经市政府同意,现转发给你们,请认真贯彻执行。', '某市人民政府办公室', '2019年1月22日') +
      '\n关于推进某工作的意见\n市发展改革委\n一、今年上半年,各县(区)完成规划编制。\n二、各县(区)要在本意见印发后2个月内建立工作台账。',
    records: [
      ['今年上半年', '某政办发〔2019〕4号', '2019-06-30', ['各县(区)']],
      ['印发后2个月内', '某政办发〔2019〕4号', '2019-03-22', ['各县(区)']],
    ],
  },
  {
    name: 'an order’s rule counted from the day it takes effect; the effective date itself no record',
    text: '某省人民政府令\n第188号\n《某省河道管理办法》已经2019年1月8日省人民政府第20次常务会议通过,现予公布,自2019年3月1日起施行。\n省长  王五\n2019年1月15日\n某省河道管理办法\n第一条 为加强河道管理,制定本办法。\n第二条 县级以上人民政府应当自本办法施行之日起6个月内划定河道管理范围。\n第三条 本办法自2019年3月1日起施行。',
    records: [['施行之日起6个月内', '某省人民政府令第188号', '2019-09-01', ['县级以上人民政府']]],
  },
  {
    name: '本月, 下月 and 年内 from each document’s own month; a signature written with the letter O for zero (吉安 2003)',
    text: notice('某县人民政府办公室关于开展清查的通知', '某政办发〔2003〕5号', '各乡镇要在本月底前完成清查,于下月10日前报送结果。', '某县人民政府办公室', '二OO三年十二月四日') +
      '\n\n' + notice('某县人民政府办公室关于开展复查的通知', '某政办发〔2004〕2号', '各乡镇要在本月底前完成复查,年内完成整改。', '某县人民政府办公室', '二OO四年三月五日'),
    records: [
      ['在本月底前', '某政办发〔2003〕5号', '2003-12-31', ['各乡镇']],
      ['于下月10日前', '某政办发〔2003〕5号', '2004-01-10', ['各乡镇']],
      ['在本月底前', '某政办发〔2004〕2号', '2004-03-31', ['各乡镇']],
      ['年内', '某政办发〔2004〕2号', '2004-12-31', ['各乡镇']],
    ],
  },
  {
    name: 'negatives: a 任免 notice and a notice that only takes effect',
    text: notice('某市人民政府关于张三等同志职务任免的通知', '某政任〔2019〕2号', '经研究,决定:任命张三为某市应急管理局局长。', '某市人民政府', '2019年4月10日') +
      '\n\n' + notice('某市人民政府关于废止部分规范性文件的通知', '某政发〔2019〕9号', '经清理,决定废止《某市某某管理办法》等5件规范性文件。本通知自印发之日起施行。', '某市人民政府', '2019年4月20日'),
    records: [],
  },
];

const clock = fixedClock(parseNow('2031-05-01'));

describe('a battery of gazette forms (session 19): relative times against each document’s date', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const records = extractText(c.text, 'battery19.txt', clock).obligations;
    const days = (o: (typeof records)[number]) => o.due ?? o.rrule ?? (o.within ? `sla:${o.within.days}` : null);
    expect(records.map((o) => [o.expression, o.doc.number, days(o), o.lead])).toEqual(c.records);
  });
});
