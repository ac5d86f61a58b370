import { describe, expect, it } from 'vitest';
import { columnRole } from '../../src/extract/blocks.ts';
import { extractText } from '../../src/extract/index.ts';
import { Obligation } from '../../src/obligation.ts';
import { gazetteDocument } from './gazette-text.ts';

function extract(body: string) {
  const text = gazetteDocument({ body });
  const obligations = extractText(text, 'table.txt').obligations.map((o) => Obligation.parse(o));
  return { text, lines: text.split('\n'), obligations };
}

const TSV = [
  '附件',
  '',
  '重点任务分解表',
  '',
  '序号\t工作任务\t责任单位\t时间要求',
  '1\t完成系统整合\t省发改委、省经信委\t2018 年 6 月底前完成省级部门系统整合,2018 年 12 月底前完成设区市政府系统整合',
  '2\t建立数据共享目录\t\t2018 年 9 月底前',
  '3\t推广电子证照应用\t省级单位、各市、县(市、区)政府\t省级单位 2018 年 9 月底前;各市、县(市、区) 2018 年 11 月底前',
  '4\t开展第三方评估\t省统计局\t每季度',
].join('\n');

describe('a tab-separated table with a header', () => {
  const { lines, obligations } = extract(TSV);
  const rowLine = (no: string) => lines.findIndex((l) => l.startsWith(`${no}\t`)) + 1;

  it('gives one record per deadline, two milestones giving two', () => {
    expect(obligations.map((o) => [o.line, o.expression, o.due ?? o.rrule])).toEqual([
      [rowLine('1'), '2018 年 6 月底前', '2018-06-30'],
      [rowLine('1'), '2018 年 12 月底前', '2018-12-31'],
      [rowLine('2'), '2018 年 9 月底前', '2018-09-30'],
      [rowLine('3'), '2018 年 9 月底前', '2018-09-30'],
      [rowLine('3'), '2018 年 11 月底前', '2018-11-30'],
      [rowLine('4'), '每季度', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
    ]);
  });

  it('reads the task from its column, with what each milestone completes', () => {
    expect(obligations.map((o) => o.task)).toEqual([
      '完成系统整合:完成省级部门系统整合',
      '完成系统整合:完成设区市政府系统整合',
      '建立数据共享目录',
      '推广电子证照应用',
      '推广电子证照应用',
      '开展第三方评估',
    ]);
  });

  it('reads the units column, an empty cell inheriting the one above', () => {
    expect(obligations[0]).toMatchObject({ lead: ['省发改委'], co: ['省经信委'] });
    expect(obligations[1]).toMatchObject({ lead: ['省发改委'], co: ['省经信委'] });
    expect(obligations[2]).toMatchObject({ lead: ['省发改委'], co: ['省经信委'] });
    expect(obligations[5]).toMatchObject({ lead: ['省统计局'], co: [] });
  });

  it('gives each unit group of a split deadline its own record', () => {
    expect(obligations[3]).toMatchObject({ due: '2018-09-30', lead: ['省级单位'], co: [] });
    expect(obligations[4]).toMatchObject({ due: '2018-11-30', lead: ['各市、县(市、区)政府'], co: [] });
  });

  it('starts a recurring row on the document date', () => {
    expect(obligations[5]).toMatchObject({ kind: 'recurring', start: '2018-03-20' });
  });
});

describe('a table with 牵头单位 and 配合单位 columns', () => {
  const { obligations } = extract(
    ['序号\t工作任务\t牵头单位\t配合单位\t完成时间', '1\t制定实施细则\t省发改委\t省财政厅、省统计局\t2018年6月', '2\t出台考核办法\t省考评办\t\t2018年8月'].join('\n'),
  );

  it('reads a bare month in the deadline column as its last day', () => {
    expect(obligations.map((o) => [o.expression, o.kind, o.due])).toEqual([
      ['2018年6月', 'once', '2018-06-30'],
      ['2018年8月', 'once', '2018-08-31'],
    ]);
  });

  it('takes lead and co from their columns, an empty cell inheriting the one above', () => {
    expect(obligations.map((o) => [o.lead, o.co])).toEqual([
      [['省发改委'], ['省财政厅', '省统计局']],
      [['省考评办'], ['省财政厅', '省统计局']],
    ]);
  });
});

describe('a 牵头单位 cell that marks its lead in brackets', () => {
  it.each([
    ['县应急局(牵头)、县消防大队', '', [['县应急局'], ['县消防大队']]],
    ['县应急局、县消防大队(牵头)', '各乡镇', [['县消防大队'], ['县应急局', '各乡镇']]],
    // Negative: with no mark, every unit of the 牵头单位 cell leads.
    ['县应急局、县消防大队', '各乡镇', [['县应急局', '县消防大队'], ['各乡镇']]],
  ])('%s', (leadCell, coCell, units) => {
    const { obligations } = extract(['序号\t工作任务\t牵头单位\t配合单位\t完成时间', `1\t开展应急演练\t${leadCell}\t${coCell}\t2023年6月底前`].join('\n'));
    expect(obligations.map((o) => [o.lead, o.co])).toEqual([units]);
  });
});

describe('a Markdown pipe table', () => {
  const { lines, obligations } = extract(
    [
      '附件',
      '',
      '## 任务清单',
      '',
      '| 序号 | 任务 | 牵头单位 | 完成时限 |',
      '|---|---|---|---|',
      '| 1 | <b>建成</b>统一受理平台 | 省政府办公厅 | 2018年6月底前 |',
      '| 2 | 完成事项梳理 | 省编办 | 2018年10月 |',
      '| 3 | 开展业务培训 |  | 9月下旬 |',
    ].join('\n'),
  );

  it('reads every row, the separator and header giving none', () => {
    expect(obligations.map((o) => [o.line, o.expression, o.kind, o.due])).toEqual([
      [lines.indexOf('| 1 | <b>建成</b>统一受理平台 | 省政府办公厅 | 2018年6月底前 |') + 1, '2018年6月底前', 'once', '2018-06-30'],
      [lines.indexOf('| 2 | 完成事项梳理 | 省编办 | 2018年10月 |') + 1, '2018年10月', 'once', '2018-10-31'],
      [lines.indexOf('| 3 | 开展业务培训 |  | 9月下旬 |') + 1, '9月下旬', 'once', '2018-09-30'],
    ]);
  });

  it('drops the <b> tags from a cell and inherits an empty unit cell', () => {
    expect(obligations.map((o) => [o.task, o.lead])).toEqual([
      ['建成统一受理平台', ['省政府办公厅']],
      ['完成事项梳理', ['省编办']],
      ['开展业务培训', ['省编办']],
    ]);
  });
});

describe('a pipe table whose rows lost their leading pipe', () => {
  const { lines, obligations } = extract(
    [
      '二、整治安排',
      '整治项目 | 完成时间 | 负责单位 |',
      '燃气管道 | 3月份 | 住建站 消防队 |',
      '农贸市场 | 5月份 | 市监所 |',
      '校车接送 | 8月份 |  |',
      '三、工作要求',
    ].join('\n'),
  );
  const at = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;

  it('reads each line cut by as many pipes as its neighbours as a row of the table', () => {
    expect(obligations.map((o) => [o.line, o.expression, o.due, o.task])).toEqual([
      [at('燃气管道'), '3月份', '2018-03-31', '燃气管道'],
      [at('农贸市场'), '5月份', '2018-05-31', '农贸市场'],
      [at('校车接送'), '8月份', '2018-08-31', '校车接送'],
    ]);
  });

  it('reads unit names a cell sets apart by spaces as a list, and inherits an empty unit cell', () => {
    expect(obligations.map((o) => [o.lead, o.co])).toEqual([
      [['住建站'], ['消防队']],
      [['市监所'], []],
      [['市监所'], []],
    ]);
  });

  it.each([
    ['a lone line with a pipe in prose', '各乡镇:\n请于2018年6月底前报送材料 | 联系人:张三。\n特此通知。'],
    ['neighbours cut by another number of pipes', '甲 | 乙 | 丙\n请于2018年6月底前报送 | 联系人'],
  ])('is not read out of %s', (_name, text) => {
    expect(extract(text).obligations.every((o) => o.task !== '燃气管道')).toBe(true);
    expect(extract(text).obligations.map((o) => o.due)).toEqual(['2018-06-30']);
  });
});

describe('a table copied with one cell per line', () => {
  // A header of four names, then each row's four cells, with lone pipes between cells as web pages leave them.
  const cells = (...rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => ['|', c])).join('\n');
  const body = [
    cells(['序号', '工作任务', '负责部门', '完成时限']),
    cells(['1', '建立联络机制', '县农业局、县财政局', '2018 年 6 月底前']),
    '一、基础通用标准',
    cells(['2', '编制地方标准', '县市场监管局', '2018 年 9 月底前']),
    cells(['3', '开展督查', '县督查室']),
  ].join('\n');
  const { lines, obligations } = extract(body);

  it('reads each row with its units (first-listed leads in a unit column) and each deadline at its own line', () => {
    expect(obligations.map((o) => [o.line, o.due, o.lead, o.co, o.task])).toEqual([
      [lines.indexOf('2018 年 6 月底前') + 1, '2018-06-30', ['县农业局'], ['县财政局'], '建立联络机制'],
      [lines.indexOf('2018 年 9 月底前') + 1, '2018-09-30', ['县市场监管局'], [], '编制地方标准'],
    ]);
  });

  it('keeps a section row out of the cells, and a row cut off before its deadline gives nothing', () => {
    expect(obligations).toHaveLength(2);
  });

  it.each([
    ['short lines of prose', '各乡镇:\n认真落实\n切实做好\n2018年6月底前完成。'],
    ['a signature', '县人民政府办公室\n2018年6月1日'],
  ])('is not read out of %s', (_name, text) => {
    expect(extract(text).obligations.every((o) => o.task !== '' || o.lead.length === 0)).toBe(true);
    expect(extract(text).obligations.length).toBeLessThanOrEqual(1);
  });
});

describe('a table copied with one cell per line whose first column is empty in every row', () => {
  // A number column with no numbers: each row lost its empty cell, so it takes one line fewer than the header.
  const after = '各乡镇统计站要按时报送,确保数据真实、准确、完整,不得迟报、漏报、拒报。';
  const body = ['表号', '表名', '报送时间', '一季度农村住户调查表', '2018年4月5日之前', '二季度农村住户调查表', '2018年7月5日之前', after].join('\n');
  const { lines, obligations } = extract(body);

  it('reads each row at the width its dates show, each form its task', () => {
    expect(obligations.map((o) => [o.line, o.due, o.task])).toEqual([
      [lines.indexOf('2018年4月5日之前') + 1, '2018-04-05', '一季度农村住户调查表'],
      [lines.indexOf('2018年7月5日之前') + 1, '2018-07-05', '二季度农村住户调查表'],
    ]);
  });

  it('keeps a full row at the header\'s width', () => {
    const full = ['序号', '工作任务', '完成时限', '1', '建立联络机制', '2018年6月底前', '2', '编制地方标准', '2018年9月底前', after].join('\n');
    expect(extract(full).obligations.map((o) => [o.due, o.task])).toEqual([
      ['2018-06-30', '建立联络机制'],
      ['2018-09-30', '编制地方标准'],
    ]);
  });
});

describe('a numbered table copied with one cell per line, its cells as many lines as they hold', () => {
  // Web pages put each paragraph of a cell on its own line: a unit cell listing a unit a line, a second task under the
  // same number with its own deadline (its number and unit cells merged), a unit cell merged with the row above.
  const body = [
    '附件',
    '2018年为民办实事任务分解表',
    '序号',
    '民生实事',
    '责任单位',
    '完成时限',
    '1',
    '改造城区老旧小区10个。',
    '县住建局',
    '县财政局',
    '各街道办事处',
    '10月底前',
    '2',
    '新建乡镇卫生院2所。',
    '县卫计局',
    '6月底前开工',
    '建成村卫生室20个。',
    '12月底前',
    '3',
    '开展全民健身活动。',
    '长期坚持',
    '县人民政府办公室',
    '2018年2月1日',
  ].join('\n');
  const { lines, obligations } = extract(body);
  const at = (text: string, from = 0) => lines.indexOf(text, from) + 1;

  it('cuts the rows at their numbers and gives each line its column', () => {
    expect(obligations.map((o) => [o.line, o.due, o.lead, o.co, o.task])).toEqual([
      [at('10月底前'), '2018-10-31', ['县住建局'], ['县财政局', '各街道办事处'], '改造城区老旧小区10个。'],
      [at('6月底前开工'), '2018-06-30', ['县卫计局'], [], '新建乡镇卫生院2所。:开工'],
      [at('12月底前'), '2018-12-31', ['县卫计局'], [], '建成村卫生室20个。'],
      [at('长期坚持'), '2018-12-31', ['县卫计局'], [], '开展全民健身活动。'],
    ]);
  });

  it('ends the last row where the longest row before it ends: the signature and its date are no cells', () => {
    expect(obligations.some((o) => o.due === '2018-02-01')).toBe(false);
  });

  it('reads a table without a number column a line a column, as before', () => {
    const table = ['工作任务', '责任单位', '完成时限', '改造老旧小区', '县住建局', '县财政局', '10月底前'];
    expect(extract(table.join('\n')).obligations.map((o) => o.due)).not.toContain('2018-10-31');
  });

  it('reads a numbered table whose rows each take a line a column as it is, a cell holding the next number or not', () => {
    const table = ['序号', '项目', '数量', '完成时限', '1', '新建公厕', '2', '6月底前', '2', '改造公园', '4', '9月底前'];
    expect(extract(table.join('\n')).obligations.map((o) => [o.due, o.task])).toEqual([
      ['2018-06-30', '新建公厕'],
      ['2018-09-30', '改造公园'],
    ]);
  });
});

describe('a numbered table copied with one cell per line whose task cells are long sentences', () => {
  // As 绍兴 publishes its 重点工作清单 and 进展情况表, and 杭州 its 责任分解: a row's number, then a task of a sentence or
  // more, then its units; a leader's name may head the table, (一)… rows part it.
  const task1 = '统筹全市经济高质量发展,深入开展项目提效攻坚行动,健全完善重点项目建设分类分线分级协调机制,确保新建项目开工率10月底前全部开工。';
  const task2 = '持续深化营商环境优化提升行动,迭代优化政策体系,2025年6月底前出台支持民营经济发展的配套政策及实施细则,切实提高政策知晓率。';
  const body = ['一、重点工作清单', '', '王琴英', '', '序号', '', '工作内容', '', '牵头单位', '', '(一)稳进提质', '', '1', '', task1, '', '市发改委', '', '2', '', task2, '', '市经信局、市财政局', '', '各地各部门要按月报送工作进展情况。'].join('\n');
  const { lines, obligations } = extract(body);

  it('reads each long task as its row\'s cell, with the units after it', () => {
    expect(obligations.map((o) => [o.line, o.expression, o.lead, o.co])).toEqual([
      [lines.indexOf(task1) + 1, '10月底前', ['市发改委'], []],
      [lines.indexOf(task2) + 1, '2025年6月底前', ['市经信局', '市财政局'], []],
      [lines.indexOf('各地各部门要按月报送工作进展情况。') + 1, '按月', ['各地', '各部门'], []],
    ]);
  });

  it('ends the table with its last numbered row: the short lines after it are the notice\'s, not cells', () => {
    expect(obligations.at(-1)?.task).toBe('报送工作进展情况');
  });

  it('keeps prose after a table of short cells out of it, as before', () => {
    const prose = '各单位要切实加强组织领导,认真研究制定具体落实方案,明确工作措施和责任人,于2025年3月底前报送市政府办公室。';
    const table = ['序号', '', '工作任务', '', '责任单位', '', '完成时限', '', '1', '', '改造老旧小区', '', '县住建局', '', '10月底前', '', prose].join('\n');
    expect(extract(table).obligations.map((o) => [o.expression, o.lead])).toEqual([
      ['10月底前', ['县住建局']],
      ['于2025年3月底前', ['各单位']],
    ]);
  });

  it('ends a numbered row at its width: a long line further on is prose', () => {
    const prose = '各单位要切实加强组织领导,认真研究制定具体落实方案,明确工作措施和责任人,于2025年3月底前报送市政府办公室。';
    const table = ['序号', '', '工作任务', '', '责任单位', '', '1', '', '改造老旧小区,10月底前完成。', '', '县住建局', '', prose].join('\n');
    expect(extract(table).obligations.map((o) => [o.expression, o.lead])).toEqual([
      ['10月底前', ['县住建局']],
      ['于2025年3月底前', ['各单位']],
    ]);
  });
});

describe('a table copied with one cell per line, each cell closed by its pipe', () => {
  // Some pages leave the closing pipe of every cell on the cell's own line: "全年 |".
  const closed = (...rows: string[][]) => rows.flatMap((r) => r.map((c) => `${c} |`)).join('\n');
  const longTask = '持续优化营商环境,推进审批服务便利化改革,全面落实企业开办一网通办、证照分离和容缺受理等制度,切实提升服务质量。';

  it.each([
    ['a year-round duty', ['1', longTask, '王某', '招商局、安商局', '全年'], { kind: 'ongoing', due: '2018-12-31', lead: ['招商局'], co: ['安商局'] }],
    ['a month-end', ['2', '编制规划', '李某', '规划局', '2018年9月底前'], { kind: 'once', due: '2018-09-30', lead: ['规划局'], co: [] }],
  ])('reads the row, however long a cell: %s', (_name, row, record) => {
    const { lines, obligations } = extract(closed(['序号', '重点工作', '责任领导', '责任单位', '完成时限'], row));
    expect(obligations).toHaveLength(1);
    expect(obligations[0]).toMatchObject({ ...record, line: lines.indexOf(`${row[4]} |`) + 1 });
  });

  it.each([
    ['a pipe row that lost its leading pipe', '任务 | 全年 |\n开展督查 | 全年 |'],
    ['prose ending in a pipe after short lines', '各乡镇:\n认真落实 |\n全年'],
  ])('is not read out of %s', (_name, body) => {
    expect(extract(body).obligations.filter((o) => o.kind === 'ongoing')).toEqual([]);
  });
});

describe('a table whose cells run over several lines, each closed by its pipe', () => {
  // A page copies each cell's lines as they stand and closes the cell with a pipe on its last line: a task cell listing
  // numbered items under a heading, beside a date cell listing one date a line.
  const schedule = [
    '工 作 项 目 |',
    '起 止 时 间 |',
    '一、准备法律文件',
    '1、 起草给国务院的报告',
    '2、 代拟普查通知 |',
    '2005.1—4',
    '2005.2—6 |',
    '二、筹措普查经费',
    '3、落实中央负担的普查经费 |',
    '2005.1—10 |',
  ].join('\n');

  it('gives each numbered item the date on its line, recorded there', () => {
    const { lines, obligations } = extract(schedule);
    const at = (text: string) => lines.indexOf(text) + 1;
    expect(obligations.map((o) => [o.line, o.expression, o.due, o.task])).toEqual([
      [at('2005.1—4'), '2005.1—4', '2005-04-30', '起草给国务院的报告'],
      [at('2005.2—6 |'), '2005.2—6', '2005-06-30', '代拟普查通知'],
      [at('2005.1—10 |'), '2005.1—10', '2005-10-31', '落实中央负担的普查经费'],
    ]);
  });

  it.each([
    ['as many items as dates, no heading', ['工作内容 |', '完成时间 |', '开展清查,摸清底数', '组织登记,录入数据 |', '2019年10月', '2019年12月 |'], [['2019-10-31', '开展清查,摸清底数'], ['2019-12-31', '组织登记,录入数据']]],
    ['one numbered item under its heading', ['工作内容 |', '完成时间 |', '一、准备', '1、编制普查实施方案 |', '2019年6月 |'], [['2019-06-30', '编制普查实施方案']]],
  ])('reads a row of %s', (_name, body, records) => {
    const { obligations } = extract(body.join('\n'));
    expect(obligations.map((o) => [o.due, o.task])).toEqual(records);
  });

  it('reads the units of a unit cell of several lines, the first listed leading', () => {
    const { obligations } = extract(['工作内容 |', '责任单位 |', '完成时间 |', '编制普查实施方案,报县政府审定 |', '县统计局', '县财政局 |', '2019年6月底前 |'].join('\n'));
    expect(obligations.map((o) => [o.due, o.task, o.lead, o.co])).toEqual([['2019-06-30', '编制普查实施方案,报县政府审定', ['县统计局'], ['县财政局']]]);
  });

  it.each([
    ['more dates than items', ['开展清查,摸清底数 |', '2019年10月', '2019年12月 |']],
    ['items that do not each open with a number under a heading', ['一、准备', '开展清查,摸清底数', '组织登记,录入数据 |', '2019年10月', '2019年12月 |']],
    ['one date against items numbered alike', ['一、准备', '1、开展清查,摸清底数', '2、组织登记,录入数据 |', '2019年10月 |']],
  ])('does not part a row of %s', (_name, row) => {
    const { obligations } = extract(['工作内容 |', '完成时间 |', ...row].join('\n'));
    // Read as one row, each record's task is the whole cell.
    expect(obligations.length).toBeGreaterThan(0);
    for (const o of obligations) expect(o.task).toContain('开展清查');
    if (row.some((l) => l.includes('组织登记'))) for (const o of obligations) expect(o.task).toContain('组织登记');
  });

  it('reads a pipe alone as an empty cell, which takes the cell above', () => {
    const { obligations } = extract(
      ['序号 |', '重点工作 |', '责任领导 |', '责任单位 |', '完成时限 |', '1 |', '优化重点项目直通车工作机制,全力服务重大项目落地 |', '叶林 |', '招商工作部、安商工作部 |', '全年 |', '2 |', '全力推进开发区空间再造,盘活存量土地400亩 |', ' |', ' |', '2025年6月底前 |'].join('\n'),
    );
    expect(obligations.map((o) => [o.due, o.lead, o.co])).toEqual([
      ['2018-12-31', ['招商工作部'], ['安商工作部']],
      ['2025-06-30', ['招商工作部'], ['安商工作部']],
    ]);
  });

  it('gives each date of a cell a date a line the whole task, where the dates pair with no items', () => {
    const { lines, obligations } = extract(['工作内容 |', '完成时间 |', '开展清查,摸清底数 |', '2005.1—4', '2005.2—6 |'].join('\n'));
    expect(obligations.map((o) => [o.line, o.expression, o.due, o.task])).toEqual([
      [lines.indexOf('2005.1—4') + 1, '2005.1—4', '2005-04-30', '开展清查,摸清底数'],
      [lines.indexOf('2005.2—6 |') + 1, '2005.2—6', '2005-06-30', '开展清查,摸清底数'],
    ]);
  });

  it.each([
    ['two closed lines naming no deadline or unit column', '工作内容 |\n主要措施 |\n开展清查,摸清底数 |\n2019年10月 |'],
    ['a cell no pipe closes within its reach', ['工作内容 |', '完成时间 |', ...Array.from({ length: 14 }, (_, i) => `第${i + 1}行文字`), '2019年10月 |'].join('\n')],
  ])('reads no table out of %s', (_name, body) => {
    expect(extract(body).obligations.filter((o) => o.task.startsWith('开展清查') || /第\d+行/.test(o.task))).toEqual([]);
  });
});

describe('what a milestone in a deadline cell completes', () => {
  const row = (cell: string) => extract(['序号\t工作任务\t责任单位\t完成时限', `1\t报送季报\t县统计局\t${cell}`].join('\n')).obligations.map((o) => o.task);

  it.each([
    ['words after the date', '2018年6月底前完成省级整合,2018年12月底前完成市级整合', ['报送季报:完成省级整合', '报送季报:完成市级整合']],
    ['a month and what falls due in it', '9月投入使用', ['报送季报:投入使用']],
  ])('is its task beside the row\'s: %s', (_name, cell, tasks) => {
    expect(row(cell)).toEqual(tasks);
  });

  it.each([
    ['the next date of a list', '一季度季后7日、二季度季后6日', ['报送季报', '报送季报']],
    ['a note in brackets', '月后18日前(1月免报)', ['报送季报']],
    ['an hour', '三季度季后10日12:00', ['报送季报']],
  ])('is none for %s', (_name, cell, tasks) => {
    expect(row(cell)).toEqual(tasks);
  });
});

describe('a deadline cell that spares a period', () => {
  it('gives no record for the period spared, and keeps the rule beside it', () => {
    const { obligations } = extract(['| 报表名称 | 负责单位 | 上报日期 |', '| --- | --- | --- |', '| 财务状况表 | 县统计局 | 月后18日前(1月免报) |', '| 从业人员表 | 县人社局 | 二季度季后6日(四季度免报) |'].join('\n'));
    expect(obligations.map((o) => o.expression)).toEqual(['月后18日前', '二季度季后6日']);
  });
});

describe('a schedule of dates with no unit column', () => {
  const schedule = (salutation: string) =>
    gazetteDocument({
      body: [
        '现将报表报送时间通知如下:',
        '| 报表名称 | 表号 | 上报日期 |',
        '| --- | --- | --- |',
        '| 调查单位基本情况 | 101表 | 2月28日前 |',
      ].join('\n'),
    }).replace('各市、县(市、区)人民政府,省政府直属各单位:', salutation);

  it.each([
    ['one 各 over two nouns and a named body', '各乡镇、办事处,风景区管理委员会:', ['各乡镇、办事处', '风景区管理委员会']],
    ['departments', '县财政局、县统计局:', ['县财政局', '县统计局']],
  ])('is for the units the notice is addressed to: %s', (_name, salutation, lead) => {
    const [o] = extractText(schedule(salutation), 'schedule.txt').obligations;
    expect(o).toMatchObject({ due: '2018-02-28', lead, co: [] });
  });

  it('a salutation that names no unit gives none', () => {
    const [o] = extractText(schedule('同志们:'), 'schedule.txt').obligations;
    expect(o).toMatchObject({ lead: [], co: [] });
  });
});

describe('a header in traditional characters names the same columns', () => {
  it.each([
    [
      'traditional column names: 牽頭單位 and 完成時限',
      ['序號 | 工作任務 | 完成時限 | 牽頭單位 |', '1 | 建成社區食堂 | 2022年9月底前 | 縣民政局 |'],
      [['2022-09-30', ['縣民政局']]],
    ],
    [
      'a header whose cells carry pinyin readings copied from the page',
      ['序號(hào) | 項目(xiàng)內容 | 進度(dù)安排 | 牽頭單位 |', '1 | 改造老舊小區 | 2022年第三季度 | 縣住建局 |'],
      [['2022-09-30', ['縣住建局']]],
    ],
    [
      // Negative: a simplified header reads as before; a column of what was done gives no unit.
      'a simplified header, a progress column beside the deadline column',
      ['序号 | 工作任务 | 完成时限 | 目前进展 | 牵头单位 |', '1 | 建成社区食堂 | 2022年9月底前 | 已完成选址 | 县民政局 |'],
      [['2022-09-30', ['县民政局']]],
    ],
  ])('%s', (_name, rows, expected) => {
    const { obligations } = extract(['2022年民生实事项目计划', '', ...rows].join('\n'));
    expect(obligations.map((o) => [o.due, o.lead])).toEqual(expected);
  });
});

describe('a short body row naming a unit is no header of its own', () => {
  const header = '| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |';
  it.each([
    // A row's number, and a single unit-like name under a header: body rows, whatever their deadline cell holds.
    ['| 1 | 开展文明创建 | 县直各部门 | 长期坚持 |', '长期坚持'],
    ['| 1 | 推进改革 | 县营商局 | 按年度推进 |\n| 2 | 建成服务中心 | 县民政局 | 2023年9月 |', '2023年9月'],
  ])('%s', (rows, expression) => {
    const { obligations } = extract(`${header}\n${rows}`);
    expect(obligations.map((o) => o.expression)).toContain(expression);
    expect(obligations.every((o) => o.lead.length === 1)).toBe(true);
  });

  it.each([
    // Without a number column: one name of a unit under a header is still a body row.
    ['| 开展文明创建 | 县直各部门 | 长期坚持 |\n| 建成服务中心 | 县民政局 | 2023年9月 |', '2023年9月'],
  ])('%s (no number column)', (rows, expression) => {
    const { obligations } = extract(`| 工作任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- |\n${rows}`);
    expect(obligations.map((o) => o.expression)).toContain(expression);
    expect(obligations.every((o) => o.lead.length === 1)).toBe(true);
  });

  it('a header repeated on a new page still names the columns', () => {
    const { obligations } = extract(`${header}\n| 1 | 建成服务中心 | 县民政局 | 2018年9月 |\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n| 2 | 完成普查 | 县统计局 | 2018年10月 |`);
    expect(obligations.map((o) => [o.expression, o.lead])).toEqual([
      ['2018年9月', ['县民政局']],
      ['2018年10月', ['县统计局']],
    ]);
  });
});

describe('a 配合单位 column beside a 责任单位 column gives the helpers of every row', () => {
  it.each([
    // A web page's pipe table without leading pipes, and one with them.
    ['序号 | 实事项目 | 实施计划 | 责任单位 | 配合单位 |\n1 | 新建幼儿园2所 | 2022年6月底前开工;2022年11月底前竣工。 | 教育局 | 财政局、住建局 |'],
    ['| 序号 | 实事项目 | 实施计划 | 责任单位 | 配合单位 |\n| --- | --- | --- | --- | --- |\n| 1 | 新建幼儿园2所 | 2022年6月底前开工;2022年11月底前竣工。 | 教育局 | 财政局、住建局 |'],
  ])('%s', (body) => {
    const { obligations } = extract(body);
    expect(obligations.map((o) => [o.lead, o.co])).toEqual([
      [['教育局'], ['财政局', '住建局']],
      [['教育局'], ['财政局', '住建局']],
    ]);
  });

  it('a helpers cell parting its groups by 、 and , names every unit once', () => {
    const body = '序号 | 实事项目 | 实施计划 | 责任单位 | 配合单位 |\n1 | 新建幼儿园2所 | 2022年6月底前开工。 | 教育局 | 自然资源和规划局、城投集团,锦城街道、昌化镇 |';
    expect(extract(body).obligations.map((o) => o.co)).toEqual([['自然资源和规划局', '城投集团', '锦城街道', '昌化镇']]);
  });

  it('a row without a 配合单位 cell has no helpers', () => {
    const body = '序号 | 实事项目 | 实施计划 | 责任单位 | 配合单位 |\n1 | 新建幼儿园2所 | 2022年6月底前开工。 | 教育局 | |';
    expect(extract(body).obligations.map((o) => [o.lead, o.co])).toEqual([[['教育局'], []]]);
  });
});

describe('a table drawn in box characters', () => {
  it('reads each row from border to border, a wrapped cell joined to its column, at the line where it starts', () => {
    const body = [
      '┌──────┬──────────────┐',
      '│ 情形 │ 报告时限 │',
      '├──────┼──────────────┤',
      '│ 一般险情 │每12小时报告一次水情 │',
      '├──────┼──────────────┤',
      '│ 较大险情 │每6小时报告一次水情,每1│',
      '│ │2小时发布一次预报 │',
      '└──────┴──────────────┘',
    ].join('\n');
    const { lines, obligations } = extract(body);
    const at = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(obligations.map((o) => [o.line, o.expression.replace(/\s+/g, ''), o.rrule])).toEqual([
      [at('一般险情'), '每12小时', 'FREQ=DAILY'],
      [at('较大险情'), '每6小时', 'FREQ=DAILY'],
      [at('较大险情'), '每12小时', 'FREQ=DAILY'],
    ]);
    expect(obligations[2].task).toContain('发布一次预报');
  });

  it('a header naming a task column reads the row by its columns', () => {
    const body = [
      '┌──┬────────┬──────┬──────┐',
      '│序号│工作任务│牵头单位│完成时限│',
      '├──┼────────┼──────┼──────┤',
      '│1 │完成系统整合│省发改委│2018年6月底前│',
      '├──┼────────┼──────┼──────┤',
      '│2 │建立数据共享目录,推广│省经信委│2018年9月│',
      '│ │电子证照应用│ │ │',
      '└──┴────────┴──────┴──────┘',
    ].join('\n');
    const { obligations } = extract(body);
    expect(obligations.map((o) => [o.expression, o.due, o.lead, o.task])).toEqual([
      ['2018年6月底前', '2018-06-30', ['省发改委'], '完成系统整合'],
      ['2018年9月', '2018-09-30', ['省经信委'], '建立数据共享目录,推广电子证照应用'],
    ]);
  });
});

describe('the column a table names its tasks in', () => {
  // A table of the year's public works (民生实事) names each work a 实事; a row is read only with its task.
  it.each([
    ['民生实事', 'task'],
    ['实事项目', 'task'],
    ['为民办实事内容', 'task'],
    ['实事责任单位', 'units'],
    ['实施时间', 'deadline'],
  ])('%s is a %s column', (name, role) => {
    expect(columnRole(name)).toBe(role);
  });

  it('reads a 民生实事 table row by row', () => {
    const table = ['| 序号 | 民生实事 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 新建城区公厕10座 | 县住建局 | 9月底前 |'].join('\n');
    expect(extract(table).obligations.map((o) => [o.due, o.lead, o.task])).toEqual([['2018-09-30', ['县住建局'], '新建城区公厕10座']]);
  });
});

describe('a column named by the meaning of its words', () => {
  it.each([
    ['牵头处室', 'lead'],
    ['主办单位', 'lead'],
    ['主责部门', 'lead'],
    ['协办单位', 'co'],
    ['协助处室', 'co'],
    ['参与部门', 'co'],
    ['责任科室', 'units'],
    ['承办单位', 'units'],
    ['完成节点', 'deadline'],
    ['重点举措', 'task'],
    // A person, a post or a contact is no unit, and 主办 of an event no column of units.
    ['责任领导', 'other'],
    ['牵头领导', 'other'],
    ['联系人', 'other'],
    ['主办方', 'other'],
  ])('%s is a %s column', (name, role) => {
    expect(columnRole(name)).toBe(role);
  });

  it('reads a row under such names: the lead, its helpers, the deadline and the task', () => {
    const table = ['| 序号 | 重点举措 | 牵头处室 | 协办处室 | 完成节点 |', '| --- | --- | --- | --- | --- |', '| 1 | 完成系统整合 | 办公室 | 财务处、信息处 | 2019年6月 |'].join('\n');
    expect(extract(table).obligations.map((o) => [o.due, o.lead, o.co, o.task])).toEqual([['2019-06-30', ['办公室'], ['财务处', '信息处'], '完成系统整合']]);
  });
});

describe('a 牵头单位 column beside a 责任单位 column', () => {
  // Task-division tables name the lead in one column and the others responsible in the next, as a bracket does
  // with 牵头单位:…;责任单位:…; 牵头责任单位 and 协同责任单位 name the same columns.
  it.each([
    ['牵头责任单位', 'lead'],
    ['牵头单位', 'lead'],
    ['协同责任单位', 'co'],
    ['配合单位', 'co'],
    ['牵头领导', 'other'],
    ['责任单位', 'units'],
  ])('%s is a %s column', (name, role) => {
    expect(columnRole(name)).toBe(role);
  });

  const table = (header: string[], ...rows: string[][]) =>
    [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

  it.each([
    [['序号', '工作任务', '牵头责任单位', '责任单位', '完成时限'], ['1', '建成智慧城管平台', '市城管局', '市数据资源局、各区政府', '6月底前'], ['市城管局'], ['市数据资源局', '各区政府']],
    [['序号', '工作任务', '牵头单位', '配合单位', '责任单位', '完成时限'], ['1', '建成智慧城管平台', '市城管局', '市财政局', '各区政府', '6月底前'], ['市城管局'], ['市财政局', '各区政府']],
    // The lead named again among the units responsible is not its own helper.
    [['序号', '工作任务', '牵头单位', '责任单位', '完成时限'], ['1', '建成智慧城管平台', '市城管局', '市城管局、各区政府', '6月底前'], ['市城管局'], ['各区政府']],
    // With no lead column, the first unit listed leads, as before.
    [['序号', '工作任务', '牵头领导', '责任单位', '完成时限'], ['1', '建成智慧城管平台', '张某', '市城管局、各区政府', '6月底前'], ['市城管局'], ['各区政府']],
  ])('reads the lead and the others of %j', (header, row, lead, co) => {
    expect(extract(table(header, row)).obligations.map((o) => [o.due, o.lead, o.co])).toEqual([['2018-06-30', lead, co]]);
  });
});

/**
 * A task cell may open with the row's number ("1、起草…", "（二）完善…"): the number orders the rows and is no part of
 * the work, so the record's task leaves it out. A cell that is nothing but a number keeps it, and a task opening with a
 * figure or a year is not a number of its own.
 */
describe('a task cell opening with the row number', () => {
  it.each([
    ['1、起草给县政府的报告', '起草给县政府的报告'],
    ['12、建立县级普查机构', '建立县级普查机构'],
    ['（二）完善考核制度', '完善考核制度'],
    ['三、开展宣传活动', '开展宣传活动'],
    ['②修订实施细则', '修订实施细则'],
    ['1. 编写普查员手册', '编写普查员手册'],
    // Not a row's number.
    ['3个乡镇完成试点', '3个乡镇完成试点'],
    ['2019年度考核工作', '2019年度考核工作'],
    ['1.5万户改厕任务', '1.5万户改厕任务'],
  ])('%s', (cell, task) => {
    const body = ['工作任务表', '', '工作任务\t责任单位\t完成时限', `${cell}\t县统计局\t2019年6月底前`].join('\n');
    expect(extract(body).obligations.map((o) => o.task)).toEqual([task]);
  });
});
