import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, pipeTable, tabTable } from './table-text.ts';

/**
 * A column named for the body that carries out the duty (公开主体 beside 公开时限 in a 政务公开标准目录, 实施主体, 办理主体,
 * 落实主体) gives each row's units, as 责任单位 does: 德安 2023 涉农资金领域 ("信息形成或者变更之日起20个工作日内 | 镇级人民政府"),
 * 凤屯, 锡林浩特, 赛罕, 巩留 2023 (audit-texts layout8). One that applies, gains or is counted (申报主体, 受益主体, 市场主体)
 * names no unit responsible. Each case is "expression|due or days|lead|co".
 */
function records(body: string): string[] {
  const text = gazetteDocument({ body, title: '某县人民政府办公室关于印发2023年基层政务公开标准目录的通知', number: '某政办发〔2023〕5号', issuer: '某县人民政府办公室', issued: '2023 年 3 月 1 日' });
  return extractText(text, 'body.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((o) => `${o.expression}|${o.due ?? o.within?.days}|${o.lead.join('、')}|${o.co.join('、')}`);
}

const PUBLISHED = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开方式'];
const rowsOf = (body: string) => [
  PUBLISHED.map((n) => (n === '公开主体' ? body : n)),
  ['1', '政府文件', '本级政府文件', '信息形成或者变更之日起20个工作日内', '镇人民政府', '主动'],
  ['2', '资金明细', '涉农资金明细', '信息形成或者变更之日起10个工作日内', '镇财政所', '主动'],
];
const published = ['20个工作日内|20|镇人民政府|', '10个工作日内|10|镇财政所|'];
// With no column of units, the notice's addressees stand for the units, as under any table naming none.
const addressed = ['20个工作日内|20|各市、县(市、区)人民政府、省政府直属各单位|', '10个工作日内|10|各市、县(市、区)人民政府、省政府直属各单位|'];

describe('a column of the body that carries out the duty', () => {
  it.each<[string, string, string[]]>([
    ['公开主体, pipe rows', pipeTable(rowsOf('公开主体')), published],
    ['公开主体, tab rows', tabTable(rowsOf('公开主体')), published],
    ['公开主体, one cell a line', cellPerLine(rowsOf('公开主体')), published],
    ['公开 主体 parted by a space', pipeTable(rowsOf('公开 主体')), published],
    ['實施主體, traditional', tabTable(rowsOf('實施主體')), published],
    ['办理主体', pipeTable(rowsOf('办理主体')), published],
    ['落实主体 over dates', pipeTable([['序号', '工作任务', '落实主体', '完成时限'], ['1', '完成排查', '县住建局、县财政局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
    // negatives: those who apply, gain or are counted are no responsible units
    ['申报主体', pipeTable(rowsOf('申报主体')), addressed],
    ['受益主体', pipeTable(rowsOf('受益主体')), addressed],
    ['市场主体', pipeTable(rowsOf('市场主体')), addressed],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});
