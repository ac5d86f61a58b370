import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A title with its own 文号 on one line, as web copies head each text: "…的通知(岳办发〔2017〕2号)" (岳阳 2017),
 * "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》" (山东 2014), "京政办发〔2016〕26号《北京市人民政府办公厅关于印发…的通知》"
 * (北京 2016), "成府發〔2014〕7號《成都市人民政府關于印發…的通知》" (成都 2014), "泾县人民政府关于…的通知 泾政〔2023〕1号" (泾县 2023),
 * "江政办〔2020〕2 号 区人民政府办公室关于印发…的通知" (江汉 2020). A text of several such documents read the first heading only (as the
 * page's own facts): the others ran into it, their periods counted from its date. Such a heading now opens its document where
 * the text holds two numbers or more; a text of one is read as before. Each row: the documents (first line, number, title,
 * signed date) and, where given, the records with their document's number and due date.
 */
type Doc = { firstLine?: number; number?: string; title?: string; issued?: string | null };
type Case = { name: string; text: string[]; docs: Doc[]; records?: Array<[string, string | null, string | null]> };

const A = '某县人民政府关于做好防汛工作的通知';
const B = '某县人民政府办公室关于开展植树活动的通知';
const BODY_A = ['各乡镇人民政府:', '各乡镇要自本通知印发之日起30日内完成排查。', '某县人民政府', '2019年3月5日'];
const BODY_B = ['各单位:', '各单位要自本通知印发之日起10日内上报。', '某县人民政府办公室', '2019年4月1日'];
const RECORDS: Array<[string, string | null, string | null]> = [
  ['印发之日起30日内', '某政发〔2019〕8号', '2019-04-04'],
  ['印发之日起10日内', '某政办发〔2019〕3号', '2019-04-11'],
];

const cases: Case[] = [
  {
    name: 'each title with its number in brackets after it',
    text: [`${A}(某政发〔2019〕8号)`, ...BODY_A, `${B}（某政办发〔2019〕3号）`, ...BODY_B],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' },
      { firstLine: 6, number: '某政办发〔2019〕3号', title: B, issued: '2019-04-01' },
    ],
    records: RECORDS,
  },
  {
    name: 'each number before its title, a space between',
    text: [`某政发〔2019〕8号 ${A}`, ...BODY_A, `某政办发〔2019〕3 号 ${B}`, ...BODY_B],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', title: A },
      { firstLine: 6, number: '某政办发〔2019〕3号', title: B },
    ],
    records: RECORDS,
  },
  {
    name: 'each number before its title in 《》',
    text: [`某政发〔2019〕8号《${A}》`, ...BODY_A, `某政办发〔2019〕3号《${B}》`, ...BODY_B],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', title: A },
      { firstLine: 6, number: '某政办发〔2019〕3号', title: B },
    ],
    records: RECORDS,
  },
  {
    name: 'a title then its number after spaces',
    text: [`${A}   某政发〔2019〕8号`, ...BODY_A, `${B}   某政办发〔2019〕3号`, ...BODY_B],
    docs: [{ number: '某政发〔2019〕8号', title: A }, { firstLine: 6, number: '某政办发〔2019〕3号', title: B }],
  },
  {
    name: 'a number on its own line, then a heading with its number',
    text: [A, '某政发〔2019〕8号', ...BODY_A, `${B}(某政办发〔2019〕3号)`, ...BODY_B],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' },
      { firstLine: 7, number: '某政办发〔2019〕3号', title: B, issued: '2019-04-01' },
    ],
    records: RECORDS,
  },
  {
    name: 'a page’s heading with its number over the title and the number again: the number under the title opens it',
    text: [`某政发〔2019〕8号《${A}》`, '浏览量: 时间:2019-03-06', A, '某政发〔2019〕8号', ...BODY_A, `某政办发〔2019〕3号《${B}》`, '浏览量: 时间:2019-04-02', B, '某政办发〔2019〕3号', ...BODY_B],
    docs: [
      { firstLine: 3, number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' },
      { firstLine: 11, number: '某政办发〔2019〕3号', title: B, issued: '2019-04-01' },
    ],
    records: RECORDS,
  },
  {
    name: 'contents of headings with numbers, then the documents under their numbers',
    text: ['目录', `${A}(某政发〔2019〕8号)`, `${B}(某政办发〔2019〕3号)`, '', A, '某政发〔2019〕8号', ...BODY_A, B, '某政办发〔2019〕3号', ...BODY_B],
    docs: [
      { firstLine: 5, number: '某政发〔2019〕8号', issued: '2019-03-05' },
      { firstLine: 11, number: '某政办发〔2019〕3号', issued: '2019-04-01' },
    ],
    records: RECORDS,
  },
  {
    name: 'contents of headings with numbers, then the documents under the same headings',
    text: ['目录', `${A}(某政发〔2019〕8号)`, `${B}(某政办发〔2019〕3号)`, '', `${A}(某政发〔2019〕8号)`, ...BODY_A, `${B}(某政办发〔2019〕3号)`, ...BODY_B],
    docs: [
      { firstLine: 5, number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' },
      { firstLine: 10, number: '某政办发〔2019〕3号', title: B, issued: '2019-04-01' },
    ],
    records: RECORDS,
  },
  // Negatives: one number in the text, and a line that cites another text with its number.
  {
    name: 'negative: a page of one document headed with its number reads as before',
    text: [`${A}(某政发〔2019〕8号)`, ...BODY_A],
    docs: [{ number: '某政发〔2019〕8号', title: A, issued: '2019-03-05' }],
  },
  {
    name: 'negative: a line citing a notice with its number (根据…) opens nothing',
    text: [A, '某政发〔2019〕8号', '各乡镇人民政府:', '根据市人民政府关于做好防汛工作的通知(某市政发〔2019〕2号)', '各乡镇要自本通知印发之日起30日内完成排查。', '某县人民政府', '2019年3月5日'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }],
  },
  {
    name: 'negative: a text quoted whole in 《》 with its number is cited, not headed',
    text: [A, '某政发〔2019〕8号', '各乡镇人民政府:', '《某县防汛应急预案》(某政发〔2018〕5号)', '各乡镇要自本通知印发之日起30日内完成排查。', '某县人民政府', '2019年3月5日'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }],
  },
  {
    name: 'negative: an annex line naming a notice with its number',
    text: [A, '某政发〔2019〕8号', '各乡镇人民政府:', '各乡镇要自本通知印发之日起30日内完成排查。', '附件:某县人民政府关于防汛责任分工的通知(某政发〔2019〕6号)', '某县人民政府', '2019年3月5日'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }],
  },
];

describe('a title with its own 文号 on one line opens its document', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text);
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text.join('\n'), 'headings-with-number.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
