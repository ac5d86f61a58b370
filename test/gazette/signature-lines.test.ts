import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * The signed date where a copy ran the signature onto one line: the issuer before the date ("政協寶雞市金臺區委員會辦公室 2020年1月26日",
 * 金台 2020), the circulation note after it, both inside a text copied as one line ("…请认真抓好贯彻落实。安顺市人民政府2023年9月5日
 * （此件公开发布）安顺市市级储备粮管理办法…", 安顺 2023; 海南 2014, 福建 2017, 南宁 2026), and the date a gazette's database prints after the
 * 文号 ("川办函〔2017〕113号 2017年6月2日", 四川 2017). Each left the document's date null: a period counted from it
 * (印发之日起30日内) gave no record. Each row: the documents (number, title, signed date, issuer) and, where given, the records
 * with their document's number and due date.
 */
type Doc = { number?: string; title?: string; issued?: string | null; issuer?: string; firstLine?: number };
type Case = { name: string; text: string[]; docs: Doc[]; records?: Array<[string, string | null, string | null]> };

const A = '某县人民政府关于做好防汛工作的通知';
const B = '某县人民政府办公室关于开展植树活动的通知';
const BODY_A = ['各乡镇人民政府:', '各乡镇要自本通知印发之日起30日内完成排查。'];
const BODY_B = ['各单位:', '各单位于3月12日前上报。'];
const cases: Case[] = [
  {
    name: 'issuer and date on one line',
    text: [A, '某政发〔2019〕8号', ...BODY_A, '某县人民政府 2019年3月5日'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05', issuer: '某县人民政府' }],
    records: [['印发之日起30日内', '某政发〔2019〕8号', '2019-04-04']],
  },
  {
    name: 'issuer and date with no space, traditional characters',
    text: ['某縣人民政府辦公室關於開展植樹活動的通知', '某政辦發〔2019〕3號', '各單位:', '各單位要自本通知印發之日起15日內上報。', '某縣人民政府辦公室2019年3月1日'],
    docs: [{ number: '某政办发〔2019〕3号', issued: '2019-03-01' }],
    records: [['印發之日起15日內', '某政办发〔2019〕3号', '2019-03-16']],
  },
  {
    name: 'date and (此件公开发布) on one line, the issuer above',
    text: [A, '某政发〔2019〕8号', ...BODY_A, '某县人民政府', '2019年3月5日(此件公开发布)'],
    docs: [{ issued: '2019-03-05', issuer: '某县人民政府' }],
  },
  {
    name: 'issuer, date and note on one line, full-width brackets',
    text: [A, '某政发〔2019〕8号', ...BODY_A, '某县人民政府2019年3月5日（此件主动公开）'],
    docs: [{ issued: '2019-03-05', issuer: '某县人民政府' }],
  },
  {
    name: 'two documents of a gazette, each signed on one line: the next title stays a title',
    text: [A, '某政发〔2019〕8号', ...BODY_A, '某县人民政府 2019年3月5日', B, '某政办发〔2019〕3号', ...BODY_B, '某县人民政府办公室 2019年3月1日'],
    docs: [
      { firstLine: 1, issued: '2019-03-05' },
      { firstLine: 6, title: B, issued: '2019-03-01' },
    ],
  },
  {
    name: 'a number over its title under a signature on one line: the signature is the end of the document before',
    text: ['某政发〔2019〕8号', A, ...BODY_A, '某县人民政府 2019年3月5日', '某政办发〔2019〕3号', B, ...BODY_B, '某县人民政府办公室 2019年3月1日'],
    docs: [
      { firstLine: 1, title: A, issued: '2019-03-05' },
      { firstLine: 6, title: B, issued: '2019-03-01' },
    ],
  },
  {
    name: 'a notice copied as one line, its signature and note inside it',
    text: [
      '某市人民政府关于印发某市市级储备粮管理办法的通知',
      '各县、区人民政府,市政府各工作部门:现将《某市市级储备粮管理办法》印发给你们,请认真抓好贯彻落实。某市人民政府2023年9月5日（此件公开发布）某市市级储备粮管理办法第一条 市粮食局应当自本办法印发之日起30日内制定轮换计划。',
    ],
    docs: [{ issued: '2023-09-05', issuer: '某市人民政府' }],
    records: [['印发之日起30日内', null, '2023-10-05']],
  },
  {
    name: 'the number and its date on one line under the title (a gazette database)',
    text: ['四川省人民政府办公厅', '关于做好春耕生产工作的通知', '川办函〔2017〕113号 2017年6月2日', '各市(州)人民政府,省政府各部门:', '各市(州)要于本通知印发之日起20日内报送方案。'],
    docs: [{ number: '川办函〔2017〕113号', title: '四川省人民政府办公厅关于做好春耕生产工作的通知', issued: '2017-06-02' }],
    records: [['印发之日起20日内', '川办函〔2017〕113号', '2017-06-22']],
  },
  {
    name: 'two documents of a database, each number with its date',
    text: [A, '某政发〔2017〕8号 2017年3月5日', ...BODY_A, B, '某政办发〔2017〕3号 2017年4月1日', ...BODY_B],
    docs: [
      { number: '某政发〔2017〕8号', issued: '2017-03-05' },
      { number: '某政办发〔2017〕3号', title: B, issued: '2017-04-01' },
    ],
  },
  {
    name: 'a signature under the number’s date is the signed one',
    text: [A, '某政发〔2017〕8号 2017年3月1日', ...BODY_A, '某县人民政府', '2017年3月5日'],
    docs: [{ issued: '2017-03-05' }],
  },
  // Negatives: a unit and a date that sign nothing.
  {
    name: 'negative: a table row of a unit and its date is no signature',
    text: [A, '某政发〔2019〕8号', '各乡镇人民政府:', '责任单位\t完成时间', '县教育局\t2019年6月30日', '某县人民政府', '2019年3月5日'],
    docs: [{ issued: '2019-03-05' }],
  },
  {
    name: 'negative: a unit’s deadline on a line of its own',
    text: [A, '某政发〔2019〕8号', '各乡镇人民政府:', '县教育局2019年6月30日前', '某县人民政府', '2019年3月5日'],
    docs: [{ issued: '2019-03-05' }],
  },
  {
    name: 'negative: a sentence dating an event, with no note',
    text: ['某市人民政府关于某事的通知', '各县区:请认真贯彻落实。某市人民政府2023年9月5日召开常务会议研究了储备粮管理工作,各县区要自本通知印发之日起30日内制定轮换计划并报市粮食局备案,确保按期完成。'],
    docs: [{ issued: null }],
  },
  {
    name: 'negative: a 印发 line of the 版记 is no number’s date',
    text: [A, '某政发〔2019〕8号', ...BODY_A, '某县人民政府', '2019年3月5日', '某县人民政府办公室 2019年3月6日印发'],
    docs: [{ issued: '2019-03-05' }],
  },
];

describe('a signature run onto one line', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text);
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text.join('\n'), 'signature-lines.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
