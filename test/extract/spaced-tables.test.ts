import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { countyTaskNotice } from './table-text.ts';

/**
 * Task tables whose columns are set apart by spaces, not tabs or pipes: text taken from a PDF with its page layout
 * (poppler's pdftotext -layout) or typed to align. A gap is two spaces or more, half- or full-width; one space stands
 * inside a cell ("2023 年底前") or a letter-spaced name ("序 号"). Each case is the records the spec asks for, as
 * "expression|due or rule|lead|co" (and the task where the case is about it).
 */
const spaced = (rows: string[][], gap = '    ') => rows.map((r) => r.join(gap)).join('\n');
const H = ['序号', '工作任务', '责任单位', '完成时限'];
const TWO = [H, ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['2', '建成政务平台', '县数据局、县财政局', '2023年底前']];
const TWO_WANT = ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|县财政局'];
const QUARTER = 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1';

/**
 * A Word table printed to PDF and read back by pdftotext -layout (LibreOffice, poppler): names one space apart in the
 * header, a merged 牵头单位 cell set on a line of its own halfway down the two rows it spans, blank lines between rows.
 */
const PDF_LAYOUT = [
  '序号 工作任务                  牵头单位 配合单位          完成时限',
  '',
  '2   建成政务服务平台                    县财政局        2023 年底前',
  '                         县数据局',
  '3   推进政务数据共享                    各乡镇         长期坚持',
  '',
  '4   报送工作进展情况             县发改局               每季度末',
].join('\n');

/**
 * The same printed at a page's width, its rows' cells over several lines (pdftotext -layout): each cell set halfway
 * down its row (the number, a one-line unit), a date broken over two lines, two cells one space apart ("县税务局、县公安
 * 2023 年 6 月底"), blank lines between the rows.
 */
const PDF_ROWS_OF_LINES = [
  '序号   工作任务                牵头单位   配合单位      完成时限',
  '',
  '一、优化营商环境',
  '',
  '     压减企业开办时间，全面推行企业开办        县税务局、县公安 2023 年 6 月底',
  '1                      县市场监管局',
  '     一网通办，实现一日办结              局、县人社局   前',
  '',
  '2    建成一体化政务服务平台         县数据局   县财政局      2023 年底前',
  '',
  '     推进政务数据共享，打通部门数据壁           各乡镇、县直各部',
  '3                        县数据局            长期坚持',
  '     垒，建立数据共享目录                 门',
  '',
  '4    报送重点工作进展情况          县发改局             每季度末',
  '',
  '                                          2023 年 9 月底',
  '5    开展营商环境评价            县发改局   县统计局',
  '                                          前',
  '',
  '各乡镇要于 2023 年 9 月底前报送进展情况。',
].join('\n');

const cases: Array<[string, string, string[]]> = [
  ['four spaces between cells', spaced(TWO), TWO_WANT],
  ['two spaces between cells', spaced(TWO, '  '), TWO_WANT],
  ['two full-width spaces between cells', spaced(TWO, '\u3000\u3000'), TWO_WANT],
  [
    'columns aligned, the gaps of every width',
    ['序号  工作任务        责任单位          完成时限', '1     压减审批时限    县行政审批局      2023年6月底前', '2     建成政务平台    县数据局、县财政局  2023年底前'].join('\n'),
    TWO_WANT,
  ],
  [
    'lead and co columns',
    spaced([['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], ['1', '推进数字政府建设', '县数据局', '县财政局、县发改局', '2023年底前']]),
    ['2023年底前|2023-12-31|县数据局|县财政局、县发改局'],
  ],
  ['a row numbered 1.1 and 1.2', spaced([H, ['1.1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['1.2', '推行告知承诺制', '县司法局', '2023年9月底前']]), ['2023年6月底前|2023-06-30|县行政审批局|', '2023年9月底前|2023-09-30|县司法局|']],
  [
    'standing duties and schedules beside dated rows',
    spaced([H, ['1', '压减审批时限', '县行政审批局', '2022年6月底前'], ['2', '推行告知承诺制', '县司法局', '长期坚持'], ['3', '报送进展情况', '县发改局', '每季度']]),
    ['2022年6月底前|2022-06-30|县行政审批局|', '长期坚持|2023-12-31|县司法局|', `每季度|${QUARTER}|县发改局|`],
  ],
  [
    'a letter-spaced header',
    spaced([['序 号', '工 作 任 务', '责 任 单 位', '完 成 时 限'], ['1', '压减审批时限', '县行政审批局', '2023年6月底前']]),
    ['2023年6月底前|2023-06-30|县行政审批局|'],
  ],
  [
    'a section row between rows',
    [spaced([H]), '一、优化营商环境', spaced([['1', '压减审批时限', '县行政审批局', '2023年6月底前']]), '二、推进数字政府', spaced([['2', '建成政务平台', '县数据局', '2023年底前']])].join('\n'),
    ['2023年6月底前|2023-06-30|县行政审批局|', '2023年底前|2023-12-31|县数据局|'],
  ],
  [
    'the header repeated after a page break',
    [spaced(TWO.slice(0, 2)), '', '— 5 —', '', spaced([H, TWO[2]])].join('\n'),
    TWO_WANT,
  ],
  ['a row whose unit cell is empty, merged with the one above', spaced([H, ['1', '压减审批时限', '县行政审批局', '2023年6月底前'], ['2', '推行告知承诺制', '', '2023年9月底前']]).replace(/\s+2023年9月/, '                  2023年9月'),
    ['2023年6月底前|2023-06-30|县行政审批局|', '2023年9月底前|2023-09-30|县行政审批局|']],
  [
    "the layout pdftotext gives a PDF, a row's number on a line of its own",
    ['序号 工作任务                  牵头单位 配合单位          完成时限', '', '    压减企业开办时间，全面推行企业开办一   县市场监 县税务局、县公安局、 2023 年 6 月', '1', '    网通办，实现一日办结           管局   县人社局       底前', '', PDF_LAYOUT.split('\n').slice(2).join('\n')].join('\n'),
    ['2023 年 6 月\n底前|2023-06-30|县市场监管局|县税务局、县公安局、县人社局', '2023 年底前|2023-12-31|县数据局|县财政局', '长期坚持|2023-12-31|县数据局|各乡镇', `每季度末|${QUARTER}|县发改局|各乡镇`],
  ],
  [
    "a PDF's rows of several lines, parted by blank lines",
    PDF_ROWS_OF_LINES,
    [
      '2023 年 6 月底\n前|2023-06-30|县市场监管局|县税务局、县公安局、县人社局',
      '2023 年底前|2023-12-31|县数据局|县财政局',
      '长期坚持|2023-12-31|县数据局|各乡镇、县直各部门',
      `每季度末|${QUARTER}|县发改局|各乡镇、县直各部门`,
      '2023 年 9 月底\n前|2023-09-30|县发改局|县统计局',
      '于 2023 年 9 月底前|2023-09-30|各乡镇|',
    ],
  ],
  [
    "a PDF's rows of several lines with no number, parted by blank lines",
    [
      '工作任务                  牵头单位   配合单位       完成时限',
      '',
      '压减企业开办时间，全面推行企业开办一网        县税务局、县公安 2023 年 6 月底',
      '                    县市场监管局',
      '通办，实现一日办结                  局、县人社局   前',
      '',
      '建成一体化政务服务平台           县数据局   县财政局       2023 年底前',
      '',
      '推进政务数据共享，打通部门数据壁垒，建          各乡镇、县直各部',
      '                    县数据局              长期坚持',
      '立数据共享目录                      门',
      '',
      '                                        2023 年 9 月底',
      '开展营商环境评价              县发改局   县统计局',
      '                                        前',
    ].join('\n'),
    [
      '2023 年 6 月底\n前|2023-06-30|县市场监管局|县税务局、县公安局、县人社局',
      '2023 年底前|2023-12-31|县数据局|县财政局',
      '长期坚持|2023-12-31|县数据局|各乡镇、县直各部门',
      '2023 年 9 月底\n前|2023-09-30|县发改局|县统计局',
    ],
  ],
  [
    'typed rows with no number under a header a blank line parts: each line opening a deadline is a row',
    ['工作任务          牵头单位      完成时限', '', '开展专项整治      县市场监管局  长期坚持', '建成政务平台      县数据局      2023年底前', '完善考核办法      县委组织部    2023年9月底前'].join('\n'),
    ['长期坚持|2023-12-31|县市场监管局|', '2023年底前|2023-12-31|县数据局|', '2023年9月底前|2023-09-30|县委组织部|'],
  ],
  [
    'a typed row wrapped onto a line with a gap, no blank line between rows',
    ['序号  工作任务            责任单位        完成时限', '1     建成城市书房和社区  县文旅局、县财  2023年12月底前', '      阅读点              政局', '2     压减审批时限        县行政审批局    2023年6月底前'].join('\n'),
    ['2023年12月底前|2023-12-31|县文旅局|县财政局', '2023年6月底前|2023-06-30|县行政审批局|'],
  ],
  // not tables
  ['prose with two spaces inside', '各乡镇要  于2023年6月底前完成排查。', ['于2023年6月底前|2023-06-30|各乡镇|']],
  ['a contact table: no deadline column', spaced([['序号', '单位', '联系人', '电话'], ['1', '县住建局', '张三', '1234567']]), []],
  ['figures by year: no deadline column', spaced([['序号', '指标名称', '2021年', '2022年', '2023年'], ['1', '城镇新增就业', '1.2', '1.3', '1.4']]), []],
  [
    'label lines each holding three fields, spaced apart',
    ['1.压减审批时限。', '牵头单位：县行政审批局    配合单位：县财政局    完成时限：6月底前', '2.建成政务平台。', '牵头单位：县数据局    配合单位：县财政局    完成时限：9月底前'].join('\n'),
    ['6月底前|2023-06-30|县行政审批局|县财政局', '9月底前|2023-09-30|县数据局|县财政局'],
  ],
  [
    'an indented paragraph after the table ends it',
    [spaced(TWO.slice(0, 2)), '\u3000\u3000各乡镇要于2023年9月底前报送进展情况。'].join('\n'),
    ['2023年6月底前|2023-06-30|县行政审批局|', '于2023年9月底前|2023-09-30|各乡镇|'],
  ],
];

function records(body: string): string[] {
  const text = gazetteDocument(countyTaskNotice(body));
  return extractText(text, 'spaced.txt').obligations.map((o) => `${o.expression}|${o.due ?? o.rrule}|${o.lead.join('、')}|${o.co.join('、')}`);
}

describe('a task table whose columns spaces set apart', () => {
  it.each(cases)('%s', (_name, body, expected) => {
    expect(records(body)).toEqual(expected);
  });

  it('joins a cell wrapped onto the next line to the cell it stands under, each part on its own line', () => {
    const body = [
      '序号    工作任务              责任单位        完成时限',
      '1       建成城市书房和社区    县文旅局        2023年12月底前',
      '        阅读点',
      '2       压减审批时限          县行政审批局    2023年6月底前',
    ].join('\n');
    const text = gazetteDocument({ body, title: '某县人民政府办公室关于印发2023年重点工作任务分工方案的通知', issued: '2023 年 3 月 1 日' });
    const found = extractText(text, 'wrapped.txt').obligations.map((o) => [o.task, o.lead, o.line]);
    expect(found).toEqual([
      ['建成城市书房和社区阅读点', ['县文旅局'], 8],
      ['压减审批时限', ['县行政审批局'], 10],
    ]);
  });
});
