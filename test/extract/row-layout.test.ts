import { describe, expect, it } from 'vitest';
import { columnRole } from '../../src/extract/blocks.ts';
import { extractText } from '../../src/extract/index.ts';
import { NO_COLUMN, cellKind, lineKind, placeLines, placeRow } from '../../src/extract/row-layout.ts';
import { Obligation } from '../../src/obligation.ts';
import { gazetteDocument } from './gazette-text.ts';

const header = (...names: string[]) => ({ names, roles: names.map(columnRole) });
const columns = (cells: string[], h: ReturnType<typeof header>) => placeRow(cells, h)?.map((c) => c.column) ?? null;

describe('what a cell holds', () => {
  it.each([
    ['2019 年 3 月', 'date'],
    ['2020年6月底前', 'date'],
    ['十一月份', 'date'],
    ['9月30日前', 'date'],
    ['2021.5.31', 'date'],
    ['2019年下半年', 'date'],
    ['县财政局、县审计局', 'units'],
    ['区住建局牵头,区交通局、各街道配合', 'units'],
    ['各乡镇', 'units'],
    ['编制工作手册', 'text'],
    ['2019年3月完成验收', 'text'],
    ['4', 'text'],
    ['  ', 'empty'],
  ])('%s is %s', (text, kind) => {
    expect(cellKind(text)).toBe(kind);
  });
});

describe('where the cells of a row stand under the header', () => {
  // A merged header cell: 工作内容 spans two columns, the second left without a name.
  const spanned = header('完成时间', '工作内容', '', '牵头部门');
  const numbered = header('序号', '工作任务', '责任单位', '完成时限');
  const grouped = header('任务类别', '序号', '具体任务', '责任单位');

  it.each([
    ['a short row: a date under the deadline, units under the unit column', ['2019年3月', '编制工作手册', '县财政局、县审计局'], spanned, [0, 1, 3]],
    ['a short row whose unit cell is merged: text under the named column', ['2019年6月底前', '修订考核办法', ''], spanned, [0, 1, 3]],
    ['a short row under merged date and unit cells', ['', '开展业务培训', ''], spanned, [0, 1, 3]],
    ['a short row that lost its leading number cell', ['制定方案', '县民政局', '2019年5月'], numbered, [1, 2, 3]],
    ['a short row cut off before its deadline', ['3', '制定方案', '县民政局'], numbered, [0, 1, 2]],
    ['a short row whose merged unit cell left no tab: the unit column still stands, empty', ['4', '开展培训', '2019年9月'], numbered, [0, 1, 3, 2]],
    ['a full row one tab to the left, an empty cell trailing', ['2', '建立台账', '县住建局牵头,县交通局配合', ''], grouped, [1, 2, 3]],
    ['a full row whose unit cell is merged keeps its columns', ['', '3', '完善制度', ''], grouped, [0, 1, 2, 3]],
    ['a full row whose trailing cells are empty keeps its columns', ['1', '建立台账', '', ''], numbered, [0, 1, 2, 3]],
    ['a full row with text where a trailing tab could move it keeps its columns', ['', '', '4.2', '定期通报进展', ''], header('项目', '序号', '', '任务', '责任单位'), [0, 1, 2, 3, 4]],
  ])('%s', (_name, cells, h, expected) => {
    expect(columns(cells, h)).toEqual(expected);
  });

  it.each([
    ['a full row', ['1', '建立台账', '县住建局', '2019年6月']],
    ['a row wider than the header', ['1', '建立台账', '县住建局', '2019年6月', '备注']],
    ['an empty row', ['', '', '']],
  ])('leaves %s as it came', (_name, cells) => {
    expect(placeRow(cells, numbered)).toBeNull();
  });
});

function extract(body: string) {
  const text = gazetteDocument({ body });
  return { lines: text.split('\n'), obligations: extractText(text, 'layout.txt').obligations.map((o) => Obligation.parse(o)) };
}

describe('a table whose rows lost cells to merging', () => {
  const body = [
    '附件',
    '',
    '试点工作任务清单',
    '',
    '完成时间\t工作内容\t\t责任单位',
    '一、综合管理\t\t\t',
    '2018 年 9 月\t制度建设\t内控制度\t省审计厅',
    '\t\t风险清单\t',
    '二、信息公开\t\t',
    '2018 年 10 月\t公开目录编制\t省档案局, 各设区市政府',
    '2019 年 1 月\t公开平台建设\t',
    '\t考核评估\t',
  ].join('\n');
  const { lines, obligations } = extract(body);
  const at = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

  it('reads a row with fewer cells than the header by what its cells hold, its date a deadline and no signature', () => {
    expect(obligations.map((o) => [o.line, o.due, o.lead, o.co, o.task])).toEqual([
      [at('2018 年 9 月'), '2018-09-30', ['省审计厅'], [], '制度建设'],
      [at('2018 年 10 月'), '2018-10-31', ['省档案局'], ['各设区市政府'], '公开目录编制'],
      [at('2019 年 1 月'), '2019-01-31', ['省档案局'], ['各设区市政府'], '公开平台建设'],
    ]);
  });

  it('still drops the date under the signature of the notice', () => {
    expect(obligations.some((o) => o.due === '2018-03-20')).toBe(false);
    expect(extract('请认真贯彻执行。').obligations).toEqual([]);
  });

  it.each([
    ['a date line right under the table', '2018年5月6日'],
    ['an issuer and its date set apart by a tab, under the table', '省审计厅\t2018年5月6日'],
  ])('drops %s as a signature date', (_name, signature) => {
    const text = ['省审计厅关于印发工作清单的通知', '', '完成时间\t工作内容\t\t责任单位', '2018 年 9 月\t制度建设\t省审计厅', '', signature].join('\n');
    expect(extractText(text, 'signed.txt').obligations.map((o) => o.due)).toEqual(['2018-09-30']);
  });
});

describe('a web table row whose merged unit cell collapsed', () => {
  const body = [
    '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
    '| --- | --- | --- | --- |',
    '| 1 | 修订管理办法 | 市民政局、市财政局 | 2019年6月底前 |',
    '| 2 | 开展业务培训 | 2019年9月 |',
  ].join('\n');

  it('reads its date under the deadline column and inherits the unit cell above', () => {
    expect(extract(body).obligations.map((o) => [o.due, o.lead, o.co, o.task])).toEqual([
      ['2019-06-30', ['市民政局'], ['市财政局'], '修订管理办法'],
      ['2019-09-30', ['市民政局'], ['市财政局'], '开展业务培训'],
    ]);
  });
});

describe('a table row that lost its leading tab and gained a trailing one', () => {
  const body = [
    '任务类别\t序号\t具体任务\t责任单位',
    '一、基础建设\t1\t每季度通报一次项目进展\t县发改局牵头,各乡镇配合',
    '\t2\t每半年开展一次督查\t',
    '3\t每月报送工作台账\t县财政局、县审计局牵头,县级有关部门配合\t',
  ].join('\n');
  const { obligations } = extract(body);

  it('puts its unit cell back under the unit column, both leads kept', () => {
    expect(obligations.map((o) => [o.expression, o.lead, o.co])).toEqual([
      ['每季度', ['县发改局'], ['各乡镇']],
      ['每半年', ['县发改局'], ['各乡镇']],
      ['每月', ['县财政局', '县审计局'], ['县级有关部门']],
    ]);
  });
});

describe('what a line of a cell-per-line row holds', () => {
  it.each([
    ['2018年6月底前', 'date'],
    ['5月底前开工', 'date'],
    ['10月投入运营', 'date'],
    ['2019年3月完成验收', 'date'],
    ['下半年完成', 'date'],
    ['长期坚持', 'date'],
    ['持续推进', 'date'],
    ['常态工作', 'date'],
    ['每季度', 'date'],
    ['县交通局', 'units'],
    ['县民政局、县财政局', 'units'],
    // A month that stands after what is done, or a task too long to be a deadline's note, is text.
    ['开展6月安全生产月活动', 'text'],
    ['3月底前完成全县农村公路安全隐患排查整治工作', 'text'],
    ['新建2座公厕。', 'text'],
    ['持续推进城乡环境综合整治,全面提升人居环境质量', 'text'],
  ])('%s is %s', (text, kind) => {
    expect(lineKind(text)).toBe(kind);
  });
});

describe('the cells of a numbered row whose cells took as many lines as they held', () => {
  const roles = ['task', 'units', 'deadline'] as const;
  const task = '改造城区老旧小区10个。';
  it.each([
    ['a unit cell of one unit a line', [task, '县住建局', '县财政局', '各街道办事处', '10月底前'], [[[0], [1, 2, 3], [4]]]],
    ['a task of two paragraphs', [task, '完成雨污分流改造。', '县住建局', '10月底前'], [[[0, 1], [2], [3]]]],
    ['a unit cell merged with the row above', [task, '10月底前'], [[[0], [], [1]]]],
    ['two tasks under one number, each with its deadline', [task, '县住建局', '6月底前开工', '建成村卫生室20个。', '12月底前'], [[[0], [1], [2]], [[3], [], [4]]]],
    ['two deadlines in one cell', [task, '县住建局', '6月底前开工', '10月底前竣工'], [[[0], [1], [2, 3]]]],
  ] as const)('%s', (_name, lines, rows) => {
    expect(placeLines([...lines], [...roles])).toEqual(rows);
  });

  it('gives the first unit to a lead column and the next to a co column', () => {
    expect(placeLines([task, '县住建局', '县财政局', '各街道办事处', '10月底前'], ['task', 'lead', 'co', 'deadline'])).toEqual([[[0], [1], [2, 3], [4]]]);
  });

  it.each([
    ['a name under 责任领导 after a task of two paragraphs', [task, '完成雨污分流改造。', '张某', '县住建局', '全年'], [[[0, 1], [2], [3], [4]]]],
    ['a name under 责任领导 after a task of one', [task, '张某', '县住建局', '县财政局', '全年'], [[[0], [1], [2, 3], [4]]]],
  ] as const)('puts %s in its own column', (_name, lines, rows) => {
    expect(placeLines([...lines], ['task', 'other', 'units', 'deadline'])).toEqual(rows);
  });
});

describe('a row wider than its header, whose first name spans the task group and the row number', () => {
  const grouped = header('工作任务', '具体要求', '责任科室', '时限要求');
  const padded = header('工作任务', '具体要求', '责任单位', '时限要求', '', '');
  const plain = header('工作任务', '责任单位', '完成时限');
  const numbered = header('序号', '工作任务', '责任单位', '完成时限');
  const task = '对行政规范性文件进行全面清理。';

  it.each([
    ['a group, a row number, the task, the units and the deadline', ['强化规范性文件公开', '1', task, '办公室', '年底前'], grouped, [0, NO_COLUMN, 1, 2, 3]],
    ['a heading, a subheading and a number over a header padded with empty names', ['一、以公开助力发展。', '(一)加强信息公开。', '1', task, '市发改委牵头,市住建局配合', '持续推进'], padded, [0, 0, NO_COLUMN, 1, 2, 3]],
    ['a row whose group cell is merged: its number stands in no column', ['2', task, '市政府各有关部门', '持续推进', '', ''], padded, [NO_COLUMN, 0, 2, 3, 4, 5]],
    ['a row number before the task under a header that names no number column', ['1', task, '办公室', '2023年底前'], plain, [NO_COLUMN, 0, 1, 2]],
    ['a group and its task sharing the first column', ['规范办理依申请公开', task, '各科室', '2023年6月底前'], plain, [0, 0, 1, 2]],
  ] as const)('%s', (_name, cells, h, columns_) => {
    expect(columns([...cells], h)).toEqual(columns_);
  });

  it.each([
    ['an extra cell at the right end is a note: the row keeps its cells where they came', [task, '办公室', '2023年底前', '已完成'], plain],
    ['a row as wide as the header', ['强化规范性文件公开', task, '办公室', '2023年底前'], grouped],
    ['a row number under a header that names 序号', ['1', task, '办公室', '2023年底前'], numbered],
    ['a count under its own column is no row number', ['开展培训', '3', '办公室', '2023年底前'], header('工作任务', '场次', '责任单位', '完成时限')],
  ] as const)('keeps as it came: %s', (_name, cells, h) => {
    expect(columns([...cells], h)).toBeNull();
  });

  it('still places a row narrower than the header by what its cells hold', () => {
    expect(columns([task, '办公室', '2023年底前'], grouped)).toEqual([0, 2, 3]);
  });

  it('reads each row of such a table with its units and deadline', () => {
    const text = [
      '2023年政务公开重点任务清单',
      '| 工作任务 | 具体要求 | 责任科室 | 时限要求 |',
      '| 强化规范性文件公开 | 1 | 对行政规范性文件进行全面清理。 | 办公室 | 2023年底前 |',
      '| 深化政策解读 | 2 | 做好政策解读工作,丰富解读形式。 | 各科室 | 2023年9月底前 |',
      '| 3 | 规范做好年度报告编制发布工作。 | 办公室 | 2023年1月31日前 |',
    ].join('\n');
    const got = extractText(text, 'wide.txt').obligations.map((o) => [o.due, o.lead, o.task]);
    expect(got).toEqual([
      ['2023-12-31', ['办公室'], '强化规范性文件公开'],
      ['2023-09-30', ['各科室'], '深化政策解读'],
      ['2023-01-31', ['办公室'], '规范做好年度报告编制发布工作。'],
    ]);
  });
});

describe('a cell-per-line table parted by pipes alone, whose first name spans the task group and the row number', () => {
  const parted = (...cells: string[]) => cells.join('\n|\n');
  const header = ['工作任务', '具体要求', '责任科室', '时限要求'];
  const read = (text: string) => extractText(text, 'parted.txt').obligations.map((o) => [o.line, o.due, o.lead, o.task]);

  it('reads rows of five cells and a row whose group cell is merged, each ending at its deadline', () => {
    const text = [
      '2023年政务公开重点任务清单',
      parted(
        ...header,
        '强化规范性文件公开', '1', '对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。', '办公室', '2023年底前',
        '做好主动公开基础工作', '2', '严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。', '各科室', '2023年6月底前',
        '3', '规范做好政府信息公开工作年度报告编制发布工作,确保体例规范、数据准确。', '办公室', '2023年1月31日前',
      ),
      '|',
    ].join('\n');
    expect(read(text)).toEqual([
      [18, '2023-12-31', ['办公室'], '强化规范性文件公开'],
      [28, '2023-06-30', ['各科室'], '做好主动公开基础工作'],
      [36, '2023-01-31', ['办公室'], '规范做好政府信息公开工作年度报告编制发布工作,确保体例规范、数据准确。'],
    ]);
  });

  it('keeps reading rows as wide as the header by its width', () => {
    const text = ['2023年政务公开重点任务清单', parted(...header, '强化规范性文件公开', '全面清理规范性文件。', '办公室', '2023年底前', '深化政策解读', '丰富解读形式。', '各科室', '2023年9月底前'), '|'].join('\n');
    expect(read(text).map((r) => r[1])).toEqual(['2023-12-31', '2023-09-30']);
  });

  it('does not read a long line of prose after the table as a cell', () => {
    const text = [
      '2023年政务公开重点任务清单',
      parted(...header, '强化规范性文件公开', '全面清理规范性文件。', '办公室', '2023年底前', '深化政策解读', '丰富解读形式。', '各科室', '2023年9月底前'),
      '|',
      '各科室要于2023年3月10日前报送本科室的工作计划,明确具体要求、责任人员及完成时限,逐项推动工作落实。',
    ].join('\n');
    expect(read(text).map((r) => r[1])).toEqual(['2023-12-31', '2023-09-30', '2023-03-10']);
  });
});
