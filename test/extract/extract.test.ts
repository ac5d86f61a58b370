import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { officialCalendar } from '../../src/calendar/workdays.ts';

const LAST_CALENDAR_YEAR = officialCalendar().knownThrough;
import { Obligation } from '../../src/obligation.ts';
import { type DocumentParts, gazetteDocument } from './gazette-text.ts';

function extract(parts: DocumentParts) {
  const text = gazetteDocument(parts);
  const { obligations, warnings } = extractText(text, 'doc.txt');
  return { lines: text.split('\n'), obligations: obligations.map((o) => Obligation.parse(o)), warnings };
}

const records = (parts: DocumentParts) => extract(parts).obligations;

describe('the context year of a month without one', () => {
  it.each([
    ['the plan year of the title', '浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知', '2017 年 12 月 28 日', '2018-06-30'],
    ['the plan year of an 实施方案', '绍兴市人民政府办公室关于印发绍兴市2015年大气污染防治实施方案的通知', '2015 年 4 月 2 日', '2015-06-30'],
    ['else the document’s year', '浙江省人民政府办公厅关于加强老年人照顾服务工作的实施意见', '2019 年 1 月 8 日', '2019-06-30'],
  ])('%s', (_name, title, issued, due) => {
    expect(records({ title, issued, body: '各地要在6月底前完成摸底。' }).map((o) => o.due)).toEqual([due]);
  });
});

describe('a page number inside a sentence', () => {
  it('is skipped, so the sentence and its deadline read whole at the line where they start', () => {
    const body = ['(一)各设区市要加快推进政务服务事项标准化工作,在2018年', '— 5 —', '6月底前完成事项目录编制。'].join('\n');
    const { lines, obligations } = extract({ body });
    expect(obligations.map((o) => [o.line, o.due, o.lead])).toEqual([[lines.indexOf(body.split('\n')[0]) + 1, '2018-06-30', ['各设区市']]]);
  });
});

describe('a page whose paragraphs were run into one line, each mark left as the letter Р', () => {
  const body = '二、时间安排Р(一)宣传阶段(2019年3月1日—3月10日)Р各乡镇要广泛宣传整治内容。Р(二)验收阶段(2019年4月)Р县农业局组织验收。';

  it('reads each paragraph between two marks on its own, at the input line they share', () => {
    const { lines, obligations } = extract({ body });
    const line = lines.indexOf(body) + 1;
    expect(obligations.map((o) => [o.line, o.due, o.lead])).toEqual([
      [line, '2019-03-10', ['各乡镇']],
      [line, '2019-04-30', ['县农业局']],
    ]);
  });

  it.each([
    // Negatives: the letter inside a Cyrillic or Latin word is that word's, and breaks nothing.
    ['a Russian name', '各乡镇要于2019年6月底前完成ПРОГРАММА项目申报。'],
    ['a Latin-Cyrillic code', '各乡镇要于2019年6月底前完成AРB型设备检修。'],
  ])('%s keeps its letter', (_name, sentence) => {
    expect(records({ body: sentence }).map((o) => [o.due, o.lead])).toEqual([['2019-06-30', ['各乡镇']]]);
  });
});

describe('本年度 in standing rules is each year’s', () => {
  const title = '贵州省财政专项资金管理办法';
  it('a document of articles: a yearly rule', () => {
    const body = '第五条 年度提前下达的资金,各市(州)须于本年度1月15日前报送使用计划。\n第六条 各县须于本年度3月底前完成公示。';
    expect(records({ title, body }).map((o) => o.rrule)).toEqual(['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1']);
  });
  it('a notice without articles: a date of its year', () => {
    expect(records({ body: '各市(州)须于本年度1月15日前报送使用计划。' }).map((o) => [o.kind, o.due])).toEqual([['once', '2018-01-15']]);
  });
  it('a notice citing articles in passing: a date of its year', () => {
    const body = '根据《资金管理办法》第十条、第十二条规定,各市(州)须于本年度1月15日前报送使用计划。';
    expect(records({ body }).map((o) => [o.kind, o.due])).toEqual([['once', '2018-01-15']]);
  });
});

describe('records carry the spec’s normal forms', () => {
  it('reports the exact input text and line of an expression with spaces', () => {
    const { lines, obligations } = extract({ body: '(三)各设区市要在 2018 年 6 月底前完成市级平台与省级平台的对接。' });
    expect(obligations).toHaveLength(1);
    expect(obligations[0]).toMatchObject({
      expression: '在 2018 年 6 月底前',
      line: lines.indexOf('(三)各设区市要在 2018 年 6 月底前完成市级平台与省级平台的对接。') + 1,
      kind: 'once',
      due: '2018-06-30',
      rrule: null,
      start: null,
      within: null,
      target: false,
      source: 'doc.txt',
      doc: { number: '浙政办发〔2018〕30号', title: '浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知', issued: '2018-03-20' },
    });
  });

  it('records an expression broken by a line wrap at the line where it starts', () => {
    const first = '(三)推进数据共享。各设区市要加快推进公共数据平台建设,在 2018 年';
    const { lines, obligations } = extract({ body: `${first}\n6 月底前完成市级平台与省级平台的对接。` });
    expect(obligations.map((o) => [o.line, o.due, o.lead])).toEqual([[lines.indexOf(first) + 1, '2018-06-30', ['各设区市']]]);
  });

  it('reads full-width digits, Chinese numerals and traditional characters', () => {
    const all = records({
      body: ['一、２０１８年６月底前完成平台建设。', '', '二、二〇一八年十二月底前完成验收。', '', '三、各地於每季度末報送進展情況。'].join('\n'),
    });
    expect(all.map((o) => [o.expression, o.due ?? o.rrule])).toEqual([
      ['２０１８年６月底前', '2018-06-30'],
      ['二〇一八年十二月底前', '2018-12-31'],
      ['每季度末', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'],
    ]);
  });

  it('makes two records of two sentences with their own target', () => {
    const all = records({ body: '到2020年,全省森林覆盖率达到61%以上;到2020年,林业总产值达到6000亿元。' });
    expect(all.map((o) => [o.kind, o.due, o.target, o.task])).toEqual([
      ['once', '2020-12-31', true, '全省森林覆盖率达到61%以上'],
      ['once', '2020-12-31', true, '林业总产值达到6000亿元'],
    ]);
  });

  it.each([
    ['各地要在本通知印发之日起30日内报送实施方案。', '2018-04-19'],
    ['各地要在30日内将实施方案报省政府。', '2018-04-19'],
    ['各设区市要在本意见印发后2个月内制定实施细则。', '2018-05-20'],
    ['请各地于本通知下发之日起一个月内报送。', '2018-04-20'],
  ])('counts a relative period from the document date: %s', (body, due) => {
    const all = records({ body });
    expect(all.map((o) => [o.kind, o.due, o.target])).toEqual([['relative', due, false]]);
  });

  it('records a deadline that falls before the document’s own date', () => {
    const all = records({ issued: '2018 年 6 月 15 日', body: '各地要在2018年3月底前完成清理。' });
    expect(all.map((o) => [o.due, o.doc.issued])).toEqual([['2018-03-31', '2018-06-15']]);
  });

  it('gives an sla its period and event, and no due', () => {
    const all = records({ body: '行政服务中心要在收到申请材料起3个工作日内办结。' });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'sla', due: null, within: { days: 3, workdays: true, after: '收到申请材料' } });
  });

  it('starts a recurring duty on the document date, or on the year “从…起” names', () => {
    const all = records({
      body: [
        '一、各设区市每年三月一日前报送评估报告。',
        '',
        '二、从2019年起,各设区市每年3月1日前报送评估报告。',
        '',
        '三、自2018年起,各地每季度报送工作进展。',
        '',
        '四、从2018年第三季度起,各地每季度报送工作进展。',
        '',
        '五、自2019年下半年开始,各区每月5日前报送台账。',
        '',
        '六、从2018年10月份起,各区每月5日前报送台账。',
      ].join('\n'),
    });
    expect(all.map((o) => [o.kind, o.rrule, o.start, o.due])).toEqual([
      ['recurring', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', '2018-03-20', null],
      ['recurring', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', '2019-01-01', null],
      ['recurring', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '2018-01-01', null],
      ['recurring', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '2018-07-01', null],
      ['recurring', 'FREQ=MONTHLY;BYMONTHDAY=5', '2019-07-01', null],
      ['recurring', 'FREQ=MONTHLY;BYMONTHDAY=5', '2018-10-01', null],
    ]);
  });

  it('warns when working days run past the official calendar', () => {
    const { obligations, warnings } = extract({
      issued: `${LAST_CALENDAR_YEAR} 年 12 月 20 日`,
      body: '各地要在本通知印发之日起30个工作日内报送实施方案。',
    });
    expect(obligations).toHaveLength(1);
    expect(Number(obligations[0].due!.slice(0, 4))).toBe(LAST_CALENDAR_YEAR + 1);
    expect(warnings).toEqual([expect.objectContaining({ source: 'doc.txt', line: obligations[0].line })]);
    expect(warnings[0].message).toContain(String(LAST_CALENDAR_YEAR + 1));
  });

  it('does not warn inside the calendar', () => {
    expect(extract({ body: '各地要在本通知印发之日起30个工作日内报送实施方案。' }).warnings).toEqual([]);
  });
});

describe('not obligations (spec)', () => {
  it.each([
    ['a policy window', '符合条件的企业可在2019年1月1日至12月31日申领补贴。'],
    ['a reference date', '各地要以2019年3月末为清查时点,全面摸清底数。'],
    ['an effective date', '本办法自发布之日起执行。'],
    ['an effective date that raises a subsidy', '从2018年4月1日起提高城乡居民基础养老金标准。'],
    ['a baseline', '全省单位生产总值能耗比2015年下降20.5%。'],
    ['an entitlement', '该项政策每人每年只享受一次。'],
    ['a date inside a cited title', '各地要认真贯彻《浙江省2018年6月底前完成清理工作方案》。'],
    ['past events', '2014年,全省完成改造1000户。近年来我省取得明显成效。'],
  ])('%s', (_name, body) => expect(records({ body })).toEqual([]));
});

describe('a gazette of several documents', () => {
  it('gives each record the document whose body it stands in', () => {
    const text = [
      gazetteDocument({ body: '各地要在6月底前完成摸底。' }),
      gazetteDocument({
        title: '浙江省发展和改革委员会关于做好能源统计工作的通知',
        number: '浙发改[2019] 12号',
        issuer: '浙江省发展和改革委员会',
        issued: '2019年1月8日',
        body: '各地每月5日前报送上月能源消费数据。',
      }),
    ].join('\n');
    const all = extractText(text, 'two.txt').obligations;
    expect(all.map((o) => [o.due ?? o.rrule, o.start, o.doc.number, o.doc.issued])).toEqual([
      ['2018-06-30', null, '浙政办发〔2018〕30号', '2018-03-20'],
      ['FREQ=MONTHLY;BYMONTHDAY=5', '2019-01-08', '浙发改〔2019〕12号', '2019-01-08'],
    ]);
  });
});
