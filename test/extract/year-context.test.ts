import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { takesTheDocumentYear, yearContext } from '../../src/extract/context.ts';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function yearOf(text: string) {
  const lines = text.split('\n');
  const [doc] = splitGazette(lines);
  return yearContext(doc, lines, CLOCK);
}

describe('the year of a document that shows no date of its own', () => {
  it.each([
    ['a plan year in the title', '某县人民政府关于印发2013年农村工作要点的通知\n\n一、6月底前完成摸底。\n\n某县人民政府\n\n2012年12月20日', 2013, 'plan-title'],
    ['a plan the notice issues', '某县人民政府办公室关于印发防汛工作计划的通知\n各乡镇、各部门:\n现将《某县2014年度防汛工作计划》印发给你们,请遵照执行。\n一、5月底前完成排查。', 2014, 'plan-heading'],
    ['a signature written with ○ as zero', '各乡镇:\n请于6月底前报送。\n某县人民政府办公室\n二○○三年四月四日', 2003, 'document-date'],
    ['a signature written with a letter O as zero', '各乡镇:\n请于6月底前报送。\n某县人民政府办公室\n二OO八年九月三日', 2008, 'document-date'],
    ['a signature in brackets under the title', '某某同志在全县会议上的讲话\n(2012年1月9日)\n同志们:年底前完成。', 2012, 'document-date'],
    ['a signed date behind a label', '某局限时办结制\n成文日期: 2015-07-10\n一、当日办结。', 2015, 'document-date'],
    ['an effective date, not the page’s update date', '某省信息公开办法\n来源:某市 更新时间:2021-11-16\n第二条 每年3月底前公布。\n第九条 自2008年5月1日起施行。', 2008, 'dates-in-text'],
    ['the text’s dates, not a posting date on a source line', '某县通知\n2019年03月03日 10:19 来源:某日报\n各乡镇2018年12月5日前完成,2018年12月20日前验收。', 2018, 'dates-in-text'],
    ['a posting date only when the text has nothing', '某局限时办结制\n发布时间: 2015-07-10 责任编辑:admin\n一、当日办结。', 2015, 'page-date'],
    ['a posting date in traditional characters', '某局辦法\n時間:2020年09月15日 點擊次數:13460\n一、當日辦結。', 2020, 'page-date'],
    ['the 文号 a law database labels 发布文号, not its posting stamp', '某市政府关于分解落实目标任务的通知\n2020年07月23日06:05:59\n发布部门: 某市人民政府\n发布文号: 某政发[2006]275号\n各区县要于12月底前制定方案。', 2006, 'doc-number'],
    ['a posting stamp only when the text has nothing', '某局限时办结制\n2015-07-10 09:30\n一、当日办结。', 2015, 'page-date'],
    ['the page’s own date, not the next page’s year', '某区专项行动部署会召开\n日期:2015-11-25 12:46:53\n自11月25日至12月25日开展专项行动。\n下一篇:某镇完成2016年度征订工作', 2015, 'page-date'],
    ['a heading naming the year its text reports, not the page’s date line', '某某范文网\n2024-10-01\n2010年防汛检查工作总结\n2月25日至3月2日为自查时间。', 2010, 'text-heading'],
    ['a heading run into the first sentence', '某某范文网\n某局2015年工作总结暨2016年工作计划今年以来,我局完成棚改1200户。\n1—11月,全区完成投资8亿元。', 2015, 'text-heading'],
    ['a plan’s heading under a site’s title', '某某文库\n发布时间:2022-04-09\n2021年某镇环境整治工作方案\n6月底前完成排查。', 2021, 'text-heading'],
    ['a date line of page metadata', '• 00530/2016-00011\n• 2016-01-02\n各乡镇:\n2月28号以前报送年报。', 2016, 'date-line'],
    ['the full dates in the text', '各乡镇:\n请于2011年3月5日前报送,4月底前完成整改,2011年5月10日前验收。', 2011, 'dates-in-text'],
    // A deadline falls on or after the day the text is written: the year the text names for its work, the deadline's or the one before.
    ['the work’s year over a deadline early in the next', '各镇:\n一、督查2008年重点工作。2008年重点工程和2008年实事工程逐项自查。\n二、于6月27日、9月30日、2009年1月5日前报送半年、全年自查情况。', 2008, 'dates-in-text'],
    ['a deadline’s own year on a tie', '各镇:\n按照2015年度考核办法,请于2016年1月20日前报送,1月10日前完成自查。', 2016, 'dates-in-text'],
    ['a deadline’s year over a year far back', '各镇:\n2012年、2012年、2012年工作基础上,请于2016年3月10日前报送,4月底前完成。', 2016, 'dates-in-text'],
    ['a date that is no deadline before the deadlines', '各镇:\n2015年12月20日召开会议。请于2016年1月20日前报送,2016年1月25日前验收。', 2015, 'dates-in-text'],
    ['the latest 文号 the text cites', '根据某政发〔2009〕12号和某办发〔2010〕3号文件精神,各乡镇要在6月底前完成。', 2010, 'doc-number'],
    ['a year the text names', '按照我县2019年脱贫攻坚的总体部署,各乡镇要在8月底前完工。', 2019, 'years-in-text'],
    // A span's or a goal's horizon, and a person's birth, are no year the text is written in (临汾 2009: "今年起至2012年,
    // 我省每年解决1.7万户…根据省政府2009年目标任务要求…于2月26日前…", dated 2012 from 至2012年; audit-texts units-scope/24).
    ['the year the text names, not the horizon its span runs to', '今年起至2012年,我省每年解决1.7万户住房问题。根据省政府2009年目标任务要求,于2月26日前上报。', 2009, 'years-in-text'],
    ['the year the text names, not a goal’s', '到2020年,基本建成体系。按照2018年工作安排,各乡镇要在6月底前完成。', 2018, 'years-in-text'],
    ['a goal’s month, a date of the plan', '各乡镇到2020年6月底前完成改造,9月底前验收。', 2020, 'years-in-text'],
    // A banner with the day the page is read is no date of the text; a date written as a form writes it is.
    ['a form’s date, not the banner of the day it is read', '今天是:2025年12月06日\n某市水利局\n征集调查\n截止:2019-06-18\n请于6月18日(星期二)前反馈意见。', 2019, 'dates-in-text'],
    // Not a birth: a year's own 生 words.
    ['a year’s output, no birth', '2019年生产总值增长7%。各乡镇要在6月底前完成。', 2019, 'years-in-text'],
  ])('%s', (_name, text, year, source) => {
    expect(yearOf(text)).toMatchObject({ year, source });
  });

  it.each([
    ['a span up to now', '2003年以来,各地成效明显。各乡镇要在6月底前完成。'],
    ['a baseline', '比2015年下降20%。各乡镇要在6月底前完成。'],
    ['a count up to a date', '截至2016年,已建成10处。各乡镇要在6月底前完成。'],
    ['a rule fixed in the past', '本省一九四九年七月所定报告制度已不完全适用,各市每月十日前报告。'],
    ['a document issued in the past', '2016年3月印发的《某某办法》继续执行,各乡镇要在6月底前完成。'],
    ['an event said to be long past', '早在2009年,我县就开展了试点。各乡镇要在6月底前完成。'],
    ['a work already done', '2012年已建成10处,各乡镇要在6月底前完成。'],
    ['the page’s update date', '某办法\n更新时间:2021-11-16\n各乡镇要在6月底前完成。'],
    ['a link to the next page', '某办法\n各乡镇要在6月底前完成。\n下一篇:某镇完成2016年度党报党刊征订工作'],
    ['a link to the page before, in traditional script', '某辦法\n各鄉鎮要在6月底前完成。\n上一條:某鎮2016年工作總結'],
    ['links to related pages', '某办法\n各乡镇要在6月底前完成。\n相关链接:2016年某县工作要点'],
    // 中新社 1999: "到二00五年,…" (audit-texts holidays/03); 山西 2024 任免: "马志强,男,汉族,1970年12月生" (zhejiang/36).
    ['a goal’s horizon', '国庆节前一批重点工程相继竣工。到二〇〇五年,基本满足需要,于年底基本建成。'],
    ['a span’s horizon', '今年起至2012年,我省每年解决1.7万户住房问题,各市于2月26日前上报。'],
    ['a person’s birth', '马志强,男,汉族,1970年12月生,曾任区委书记,今年8月6日宣告被查。各乡镇要在6月底前完成。'],
    ['a birth given in full', '王某,男,汉族,1968年2月2日出生于某市,今年3月被任命。各乡镇要在6月底前完成。'],
    ['a birth year and month', '曹某,女,汉族,1968年1月出生,现任副市长。各乡镇要在6月底前完成。'],
  ])('never takes the year of %s', (_name, text) => {
    expect(yearOf(text)).toMatchObject({ year: 2031, source: 'clock' });
  });

  it.each([
    ['an item’s heading, a part of the text', '某县工作要点\n一、2016年工作总结\n各乡镇要在6月底前完成。\n2012-03-01'],
    ['a sentence that names a plan', '某县通知\n2016年,我县将继续实施方案。\n各乡镇要在6月底前完成。\n2012-03-01'],
    ['a link to the page before', '某办法\n上一篇:某镇2016年工作总结\n各乡镇要在6月底前完成。\n2012-03-01'],
  ])('takes no heading year from %s', (_name, text) => {
    expect(yearOf(text)).toMatchObject({ year: 2012, source: 'date-line' });
  });

  it.each([
    ['a deadline with its day', '各乡镇2016年3月15日前完成,4月底前验收。', 2016],
    ['a deadline at a month end', '各乡镇2016年3月底前出台的办法要在6月底前报备。', 2016],
    ['a label whose noun holds 来源', '一、资金来源:2014年县财政预算安排。各乡镇要在6月底前完成。', 2014],
  ])('still takes the year of %s', (_name, text, year) => {
    expect(yearOf(text).year).toBe(year);
  });

  it('warns when the year is only the page’s posting date', () => {
    const { warnings } = extractText('某局限时办结制\n发布时间: 2015-07-10\n6月底前完成。', 'page.txt', CLOCK);
    expect(warnings).toEqual([expect.objectContaining({ message: expect.stringContaining('网页发布日期的年份 2015') })]);
  });

  it('falls back to the clock’s year (SHIXIAN_NOW, --now) and says so in a warning', () => {
    const { obligations, warnings, documents } = extractText('各乡镇要在6月底前完成排查。', 'bare.txt', CLOCK);
    expect(obligations.map((o) => o.due)).toEqual(['2031-06-30']);
    expect(documents[0].year).toMatchObject({ year: 2031, source: 'clock' });
    expect(warnings).toEqual([expect.objectContaining({ source: 'bare.txt', line: 1, message: expect.stringContaining('2031') })]);
  });

  it.each([
    ['a month-end', '各乡镇要在6月底前完成排查。', []],
    ['a day', '请于4月16日前报送名单。', []],
    ['the year-end', '年底前全面完成。', []],
    ['this year', '今年年底前完成改造任务。', []],
    ['a five-year plan', '“十三五”期间完成改造。', ['2020-12-31']],
  ])('with only today’s date to go by, refuses %s whose year it would guess, keeps a five-year plan', (_name, text, dues) => {
    const { obligations, warnings, documents } = extractText(text, 'bare.txt');
    expect(obligations.map((o) => o.due)).toEqual(dues);
    expect(documents[0].year.source).toBe('none');
    expect(warnings).toEqual(dues.length ? [] : [expect.objectContaining({ source: 'bare.txt', line: 1, message: expect.stringContaining('1 处未写年份的日期无法确定是哪一年') })]);
  });

  it('with only today’s date to go by, keeps the rules and periods, which need no year', () => {
    const { obligations, warnings } = extractText('各单位每月10日前报送报表。承办单位应在接到交办件之日起5个工作日内办结。', 'bare.txt');
    expect(obligations.map((o) => o.kind)).toEqual(['recurring', 'sla']);
    expect(warnings).toEqual([]);
  });

  it.each([
    [{ kind: 'once', due: '2031-06-30', target: false } as const, '6月底前', true],
    [{ kind: 'ongoing', due: '2031-12-31', target: false } as const, '全年工作', true],
    [{ kind: 'once', due: '2019-06-30', target: false } as const, '2019年6月底前', false],
    [{ kind: 'once', due: '2020-12-31', target: true } as const, '十三五', false],
    [{ kind: 'relative', due: '2019-07-30', target: false } as const, '30日内', false],
    [{ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', target: false } as const, '每月10日前', false],
    [{ kind: 'sla', days: 5, workdays: true, target: false } as const, '5个工作日内', false],
  ])('takesTheDocumentYear(%j, %s) is %s', (value, expression, expected) => {
    expect(takesTheDocumentYear(value, expression)).toBe(expected);
  });

  it('gives no warning when the text dates itself', () => {
    const { obligations, warnings } = extractText('各乡镇要在6月底前完成排查。\n二○一二年三月一日', 'dated.txt', CLOCK);
    expect(obligations.map((o) => o.due)).toEqual(['2012-06-30']);
    expect(warnings).toEqual([]);
  });
});

describe('a single document with no 文号', () => {
  it('gives null, not an empty string, for the 文号 and title it does not show', () => {
    const { obligations, documents } = extractText('各承办单位要在2012年6月底前办理完毕。', 'one.txt', CLOCK);
    expect(obligations[0].doc).toEqual({ number: null, title: null, issued: null });
    expect(documents[0].doc).toEqual({ number: null, title: null, issued: null });
  });

  it('gives the title it shows and null for the 文号 it lacks', () => {
    const { obligations } = extractText('某市限时办结制\n一、2012年6月底前完成。', 'one.txt', CLOCK);
    expect(obligations[0].doc).toEqual({ number: null, title: '某市限时办结制', issued: null });
  });

  it('reads deadlines on its first line when that line is body text', () => {
    const { obligations } = extractText('各承办单位要在2012年6月底前办理完毕。', 'one.txt', CLOCK);
    expect(obligations.map((o) => o.due)).toEqual(['2012-06-30']);
  });

  it.each([
    ['an item', '(二)各乡镇要在2012年6月底前完成排查。\n(三)2012年9月底前验收。', 2],
    ['an article', '第八条 承办单位应于2012年6月底前报送。', 1],
    ['an address line', '各乡镇人民政府:\n2012年6月底前完成排查。', 1],
  ])('does not take %s as its title', (_name, text, count) => {
    const [doc] = splitGazette(text.split('\n'));
    expect(doc.title).toBe('');
    expect(doc.bodyLine).toBe(1);
    expect(extractText(text, 'x.txt', CLOCK).obligations).toHaveLength(count);
  });

  it.each([
    ['a one-line title', '某市限时办结制\n一、2012年6月底前完成。', '某市限时办结制', 2],
    ['an issuer line over its 关于 line', '某县人民政府\n关于下达2010年度环保目标任务的通知\n一、6月底前完成。', '某县人民政府关于下达2010年度环保目标任务的通知', 3],
    ['a title wrapped over three lines', '某市人民政府办公室\n关于分解落实2019年政府工作报告\n主要目标任务的通知\n一、6月底前完成。', '某市人民政府办公室关于分解落实2019年政府工作报告主要目标任务的通知', 4],
  ])('reads %s', (_name, text, title, bodyLine) => {
    const [doc] = splitGazette(text.split('\n'));
    expect(doc).toMatchObject({ title, bodyLine });
  });
});

// Notices dated late in a year ask for what falls due in the months after them. Synthetic cases written from real
// notices read: a December notice asking for annual returns by a January day (重庆 2017 农机 考核, fresh2 h17),
// statistics returns for the year before (南宁江南 2018, 武汉科协 2013) and summaries called for in December.
describe('a month without its year in a notice dated late in the year', () => {
  const dues = (text: string) => extractText(text, 'late.txt', CLOCK).obligations.map((o) => o.due);
  it.each([
    ['a January day under a December date', '各乡镇人民政府:\n请于1月10日前将年度工作总结报送县政府办公室。\n某县人民政府办公室\n二〇一八年十二月二十日', ['2019-01-10']],
    ['a March month-end under an October date', '各乡镇人民政府:\n请于3月底前完成整改并报送整改报告。\n某县人民政府办公室\n2018年10月15日', ['2019-03-31']],
    ['a later month of the same year', '各乡镇人民政府:\n请于12月25日前报送计划,2019年1月15日前报送总结。\n某县人民政府办公室\n2018年12月10日', ['2018-12-25', '2019-01-15']],
  ])('%s', (_name, text, due) => expect(dues(text)).toEqual(due));
  it.each([
    // Negatives: a notice of the year's first half keeps its year; so do a plan year named in the title, a month
    // written with its year or 今年, and a January date of a notice issued in July.
    ['a June notice', '各乡镇人民政府:\n请于3月底前补报。\n某县人民政府办公室\n2018年6月15日', ['2018-03-31']],
    ['a plan year in the title', '某县人民政府关于印发2019年农村工作要点的通知\n\n一、1月底前完成摸底。\n\n某县人民政府\n\n2018年12月20日', ['2019-01-31']],
    ['今年 before the month', '各乡镇人民政府:\n请于今年2月底前补报。\n某县人民政府办公室\n2018年12月10日', ['2018-02-28']],
    ['a July notice and a January date', '各乡镇人民政府:\n请于1月10日前补报。\n某县人民政府办公室\n2018年7月10日', ['2018-01-10']],
  ])('%s', (_name, text, due) => expect(dues(text)).toEqual(due));
});
