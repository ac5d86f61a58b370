import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A document printed with no 文号 after a signed one (杭州市人民政府公报 2020 prints "杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任
 * 分解的通知" over "各区、县(市)人民政府,市政府各部门、各直属单位:" and none; notices so copied: 江西 2023, 滁州 2020, 芜湖 2021, 广丰 2021,
 * 益阳 2015, 汉阴 2022, 潜江 2017, 兴庆 2018): it ran into the document before, its records carrying that one's number and
 * date, a period counted from that date. Under a signature, a title that names its kind or 关于 with its addressees on the line
 * below opens a document. Each row: the documents (first line, number, title, signed date) and, where given, the records with
 * their document's number and due date.
 */
type Doc = { firstLine?: number; number?: string; title?: string; issued?: string | null };
type Case = { name: string; text: string[]; docs: Doc[]; records?: Array<[string, string | null, string | null]> };

const A = '某市人民政府关于做好防汛工作的通知';
const B = '某市人民政府办公室关于做好春节期间安全工作的通知';
const C = '某市人民政府关于开展植树活动的通知';
const NUMBERED_A = [A, '某政发〔2019〕8号', '各县区人民政府:', '各县区要于6月底前完成排查。', '某市人民政府', '2019年3月5日'];
const UNNUMBERED_B = [B, '各县区人民政府,市直各部门:', '各县区要自本通知印发之日起10日内完成隐患排查。', '某市人民政府办公室', '2019年1月4日'];
const NUMBERED_C = [C, '某政发〔2019〕9号', '各县区人民政府:', '各县区于3月12日前上报。', '某市人民政府', '2019年2月1日'];

const cases: Case[] = [
  {
    name: 'a notice with no number between two numbered ones',
    text: [...NUMBERED_A, ...UNNUMBERED_B, ...NUMBERED_C],
    docs: [
      { firstLine: 1, number: '某政发〔2019〕8号', issued: '2019-03-05' },
      { firstLine: 7, number: '', title: B, issued: '2019-01-04' },
      { firstLine: 12, number: '某政发〔2019〕9号', issued: '2019-02-01' },
    ],
    records: [
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
      ['印发之日起10日内', null, '2019-01-14'],
      ['于3月12日前', '某政发〔2019〕9号', '2019-03-12'],
    ],
  },
  {
    name: 'the signature before it with its note, the title over two lines',
    text: [...NUMBERED_A, '(此件公开发布)', '', '某市人民政府办公室', '关于做好春节期间安全工作的通知', '各县区人民政府,市直各部门:', '各县区要自本通知印发之日起10日内完成隐患排查。', '某市人民政府办公室', '2019年1月4日'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }, { firstLine: 9, title: B, issued: '2019-01-04' }],
  },
  {
    name: 'two notices with no number after the last numbered one, signed on one line',
    text: [...NUMBERED_A, B, '各县区人民政府:', '各县区要于1月20日前完成排查。', '某市人民政府办公室 2019年1月4日', '某市人民政府办公室关于开展消防检查的通知', '各县区人民政府:', '各县区要于4月底前完成检查。', '某市人民政府办公室 2019年3月20日'],
    docs: [
      { number: '某政发〔2019〕8号' },
      { firstLine: 7, title: B, issued: '2019-01-04' },
      { firstLine: 11, title: '某市人民政府办公室关于开展消防检查的通知', issued: '2019-03-20' },
    ],
  },
  {
    name: 'two notices with no number before the first numbered one',
    text: [...UNNUMBERED_B, '某市人民政府办公室关于开展消防检查的通知', '各县区人民政府:', '各县区要于4月底前完成检查。', '某市人民政府办公室', '2019年3月20日', ...NUMBERED_C],
    docs: [
      { firstLine: 1, title: B, issued: '2019-01-04' },
      { firstLine: 6, title: '某市人民政府办公室关于开展消防检查的通知', issued: '2019-03-20' },
      { firstLine: 11, number: '某政发〔2019〕9号' },
    ],
  },
  // Negatives: what follows a signature and stays the document's.
  {
    name: 'negative: the plan a notice issues, its title then its text',
    text: [A, '某政发〔2019〕8号', '各县区人民政府:', '现将《某市2019年防汛工作方案》印发给你们,请认真贯彻执行。', '某市人民政府', '2019年3月5日', '某市2019年防汛工作方案', '为做好防汛工作,制定本方案。', '各县区要于6月底前完成排查。'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }],
    records: [['于6月底前', '某政发〔2019〕8号', '2019-06-30']],
  },
  {
    name: 'negative: an annex heading and its table',
    text: [...NUMBERED_A, '附件', '某市防汛责任分工表', '序号\t任务\t责任单位\t完成时限', '1\t完成排查\t市水利局\t6月底前'],
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-03-05' }],
  },
  {
    name: 'negative: a title under the signature with a sentence, not addressees, below it',
    text: [...NUMBERED_A, '某市防汛工作实施方案', '各县区要于5月底前完成物资储备。'],
    docs: [{ number: '某政发〔2019〕8号' }],
  },
  {
    name: 'negative: a title with addressees under it but no signature above',
    text: [A, '某政发〔2019〕8号', '各县区人民政府:', '各县区要于6月底前完成排查。', B, '各县区人民政府:', '各县区要于1月20日前完成排查。'],
    docs: [{ number: '某政发〔2019〕8号' }],
  },
];

describe('a document with no 文号 after a signed one', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text);
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text.join('\n'), 'unnumbered-after-signature.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
