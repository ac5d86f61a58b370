import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * The battery of gazette forms this session read the splitter with: small gazettes, each with the documents, titles, 文号
 * and signature dates the spec gives them, and the records their bodies hold. Those read right are kept here as a guard;
 * those read wrong (issuer and date on one line, 政策解读 sections, 〈〉 brackets, five-digit serials) are in the report.
 */
type Doc = { number?: string; title?: string; issued?: string | null };
type Case = { name: string; text: string; docs: Doc[]; records?: Array<[string, string | null]> };
const notice = (title: string, num: string, body: string, issuer: string, date: string) => `${title}\n${num}\n各乡镇人民政府,县直各单位:\n${body}\n${issuer}\n${date}`;
const cases: Case[] = [
  // 文号 forms
  { name: 'plain', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: '第 before serial', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕第8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕第8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: '第 before serial [ ]', text: notice('某县人民政府关于做好防汛工作的通知', '某政发[2019]第8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕第8号' }] },
  { name: '﹝﹞', text: notice('某县人民政府关于做好防汛工作的通知', '某政发﹝2019﹞8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知' }] },
  { name: '〖〗', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〖2019〗8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '[ ] ascii', text: notice('某县人民政府关于做好防汛工作的通知', '某政发[2019]8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '( ) ascii', text: notice('某县人民政府关于做好防汛工作的通知', '某政发(2019)8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '（ ）', text: notice('某县人民政府关于做好防汛工作的通知', '某政发（2019）8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '［］ spaces', text: notice('某县人民政府关于做好防汛工作的通知', '某政发 ［2019］ 8 号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '签发人 right', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号          签发人:张三', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: '签发人 full colon', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号　　　签发人：张三', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '签发人 red header', text: '某县人民政府文件\n某政发〔2019〕8号          签发人:张三\n某县人民政府关于做好防汛工作的通知\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: '签发人 red header, 签发人 line separate', text: '某县人民政府文件\n某政发〔2019〕8号\n签发人:张三\n某县人民政府关于做好防汛工作的通知\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: 'title and 文号 on one line, spaces', text: '某县人民政府关于做好防汛工作的通知    某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: 'title (文号)', text: '某县人民政府关于做好防汛工作的通知(某政发〔2019〕8号)\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  { name: 'title （文号） full width', text: '某县人民政府关于做好防汛工作的通知（某政发〔2019〕8号）\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' }] },
  // signature dates, footers
  { name: 'date in Chinese numerals', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '二〇一九年四月二日'), docs: [{ issued: '2019-04-02' }] },
  { name: 'date with 〇 as O', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '二O一九年四月二日'), docs: [{ issued: '2019-04-02' }] },
  { name: 'date spaced', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019 年 4 月 2 日'), docs: [{ issued: '2019-04-02' }] },
  { name: 'date with (此件公开发布)', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日\n(此件公开发布)'), docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'date （此件主动公开）', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日\n（此件主动公开）'), docs: [{ issued: '2019-04-02' }] },
  { name: 'date line with trailing (公开方式)', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日\n公开方式:主动公开'), docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'date in brackets after issuer', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '(2019年4月2日)'), docs: [{ issued: '2019-04-02' }] },
  { name: 'attachment date first (a 附件 with its own date table)', text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n附件:1.防汛责任表\n2.联系人名单\n某县人民政府\n2019年4月2日', docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'footer 抄送/印发', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n抄送:县委办,县人大办,县政协办。\n某县人民政府办公室                2019年4月3日印发', docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'footer 印发 only (no signature)', text: '某县人民政府关于做好防汛工作的通知\n某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n抄送:县委办。\n某县人民政府办公室  2019年4月3日印发', docs: [{ issued: null }], records: [['于6月底前', '某政发〔2019〕8号']] },
  // gazettes of several documents, contents, titles
  { name: 'TOC entries with 文号 on own line, no page number', text: '某县人民政府公报\n2019年第2期\n目  录\n某县人民政府关于做好防汛工作的通知\n(某政发〔2019〕8号)\n某县人民政府办公室关于开展植树活动的通知\n(某政办发〔2019〕3号)\n\n' + notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n' + notice('某县人民政府办公室关于开展植树活动的通知', '某政办发〔2019〕3号', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年3月1日'), docs: [{ number: '某政发〔2019〕8号', issued: '2019-04-02' }, { number: '某政办发〔2019〕3号' }] },
  { name: 'TOC entries with dots and page numbers', text: '某县人民政府公报\n目录\n某县人民政府关于做好防汛工作的通知……………………1\n某县人民政府办公室关于开展植树活动的通知…………3\n\n' + notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n' + notice('某县人民政府办公室关于开展植树活动的通知', '某政办发〔2019〕3号', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年3月1日'), docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知' }, { number: '某政办发〔2019〕3号', title: '某县人民政府办公室关于开展植树活动的通知' }] },
  { name: 'TOC: title and 文号 spaced on one line with page', text: '目录\n某县人民政府关于做好防汛工作的通知  某政发〔2019〕8号  1\n\n' + notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知' }] },
  { name: 'TOC in gazette: a deadline in a TOC title not a record', text: '目录\n某县人民政府关于2019年6月底前完成排查的通知 ……1\n\n' + notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'doc with title on two lines above 文号', text: '某县人民政府关于印发某县2019年防汛\n工作方案的通知\n某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于印发某县2019年防汛工作方案的通知' }] },
  { name: 'issuer line then 关于 over two lines above 文号', text: '某县人民政府\n关于印发某县2019年防汛\n工作方案的通知\n某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号', title: '某县人民政府关于印发某县2019年防汛工作方案的通知' }] },
  { name: 'second doc: attachment of first has 附件 heading', text: notice('某县人民政府关于印发防汛方案的通知', '某政发〔2019〕8号', '现将《防汛方案》印发给你们。', '某县人民政府', '2019年4月2日') + '\n附件\n防汛方案\n各乡镇要于6月底前完成排查。', docs: [{ number: '某政发〔2019〕8号', issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'date with 印发 in signature of plan inside', text: notice('某县人民政府关于印发防汛方案的通知', '某政发〔2019〕8号', '现将《防汛方案》印发给你们。', '某县人民政府', '2019年4月2日') + '\n防汛方案\n各乡镇要于6月底前完成排查。\n某县防汛办\n2019年3月1日', docs: [{ issued: '2019-04-02' }] },
  { name: 'number with 字 (某字〔2019〕8号)', text: notice('某县人民政府关于做好防汛工作的通知', '某政字〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政字〔2019〕8号' }] },
  { name: 'number with letters 某发改环资〔2019〕8号', text: notice('某县发展和改革局关于做好节能工作的通知', '某发改环资〔2019〕108号', '各乡镇要于6月底前完成排查。', '某县发展和改革局', '2019年4月2日'), docs: [{ number: '某发改环资〔2019〕108号' }] },
  { name: 'number 号 with space before', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕 8 号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号' }] },
  { name: '文号 with 发文字号 label and full colon', text: '某县人民政府关于做好防汛工作的通知\n发文字号：某政发〔2019〕8号\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日', docs: [{ number: '某政发〔2019〕8号' }] },
  { name: 'number in 公文 with letters: 某政发〔2019〕8号-1?', text: notice('某县人民政府关于做好防汛工作的通知', '某政办函〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府办公室', '2019年4月2日'), docs: [{ number: '某政办函〔2019〕8号' }] },
{ name: 'footer with 印发 date spaced, Chinese', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n抄送：县委各部门，县人大常委会办公室，县政协办公室。\n某县人民政府办公室　　　　　　　　2019年4月3日印发', docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: '附件 list with year in names', text: notice('某县人民政府关于印发防汛方案的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。\n附件：1．2019年防汛工作任务清单\n2．2019年度汛期值班表', '某县人民政府', '2019年4月2日'), docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: '公开方式 line', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n公开方式：主动公开\n某县人民政府办公室 2019年4月3日印发', docs: [{ issued: '2019-04-02' }], records: [['于6月底前', '某政发〔2019〕8号']] },
  { name: 'footer 印发 before the next doc in a gazette', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日') + '\n抄送：县委办。\n某县人民政府办公室 2019年4月3日印发\n' + notice('某县人民政府办公室关于开展植树活动的通知', '某政办发〔2019〕3号', '各单位于3月12日前上报。', '某县人民政府办公室', '2019年3月1日'), docs: [{ number: '某政发〔2019〕8号', issued: '2019-04-02' }, { number: '某政办发〔2019〕3号', issued: '2019-03-01', title: '某县人民政府办公室关于开展植树活动的通知' }], records: [['于6月底前', '某政发〔2019〕8号'], ['于3月12日前', '某政办发〔2019〕3号']] },
  { name: 'relative deadline counts from the signature', text: notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要自印发之日起30日内完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ issued: '2019-04-02' }], records: [['印发之日起30日内', '某政发〔2019〕8号']] },
  { name: 'gazette issue header with date', text: '某县人民政府公报\n2019年第2期(总第30期)\n2019年4月30日出版\n' + notice('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '某县人民政府', '2019年4月2日'), docs: [{ number: '某政发〔2019〕8号', issued: '2019-04-02', title: '某县人民政府关于做好防汛工作的通知' }], records: [['于6月底前', '某政发〔2019〕8号']] },
];

describe('a battery of gazette forms', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text.split('\n'));
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
    if (c.records) expect(extractText(c.text, 'battery.txt').obligations.map((o) => [o.expression, o.doc.number])).toEqual(c.records);
  });
});
