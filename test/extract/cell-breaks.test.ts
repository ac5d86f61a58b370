import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { countyTaskNotice } from './table-text.ts';

/**
 * A Markdown pipe table converted from a web page writes a cell's line breaks as <br> tags (a pipe cell holds no line of its
 * own): the break parts what it parted on the page, as a space does where the page is read as HTML. Each case is
 * "expression|due|lead|co|task".
 */
function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'breaks.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}|${o.task}`);
}

const table = (row: string[]) => ['| 序号 | 重点任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', `| ${row.join(' | ')} |`].join('\n');

describe('a line break written as a tag in a pipe cell', () => {
  it.each([
    ['a unit a line', ['1', '完成老旧小区改造', '县住建局<br>县财政局<br>各乡镇', '2023年6月底前'], ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇|完成老旧小区改造']],
    ['<br/> and <BR />', ['1', '完成老旧小区改造', '县住建局<br/>县财政局<BR />各乡镇', '2023年6月底前'], ['2023年6月底前|2023-06-30|县住建局|县财政局、各乡镇|完成老旧小区改造']],
    ['the roles a line each', ['1', '完成老旧小区改造', '牵头:县住建局<br>配合:县财政局', '2023年6月底前'], ['2023年6月底前|2023-06-30|县住建局|县财政局|完成老旧小区改造']],
    [
      'a milestone a line',
      ['1', '建设智慧平台', '县数据局', '2023年6月底前完成方案<br>2023年12月底前完成验收'],
      ['2023年6月底前|2023-06-30|县数据局||建设智慧平台:完成方案', '2023年12月底前|2023-12-31|县数据局||建设智慧平台:完成验收'],
    ],
    ['a task over two lines', ['1', '完成老旧小区改造<br>和雨污管网更新', '县住建局', '2023年6月底前'], ['2023年6月底前|2023-06-30|县住建局||完成老旧小区改造和雨污管网更新']],
  ])('%s', (_name, row, expected) => {
    expect(records(table(row))).toEqual(expected);
  });

  it.each([
    ['a cell with a less-than sign keeps it', ['1', '确保PM2.5浓度<35微克/立方米', '县生态环境分局', '2023年12月底前'], ['2023年12月底前|2023-12-31|县生态环境分局||确保PM2.5浓度<35微克/立方米']],
    ['a bold mark is taken off as before', ['1', '<b>完成老旧小区改造</b>', '县住建局', '2023年6月底前'], ['2023年6月底前|2023-06-30|县住建局||完成老旧小区改造']],
  ])('%s', (_name, row, expected) => {
    expect(records(table(row))).toEqual(expected);
  });
});
