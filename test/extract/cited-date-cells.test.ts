import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { type TableCase, countyTaskNotice, inEachLayout } from './table-text.ts';

/**
 * A date that dates a document a cell cites is no deadline of the row, in a deadline column's cell as in prose: it stands
 * inside the document's name ("《关于2023年6月底前完成排查的通知》") or opens the bracket right after it ("《…指导意见》
 * (2016年12月8日发布,建保〔2016〕281号)"). 巩留 2023's 基层政务公开标准目录 (a mirror's copy, one cell a line, audit-texts
 * tables20) puts its 公开依据 cell, a law and its date so, under 公开时限 where its rows run out of line; the date was a
 * record with the next cell's "20工作日" as its lead. A time closed by 前 in the bracket after a name ("《…方案》(7月底前)")
 * is the making's deadline, and a bracket after a date only notes it. Each case is "expression|due|lead".
 */
function records(body: string): string[] {
  return extractText(gazetteDocument(countyTaskNotice(body)), 'cited.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}`);
}

const HEADER = ['序号', '工作任务', '责任单位', '完成时限'];
const LAST = ['2', '建成政务平台', '县数据局', '2023年底前'];
const rows = (cell: string) => [HEADER, ['1', '落实租赁补贴', '县住建局', cell], LAST];

describe('a date of a cited document in a deadline cell', () => {
  it.each<TableCase>([
    ...inEachLayout('the date opening the bracket after the name', rows('《住房城乡建设部财政部关于做好城镇住房保障家庭租赁补贴工作的指导意见》(2016年12月8日发布,建保〔2016〕281号)'), ['2023年底前|2023-12-31|县数据局']),
    ...inEachLayout('a date inside the name', rows('《关于2023年6月底前完成排查的通知》'), ['2023年底前|2023-12-31|县数据局']),
    ...inEachLayout('the row\'s own date beside a cited one', rows('2023年9月底前,依据《某县实施办法》(2016年12月8日印发)'), ['2023年9月底前|2023-09-30|县住建局', '2023年底前|2023-12-31|县数据局']),
    // negatives: a time closed by 前 after a name is the making's deadline; a bracket after a date notes it
    ...inEachLayout('a deadline in the bracket after the name', rows('制定《某县租赁补贴实施方案》(7月底前)'), ['7月底前|2023-07-31|县住建局', '2023年底前|2023-12-31|县数据局']),
    ...inEachLayout('a note in brackets after the date', rows('2023年6月30日(星期五)前'), ['2023年6月30日(星期五)前|2023-06-30|县住建局', '2023年底前|2023-12-31|县数据局']),
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
