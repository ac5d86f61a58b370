import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';

// A page's "时间:2023-12-22 17:46" under its title (开化 2023 重点工作清单, audit-texts/zhejiang/15) or
// "时间:2022-05-09 10:30:49" (尉县 2022 自建房 会议, audit-texts/subjects3/02) is the moment it was posted: read as a
// month in a deadline's place, it became a record due at that month's end.
const records = (text: string) => extractText(text, 'timestamp.txt').obligations.map((o) => [o.expression, o.due]);

describe('a day in figures with its clock time is a timestamp, no deadline', () => {
  it.each([
    ['a page’s posting time under its title', '某县2023年度重点工作清单\n时间:2023-12-22 17:46\n来源:某县\n一、各乡镇要于6月底前完成排查。'],
    ['with seconds', '某县召开自建房排查工作会议\n时间:2022-05-09 10:30:49\n5月7日下午,某县召开会议,要求各乡镇6月底前完成排查。'],
    ['with slashes', '某县召开自建房排查工作会议\n发布:2022/5/9 9:30\n要求各乡镇6月底前完成排查。'],
  ])('%s', (_name, text) => {
    expect(records(text).filter(([expression]) => /\d{4}[-/]\d/.test(expression as string))).toEqual([]);
  });

  // Negatives: a day in figures in a deadline column is still the deadline, and a clock time with 前 is no stamp.
  it('a day in figures in a deadline column is a deadline', () => {
    const text = '某县关于报送材料的通知\n各乡镇:\n| 事项 | 完成时间 |\n| --- | --- |\n| 报送材料 | 2023-12-22 |\n某县人民政府办公室\n2023年12月1日';
    expect(records(text)).toEqual([['2023-12-22', '2023-12-22']]);
  });
  it('a clock time closed by 前 is not dropped as a stamp', () => {
    const text = '某县关于报送材料的通知\n各乡镇:\n请于2023-12-22 17:00前报送材料。\n某县人民政府办公室\n2023年12月1日';
    const explained = extractText(text, 'timestamp.txt', undefined, { explain: true });
    const reasons = explained.documents.flatMap((d) => d.expressions).map((e) => ('reason' in e ? e.reason : null));
    expect(reasons).not.toContain('timestamp');
  });
});
