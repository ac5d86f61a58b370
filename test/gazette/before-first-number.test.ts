import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A gazette's first document printed with no 文号 (a 政府工作报告, which 大同市人民政府公报 2022年第2期 prints under "·工作报告·"
 * and which carries none: 大同 2020, 广州 2017; a notice sent without one): its lines stood before the first number, in no
 * document, and their deadlines gave no record. Text that holds a sentence before the first number is a document of its own;
 * the gazette's name, its issue, its contents and a page's furniture above it are none of it. Each row: the documents (first
 * line, title, number, signed date) and, where given, the records with their document's number and due date.
 */
type Doc = { firstLine?: number; number?: string; title?: string; issued?: string | null };
type Case = { name: string; text: string[]; docs: Doc[]; records?: Array<[string, string | null, string | null]> };

const NOTICE = ['某市人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各县区人民政府:', '各县区要于6月底前完成排查。', '某市人民政府', '2019年3月5日'];
const FRONT = ['某市人民政府公报', '2019年第2期(总第120期)', '目  录', '政府工作报告……………………1', '某市人民政府关于做好防汛工作的通知……………………8', ''];
const REPORT = ['政府工作报告', '——2019年1月15日在某市第十五届人民代表大会第三次会议上', '市长 张三', '各位代表:', '现在,我代表市人民政府向大会报告工作,请予审议。', '到2020年,全市地区生产总值达到500亿元。', '6月底前完成棚户区改造项目开工。'];

const cases: Case[] = [
  {
    name: 'a 政府工作报告 first in the issue, under the gazette’s name and contents',
    text: [...FRONT, ...REPORT, ...NOTICE],
    docs: [
      { firstLine: 7, title: '政府工作报告', number: '' },
      { firstLine: 14, number: '某政发〔2019〕8号', issued: '2019-03-05' },
    ],
    records: [
      ['到2020年', null, '2020-12-31'],
      ['6月底前', null, '2019-06-30'],
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
    ],
  },
  {
    name: 'a signed notice with no number first, a numbered one after it',
    text: ['某市人民政府办公室关于做好春节期间安全工作的通知', '各县区人民政府,市直各部门:', '各县区要于1月20日前完成隐患排查,自本通知印发之日起10日内上报方案。', '某市人民政府办公室', '2019年1月4日', ...NOTICE],
    docs: [
      { firstLine: 1, title: '某市人民政府办公室关于做好春节期间安全工作的通知', number: '', issued: '2019-01-04' },
      { firstLine: 6, number: '某政发〔2019〕8号' },
    ],
    records: [
      ['于1月20日前', null, '2019-01-20'],
      ['印发之日起10日内', null, '2019-01-14'],
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
    ],
  },
  {
    name: 'contents under 【】 section heads and a page number alone, then the report',
    text: ['目录', '【政府工作报告】', '政府工作报告', '(1)', '【市政府文件】', '某市人民政府关于做好防汛工作的通知', '(8)', '', ...REPORT, ...NOTICE],
    docs: [{ firstLine: 9, title: '政府工作报告' }, { number: '某政发〔2019〕8号' }],
  },
  {
    name: 'the first sentence holds an ellipsis, as a contents entry’s leaders are written',
    text: ['某市人民政府办公室关于做好汛前检查工作的通知', '各县区人民政府:', '各县区要做好堤防、水库、山塘……等检查,于5月底前上报。', '某市人民政府办公室', '2019年4月2日', ...NOTICE],
    docs: [{ firstLine: 1, title: '某市人民政府办公室关于做好汛前检查工作的通知', issued: '2019-04-02' }, { number: '某政发〔2019〕8号' }],
    records: [
      ['于5月底前', null, '2019-05-31'],
      ['于6月底前', '某政发〔2019〕8号', '2019-06-30'],
    ],
  },
  // Negatives: nothing but the gazette's front matter or a page's furniture before the first number.
  {
    name: 'negative: only the gazette’s name, issue and contents before the first number',
    text: [...FRONT, ...NOTICE],
    docs: [{ firstLine: 7, number: '某政发〔2019〕8号' }],
  },
  {
    name: 'negative: a page’s trail and furniture before the number',
    text: ['当前位置:首页 > 政务公开 > 政策文件', '发布时间:2019-03-06 来源:市政府办公室 浏览次数:120', ...NOTICE],
    docs: [{ number: '某政发〔2019〕8号', title: '某市人民政府关于做好防汛工作的通知' }],
  },
  {
    name: 'negative: the title and its red header over the number are the document’s own',
    text: ['某市人民政府文件', '某政发〔2019〕8号', '某市人民政府关于做好防汛工作的通知', '各县区人民政府:', '各县区要于6月底前完成排查。'],
    docs: [{ firstLine: 1, number: '某政发〔2019〕8号' }],
  },
];

describe('a document before the first 文号', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text);
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text.join('\n'), 'before-first-number.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
