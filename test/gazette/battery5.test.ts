import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';

/**
 * The battery of gazette forms session 17 read the splitter and the year context with, kept where they read right: signatures
 * in Chinese numerals and with their notes, 任免 and announcements among the documents, tables of contents (bracketed
 * numbers and leaders, 【】 section heads), an annexed table after the signature, 印发 footers of the next year, the
 * gazette's name or running head and page numbers between items and inside sentences, plans of several years, 明年 and
 * 今年, orders with their rules. Each row: the records, as [expression, the document's number, due or rule or sla days,
 * lead]. The forms read wrong are in the session's report (helper-gazette5).
 */
type Row = [string, string | null, string | null, string[]];
const cases: Array<{ name: string; text: string; records: Row[] }> = [
  {
    name: 'a signature in Chinese numerals with ○ for zero',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n二○一九年三月五日',
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30', ['各乡镇']]],
  },
  {
    name: '(此件公开发布) under the signature',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年3月5日\n(此件公开发布)',
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30', ['各乡镇']]],
  },
  {
    name: 'a 任免 notice after a document: its own number, no record',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年3月5日\n\n人事任免\n某县人民政府关于张三等同志职务任免的通知\n某政任〔2019〕3号\n各乡镇人民政府:\n任命张三为县财政局局长。\n某县人民政府\n2019年4月1日',
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30', ['各乡镇']]],
  },
  {
    name: 'a plan of several years: its 到2025年 a target, this year’s month the document’s year',
    text: '某县人民政府关于印发某县2021—2025年教育发展规划的通知\n某政发〔2021〕8号\n各乡镇人民政府,县直各单位:\n到2025年,全县学前教育普及率达到95%。\n各乡镇要于6月底前完成规划编制。\n某县人民政府\n2021年3月5日',
    records: [['到2025年', '某政发〔2021〕8号', '2025-12-31', []], ['于6月底前', '某政发〔2021〕8号', '2021-06-30', ['各乡镇']]],
  },
  {
    name: '明年 and 今年 against the signed year',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于明年3月底前完成验收。\n去年未完成的项目,要于今年6月底前完成。\n某县人民政府\n2019年11月5日',
    records: [['于明年3月底前', '某政发〔2019〕8号', '2020-03-31', ['各乡镇']], ['于今年6月底前', '某政发〔2019〕8号', '2019-06-30', []]],
  },
  {
    name: 'a table of contents with numbers in brackets and dotted leaders',
    text: '某县人民政府公报\n2019年第3期\n目录\n某县人民政府关于做好防汛工作的通知(某政发〔2019〕8号)……………1\n某县人民政府办公室关于开展植树活动的通知(某政办发〔2019〕3号)…………3\n\n某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日\n某县人民政府办公室关于开展植树活动的通知\n某政办发〔2019〕3号\n各乡镇人民政府,县直各单位:\n各单位于3月12日前上报。\n某县人民政府办公室\n2019年3月1日',
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30', ['各乡镇']], ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12', ['各单位']]],
  },
  {
    name: 'a table of contents under 【】 section heads, the heads repeated over the documents',
    text: '目  录\n【县政府文件】\n某县人民政府关于做好防汛工作的通知\n…………………………(1)\n【县政府办公室文件】\n某县人民政府办公室关于开展植树活动的通知\n…………………………(3)\n\n【县政府文件】\n某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日\n【县政府办公室文件】\n某县人民政府办公室关于开展植树活动的通知\n某政办发〔2019〕3号\n各乡镇人民政府,县直各单位:\n各单位于3月12日前上报。\n某县人民政府办公室\n2019年3月1日',
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30', ['各乡镇']], ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12', ['各单位']]],
  },
  {
    name: 'an annexed table after the signature belongs to the notice',
    text: '某县人民政府办公室关于印发2019年重点工作任务分解的通知\n某政办发〔2019〕8号\n各乡镇人民政府,县直各单位:\n现将《2019年重点工作任务分解表》印发给你们,请认真贯彻落实。\n某县人民政府办公室\n2019年3月5日\n附件\n2019年重点工作任务分解表\n序号\t工作任务\t责任单位\t完成时限\n1\t完成规划编制\t县发改局\t6月底前\n2\t完成道路建设\t县交通局\t12月底前',
    records: [['6月底前', '某政办发〔2019〕8号', '2019-06-30', ['县发改局']], ['12月底前', '某政办发〔2019〕8号', '2019-12-31', ['县交通局']]],
  },
  {
    name: 'a 印发 footer of the next year does not move the year of a December notice',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于1月底前完成排查。\n某县人民政府\n2019年12月28日\n抄送:县委办。\n某县人民政府办公室 2020年1月2日印发',
    records: [['于1月底前', '某政发〔2019〕8号', '2020-01-31', ['各乡镇']]],
  },
  {
    name: 'a signature on the last day of the year in Chinese numerals',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n二〇二〇年十二月三十一日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']]],
  },
  {
    name: 'the gazette’s name alone between two items',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n一、各乡镇要于6月底前完成排查。\n某县人民政府公报\n二、县水利局于7月底前完成检查。\n某县人民政府\n2020年4月2日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']], ['于7月底前', '某政发〔2020〕8号', '2020-07-31', ['县水利局']]],
  },
  {
    name: 'a running head with 期号 and page inside an item',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n一、各乡镇要于6月底前完成排查,确保\n2020年第10期 某县人民政府公报 ·13·\n汛期安全。二、县水利局于7月底前完成检查。\n某县人民政府\n2020年4月2日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']], ['于7月底前', '某政发〔2020〕8号', '2020-07-31', ['县水利局']]],
  },
  {
    name: 'a title naming last year’s summary and this year’s arrangements',
    text: '某县人民政府关于2019年工作总结和2020年工作安排的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2020年1月10日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']]],
  },
  {
    name: 'a December notice on next year’s festival work',
    text: '某县人民政府办公室关于做好2020年春节期间有关工作的通知\n某政办发〔2019〕88号\n各乡镇人民政府,县直各单位:\n各单位要于1月20日前完成安全检查。\n某县人民政府办公室\n2019年12月28日',
    records: [['于1月20日前', '某政办发〔2019〕88号', '2020-01-20', ['各单位']]],
  },
  {
    name: 'an announcement numbered 2020年第3号 after a notice',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2020年4月2日\n\n某县人民政府公告\n2020年第3号\n各单位于8月底前完成登记。\n某县人民政府\n2020年7月1日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']], ['于8月底前', '某县人民政府公告2020年第3号', '2020-08-31', ['各单位']]],
  },
  {
    name: 'two orders, the second’s heading and serial on one line',
    text: '某省人民政府令\n第375号\n《某省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布,自2019年5月1日起施行。\n省长 张三\n2019年3月5日\n某省河道管理办法\n第一条 县级人民政府应当于每年3月底前公布河道名录。\n第二条 主管部门应当自受理申请之日起20个工作日内作出决定。\n\n某省人民政府令第376号\n《某省湖泊保护办法》已经省人民政府第21次常务会议审议通过,现予公布,自2019年7月1日起施行。\n省长 张三\n2019年4月8日\n某省湖泊保护办法\n第一条 县级人民政府应当于每年6月底前公布湖泊名录。\n\n某省人民政府办公厅关于开展植树活动的通知\n某政办发〔2019〕3号\n各市人民政府:\n各市于3月12日前上报。\n某省人民政府办公厅\n2019年2月1日',
    records: [['每年3月底前', '某省人民政府令第375号', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1', ['县级人民政府']], ['20个工作日内', '某省人民政府令第375号', 'sla:20', ['主管部门']], ['每年6月底前', '某省人民政府令第376号', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1', ['县级人民政府']], ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12', ['各市']]],
  },
  {
    name: 'a notice, then an order with its rules',
    text: '某省人民政府办公厅关于开展植树活动的通知\n某政办发〔2019〕3号\n各市人民政府:\n各市于3月12日前上报。\n某省人民政府办公厅\n2019年2月1日\n\n某省人民政府令\n第375号\n《某省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布,自2019年5月1日起施行。\n省长 张三\n2019年3月5日\n某省河道管理办法\n第一条 县级人民政府应当于每年3月底前公布河道名录。\n第二条 主管部门应当自受理申请之日起20个工作日内作出决定。',
    records: [['于3月12日前', '某政办发〔2019〕3号', '2019-03-12', ['各市']], ['每年3月底前', '某省人民政府令第375号', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1', ['县级人民政府']], ['20个工作日内', '某省人民政府令第375号', 'sla:20', ['主管部门']]],
  },
  {
    name: 'a page number — 23 — inside two sentences',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n县水利局要于6月底前完成排\n— 23 —\n查工作,各乡镇要于2020年\n— 23 —\n9月底前完成整改。\n某县人民政府\n2020年4月2日',
    records: [['于6月底前', '某政发〔2020〕8号', '2020-06-30', ['县水利局']], ['于2020年\n9月底前', '某政发〔2020〕8号', '2020-09-30', ['各乡镇']]],
  },
  {
    name: 'a page number — 12 — between the year and the month',
    text: '某县人民政府关于做好防汛工作的通知\n某政发〔2020〕8号\n各乡镇人民政府,县直各单位:\n各乡镇要于2020年\n— 12 —\n6月底前完成排查。\n某县人民政府\n2020年4月2日',
    records: [['于2020年\n6月底前', '某政发〔2020〕8号', '2020-06-30', ['各乡镇']]],
  },
];

const clock = fixedClock(parseNow('2031-05-01'));

describe('a battery of gazette forms (session 17)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const records = extractText(c.text, 'battery5.txt', clock).obligations;
    const days = (o: (typeof records)[number]) => o.due ?? o.rrule ?? (o.within ? `sla:${o.within.days}` : null);
    expect(records.map((o) => [o.expression, o.doc.number, days(o), o.lead])).toEqual(c.records);
  });
});
