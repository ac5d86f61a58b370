import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * The battery of gazette and page forms session 14 read the splitter and the year context with (gazette3): issuers and
 * signature dates, metadata blocks that give or do not give the date, a 政策解读 printed under its source's number, and
 * the year a document's months take from its own date, number or plan. Those read right are kept here as a guard; those
 * read wrong and left (an issuer and its date on one line, a number and a date on one line, 〈〉 brackets, five-digit serials,
 * a 解读 with no number after its source, bullets before a title) are in the session's report.
 */
type Doc = { number?: string; title?: string; issued?: string | null; issuer?: string };
type Case = { name: string; text: string; docs: Doc[]; records?: Array<[string, string | null, string | null]> };
const T = '某市人民政府办公室关于做好防汛工作的通知';
const BODY = '各乡镇要于6月底前完成排查。';
const notice = (title: string, num: string, body: string, signature: string) => `${title}\n${num}\n各乡镇人民政府,县直各单位:\n${body}\n${signature}`;
const TWO = (second: string) =>
  `某县人民政府关于做好防汛工作的通知\n某政发〔2018〕8号\n各乡镇:\n各乡镇要于12月底前完成排查。\n某县人民政府\n2018年11月2日\n某县人民政府关于开展植树活动的通知\n某政发〔2019〕3号\n各乡镇:\n各乡镇于3月底前完成植树。${second}`;
const cases: Case[] = [
  // Issuers and signature dates
  { name: 'two issuers on a line, the date below', text: notice('某市发展和改革委员会 某市财政局关于做好节能工作的通知', '某发改〔2019〕12号', BODY, '某市发展和改革委员会　　某市财政局\n2019年5月6日'), docs: [{ issued: '2019-05-06' }] },
  { name: 'negative: a 印发 footer is no signature', text: notice(T, '某政办发〔2019〕12号', BODY, '抄送:市委办。\n某市人民政府办公室 2019年5月7日印发'), docs: [{ issued: null }] },
  { name: 'negative: a sentence naming an office and a day', text: notice(T, '某政办发〔2019〕12号', `市人民政府办公室2019年5月6日召开会议。\n${BODY}`, '某市人民政府办公室\n2019年5月8日'), docs: [{ issued: '2019-05-08' }] },
  { name: 'number and date each in brackets under the title', text: `${T}\n(某政办发〔2019〕12号)\n(2019年5月6日)\n各乡镇:\n${BODY}`, docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06', title: T }] },
  { name: 'a date in brackets under a title with no number counts 印发之日起', text: '某县人民政府关于开展植树活动的通知\n（二〇一九年二月一日）\n各乡镇:\n各乡镇自印发之日起10日内报送方案。', docs: [{ issued: '2019-02-01' }], records: [['印发之日起10日内', null, '2019-02-11']] },
  // A page's metadata block
  { name: '成文日期 agreeing with the signature', text: `索引号:11111/2019-00012\n发布机构:某市人民政府办公室\n成文日期:2019-05-06\n文号:某政办发〔2019〕12号\n${T}\n各乡镇:\n${BODY}\n某市人民政府办公室\n2019年5月6日`, docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06', title: T }] },
  { name: 'a 发布日期 and a signature: the signature', text: `发布日期:2019-05-10\n${T}\n各乡镇:\n${BODY}\n某市人民政府办公室\n2019年5月6日`, docs: [{ issued: '2019-05-06', title: T }] },
  { name: '发文日期 under the title', text: `${T}\n发文日期：2019年05月06日\n各乡镇:\n${BODY}`, docs: [{ issued: '2019-05-06', title: T }] },
  { name: 'negative: a 发布日期 alone dates no document', text: `${T}\n发布日期：2019-05-10\n各乡镇:\n${BODY}`, docs: [{ issued: null, title: T }], records: [['于6月底前', null, '2019-06-30']] },
  { name: '成文日期 beside the number on its line', text: `${T}\n文号:某政办发〔2019〕12号  成文日期:2019-05-06\n各乡镇:\n${BODY}`, docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06', title: T }] },
  { name: 'a pipe table of fields', text: `| 发布机构 | 某市人民政府办公室 | 成文日期 | 2019年5月6日 |\n| 发文字号 | 某政办发〔2019〕12号 | 发布日期 | 2019年5月8日 |\n| 标题 | ${T} | | |\n\n${T}\n各乡镇:\n${BODY}`, docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06', title: T }] },
  { name: 'labels parted by spaces on one line', text: `索引号: 11111/2019-00012  主题分类: 政务公开  发布机构: 某市人民政府办公室  成文日期: 2019-05-06  发文字号: 某政办发〔2019〕12号\n${T}\n各乡镇:\n${BODY}`, docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06', title: T }] },
  // A 政策解读 printed after its source, the source's number under its title
  {
    name: 'a 解读 under its source’s number is a document of its own',
    text: notice('某县人民政府关于印发某县2019年防汛工作方案的通知', '某政发〔2019〕8号', `现将《某县2019年防汛工作方案》印发给你们。\n${BODY}`, '某县人民政府\n2019年4月2日') + `\n关于《某县2019年防汛工作方案》的政策解读\n(某政发〔2019〕8号)\n一、主要内容\n${BODY}`,
    docs: [{ number: '某政发〔2019〕8号', issued: '2019-04-02' }, { title: '关于《某县2019年防汛工作方案》的政策解读' }],
  },
  // The year a document's months take
  { name: 'each document of a gazette its own signature’s year', text: TWO('\n某县人民政府\n2019年2月1日'), docs: [{ issued: '2018-11-02' }, { issued: '2019-02-01' }], records: [['于12月底前', '某政发〔2018〕8号', '2018-12-31'], ['于3月底前', '某政发〔2019〕3号', '2019-03-31']] },
  { name: 'a document with no signature its number’s year, not the one before it', text: TWO(''), docs: [{ issued: '2018-11-02' }, { issued: null }], records: [['于12月底前', '某政发〔2018〕8号', '2018-12-31'], ['于3月底前', '某政发〔2019〕3号', '2019-03-31']] },
  { name: 'a signature in Chinese numerals', text: notice('某县人民政府关于开展植树活动的通知', '某政发〔2019〕3号', '各乡镇于3月底前完成植树。', '某县人民政府\n二〇一九年二月一日'), docs: [{ issued: '2019-02-01' }], records: [['于3月底前', '某政发〔2019〕3号', '2019-03-31']] },
  {
    name: 'negative: an annex’s own date is no signature',
    text: notice('某县人民政府关于开展植树活动的通知', '某政发〔2019〕3号', '各乡镇自印发之日起10日内报送方案。', '某县人民政府\n2019年2月1日') + '\n附件\n植树任务表\n某镇 2018年12月1日前完成整地',
    docs: [{ issued: '2019-02-01' }],
    records: [['印发之日起10日内', '某政发〔2019〕3号', '2019-02-11'], ['2018年12月1日前', '某政发〔2019〕3号', '2018-12-01']],
  },
];

describe('a battery of issuers, dates and blocks', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text.split('\n'));
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text, 'battery.txt').obligations.map((o) => [o.expression, o.doc.number, o.due])).toEqual(c.records);
  });
});
