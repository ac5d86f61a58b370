import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, countyTaskNotice } from './table-text.ts';

/**
 * A schedule whose first column is the time ("时间 / 工作事项 / 责任主体"), copied one cell a line, merges a time cell
 * over the several tasks due by it: the time stands once, then each task and its units ("5月-7月上旬" over three tasks,
 * "8月5日前" over four). Read at the header's width the rows ran out of line at the first such time, and the table ended
 * at the next long task: the later rows' times were prose, with no task and a stray list for their units. Each time now
 * opens a row and the lines up to the next are its cells a row's width at a time, the rows under the first leaving the
 * time cell empty (merged, read once as in every layout). A time written as a span of days with one 日 ("8月13-15日")
 * is a time line as "8月13日-15日" was. Real: 汕头 2021 义务教育学校招生工作日程安排 (m.jxyuer.com, one cell a line,
 * audit-texts tables20), the same schedule of 2022 as pipe rows (m.xsc.cn; pool p260), 广州 招生工作时间安排 (a month
 * merged over its days, szftgk.com mirror), XX区 2020 日程安排 (jindyey.com, "5月6日前" over items 1. and 2.).
 * Each case is "expression|due|lead|co|task".
 */
function records(body: string): string[] {
  return extractText(gazetteDocument(countyTaskNotice(body)), 'schedule.txt').obligations.map(
    (o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}|${o.task}`,
  );
}

const blankParted = (rows: string[][]) => rows.flat().join('\n\n');
const LONG = '各乡镇在本乡镇政务服务平台发布本乡镇民办学校电脑随机摇号录取的具体实施细则、各民办学校招生计划及招生范围等信息';
const SCHEDULE = [
  ['时间', '工作事项', '责任主体'],
  ['5月', '发布义务教育学校招生工作方案', '县教育局'],
  ['5月-7月上旬', '公布义务教育学校招生工作方案', '各乡镇', '做好民办学校招生计划核定工作', '县教育局、各乡镇', LONG, '各乡镇'],
  ['7月10日前', '网上报名和填报志愿', '各乡镇'],
  ['8月13-15日', '办理注册手续', '各乡镇、各相关学校'],
  ['8月底前', '根据各学校剩余公办学位,对自愿放弃民办学校录取的学生进行调剂录取', '县教育局'],
];
const SCHEDULE_RECORDS = [
  '5月|2023-05-31|县教育局||发布义务教育学校招生工作方案',
  '5月-7月上旬|2023-07-10|各乡镇||公布义务教育学校招生工作方案',
  '7月10日前|2023-07-10|各乡镇||网上报名和填报志愿',
  '8月13-15日|2023-08-15|各乡镇|各相关学校|办理注册手续',
  '8月底前|2023-08-31|县教育局||根据各学校剩余公办学位,对自愿放弃民办学校录取的学生进行调剂录取',
];

describe('a schedule copied one cell a line whose time cell is merged over several rows', () => {
  it.each<[string, string, string[]]>([
    ['blank lines between cells', blankParted(SCHEDULE), SCHEDULE_RECORDS],
    ['one cell a line', cellPerLine(SCHEDULE), SCHEDULE_RECORDS],
    ['followed by a note and the page\'s links', `${blankParted(SCHEDULE)}\n\n备注:如需调整时间,将另行通知。\n\n>>>>\n\n相关文章`, SCHEDULE_RECORDS],
    [
      'lead and co columns',
      blankParted([
        ['完成时限', '重点任务', '牵头单位', '配合单位'],
        ['2023年6月底前', '完成排查', '县住建局', '各乡镇', '完成改造方案', '县发改局', '县财政局'],
        ['2023年9月底前', '完成拨付', '县财政局', '各乡镇'],
      ]),
      ['2023年6月底前|2023-06-30|县住建局|各乡镇|完成排查', '2023年9月底前|2023-09-30|县财政局|各乡镇|完成拨付'],
    ],
    [
      'a day span under a last deadline column, no number column',
      blankParted([['工作任务', '责任单位', '完成时间'], ['网上报名和填报志愿', '各乡镇', '7月10日前'], ['办理注册手续', '各相关学校', '8月13-15日']]),
      ['7月10日前|2023-07-10|各乡镇||网上报名和填报志愿', '8月13-15日|2023-08-15|各相关学校||办理注册手续'],
    ],
    // negative: no time spans two rows, read at the header's width as before
    [
      'every time its own row',
      blankParted([['时间', '工作事项', '责任主体'], ['5月', '发布招生工作方案', '县教育局'], ['7月10日前', '网上报名和填报志愿', '各乡镇'], ['8月13-15日', '办理注册手续', '各乡镇']]),
      ['5月|2023-05-31|县教育局||发布招生工作方案', '7月10日前|2023-07-10|各乡镇||网上报名和填报志愿', '8月13-15日|2023-08-15|各乡镇||办理注册手续'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
