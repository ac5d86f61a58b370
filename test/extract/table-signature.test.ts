import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

/**
 * A table copied one cell a line in a notice's body, its rows numbered, then the notice's signature: the issuer and the
 * date are short lines too, and ran on as a row of the table (the signing date a deadline of the issuer's). The table ends
 * with its last numbered row. Negatives: a group row and its sub-rows (1, then 1.1 and 1.2) go on with the table.
 */
const notice = (table: string, after: string) => `某县人民政府办公室关于印发任务清单的通知\n各乡镇:\n现将任务清单印发给你们。\n\n${table}\n${after}`;
const T = ['序号', '工作任务', '完成时限', '1', '压减审批时限', '2023年6月底前', '2', '建成政务平台', '2023年底前'].join('\n');
const T4 = ['序号', '工作任务', '责任单位', '完成时限', '1', '压减审批时限', '县行政审批局', '2023年6月底前', '2', '建成政务平台', '县数据局', '2023年底前'].join('\n');

const cases: Array<[string, string, string[]]> = [
  ['the issuer and the date under the last row', notice(T, '某县人民政府办公室\n2023年3月20日'), ['2023年6月底前', '2023年底前']],
  ['blank lines between', notice(T, '\n某县人民政府办公室\n\n2023年3月20日'), ['2023年6月底前', '2023年底前']],
  ['and a publishing note', notice(T4, '某县人民政府办公室\n2023年3月20日\n(此件公开发布)'), ['2023年6月底前', '2023年底前']],
  // Negative: sub-rows under a group row are rows of the table.
  ['a group row and its sub-rows', notice(['序号', '工作任务', '责任单位', '完成时限', '1', '优化营商环境', '1.1', '压减审批时限', '县行政审批局', '2023年6月底前', '1.2', '推行告知承诺制', '县司法局', '2023年9月底前'].join('\n'), '某县人民政府办公室\n2023年3月20日'), ['2023年6月底前', '2023年9月底前']],
];

describe('a notice’s signature after a table copied one cell a line', () => {
  it.each(cases)('%s', (_name, text, want) => {
    expect(extractText(text, 't.txt').obligations.map((o) => o.expression)).toEqual(want);
  });
});
