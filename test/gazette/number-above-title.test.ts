import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A 文号 printed above its title, in the red header's order (上海 2017 "沪府发〔2017〕92号" over "上海市人民政府印发…的通知",
 * 广州 2015 "穗府〔2015〕5號" over its title, 东莞 2021, 嵊泗 2021, 水城 2011): in a text of several such documents the
 * line above each number is the end of the document before. Each row: the documents (first line, title, number, signed
 * date) and, where given, the records with their document's number and due date. An order's serial opens its document as a
 * 文号 does, under the last article of the order before.
 */
type Doc = { firstLine?: number; number?: string; title?: string; issued?: string | null };
type Case = { name: string; text: string[]; docs: Doc[]; records?: Array<[string, string, string | null]> };

const A = '某县人民政府关于做好防汛工作的通知';
const B = '某县人民政府办公室关于开展植树活动的通知';
const cases: Case[] = [
  {
    name: 'two documents, each number above its title',
    text: ['某政发〔2019〕8号', A, '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', '', '某政办发〔2019〕3号', B, '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' },
      { firstLine: 8, number: '某政办发〔2019〕3号', title: B, issued: '2019-02-01' },
    ],
    records: [
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
      ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12'],
    ],
  },
  {
    name: '(此件公开发布) under the date before the next number',
    text: ['某政发〔2019〕8号', A, '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', '(此件公开发布)', '某政办发〔2019〕3号', B, '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [
      { number: '某政发〔2019〕8号', issued: '2019-03-05' },
      { firstLine: 8, title: B, issued: '2019-02-01' },
    ],
  },
  {
    name: 'the document before keeps its date: a period counted from it',
    text: ['某政发〔2019〕8号', A, '各乡镇:', '各乡镇要自印发之日起30日内完成排查。', '某县人民政府', '2019年3月5日', '', '某政办发〔2019〕3号', B, '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ issued: '2019-03-05' }, { title: B }],
    records: [
      ['印发之日起30日内', '某政发〔2019〕8号', '2019-04-04'],
      ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12'],
    ],
  },
  {
    name: 'traditional characters, date in Chinese numerals (广州 2006’s copy)',
    text: ['穗府辦〔2006〕19號', '關于印發2006年政府工作報告要求重點做好的工作事項的通知', '各區人民政府:', '各區要于6月底前完成。', '廣州市人民政府辦公廳', '二○○六年四月二十八日', '穗府〔2006〕20號', '廣州市人民政府關于加強防汛工作的通知', '各區人民政府:', '各區要于5月底前完成排查。', '廣州市人民政府', '二○○六年五月八日'],
    docs: [
      { number: '穗府办〔2006〕19号', issued: '2006-04-28' },
      { firstLine: 7, number: '穗府〔2006〕20号', title: '廣州市人民政府關于加強防汛工作的通知', issued: '2006-05-08' },
    ],
  },
  {
    name: 'the document before ends with a sentence and no signature',
    text: ['某政发〔2019〕8号', A, '各乡镇:', '各乡镇要于6月底前完成排查。', '请认真贯彻执行。', '某政办发〔2019〕3号', B, '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ number: '某政发〔2019〕8号', title: A }, { firstLine: 6, title: B, issued: '2019-02-01' }],
  },
  {
    name: 'a title over two lines under the number',
    text: ['某政发〔2019〕8号', A, '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', '某政办发〔2019〕3号', '某县人民政府办公室', '关于开展植树活动的通知', '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ issued: '2019-03-05' }, { firstLine: 7, title: B, issued: '2019-02-01' }],
  },
  {
    name: 'an order’s heading and serial on one line under the last article of the order before',
    text: ['某省人民政府令', '第375号', '《某省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布,自2019年5月1日起施行。', '省长 张三', '2019年3月5日', '某省河道管理办法', '第一条 县级人民政府应当于每年3月底前公布河道名录。', '第二条 主管部门应当自受理申请之日起20个工作日内作出决定。', '', '某省人民政府令第376号', '《某省湖泊保护办法》已经省人民政府第21次常务会议审议通过,现予公布,自2019年7月1日起施行。', '省长 张三', '2019年4月8日', '某省湖泊保护办法', '第一条 县级人民政府应当于每年6月底前公布湖泊名录。'],
    docs: [
      { firstLine: 1, number: '某省人民政府令第375号', title: '某省河道管理办法', issued: '2019-03-05' },
      { firstLine: 10, number: '某省人民政府令第376号', title: '某省湖泊保护办法', issued: '2019-04-08' },
    ],
    records: [
      ['每年3月底前', '某省人民政府令第375号', null],
      ['20个工作日内', '某省人民政府令第375号', null],
      ['每年6月底前', '某省人民政府令第376号', null],
    ],
  },
  {
    name: 'a number with no title near it, under a sentence of the document before',
    text: [A, '某政发〔2019〕8号', '各乡镇:', '各乡镇要于6月底前完成排查。', '县水利局要于7月底前完成检查。', '某政办发〔2019〕3号', '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ firstLine: 1, title: A }, { firstLine: 6, number: '某政办发〔2019〕3号', title: '' }],
    records: [
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
      ['于7月底前', '某政发〔2019〕8号', '2019-07-31'],
      ['于3月12日前', '某政办发〔2019〕3号', '2019-03-12'],
    ],
  },
  // Negatives: the title above the number stays the title.
  {
    name: 'negative: title above the number, the document before signed',
    text: [A, '某政发〔2019〕8号', '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', B, '某政办发〔2019〕3号', '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [
      { firstLine: 1, title: A, issued: '2019-03-05' },
      { firstLine: 7, title: B, issued: '2019-02-01' },
    ],
  },
  {
    name: 'negative: title above the number and a plan’s name under it',
    text: [A, '某政发〔2019〕8号', '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', B, '某政办发〔2019〕3号', '某县2019年植树工作方案', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ title: A }, { firstLine: 7, title: B }],
  },
  {
    name: 'negative: a red header over the number opens the document',
    text: [A, '某政发〔2019〕8号', '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', '某县人民政府办公室文件', '某政办发〔2019〕3号', B, '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ issued: '2019-03-05' }, { firstLine: 7, title: B, issued: '2019-02-01' }],
  },
  {
    name: 'negative: the issuer heading and 关于 line above the number',
    text: [A, '某政发〔2019〕8号', '各乡镇:', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年3月5日', '# 某县人民政府办公室', '## 关于开展植树活动的通知', '某政办发〔2019〕3号', '各单位:', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年2月1日'],
    docs: [{ issued: '2019-03-05' }, { firstLine: 7, title: B, issued: '2019-02-01' }],
  },
  {
    name: 'negative: an order’s heading on its own line over its serial opens the order',
    text: ['某省人民政府令', '第375号', '《某省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布。', '省长 张三', '2019年3月5日', '某省河道管理办法', '第一条 县级人民政府应当于每年3月底前公布河道名录。', '某省人民政府令', '第376号', '《某省湖泊保护办法》已经省人民政府第21次常务会议审议通过,现予公布。', '省长 张三', '2019年4月8日', '某省湖泊保护办法', '第一条 县级人民政府应当于每年6月底前公布湖泊名录。'],
    docs: [{ firstLine: 1, issued: '2019-03-05' }, { firstLine: 8, number: '某省人民政府令第376号', issued: '2019-04-08' }],
  },
];

describe('a 文号 printed above its title', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.text.join('\n');
    const docs = splitGazette(c.text);
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(text, 'number-above-title.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
