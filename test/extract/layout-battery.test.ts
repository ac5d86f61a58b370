import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { gazetteDocument } from './gazette-text.ts';
import { cellPerLine, countyTaskNotice, pipeTable, tabTable } from './table-text.ts';

/**
 * The battery of layouts this session read the extractor with, kept as a guard where it reads them as the spec says: a
 * page's number or a site's page marker between the halves of a sentence, an item's number or a name broken over two
 * lines, <br> and <p> between sentences and inside cells, a label line in brackets alone under its item, tables set on
 * their side, a time cell of several dates or of dates for unit groups, a group column and a two-row header, a gazette
 * of several documents with a table of contents. Those read wrong are in the session's report. Each case is the
 * records, as "expression|due or rule|lead|co".
 */
type Case = [string, string, string[]];
const H = ['序号', '工作任务', '责任单位', '完成时限'];
const A = '2023年6月底前|2023-06-30|县住建局|';
const B = '2023年9月底前|2023-09-30|县财政局|';
const SENTENCE = '一、加快推进老旧小区改造工作，确保按期完成目标任务，2023年6月底前完成排查整治，由县住建局牵头，县财政局配合。';
const cutBy = (mark: string, before: string) => `${SENTENCE.slice(0, SENTENCE.indexOf(before))}\n${mark}\n${SENTENCE.slice(SENTENCE.indexOf(before))}`;
const pageMarks = ['— 3 —', '- 3 -', '－3－', '第3页', '第 3 页 共 10 页'];

function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'layout.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`);
}

describe('the battery of layouts', () => {
  it.each<Case>([
    // a page's number between the halves of a sentence
    ...pageMarks.flatMap((mark): Case[] => [
      [`${mark} after the date`, cutBy(mark, '由县住建局'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
      [`${mark} inside a unit's name`, cutBy(mark, '住建局'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
      [`${mark} before the date`, cutBy(mark, '2023'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
    ]),
    ['a page marker inside a line', '二、县住建局要于2023年6月底前完第 2 页共 5 页成排查整治工作，县财政局配合。', ['于2023年6月底前|2023-06-30|县住建局|县财政局']],
    ['a page number between an item and its label', '1.完成排查整治，2023年6月底前完成。\n— 3 —\n责任单位：县住建局', [A]],
    // items and names broken over lines
    ['an item number alone on its line', '1.\n县住建局要于2023年6月底前完成排查。', ['于2023年6月底前|2023-06-30|县住建局|']],
    ['a date broken before 前', '1.县住建局要于2023年6月底\n前完成排查。', ['于2023年6月底\n前|2023-06-30|县住建局|']],
    ['a long line broken inside a unit', '（一）加快推进老旧小区改造工作。按照全县统一部署，县住\n建局要于2023年6月底前完成排查，县财政局要于2023年9月底前完成资金拨付。', ['于2023年6月底前|2023-06-30|县住建局|', '于2023年9月底前|2023-09-30|县财政局|']],
    ['a bracketed list broken inside a name', '1.加快推进老旧小区改造工作，2023年6月底前完成排查。（责任单位：县住建局、县财政局、县发改局、县自然资源局、县生\n态环境分局）', ['2023年6月底前|2023-06-30|县住建局|县财政局、县发改局、县自然资源局、县生态环境分局']],
    ['the second item wrapped', '1.县住建局要于2023年6月底前完成排查。\n2.县财政局要于2023年9月底前\n完成资金拨付。', ['于2023年6月底前|2023-06-30|县住建局|', '于2023年9月底前|2023-09-30|县财政局|']],
    ['items run into one line', '1.县住建局要于2023年6月底前完成排查；2.县财政局要于2023年9月底前完成拨付；3.县发改局要于2023年12月底前完成验收。', ['于2023年6月底前|2023-06-30|县住建局|', '于2023年9月底前|2023-09-30|县财政局|', '于2023年12月底前|2023-12-31|县发改局|']],
    ['a label in brackets alone under each item', '1.完成排查整治，2023年6月底前完成。\n（责任单位：县住建局、县财政局）\n2.完成资金拨付，2023年9月底前完成。\n（责任单位：县财政局）', ['2023年6月底前|2023-06-30|县住建局|县财政局', B]],
    // markup between and inside sentences
    ['<br> between sentences', '县住建局要于2023年6月底前完成排查。<br>县财政局要于2023年9月底前完成拨付。', ['于2023年6月底前|2023-06-30|县住建局|', '于2023年9月底前|2023-09-30|县财政局|']],
    ['<br> inside a sentence', '县住建局要于2023年6月底前<br>完成排查。', ['于2023年6月底前|2023-06-30|县住建局|']],
    ['<p> paragraphs on one line', '<p>县住建局要于2023年6月底前完成排查。</p><p>县财政局要于2023年9月底前完成拨付。</p>', ['于2023年6月底前|2023-06-30|县住建局|', '于2023年9月底前|2023-09-30|县财政局|']],
    ['<br> between two dates of a cell', pipeTable([H, ['1', '完成排查', '县住建局', '2023年6月底前<br>2023年12月底前']]), [A, '2023年12月底前|2023-12-31|县住建局|']],
    // time cells
    ['several dates parted by 、', tabTable([H, ['1', '报送进展', '县住建局', '2023年6月底前、12月底前']]), [A, '12月底前|2023-12-31|县住建局|']],
    ['several dates parted by a space', pipeTable([H, ['1', '报送进展', '县住建局', '2023年6月底前 2023年12月底前']]), [A, '2023年12月底前|2023-12-31|县住建局|']],
    ['a date and a rule', pipeTable([H, ['1', '报送进展', '县住建局', '2023年6月底前启动，每季度报送']]), [A, '每季度|FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1|县住建局|']],
    ...[pipeTable, tabTable, cellPerLine].map((layout, k): Case => [`dates for unit groups, layout ${k + 1}`, layout([H, ['1', '完成系统整合', '县直有关单位、各乡镇', '县直有关单位2023年9月底前；各乡镇2023年11月底前']]), ['2023年9月底前|2023-09-30|县直有关单位|', '2023年11月底前|2023-11-30|各乡镇|']]),
    // tables of other shapes
    ['a group column merged down', tabTable([['类别', '序号', '工作任务', '责任单位', '完成时限'], ['营商环境', '1', '完成排查', '县住建局', '2023年6月底前'], ['', '2', '完成拨付', '县财政局', '2023年9月底前']]), [A, B]],
    ['a two-row header', pipeTable([['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', ''], ['1', '完成排查', '县住建局', '县财政局', '2023年6月底前']]), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
    ['a two-row header of tab rows', ['序号\t工作任务\t责任单位\t\t完成时限', '\t\t牵头单位\t配合单位\t', '1\t完成排查\t县住建局\t县财政局\t2023年6月底前'].join('\n'), ['2023年6月底前|2023-06-30|县住建局|县财政局']],
    ['a table set on its side, two tasks', pipeTable([['工作任务', '完成排查整治', '完成资金拨付'], ['责任单位', '县住建局', '县财政局'], ['完成时限', '2023年6月底前', '2023年9月底前']]), [A, B]],
    ['a pipe table without its outer pipes', ['序号 | 工作任务 | 责任单位 | 完成时限', '--- | --- | --- | ---', '1 | 完成排查 | 县住建局 | 2023年6月底前'].join('\n'), [A]],
    ['a header repeated under the page header', [tabTable([H, ['1', '完成排查', '县住建局', '2023年6月底前']]), '— 3 —', tabTable([H, ['2', '完成拨付', '县财政局', '2023年9月底前']])].join('\n'), [A, B]],
    ['a box-drawn table', ['┌──┬────┬────┬──────┐', '│序号│工作任务│责任单位│完成时限│', '├──┼────┼────┼──────┤', '│1 │完成排查│县住建局│2023年6月底前│', '└──┴────┴────┴──────┘'].join('\n'), [A]],
    ['spaced rows with no blank line', ['序号  工作任务  责任单位  完成时限', '1  完成排查  县住建局  2023年6月底前', '2  完成拨付  县财政局  2023年9月底前'].join('\n'), [A, B]],
    ['one cell a line, numbered (一)', cellPerLine([H, ['（一）', '完成排查', '县住建局', '2023年6月底前'], ['（二）', '完成拨付', '县财政局', '2023年9月底前']]), [A, B]],
    ['one cell a line, a 责任领导 column', cellPerLine([['序号', '工作任务', '责任领导', '责任单位', '完成时限'], ['1', '完成排查', '张三', '县住建局', '2023年6月底前'], ['2', '完成拨付', '李四', '县财政局', '2023年9月底前']]), [A, B]],
    // no record
    ['a table of past counts', pipeTable([['年份', '完成数量'], ['2021年', '100个'], ['2022年', '120个']]), []],
    ['a table of indicators', tabTable([['指标', '2022年', '2025年', '属性'], ['新增就业', '1.2', '1.5', '预期性']]), []],
  ])('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });
});

describe('a gazette of several documents', () => {
  const notice = (title: string, number: string, body: string, issuer: string, date: string) => [title, `（${number}）`, '', '各乡镇人民政府，县直各部门：', body, '', issuer, date].join('\n');
  const gazette = [
    '某县人民政府公报',
    '2023年第2期（总第50期）',
    '',
    '目　录',
    '',
    '某县人民政府关于做好2023年防汛工作的通知……………………………（1）',
    '某县人民政府办公室关于印发2023年重点工作任务分工方案的通知……（3）',
    '',
    notice('某县人民政府关于做好2023年防汛工作的通知', '某政发〔2023〕12号', '各乡镇要于2023年5月底前完成隐患排查。', '某县人民政府', '2023年4月2日'),
    '',
    notice('某县人民政府办公室关于印发2023年重点工作任务分工方案的通知', '某政办发〔2023〕5号', '县住建局要于2023年6月底前完成排查。', '某县人民政府办公室', '2023年3月1日'),
  ].join('\n');

  it('gives each record to the document it stands in, the contents naming none', () => {
    const found = extractText(gazette, 'gazette.txt', fixedClock(parseNow('2031-05-01'))).obligations.map((o) => `${o.expression}|${o.due}|${o.lead.join('、')}|${o.doc.number}`);
    expect(found).toEqual(['于2023年5月底前|2023-05-31|各乡镇|某政发〔2023〕12号', '于2023年6月底前|2023-06-30|县住建局|某政办发〔2023〕5号']);
  });
});
