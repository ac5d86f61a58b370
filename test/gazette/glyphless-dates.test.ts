import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A signature date that lost some of its 年, 月 and 日 in a web copy, the digits run together or parted by spaces: "2020928"
 * (六盘水 2020), "2017919" (福建省人民政府公报 2017), "2023515" (梁平 曲水镇 2023), "2024327" (芜湖 2024), "{ 2017 6 23" (牟定 2017),
 * "20181月2日" (新密 2018), "2018年210" (苏州 2018). The document's date was null: a period counted from it gave no record, and
 * the year context went to a year named in the text (2030 for 六盘水). It reads where one month and day fit the digits; a run of
 * bare digits needs the issuer above it or the circulation note next to it. Negatives: "2024115" (沈阳 辽中 2024: 1月15日 or
 * 11月5日), bare digits with nothing to anchor them, a table row, digits that make no day. Each row: the documents' signed dates
 * and, where given, the records with their due dates.
 */
type Case = { name: string; text: string[]; issued: Array<string | null>; records?: Array<[string, string | null]> };

const A = '某县人民政府关于做好防汛工作的通知';
const B = '某县人民政府办公室关于开展植树活动的通知';
const BODY_A = ['各乡镇人民政府:', '各乡镇要自本通知印发之日起30日内完成排查。'];
const BODY_B = ['各单位:', '各单位要于本通知下发后15日内上报。'];
const cases: Case[] = [
  {
    name: 'digits run together, the circulation note under them (六盘水 2020)',
    text: [A, ...BODY_A, '2020928', '(此件公开发布)'],
    issued: ['2020-09-28'],
    records: [['印发之日起30日内', '2020-10-28']],
  },
  {
    name: 'digits run together under the issuer (福建 2017)',
    text: [A, '某政发〔2017〕8号', ...BODY_A, '某县人民政府', '', '2017919'],
    issued: ['2017-09-19'],
    records: [['印发之日起30日内', '2017-10-19']],
  },
  {
    name: 'digits right-aligned by spaces under the issuer, the note below (曲水镇 2023)',
    text: [A, ...BODY_A, '某县人民政府', '', `${' '.repeat(90)}2023515`, '', '(此件公开发布)'],
    issued: ['2023-05-15'],
  },
  {
    name: 'the note in full-width brackets (芜湖 2024)',
    text: [A, ...BODY_A, ' ', '2024327 ', '（此件主动公开）'],
    issued: ['2024-03-27'],
  },
  {
    name: 'the groups parted by spaces, a stray brace for the lost 年, the note above (牟定 2017)',
    text: [A, ...BODY_A, '某县人民政府办公室', '(此件公开发布)', '{ 2017 6 23'],
    issued: ['2017-06-23'],
  },
  {
    name: '年 lost, 月 and 日 kept, nothing around it (新密 2018)',
    text: [A, ...BODY_A, '                                 20181月2日'],
    issued: ['2018-01-02'],
  },
  {
    name: '月 and 日 lost, 年 kept (苏州 2018)',
    text: [A, ...BODY_A, '某市人民政府', '2018年210'],
    issued: ['2018-02-10'],
  },
  {
    name: 'two documents of one issue, the second signed with lost glyphs: each counts from its own date',
    text: [A, '某政发〔2020〕8号', ...BODY_A, '某县人民政府', '2020年3月5日', '', B, '某政办发〔2020〕3号', ...BODY_B, '某县人民政府办公室', '2020928', '(此件公开发布)'],
    issued: ['2020-03-05', '2020-09-28'],
    records: [['印发之日起30日内', '2020-04-04'], ['下发后15日内', '2020-10-13']],
  },
  {
    name: 'negative: two readings fit (辽中 2024: 1月15日 or 11月5日)',
    text: [A, ...BODY_A, '某县人民政府', '2024115', '(此件公开发布)'],
    issued: [null],
  },
  {
    name: 'negative: bare digits with no issuer above and no note beside',
    text: [A, ...BODY_A, '联系电话:', '2023515', '联系人:张三'],
    issued: [null],
  },
  {
    name: 'negative: a table row',
    text: [A, ...BODY_A, '某县人民政府', '县水利局\t2020928'],
    issued: [null],
  },
  {
    name: 'negative: digits that make no day (12月32日, a leading zero)',
    text: [A, ...BODY_A, '某县人民政府', '20201232', '2020093', '(此件公开发布)'],
    issued: [null],
  },
  {
    name: 'negative: a date wrapped before its 月 ("2025年11" over "月"), and two digits alone',
    text: [A, ...BODY_A, '某县人民政府', '2025年11', '月', '202011', '(此件公开发布)'],
    issued: [null],
  },
  {
    name: 'negative: a year heading is no date',
    text: [A, ...BODY_A, '某县人民政府', '2020年工作要点', '(此件公开发布)'],
    issued: [null],
  },
];

describe('a signature date that lost 年, 月 or 日', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(splitGazette(c.text).map((d) => d.issued)).toEqual(c.issued);
    if (c.records) expect(extractText(c.text.join('\n'), 'glyphless-dates.txt').obligations.map((o) => [o.expression, o.due])).toEqual(c.records);
  });
});
