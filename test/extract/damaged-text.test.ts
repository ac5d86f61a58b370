import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { normalise, originalSpan } from '../../src/extract/normalise.ts';
import { gazetteDocument } from './gazette-text.ts';

// Text as it reaches us from web pages, PDFs and converters, damaged on the way: each case a duty sentence with the
// damage in it, and the record the spec gives it (a plan dated 2018-03-20). `expression` must be the input's own text.
const records = (body: string) =>
  extractText(gazetteDocument({ body }), 'damaged.txt').obligations.map((o) => ({
    expression: o.expression,
    due: o.due,
    lead: o.lead,
    task: o.task,
  }));

const UNSEEN = {
  'en space': '\u2002',
  'em space': '\u2003',
  'thin space': '\u2009',
  'hair space': '\u200a',
  'narrow no-break space': '\u202f',
  'zero-width space': '\u200b',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'word joiner': '\u2060',
  'byte-order mark': '\ufeff',
  'soft hyphen': '\u00ad',
  'line tabulation': '\u000b',
};

describe('characters a reader does not see, copied with the text', () => {
  it.each(Object.entries(UNSEEN))('%s inside a date, a number and a task', (_name, ch) => {
    expect(records(`各县(市、区)要于2${ch}019年6月${ch}30日前完成网络${ch}改造。`)).toEqual([
      { expression: `于2${ch}019年6月${ch}30日前`, due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造' },
    ]);
    expect(records(`市${ch}财政局要于收到申请之日起1${ch}0个工作日内完成审核。`)).toMatchObject([
      { expression: `1${ch}0个工作日内`, lead: ['市财政局'], task: '完成审核' },
    ]);
  });

  it.each(Object.entries(UNSEEN))('%s maps back to the exact input', (_name, ch) => {
    const input = `于2019年6月${ch}30日前`;
    const n = normalise(input);
    expect(n.text).toBe('于2019年6月30日前');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });

  // Not white space: letters, digits and punctuation a sentence needs stay as they are.
  it.each([
    ['6月·30日', '6月·30日'],
    ['A-B', 'A-B'],
    ['6月30日—7月1日', '6月30日—7月1日'],
  ])('keeps %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });
});

// Real: "县政府成立县农作第2页共4页物秸秆禁烧工作领导小组", "对发第3页共4页生重大责任事故" (a county plan copied from a
// document-sharing site), "以100592.83第3页共3页元的剩余未付款项为基数" (a court's mediation), "第 2 页 共 6 页" on a line of
// its own between the halves of a sentence (text taken from PDF).
describe('a page marker where the page broke', () => {
  const PLAN = '(三)加快网络改造。各县(市、区)要按照全市统一部署,';
  it.each([
    ['on a line of its own', `${PLAN}于2019年6\n第 2 页 共 6 页\n月底前完成网络改造工作。`, '于2019年6\n月底前'],
    ['a page number on a line of its own', `${PLAN}于2019年6\n第3页\n月底前完成网络改造工作。`, '于2019年6\n月底前'],
    ['inside a date', `${PLAN}于2019年6第2页共4页月底前完成网络改造工作。`, '于2019年6第2页共4页月底前'],
    ['inside a date in Chinese numerals', `${PLAN}于二〇一九年六第2页共4页月底前完成网络改造工作。`, '于二〇一九年六第2页共4页月底前'],
    ['spaced, with full-width digits', `${PLAN}于2019年6第 ２ 页 共 ４ 页月底前完成网络改造工作。`, '于2019年6第 ２ 页 共 ４ 页月底前'],
  ])('%s', (_name, body, expression) => {
    expect(records(body)).toEqual([{ expression, due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造工作' }]);
  });

  it('inside a unit name, quoted without it', () => {
    expect(records('按照全市统一部署,由县农业农第2页共4页村局牵头,于2019年6月底前完成秸秆综合利用规划。')).toEqual([
      { expression: '于2019年6月底前', due: '2019-06-30', lead: ['县农业农村局'], task: '完成秸秆综合利用规划' },
    ]);
  });

  // Not a marker: a page or a count the sentence itself names.
  it.each([
    ['各县(市、区)要于2019年6月底前完成网络改造,报送第2页所列材料。', '完成网络改造,报送第2页所列材料'],
    ['各县(市、区)要于2019年6月底前完成网络改造,材料共3页。', '完成网络改造,材料共3页'],
    ['各县(市、区)要于2019年6月底前完成网络改造,填写附表第2页共4项内容。', '完成网络改造,填写附表第2页共4项内容'],
  ])('keeps %s', (body, task) => {
    expect(records(body)).toEqual([{ expression: '于2019年6月底前', due: '2019-06-30', lead: ['各县(市、区)'], task }]);
  });

  it('maps a date across the marker back to the exact input', () => {
    const input = '于2019年6第 2 页 共 4 页月底前';
    const n = normalise(input);
    expect(n.text).toBe('于2019年6月底前');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });
});

// Real (OCR'd text): "l949年3月15日", "沿用l948年6月l5日的期号", "2000年l0月2日", "1928年l2月", "5月l5日单日入园人数",
// "2O25年O8月l5日", "聘任期间:2O25年7月1日至2O27年6月3O日" (audit-texts/damage1/04).
describe('a number OCR read with a letter for a digit', () => {
  it.each([
    ['各单位要于2O19年6月底前完成网络改造。', '于2O19年6月底前', '2019-06-30'],
    ['各单位要于20l9年6月底前完成网络改造。', '于20l9年6月底前', '2019-06-30'],
    ['各单位要于2019年l2月底前完成网络改造。', '于2019年l2月底前', '2019-12-31'],
    ['各单位要于2019年6月3O日前完成网络改造。', '于2019年6月3O日前', '2019-06-30'],
    ['各单位要于2019年6月l5日前完成网络改造。', '于2019年6月l5日前', '2019-06-15'],
    ['各单位要于2019年6月I5日前完成网络改造。', '于2019年6月I5日前', '2019-06-15'],
    ['各单位要于２Ｏ１９年６月底前完成网络改造。', '于２Ｏ１９年６月底前', '2019-06-30'],
  ])('%s', (body, expression, due) => {
    expect(records(body)).toEqual([{ expression, due, lead: ['各单位'], task: '完成网络改造' }]);
  });

  // Real: "2015年9月7曰上午10点左右发现的", "2015年10月15曰,在…被我局民警抓获" (OCR'd police records), "追求与移动互联网发展
  // 节奏一致的高质量用户体验。计划于2018年1月" / "31曰前完成系统上线。" (an OCR'd project paper), (audit-texts/damage1/06).
  it.each([
    ['各单位要于2019年6月30曰前完成网络改造。', '于2019年6月30曰前', '2019-06-30'],
    ['各单位要于2019年6月l5曰前完成网络改造。', '于2019年6月l5曰前', '2019-06-15'],
    ['各单位要于二〇一九年六月三十曰前完成网络改造。', '于二〇一九年六月三十曰前', '2019-06-30'],
    ['各单位要按照统一部署，做好各项准备工作，确保按期上线运行，于2019年6月\n30曰前完成网络改造。', '于2019年6月\n30曰前', '2019-06-30'],
  ])('曰 for 日: %s', (body, expression, due) => {
    expect(records(body)).toEqual([{ expression, due, lead: ['各单位'], task: '完成网络改造' }]);
  });

  it.each([
    ['子曰:学而时习之。各单位要于2019年6月30日前完成网络改造。'],
    ['一曰完善制度,二曰强化督查。各单位要于2019年6月30日前完成网络改造。'],
  ])('曰 after a name or a count says: %s', (body) => {
    expect(normalise(body).text).toContain('曰');
    expect(records(body)).toEqual([{ expression: '于2019年6月30日前', due: '2019-06-30', lead: ['各单位'], task: '完成网络改造' }]);
  });

  it.each([
    ['市财政局要在收到申请之日起l0个工作日内完成审核。', 'l0个工作日内'],
    ['市财政局要在收到申请之日起1O个工作日内完成审核。', '1O个工作日内'],
  ])('a period: %s', (body, expression) => {
    const [record] = extractText(gazetteDocument({ body }), 'damaged.txt').obligations;
    expect(record).toMatchObject({ expression, kind: 'sla', within: { days: 10, workdays: true }, lead: ['市财政局'] });
  });

  // Letters alone are no number ("IO月"), and a letter in a word beside digits is the word's.
  it('reads no month from letters alone', () => {
    expect(records('各单位要于2019年IO月底前完成网络改造。')).toEqual([]);
  });

  it.each([
    ['各单位要在Top10个项目中于2019年6月底前完成网络改造。', '完成网络改造'],
    ['各单位要于2019年6月底前完成Win10系统升级。', '完成Win10系统升级'],
    ['各单位要于2019年6月底前完成Vol1年报编制。', '完成Vol1年报编制'],
    ['各单位要于2019年6月底前完成PM2.5日均值监测。', '完成PM2.5日均值监测'],
    ['各单位要于2019年6月底前完成O2O平台建设。', '完成O2O平台建设'],
    ['各单位要于二O一九年六月底前完成网络改造。', '完成网络改造'],
  ])('keeps the word in %s', (body, task) => {
    const [record] = records(body);
    expect(record).toMatchObject({ due: '2019-06-30', task });
    expect(normalise(body).text).toContain(normalise(task).text);
  });
});

// Real: "省增补基本药物集中采购工作于本月中旬开始,计划于6月底前完成。</p>" (a health department's news page kept with its
// tags), "<p style=…>&nbsp;&nbsp;&nbsp;&nbsp;第三十一条 各级人民政府应当加强领导…</p>" (a regulation's page),
// "现金&nbsp;3个工作日内&nbsp;…<br />" (a travel agency's terms), "*&nbsp;报名时间截止到2008…" (audit-texts forms/07),
// "每年1月20日前&nbsp;后太阳到达黄经300°" (audit-texts/damage1/05).
describe('markup a page was copied with', () => {
  it.each([
    ['an entity inside a date', '各县(市、区)要于2019&nbsp;年6月30日前完成网络改造。', '于2019&nbsp;年6月30日前'],
    ['an entity before 前', '各县(市、区)要于2019年6月30日&ensp;前完成网络改造。', '于2019年6月30日&ensp;前'],
    ['a numbered entity', '各县(市、区)要于2019年6月&#12288;30日前完成网络改造。', '于2019年6月&#12288;30日前'],
    ['tags around the sentence', '<p style="text-indent:2em"><span>各县(市、区)要于2019年6月30日前完成网络改造。</span></p>', '于2019年6月30日前'],
    ['indenting entities', '<p>&nbsp;&nbsp;&nbsp;&nbsp;各县(市、区)要于2019年6月30日前完成网络改造。</p>', '于2019年6月30日前'],
    ['a tag inside the sentence', '各县(市、区)要于2019年6月30日前<br/>完成网络改造。', '于2019年6月30日前'],
  ])('%s', (_name, body, expression) => {
    expect(records(body)).toEqual([{ expression, due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造' }]);
  });

  it('reads a unit after a tag as the unit, and a paragraph per tagged line', () => {
    const body = [
      '<p>一、加快网络改造</p>',
      '<p>(一)网络改造。2019年6月底前完成全部改造任务。</p>',
      '<p>责任单位:市发展改革委、市财政局</p>',
      '<p>(二)资金保障。2019年9月底前完成资金拨付。</p>',
      '<p>责任单位:市财政局</p>',
      '<p>各县(市、区)要于2019年6月30日前完成网络改造。</p><p>市教育局要于2019年10月底前完成验收。</p>',
    ].join('\n');
    expect(records(body)).toEqual([
      { expression: '2019年6月底前', due: '2019-06-30', lead: ['市发展改革委'], task: '完成全部改造任务' },
      { expression: '2019年9月底前', due: '2019-09-30', lead: ['市财政局'], task: '完成资金拨付' },
      { expression: '于2019年6月30日前', due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造' },
      { expression: '于2019年10月底前', due: '2019-10-31', lead: ['市教育局'], task: '完成验收' },
    ]);
  });

  // A page's empty paragraph ("<p>&nbsp;</p>", a line of a zero-width space) is a blank line: it parts no item from its label.
  it.each([
    ['<p>&nbsp;</p>', '<p>&nbsp;</p>'],
    ['<p><br/></p>', '<p><br/></p>'],
    ['a zero-width space', '\u200b'],
    ['a soft hyphen and a space', '\u00ad '],
  ])('a line of %s is blank', (_name, blank) => {
    const item = ['(一)网络改造。2019年6月底前完成全部改造任务。', blank, '责任单位:市发展改革委、市财政局'].join('\n');
    expect(records(item)).toEqual([{ expression: '2019年6月底前', due: '2019-06-30', lead: ['市发展改革委'], task: '完成全部改造任务' }]);
    const cut = ['(三)加快网络改造。各县(市、区)要按照全市统一部署,于2019年6', blank, '月底前完成网络改造工作。'].join('\n');
    expect(records(cut)).toEqual([{ expression: '于2019年6\n月底前', due: '2019-06-30', lead: ['各县(市、区)'], task: '完成网络改造工作' }]);
  });

  // The text's own signs: a comparison, an ampersand, a tag name the list does not hold.
  it.each([
    ['增长率<5%的地区要于2019年9月底前完成整改。', '<5%'],
    ['各县(市、区)要于2019年9月底前完成改造&amp;验收。', '&amp;'],
    ['各县(市、区)要于2019年9月底前完成<pre>改造。', '<pre>'],
    ['各县(市、区)要于2019年9月底前完成改造&copy;。', '&copy;'],
  ])('keeps %s', (body, kept) => {
    expect(normalise(body).text).toContain(kept);
  });
});

// Real: text copied from a PDF that Word saved carries the Kangxi radical for the character it is drawn like (pdfbox gives
// ⽅ U+2F45 for 方, xobo.org; a preview app ⼯ U+2F2F beside 工, jisuxz; "⽹⻜" for 网飞, Kangxi and supplement radicals,
// cloud.tencent; "⽂⼑漢三", shanxinwen) (audit-texts/damage2 01-05).
describe('a radical a PDF gave for the character it is drawn like', () => {
  it.each([
    ['月 and 日', '各县(市、区)要于2019年6⽉30⽇前完成网络改造。', '于2019年6⽉30⽇前', '2019-06-30'],
    ['月 before 底', '各县(市、区)要于2019年6⽉底前完成网络改造。', '于2019年6⽉底前', '2019-06-30'],
    ['Chinese numerals', '各县(市、区)要于⼆〇⼀九年⼗⼆⽉底前完成网络改造。', '于⼆〇⼀九年⼗⼆⽉底前', '2019-12-31'],
  ])('%s', (_name, body, expression, due) => {
    expect(records(body)).toEqual([{ expression, due, lead: ['各县(市、区)'], task: '完成网络改造' }]);
  });

  it('a period in working days', () => {
    const [record] = extractText(gazetteDocument({ body: '县政务服务中心要在受理之⽇起10个⼯作⽇内办结。' }), 'damaged.txt').obligations;
    expect(record).toMatchObject({ expression: '10个⼯作⽇内', kind: 'sla', within: { days: 10, workdays: true }, lead: ['县政务服务中心'] });
  });

  it('names quoted with the characters, the expression as the input has it', () => {
    expect(records('⻓沙县⽂化⼴电和旅游局要于2019年6⽉底前完成规划编制(责任单位:县⽂化⼴电和旅游局、县财政局)。')).toEqual([
      { expression: '于2019年6⽉底前', due: '2019-06-30', lead: ['县文化广电和旅游局'], task: '完成规划编制' },
    ]);
    expect(records('⻓沙县⼈民政府要于2019年6⽉底前完成规划编制。')).toEqual([
      { expression: '于2019年6⽉底前', due: '2019-06-30', lead: ['长沙县人民政府'], task: '完成规划编制' },
    ]);
  });

  it('maps back to the exact input', () => {
    const input = '于2019年6⽉30⽇前';
    const n = normalise(input);
    expect(n.text).toBe('于2019年6月30日前');
    expect(input.slice(...originalSpan(n, 0, n.text.length))).toBe(input);
  });

  // A radical that writes only a part of a character (氵, 讠, 扌) stands for none and stays.
  it.each([['⺡'], ['⻈'], ['⺘']])('keeps %s', (radical) => {
    expect(normalise(`偏旁${radical}`).text).toBe(`偏旁${radical}`);
  });
});

// Real: a PDF's table copied one cell a line ("2026年1" / "月27日", "2026年1" / "月中旬", "2025年11" / "月"), OCR'd pages
// ("民国38年6月1" / "日,两淮盐务管理局规定", "1987年10" / "月,江苏省人民政府颁布…"), text wrapped in the middle of a period
// ("将在三个工" / "作日内发放", "在三个工" / "作日内通知乙方开税票", "会在3到7个工" / "作日内给您转账", "…2024年1" / "月1日的账面价值"),
// "从9月10日至9月" / "17日结束。" (a county notice), "计划于2018年1月" / "31曰前完成系统上线。" (audit-texts/damage2/06,
// assign4/03, damage1/06). A short line ending inside a date goes on in the next, whatever its length.
describe('a line break inside a date or a period, on a short line', () => {
  it.each([
    ['the month', '各县要于2019年6\n月底前完成网络改造。', '于2019年6\n月底前', '2019-06-30'],
    ['after the year', '各县要于2020年\n12月31日前完成网络改造。', '于2020年\n12月31日前', '2020-12-31'],
    ['before 年', '各县要于2019\n年6月底前完成网络改造。', '于2019\n年6月底前', '2019-06-30'],
    ['inside the year', '各县要于20\n19年6月底前完成网络改造。', '于20\n19年6月底前', '2019-06-30'],
    ['inside the day', '各县要于2019年6月3\n0日前完成网络改造。', '于2019年6月3\n0日前', '2019-06-30'],
    ['before 日', '各县要于2019年6月30\n日前完成网络改造。', '于2019年6月30\n日前', '2019-06-30'],
    ['after the month', '各县要于2019年6月\n30日前完成网络改造。', '于2019年6月\n30日前', '2019-06-30'],
    ['before 前', '各县要于2019年6月底\n前完成网络改造。', '于2019年6月底\n前', '2019-06-30'],
    ['before 底', '各县要于2019年\n底前完成网络改造。', '于2019年\n底前', '2019-12-31'],
    ['Chinese numerals', '各县要于二〇一九年六\n月底前完成网络改造。', '于二〇一九年六\n月底前', '2019-06-30'],
    ['an indented next line', '各县要于2019年6\n    月底前完成网络改造。', '于2019年6\n    月底前', '2019-06-30'],
    ['full-width digits', '各县要于２０１９年６\n月底前完成网络改造。', '于２０１９年６\n月底前', '2019-06-30'],
    ['上半年', '各县要于2019年上半\n年完成网络改造。', '于2019年上半\n年', '2019-06-30'],
    ['a quarter', '各县要于2019年第三季\n度完成网络改造。', '于2019年第三季\n度', '2019-09-30'],
  ])('%s', (_name, body, expression, due) => {
    expect(records(body)).toEqual([{ expression, due, lead: ['各县'], task: '完成网络改造' }]);
  });

  it.each([
    ['县政务服务中心要在受理之日起10个工\n作日内办结。', '10个工\n作日内'],
    ['县政务服务中心要在受理之日起10个\n工作日内办结。', '10个\n工作日内'],
    ['县政务服务中心要在受理之日起10\n个工作日内办结。', '10\n个工作日内'],
  ])('a period: %s', (body, expression) => {
    const [record] = extractText(gazetteDocument({ body }), 'damaged.txt').obligations;
    expect(record).toMatchObject({ expression, kind: 'sla', within: { days: 10, workdays: true }, lead: ['县政务服务中心'], task: '办结' });
  });

  // A line that is a whole date ("2023年5月13日" / "前几天…", "最終更新: 2026年5月17日" / "前任…", audit-texts/damage2/06) ends
  // there: a next line opening with 前 is a word of its own. Digits that are no year's part ("附件1" / "2020年…") stay apart.
  it.each([
    ['a date line over 前几天', '2019年5月13日\n前几天,各县要于2019年6月底前完成网络改造。', '于2019年6月底前'],
    ['a month line over 前期', '(一)2019年6月\n前期工作。各县要于2019年6月底前完成网络改造。', '于2019年6月底前'],
    ['an annex number over a year', '附件1\n2019年网络改造工作要点。各县要于2019年6月底前完成网络改造。', '于2019年6月底前'],
  ])('%s', (_name, body, expression) => {
    const found = records(body);
    expect(found.filter((r) => r.lead[0] === '各县').map((r) => r.expression)).toEqual([expression]);
    expect(found.filter((r) => r.expression.includes('\n'))).toEqual([]);
  });
});

// A bracket the author left open or whose closing the copy lost: it stops at its sentence's end or at the next opening of
// its kind, as authors' brackets do (1,801 of 1,803 closed brackets in the saved real pages close before their sentence's
// 。). Real: 潮州 2019 蓝天 "(市生态环境局、发展和改革局、工业和信息化局牵头督导,市公安局、…、应急管理局、" cut where the copy
// ended (audit-texts/subjects2/13), 绍兴 2021, 2023 "发布机构: 市政府办公室(研究室、机关事务局 成文日期: …" (zhejiang/09, 20).
describe('a bracket that never closes', () => {
  it.each([
    ['a sentence after it', '(三)加强宣传(市委宣传部牵头,各县配合。各县要于2019年6月底前完成宣传工作。', '于2019年6月底前', ['各县'], '完成宣传工作'],
    ['a full-width one', '(三)加强宣传（市委宣传部牵头，各县配合。各县要于2019年6月底前完成宣传工作。', '于2019年6月底前', ['各县'], '完成宣传工作'],
    ['the next opening bracket', '县财政局要加强监管(详见附件1,县住建局要于2019年6月底前完成整改(责任单位:县住建局)。', '于2019年6月底前', ['县住建局'], '完成整改'],
    ['a duty inside it', '根据《关于加强安全生产的通知》(某政发〔2018〕3号,各地要于2019年6月底前完成整改。', '于2019年6月底前', ['各地'], '完成整改'],
    ['a time in its sentence', '各乡镇要全面排查隐患(重点是学校、医院等场所,于2019年6月底前完成排查整治。', '于2019年6月底前', ['各乡镇'], '完成排查整治'],
  ])('%s', (_name, body, expression, lead, task) => {
    expect(records(body)).toEqual([{ expression, due: '2019-06-30', lead, task }]);
  });

  it('a label list left open at the end of its item', () => {
    const body = ['1.完成网络改造。(责任单位:县工信局,完成时限:2019年6月底前', '2.完成数据共享。(责任单位:县大数据局,完成时限:2019年9月底前)'].join('\n');
    expect(records(body)).toEqual([
      { expression: '2019年6月底前', due: '2019-06-30', lead: ['县工信局'], task: '完成网络改造' },
      { expression: '2019年9月底前', due: '2019-09-30', lead: ['县大数据局'], task: '完成数据共享' },
    ]);
  });

  // Left open right after a document's name, a date opening it dates the document; a time told as done is none.
  it.each([
    ['根据《关于加强安全生产的通知》(2018年6月30日印发,各县要加强整改。'],
    ['各县要加强监管(2019年6月底前已排查的除外,县住建局负责验收。'],
  ])('no record in %s', (body) => {
    expect(records(body)).toEqual([]);
  });

  // Closed brackets read as before: a date they hold in passing is a citation, an aside's date is no deadline.
  it.each([
    ['依据《关于加强安全生产的通知》(2019年6月30日)开展工作。'],
    ['根据《通知》(2018年6月30日印发)要求,各县要加强整改。'],
    ['各乡镇要全面排查隐患(2018年6月底前已排查的除外)。'],
  ])('keeps %s', (body) => {
    expect(records(body)).toEqual([]);
  });
});

// One date written in two hands: full-width and half-width digits, a zero of another script, a numeric date with the day's
// 日 or 号 after it as a date in words has it. Real (find_string, typed Chinese text): "2015.6.30日前充值免手续费",
// "该优惠券限2017.12.31日前使用有效", "在2013.8.31日前依然可以报名参加", "大概在2025.8.31日前推出全新的版本",
// "2018.5.31日前入职的员工" (audit-texts/damage2/08). "1.30日前的30日均线" is an item's number and a count of days.
describe('a date written in mixed forms', () => {
  it.each([
    ['full-width year, half-width month', '各县要于２０１９年6月３０日前完成网络改造。', '于２０１９年6月３０日前', '2019-06-30'],
    ['a full-width month', '各县要于2019年６月30日前完成网络改造。', '于2019年６月30日前', '2019-06-30'],
    ['a year of both widths', '各县要于２０19年6月底前完成网络改造。', '于２０19年6月底前', '2019-06-30'],
    ['○ for 〇', '各县要于二○一九年六月三十日前完成网络改造。', '于二○一九年六月三十日前', '2019-06-30'],
    ['a full-width O for 〇', '各县要于二Ｏ一九年六月底前完成网络改造。', '于二Ｏ一九年六月底前', '2019-06-30'],
    ['零 for 〇', '各县要于二零一九年六月底前完成网络改造。', '于二零一九年六月底前', '2019-06-30'],
    ['spaced digits', '各县要于2 0 1 9 年 6 月 3 0 日前完成网络改造。', '于2 0 1 9 年 6 月 3 0 日前', '2019-06-30'],
    ['a numeric date with 日', '各县要于2019.6.30日前完成网络改造。', '2019.6.30日前', '2019-06-30'],
    ['a numeric date with 号', '各县要于2019.6.30号前完成网络改造。', '2019.6.30号前', '2019-06-30'],
    ['a dashed date with 日', '各县要于2019-06-30日前完成网络改造。', '2019-06-30日前', '2019-06-30'],
    ['full-width dots', '各县要于2019．6．30前完成网络改造。', '2019．6．30前', '2019-06-30'],
  ])('%s', (_name, body, expression, due) => {
    expect(records(body)).toEqual([{ expression, due, lead: ['各县'], task: '完成网络改造' }]);
  });

  // No year before the dots: an item's number before a count of days, not a month and a day.
  it.each([['1.30日前完成申报。'], ['2.6月底前完成清收。各县要加强督导。']])('reads no numeric date in %s', (body) => {
    expect(records(body).filter((r) => r.expression.includes('.'))).toEqual([]);
  });

  it('an invalid day is no date', () => {
    expect(records('各县要于2019.4.31日前完成网络改造。')).toEqual([]);
  });
});

// Real: "坚持“以疏为主、疏导结合〞的工作原那么" (a county's 秸秆禁烧 plan reposted on a document-sharing site, audit-texts
// units-scope/34), "秉承“品质第一，互利共赢〞的经营理念", "受检者“无病症〞的项目", "“热点〞的数据", "缓存被“步穿〞的问题", "基于“科技和
// 金融结合试点〞的经验证据" (find_string), "〝IP位置〞与〝網址〞", "變更帳號〝aaa〞的密碼" (audit-texts/damage2/11): a converter's double
// prime 〞 closes the quote ” would, 〝 opens it.
describe('double primes for double quotes', () => {
  it.each([
    ['a clause after the quote', '坚持“以疏为主、疏导结合〞的工作原则,各乡镇要于2019年6月底前完成秸秆禁烧巡查。', '于2019年6月底前', ['各乡镇'], '完成秸秆禁烧巡查'],
    ['both primes', '深化〝放管服〞改革,县政务服务中心要于2019年6月底前完成窗口整合。', '于2019年6月底前', ['县政务服务中心'], '完成窗口整合'],
    ['a quote before the date', '各县要开展“清河行动〞,于2019年6月底前完成河道清理。', '于2019年6月底前', ['各县'], '完成河道清理'],
  ])('%s', (_name, body, expression, lead, task) => {
    expect(records(body)).toEqual([{ expression, due: '2019-06-30', lead, task }]);
  });

  it('a period named in the quote is a name, as in quotes', () => {
    const named = records('深化“最多80天〞改革,各县要于2019年6月底前完成改革方案。');
    expect(named.map((r) => r.expression)).toEqual(['于2019年6月底前']);
  });

  it('maps back to the exact input', () => {
    const input = '“清河行动〞';
    expect(normalise(input).text).toBe('“清河行动”');
  });
});
