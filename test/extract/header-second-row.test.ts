import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';
import { countyTaskNotice, pipeTable, tabTable } from './table-text.ts';

/**
 * A header of two rows, the second naming the columns a merged cell of the first spans: 责任单位 over 牵头单位 and
 * 配合单位, 时间安排 over 开始时间 and 完成时间. Copied from a web page the merged cells are left out and the second row
 * holds its names alone; from a PDF or a pipe row of empty cells each name stands in its column. The second row took
 * the first's place and the rows lost their task, units or deadline. Each case is the records, as
 * "expression|due|lead|co".
 */
type Case = [string, string, string[]];
const ROW = ['1', '完成排查', '县住建局', '县财政局', '2023年6月底前'];
const LEAD_CO = '2023年6月底前|2023-06-30|县住建局|县财政局';
const TIMED = ['1', '完成排查', '县住建局', '2023年4月', '2023年6月底前'];
const LEAD = '2023年6月底前|2023-06-30|县住建局|';

function records(body: string): string[] {
  return recordsOf(countyTaskNotice(body)).map(
    (o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`,
  );
}
const lines = (...rows: string[]) => rows.join('\n');

describe('a header row under a header', () => {
  it.each<Case>([
    // units under 责任单位
    ['pipe rows, the merged cells left out', lines('| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| 牵头单位 | 配合单位 |', `| ${ROW.join(' | ')} |`), [LEAD_CO]],
    ['pipe rows without outer pipes', lines('序号 | 工作任务 | 责任单位 | 完成时限 |', '牵头单位 | 配合单位 |', `${ROW.join(' | ')} |`), [LEAD_CO]],
    ['pipe rows, the merging\'s empty cells at the first row\'s end', lines('| 序号 | 工作任务 | 责任单位 | 完成时限 | |', '| 牵头单位 | 配合单位 |', `| ${ROW.join(' | ')} |`), [LEAD_CO]],
    ['tab rows, the merged cells left out', tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['牵头单位', '配合单位'], ROW]), [LEAD_CO]],
    ['tab rows, aligned', tabTable([['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', ''], ROW]), [LEAD_CO]],
    ['pipe rows, aligned', pipeTable([['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头部门', '配合部门', ''], ROW]), [LEAD_CO]],
    ['the units after the deadline', tabTable([['序号', '工作任务', '完成时限', '责任单位'], ['牵头单位', '配合单位'], ['1', '完成排查', '2023年6月底前', '县住建局', '县财政局']]), [LEAD_CO]],
    // times under 时间安排
    ['开始时间 and 完成时间, the merged cells left out', lines('| 序号 | 工作任务 | 责任单位 | 时间安排 |', '| 开始时间 | 完成时间 |', `| ${TIMED.join(' | ')} |`), [LEAD]],
    ['启动时间 and 完成时限 under 进度安排, tab rows', tabTable([['序号', '工作任务', '责任单位', '进度安排'], ['启动时间', '完成时限'], TIMED]), [LEAD]],
    ['开始时间 and 完成时间, aligned', tabTable([['序号', '工作任务', '责任单位', '时间安排', ''], ['', '', '', '开始时间', '完成时间'], TIMED]), [LEAD]],
    ['a header of one row with 开始时间 beside 完成时间', pipeTable([['序号', '工作任务', '责任单位', '开始时间', '完成时间'], TIMED]), [LEAD]],
    // negatives
    ['a column of start times alone is the deadline', pipeTable([['序号', '工作任务', '责任单位', '启动时间'], ['1', '完成排查', '县住建局', '2023年4月']]), ['2023年4月|2023-04-30|县住建局|']],
    [
      'a header repeated after rows is a header again',
      lines(tabTable([['序号', '工作任务', '责任单位', '完成时限'], ['1', '完成排查', '县住建局', '2023年6月底前']]), tabTable([['序号', '工作任务', '完成时限', '责任单位'], ['2', '完成拨付', '2023年9月底前', '县财政局']])),
      [LEAD, '2023年9月底前|2023-09-30|县财政局|'],
    ],
    [
      'a second row naming columns of no role stays a row',
      lines('| 序号 | 公开事项 | 公开时限 | 公开主体 |', '| 一级事项 | 二级事项 |', '| 1 | 财政预算 | 批准后20日内 | 县财政局 |'),
      ['20日内|null|县财政局|'],
    ],
    [
      'names of two kinds under a header of one row are a header of their own',
      lines('| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| 工作任务 | 牵头单位 | 完成时间 |', '| 完成排查 | 县住建局 | 2023年6月底前 |'),
      [LEAD],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
