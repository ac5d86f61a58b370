import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { gazetteDocument } from './gazette-text.ts';

/**
 * A header of two rows copied one name a line: the first row's names, then the names of the columns the second row sets
 * under some of them ("公开事项" over "一级事项" and "二级事项", "公开对象" over "全社会" and "特定群众"), then rows numbered
 * a run of fewer lines each (凤屯's 政务公开标准目录, closed by pipes; 巩留 2023, 赛罕 and 锡林浩特 copy the same headers,
 * audit-texts layout8). The rows are read under the columns, not under the names as they stand, which put the time
 * limit under 公开依据 and the body under 公开时限. Each case is "expression|due or days|lead|co".
 */
function records(body: string): string[] {
  const text = gazetteDocument({ body, title: '某县人民政府办公室关于印发2023年基层政务公开标准目录的通知', number: '某政办发〔2023〕5号', issuer: '某县人民政府办公室', issued: '2023 年 3 月 1 日' });
  return extractText(text, 'two-rows.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((o) => `${o.expression}|${o.due ?? o.within?.days}|${o.lead.join('、')}|${o.co.join('、')}`);
}

const FIRST = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开对象', '公开方式'];
const SECOND = ['一级事项', '二级事项', '全社会', '特定群众', '主动', '依申请公开'];
const ROWS = [
  ['1', '政府文件', '政府文件', '本级政府文件。', '信息形成或者变更之日起20个工作日内', '镇人民政府', '√', '', '√', ''],
  ['2', '财政信息', '预算决算', '部门预算。', '信息形成或者变更之日起10个工作日内', '镇财政所', '√', '', '√', ''],
];
const READ = ['20个工作日内|20|镇人民政府|', '10个工作日内|10|镇财政所|'];
const closed = (cells: string[]) => cells.map((c) => (c ? `${c} |` : '|'));

describe('a header of two rows copied one name a line', () => {
  it.each<[string, string[], string[]]>([
    ['cells closed by pipes', closed([...FIRST, ...SECOND, ...ROWS.flat()]), READ],
    ['cells closed by pipes, three rows', closed([...FIRST, ...SECOND, ...ROWS.flat(), '3', '工作报告', '政府工作报告', '报告全文。', '信息形成或者变更之日起20个工作日内', '镇人民政府', '√', '', '√', '']), [...READ, '20个工作日内|20|镇人民政府|']],
    [
      'a pair of units under 责任单位',
      ['序号', '工作任务', '责任单位', '完成时限', '牵头单位', '配合单位', '1', '完成排查', '县住建局', '县财政局', '2023年6月底前', '2', '完成拨付', '县财政局', '县审计局', '2023年9月底前'],
      ['2023年6月底前|2023-06-30|县住建局|县财政局', '2023年9月底前|2023-09-30|县财政局|县审计局'],
    ],
    // negatives: a header of one row, as wide as its rows, is read as it stands
    ['one row of names', closed([...FIRST.slice(0, 5), '公开方式', ...ROWS.map((r) => [r[0], r[1], r[3], r[4], r[5], r[8]]).flat()]), READ],
  ])('%s', (_name, lines, expected) => {
    expect(records(lines.join('\n'))).toEqual(expected);
  });
});
