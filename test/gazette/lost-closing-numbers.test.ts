import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A 文号 whose closing bracket a web copy lost, with its 号 or without: "牟政办发〔201746" (牟定 2017), "新密统文〔20182" (新密 2018),
 * "曲水府发〔202321" (梁平 曲水镇 2023), "广安区府办发〔202026" (广安 2020), and in the numbers such pages cite ("明政文〔201764号",
 * 福建省人民政府公报 2017; "黔府办发〔201930号", 六盘水 2020; "宣政秘〔20208号", 宣城 2020). The line was no number: the document had
 * none, and in a text of several it ran into the one before, a period counted from its issue dated by that one's signature. The
 * year is four figures, so the serial is what follows; the number is printed whole. Negatives: a round bracket (a figure's
 * note), a year with no serial, too many figures, a citation inside a sentence. Each row: the documents (number, signed date)
 * and, where given, the records with their document's number and due date.
 */
type Case = { name: string; text: string[]; docs: Array<[string, string | null]>; records?: Array<[string, string | null, string | null]> };

const A = '某县人民政府关于做好防汛工作的通知';
const B = '某县人民政府办公室关于开展植树活动的通知';
const BODY_A = ['各乡镇人民政府:', '各乡镇要自本通知印发之日起30日内完成排查。'];
const BODY_B = ['各单位:', '各单位要于本通知下发后15日内上报。'];
const cases: Case[] = [
  {
    name: 'the second document’s number lost 〕 and 号: it opens its document, counted from its own date',
    text: [A, '某政发〔2019〕5号', ...BODY_A, '某县人民政府', '2019年2月20日', '', B, '某政办发〔201946', ...BODY_B, '某县人民政府办公室', '2019年6月23日'],
    docs: [['某政发〔2019〕5号', '2019-02-20'], ['某政办发〔2019〕46号', '2019-06-23']],
    records: [['印发之日起30日内', '某政发〔2019〕5号', '2019-03-22'], ['下发后15日内', '某政办发〔2019〕46号', '2019-07-08']],
  },
  {
    name: '〕 lost, 号 kept',
    text: [A, '明政文〔201764号', ...BODY_A, '某县人民政府', '2017年9月19日'],
    docs: [['明政文〔2017〕64号', '2017-09-19']],
  },
  {
    name: 'a one-figure serial (新密 2018), spaces about it',
    text: ['关于印发全市服务业统计报表报送时间的通知', '  新密统文〔20182  ', ...BODY_A, '某县统计局', '2018年1月2日'],
    docs: [['新密统文〔2018〕2号', '2018-01-02']],
  },
  {
    name: 'a square bracket',
    text: [A, '某政发[201812', ...BODY_A, '某县人民政府', '2018年3月5日'],
    docs: [['某政发〔2018〕12号', '2018-03-05']],
  },
  {
    name: 'negative: a round bracket opens a figure’s note, not a number',
    text: [A, '某政发〔2019〕5号', ...BODY_A, '建设面积(201746', '某县人民政府', '2019年2月20日'],
    docs: [['某政发〔2019〕5号', '2019-02-20']],
  },
  {
    name: 'negative: a year with no serial, and too many figures',
    text: [A, '某政发〔2019〕5号', ...BODY_A, '某政发〔2019', '编号〔2019123456', '某县人民政府', '2019年2月20日'],
    docs: [['某政发〔2019〕5号', '2019-02-20']],
  },
  {
    name: 'negative: a garbled number cited inside a sentence opens nothing',
    text: [A, '某政发〔2020〕5号', '各乡镇人民政府:', '根据《关于印发健康贵州行动实施方案的通知》(黔府办发〔201930号)精神,各乡镇要自本通知印发之日起30日内完成排查。', '某县人民政府', '2020年9月28日'],
    docs: [['某政发〔2020〕5号', '2020-09-28']],
    records: [['印发之日起30日内', '某政发〔2020〕5号', '2020-10-28']],
  },
];

describe('a 文号 that lost its closing bracket', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(splitGazette(c.text).map((d) => [d.number, d.issued])).toEqual(c.docs);
    if (c.records) {
      const records = extractText(c.text.join('\n'), 'lost-closing-numbers.txt').obligations;
      expect(records.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
    }
  });
});
