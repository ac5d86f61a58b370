import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { normaliseDocNumber, splitGazette } from '../../src/gazette/split.ts';

const lines = (text: string) => text.split('\n');

describe('normaliseDocNumber', () => {
  it.each([
    ['浙政发[2017]31 号', '浙政发〔2017〕31号'],
    ['浙政办发〔2018〕30 号', '浙政办发〔2018〕30号'],
    ['浙政办发 〔2018〕 30 号', '浙政办发〔2018〕30号'],
    ['浙发改(2019)12号', '浙发改〔2019〕12号'],
    ['浙发改（2019）12号', '浙发改〔2019〕12号'],
    ['浙财建［2016］7号', '浙财建〔2016〕7号'],
    ['## 绍政发〔2015〕13号', '绍政发〔2015〕13号'],
    ['财会【2019】6号', '财会〔2019〕6号'],
    // A copy in traditional characters or full-width figures prints the issuer's number: one document, one number.
    ['武政辦〔2019〕1號', '武政办〔2019〕1号'],
    ['滬府發〔2017〕92號', '沪府发〔2017〕92号'],
    ['盤政辦發〔2021〕1號', '盘政办发〔2021〕1号'],
    ['穗府〔2015〕5號', '穗府〔2015〕5号'],
    ['浙政办发〔２０１８〕３０号', '浙政办发〔2018〕30号'],
    ['某政发（２０１９）８号', '某政发〔2019〕8号'],
    // Negatives: what is no traditional form stays as written.
    ['黔府发〔2018〕第7号', '黔府发〔2018〕第7号'],
    ['某发改环资〔2019〕108号', '某发改环资〔2019〕108号'],
  ])('%s → %s', (raw, number) => expect(normaliseDocNumber(raw)).toBe(number));
});

// A gazette's front matter and table of contents, then two documents.
const GAZETTE = `浙江省人民政府公报

2018年第12期

目  录

浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知(浙政办发〔2018〕30 号) ..... (3)
浙江省发展和改革委员会关于做好能源统计工作的通知(浙发改[2019] 12号) ..... (8)

浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知

浙政办发〔2018〕30 号

各市、县(市、区)人民政府,省政府直属各单位:

《2018年数据共享工作要点》已经省政府同意,现印发给你们,请认真贯彻执行。

浙江省人民政府办公厅

2018 年 3 月 20 日

2018年数据共享工作要点

一、2018年6月底前完成全省数据共享平台建设。

浙江省发展和改革委员会关于做好能源统计工作的通知

浙发改[2019] 12号

各市、县(市、区)发展改革委:

各地每月5日前报送上月能源消费数据。

浙江省发展和改革委员会

2019年1月8日
`;

/** 1-based line of the first line of `text` that is exactly `line`. */
const lineOf = (text: string, line: string) => lines(text).indexOf(line) + 1;

describe('splitGazette', () => {
  const docs = splitGazette(lines(GAZETTE));

  it('finds each document once, not its table-of-contents entry', () => {
    expect(docs).toHaveLength(2);
  });

  it('reads each document’s heading facts', () => {
    expect(docs[0]).toMatchObject({
      number: '浙政办发〔2018〕30号',
      title: '浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知',
      issuer: '浙江省人民政府办公厅',
      issued: '2018-03-20',
      firstLine: lineOf(GAZETTE, '浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知'),
      numberLine: lineOf(GAZETTE, '浙政办发〔2018〕30 号'),
    });
    expect(docs[1]).toMatchObject({
      number: '浙发改〔2019〕12号',
      title: '浙江省发展和改革委员会关于做好能源统计工作的通知',
      issuer: '浙江省发展和改革委员会',
      issued: '2019-01-08',
      firstLine: lineOf(GAZETTE, '浙江省发展和改革委员会关于做好能源统计工作的通知'),
      numberLine: lineOf(GAZETTE, '浙发改[2019] 12号'),
    });
  });

  it('gives a forwarded plan to the notice above it, with the notice’s date', () => {
    const planLine = lineOf(GAZETTE, '一、2018年6月底前完成全省数据共享平台建设。');
    expect(planLine).toBeGreaterThan(docs[0].numberLine!);
    expect(planLine).toBeLessThanOrEqual(docs[0].lastLine);
    expect(docs[0].lastLine).toBe(docs[1].firstLine - 1);
  });

  it('lets the last document run to the end of the text', () => {
    expect(docs[1].lastLine).toBeGreaterThanOrEqual(lineOf(GAZETTE, '2019年1月8日'));
  });

  it('reads Markdown headings, an issuer heading apart from its 关于 title, and a spaced 文号', () => {
    const markdown = `# 浙江省人民政府公报

## 目 录

- 浙江省人民政府关于加快发展养老服务业的意见(浙政发[2017]31 号) ..... (3)

# 浙江省人民政府

## 关于加快发展养老服务业的意见

浙政发[2017]31 号

各市、县(市、区)人民政府:

到2020年全面建成养老服务体系。

浙江省人民政府

2017 年 8 月 2 日
`;
    const [doc, ...rest] = splitGazette(lines(markdown));
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      number: '浙政发〔2017〕31号',
      title: '浙江省人民政府关于加快发展养老服务业的意见',
      issuer: '浙江省人民政府',
      issued: '2017-08-02',
      firstLine: 7,
      numberLine: 11,
    });
  });

  it('reads a Markdown title on one heading with full-width brackets in its 文号', () => {
    const markdown = `# 浙江省人民政府办公厅关于加强高层建筑消防安全综合治理的意见

浙政办发［2018］42 号

2019 年底前完成改造。

浙江省人民政府办公厅

2018 年 4 月 14 日
`;
    expect(splitGazette(lines(markdown))).toEqual([
      expect.objectContaining({
        number: '浙政办发〔2018〕42号',
        title: '浙江省人民政府办公厅关于加强高层建筑消防安全综合治理的意见',
        issued: '2018-04-14',
        firstLine: 1,
        numberLine: 3,
      }),
    ]);
  });

  it('takes a text with no 文号 and no contents as one document', () => {
    const single = `

绍兴市人民政府关于进一步加强安全生产工作的意见

各区、县(市)人民政府:

2015年6月底前完成隐患排查。

绍兴市人民政府

2015年3月5日
`;
    const docs = splitGazette(lines(single));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      number: '',
      title: '绍兴市人民政府关于进一步加强安全生产工作的意见',
      issuer: '绍兴市人民政府',
      issued: '2015-03-05',
      firstLine: 3,
      numberLine: null,
      lastLine: lines(single).length,
    });
  });

  it('has no issued date for a document that shows none', () => {
    const [doc] = splitGazette(lines('某某县人民政府关于做好防汛工作的通知\n\n某政发〔2016〕3号\n\n各乡镇要在6月底前完成排查。\n'));
    expect(doc.issued).toBeNull();
    expect(doc.issuer).toBe('某某县人民政府');
  });
});

describe('red-header documents and labelled numbers', () => {
  it.each([
    ['a title over two lines under its issuer', '某某市人民政府文件\n某政发〔2023〕9号\n某某市人民政府\n关于印发某某市优化营商环境\n若干措施的通知\n各县市区人民政府:\n一、4月底前完成。', '某某市人民政府关于印发某某市优化营商环境若干措施的通知'],
    // Negative: a title that has named its kind of document takes no more lines.
    ['a one-line title over a line that is no title', '某某市人民政府文件\n某政发〔2023〕9号\n某某市人民政府关于做好防汛工作的通知\n全市防汛工作会议精神\n各县市区人民政府:\n一、4月底前完成。', '某某市人民政府关于做好防汛工作的通知'],
  ])('%s', (_name, text, title) => expect(splitGazette(lines(text))[0].title).toBe(title));

  it('takes the title from below the 文号 when a "…文件" header stands above it', () => {
    const [doc] = splitGazette(
      lines('浙江省人民政府文件\n\n浙政发〔2018〕48号\n\n浙江省人民政府关于印发2019年工作要点的通知\n\n正文。\n\n浙江省人民政府\n\n2019年1月2日\n'),
    );
    expect(doc).toMatchObject({ number: '浙政发〔2018〕48号', title: '浙江省人民政府关于印发2019年工作要点的通知', issued: '2019-01-02', firstLine: 1 });
  });

  it('reads a 文号 behind a label such as 发文字号', () => {
    const [doc] = splitGazette(lines('关于做好2019年工作的通知\n\n发文字号：杭政办〔2019〕3号\n\n二〇一九年一月五日\n'));
    expect(doc).toMatchObject({ number: '杭政办〔2019〕3号', title: '关于做好2019年工作的通知', issued: '2019-01-05' });
  });
});

describe('a web copy’s heading: pinyin readings, quoted titles, page furniture', () => {
  it.each([
    ['a reading after 號', '某省人民政府辦公廳關於做好春耕工作的通知\n閩辦函〔2016〕12號(hào)\n正文。', '闽办函〔2016〕12号', '某省人民政府辦公廳關於做好春耕工作的通知'],
    ['readings inside the title', '某市人民政府辦公室關於印發(fā)防汛方案的通知\n某政辦〔2019〕7號\n正文。', '某政办〔2019〕7号', '某市人民政府辦公室關於印發防汛方案的通知'],
    ['a title quoted whole', '《某县人民政府关于开展清查工作的通知》\n某政发〔2020〕3号\n正文。', '某政发〔2020〕3号', '某县人民政府关于开展清查工作的通知'],
    ['a page’s counter line between title and 文号', '某县人民政府关于开展清查工作的通知\n時間:2020年09月15日 點擊次數:1346\n某政发〔2020〕3号\n正文。', '某政发〔2020〕3号', '某县人民政府关于开展清查工作的通知'],
  ])('%s', (_name, text, number, title) => {
    const [doc] = splitGazette(lines(text));
    expect(doc).toMatchObject({ number, title });
  });

  it.each([
    ['a title that cites others keeps their 《》', '关于印发《甲办法》和《乙办法》的通知\n某政发〔2020〕3号\n正文。', '关于印发《甲办法》和《乙办法》的通知'],
    ['a title that ends on a quoted plan keeps it', '《某市2019年工作要点》责任分工\n某政发〔2020〕3号\n正文。', '《某市2019年工作要点》责任分工'],
  ])('%s', (_name, text, title) => {
    expect(splitGazette(lines(text))[0].title).toBe(title);
  });

  it.each([
    ['a 文号 that lost its 号', '治政办发[2012] 6\n各村:\n正文。'],
    ['a 文号 in full-width brackets without 号', '某办函（2015）54\n各市:\n正文。'],
  ])('never takes %s for a title', (_name, text) => {
    expect(splitGazette(lines(text))[0].title).toBe('');
  });
});

describe('a web copy’s metadata block and a title carrying its 文号', () => {
  it.each([
    ['labelled lines', '索引号:0001/2019-01 文号:某政办发〔2019〕5号\n名称:某县人民政府办公室关于做好春耕工作的通知\n发文日期:2019年03月02日\n各乡镇:\n正文。', { number: '某政办发〔2019〕5号', title: '某县人民政府办公室关于做好春耕工作的通知', issued: '2019-03-02' }],
    ['letter-spaced labels', '索 引 号 : 0001/2019-01 文       号 : 某政办发〔2019〕5号\n名       称: 某县关于做好春耕工作的通知 发布日期: 2019年03月18日\n正文。', { number: '某政办发〔2019〕5号', title: '某县关于做好春耕工作的通知', issued: null }],
    ['a pipe table', '索 引 号: | 0001/2019-01 | 信息分类: | |\n文 号: | 某府办发〔2019〕10号 | 是否有效: | |\n名 称: | 某市人民政府办公室关于印发某方案的通知 |\n正文。', { number: '某府办发〔2019〕10号', title: '某市人民政府办公室关于印发某方案的通知' }],
    ['a law database\'s 发布文号', '某市政府关于分解落实目标任务的通知\n2020年07月23日06:05:59\n发布部门: 某市人民政府\n发布文号: 某政发[2006]275号\n正文。', { number: '某政发〔2006〕275号', issued: null }],
    ['a pipe table in traditional characters', '文號: | 某政辦函〔2024〕4號 | 成文日期: | 2024-02-04 |\n正文。', { number: '某政办函〔2024〕4号', issued: '2024-02-04' }],
    ['a legal database’s block (its 公布日期 is no signed date)', '某市关于规范议题的通知文章属性•【制定机关】某市人民政府•【公布日期】2011.04.29•【字号】某政办发[2011]32号•【施行日期】2011.04.29\n正文。', { number: '某政办发〔2011〕32号', issued: null }],
    ['a title with its 文号 in brackets', '• 生成日期:2021-03-23\n2021年全县重点工作任务(某政发〔2021〕2号)\n来源:某县政府 2021-03-23\n各乡镇:\n一、3月15日前报送。', { number: '某政发〔2021〕2号', title: '2021年全县重点工作任务', issued: null, bodyLine: 3 }],
    ['a 文号 in brackets under its title', '某市人民政府关于分解落实目标任务的通知\n(某政发[2007]23号)\n各部门:\n正文。', { number: '某政发〔2007〕23号', title: '某市人民政府关于分解落实目标任务的通知', numberLine: 2 }],
    ['a title naming the text it issues, with its 文号 in brackets', '归档时间:2018-11-21\n中共某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(某办发〔2017〕2号)\n来源:某市政府门户网 日期:2017-01-12 17:08\n各县市区委、人民政府:\n一、6月底前完成。', { number: '某办发〔2017〕2号', title: '中共某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知', bodyLine: 3 }],
    ['a 文件编号 label', '索引号: 0001/2021-121563 成文日期: 2021-03-24\n文件编号: 某政办发〔2021〕3号 统一编号:\n\n关于印发2021年政府工作报告重点工作责任分解的通知\n各县:\n一、6月底前完成。', { number: '某政办发〔2021〕3号', title: '关于印发2021年政府工作报告重点工作责任分解的通知', issued: '2021-03-24' }],
    ['a letter-spaced label with no colon after another value', '索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 某政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n各街道办事处:\n一、6月底前完成。', { number: '某政办〔2023〕1号' }],
    ['a title with its 文号 in square brackets', '某市人民政府关于做好防汛工作的通知(某政发[2019]8号)\n各乡镇:\n一、6月底前完成。', { number: '某政发〔2019〕8号', title: '某市人民政府关于做好防汛工作的通知' }],
    ['a title with its 文号 in lenticular brackets', '某市人民政府关于做好防汛工作的通知(某政发【2019】8号)\n各乡镇:\n一、6月底前完成。', { number: '某政发〔2019〕8号', title: '某市人民政府关于做好防汛工作的通知' }],
    ['a label before a 文号 in lenticular brackets', '发文字号:财会【2019】6号\n财政部关于修订印发一般企业财务报表格式的通知\n各省:\n一、6月底前完成。', { number: '财会〔2019〕6号' }],
    ['a 文号 line in lenticular brackets', '财政部关于修订印发一般企业财务报表格式的通知\n财会【2019】6号\n各省:\n一、6月底前完成。', { number: '财会〔2019〕6号', title: '财政部关于修订印发一般企业财务报表格式的通知' }],
  ])('%s', (_name, text, expected) => {
    expect(splitGazette(lines(text))[0]).toMatchObject(expected);
  });

  it.each([
    ['a 文号 cited in a sentence', '各乡镇:\n根据《某办法》(某政发〔2019〕3号)要求,6月底前完成。'],
    ['a 文号 cited after a quoted title', '各乡镇:\n《某县防汛预案》(某政发〔2019〕3号)\n6月底前完成。'],
    ['a label inside a word', '一、本项工作以文号为准。\n二、某政发〔2019〕3号文件继续执行。'],
    ['a number after 文号 inside a sentence', '各乡镇:\n请对照本单位收文 文号 某政发〔2019〕3号,6月底前完成。'],
    ['a 文号 in square brackets cited after a title that is a sentence', '各乡镇:\n按照某市关于做好防汛工作的通知(某政发[2019]8号),6月底前完成。'],
  ])('takes no 文号 from %s', (_name, text) => {
    expect(splitGazette(lines(text))[0].number).toBe('');
  });
});

describe('a copy that lost its title line', () => {
  it.each([
    ['a 文号 opening the text, its issuer and a title over three lines below it, in traditional characters', '懷政辦發〔2023〕9號\n\n懷化市人民政府辦公室\n\n關于印發《懷化市貫徹落實〈關于打好經濟\n\n增長主動仗實現經濟運行整體好轉的若干\n\n政策措施〉實施方案》的通知\n\n各縣市區人民政府:\n一、4月底前完成。', '懷化市人民政府辦公室關于印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知'],
    ['a 文号 opening the text, its title below it', '某发改办〔2009〕12号\n某市发展和改革委员会\n关于做好建议提案办理工作的通知\n各科室:\n一、3个月内办复。', '某市发展和改革委员会关于做好建议提案办理工作的通知'],
    ['a notice issuing one plan', '各行政村:\n现将《某镇2017年度安全生产工作计划》印发给你们,请遵照执行。\n二〇一七年二月二十四日\n一、1月份完成。', '某镇2017年度安全生产工作计划'],
    ['a plan approved, then issued', '各部门:\n《某县2020年重点工作责任分解》已经县政府同意,现印发给你们。\n一、6月底前完成。', '某县2020年重点工作责任分解'],
    ['a 文号 opening the text over a notice that issues a plan', '某办函〔2015〕54号\n各市:\n经省政府同意,现将《2015年某某工作推进方案》印发你们。\n一、6月底前完成。', '2015年某某工作推进方案'],
  ])('%s', (_name, text, title) => {
    expect(splitGazette(lines(text))[0].title).toBe(title);
  });

  it.each([
    ['a report it only breaks down', '各部门:\n现将《政府工作报告》提出的重点工作任务予以分解。\n一、6月底前完成。'],
    ['two plans issued at once', '各部门:\n《甲方案》和《乙方案》已经市政府同意,现印发给你们。\n一、6月底前完成。'],
    ['a rule it cites', '各部门:\n根据《某某办法》要求,现通知如下。\n一、6月底前完成。'],
    ['a 文号 over its addressees', '某办函〔2015〕54号\n各市:\n一、6月底前完成。'],
  ])('takes no title from %s', (_name, text) => {
    expect(splitGazette(lines(text))[0].title).toBe('');
  });
});

describe('a 文号 whose 号 was lost in copying', () => {
  it('is still the 文号 line under its title', () => {
    const [doc] = splitGazette(lines('关于开展村庄清洁活动的通知\n来源:某镇 2012-03-28\n\n某镇办发[2012] 6\n\n各村:\n3月底前完成。'));
    expect(doc).toMatchObject({ number: '某镇办发〔2012〕6', title: '关于开展村庄清洁活动的通知', numberLine: 4 });
  });

  it.each([
    ['a line citing a 文号 as a file', '各村:\n某政发〔2012〕6号文件\n3月底前完成。'],
    ['a count after a bracketed year', '各村:\n清理垃圾(2012)6处以上\n3月底前完成。'],
  ])('is not %s', (_name, text) => {
    expect(splitGazette(lines(text))[0].numberLine).toBeNull();
  });
});

describe('a web copy\'s title: a column label before it, the salutation run into it', () => {
  it.each([
    ['a column label with a colon', '政策解读:某县2021年防汛工作实施方案\n各乡镇:\n正文。', '某县2021年防汛工作实施方案'],
    ['a column label in 【】', '【政策解读】某县人民政府关于加强防汛工作的通知\n正文。', '某县人民政府关于加强防汛工作的通知'],
    ['the medium of a reading in 【】 before the title', '【文字解读】某县人民政府办公室关于印发《某县农业专项资金管理办法》的通知\n为什么要有这个规定?\n正文。', '某县人民政府办公室关于印发《某县农业专项资金管理办法》的通知'],
    ['an audio reading before a plan', '【音频解读】某区清洁家园行动方案\n一、工作背景\n正文。', '某区清洁家园行动方案'],
    ['the medium of a reading in 【】 after the title', '某省新型储能实施方案【文字解读】\n一、出台背景\n正文。', '某省新型储能实施方案'],
    ['a reading in 【】 before a title that is a reading', '【图文解读】《某县防汛工作方案》政策解读\n正文。', '《某县防汛工作方案》政策解读'],
    ['the column a site files the title under, in 【】 (滁州 2020)', '【市政府重点工作及责任分解】某市人民政府关于2020年市政府重点工作及责任分解的通知\n发布时间:2020-02-03 17:29\n正文。', '某市人民政府关于2020年市政府重点工作及责任分解的通知'],
    // Negatives: 【】 before what is no whole title without it, and a bracket inside the title.
    ['a name in 【】 before a title that needs it', '【清风行动】实施方案\n正文。', '【清风行动】实施方案'],
    ['解读 in 【】 inside a title', '某县【政策解读】工作规范\n正文。', '某县【政策解读】工作规范'],
    ['a salutation run into the title', '某县人民政府办公室关于做好防汛工作的通知各乡镇人民政府,县直各部门:\n正文。', '某县人民政府办公室关于做好防汛工作的通知'],
    ['a plan named inside the title before its kind', '某县人民政府关于印发防汛工作方案的通知各乡镇人民政府:\n正文。', '某县人民政府关于印发防汛工作方案的通知'],
    // Negatives: a title that only holds 解读 further in, and a salutation on its own line.
    ['解读 inside a title', '关于政策解读工作的通知\n正文。', '关于政策解读工作的通知'],
    ['a salutation on its own line', '某县人民政府关于加强防汛工作的通知\n各乡镇人民政府,县直各部门:\n正文。', '某县人民政府关于加强防汛工作的通知'],
  ])('%s', (_name, text, title) => expect(splitGazette(lines(text))[0].title).toBe(title));

  it('a sentence ending in a colon is no title with addressees', () => {
    expect(splitGazette(lines('根据县政府的通知要求,现将有关事项通知如下:\n一、6月底前完成。'))[0].title).toBe('');
  });
});

describe('a metadata block above the 文号 holds no title', () => {
  it('walks over the block to the plan the notice issues', () => {
    const text = '发文机关:某省人民政府\n发布日期:2018年03月27\n时效性:现行有效\n文号:某政发〔2018〕13号\n各市人民政府:\n现将《某省居民增收实施方案》印发给你们,请认真组织实施。\n一、6月底前完成。';
    expect(splitGazette(lines(text))[0]).toMatchObject({ number: '某政发〔2018〕13号', title: '某省居民增收实施方案' });
  });
  it('walks over a registration code above the 文号 to the title', () => {
    const text = '某市人民政府办公室关于印发某实施方案的通知\n发布时间:2023-03-15 09:28 信息来源:某市人民政府办公室\nHHCR-2023-01005\n某政办发〔2023〕9号\n各县市区人民政府:\n一、6月底前完成。';
    expect(splitGazette(lines(text))[0]).toMatchObject({ number: '某政办发〔2023〕9号', title: '某市人民政府办公室关于印发某实施方案的通知' });
  });
  it('walks over a page number in figures above the 文号', () => {
    const text = '某县人民政府关于做好春耕工作的通知\n— 12 —\n某政发〔2018〕13号\n正文。';
    expect(splitGazette(lines(text))[0].title).toBe('某县人民政府关于做好春耕工作的通知');
  });
  // Negative: a title line above the 文号 is still the title.
  it('keeps a title standing right above the 文号', () => {
    const text = '发布日期:2018年03月27\n某省人民政府关于做好春耕工作的通知\n某政发〔2018〕13号\n正文。';
    expect(splitGazette(lines(text))[0].title).toBe('某省人民政府关于做好春耕工作的通知');
  });
});

describe('orders and announcements: a serial under the issuer’s 令 or 公告 is the number', () => {
  const gazette = [
    '浙江省人民政府公报',
    '目 录',
    '浙江省河道管理办法(省政府令第375号) (3)',
    '浙江省人民政府关于做好防汛工作的通知(浙政发〔2019〕8号) (9)',
    '',
    '浙江省人民政府令',
    '',
    '第 375 号',
    '',
    '《浙江省河道管理办法》已经省人民政府第20次常务会议审议通过,现予公布,自2019年7月1日起施行。',
    '省长 袁家军',
    '2019年5月20日',
    '浙江省河道管理办法',
    '第三条 河道管理单位应当每年3月31日前报送上一年度管理报告。',
    '',
    '浙江省人民政府关于做好防汛工作的通知',
    '浙政发〔2019〕8号',
    '各市、县(市、区)人民政府:',
    '各地要于4月15日前完成汛前检查。',
    '浙江省人民政府',
    '2019年4月2日',
  ].join('\n');
  const docs = splitGazette(lines(gazette));

  it('an order opening a gazette is a document of its own, not front matter', () => {
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({
      number: '浙江省人民政府令第375号',
      title: '浙江省河道管理办法',
      issuer: '浙江省人民政府',
      issued: '2019-05-20',
      firstLine: lineOf(gazette, '浙江省人民政府令'),
      numberLine: lineOf(gazette, '第 375 号'),
    });
    expect(docs[0].lastLine).toBe(lineOf(gazette, '浙江省人民政府关于做好防汛工作的通知') - 1);
    expect(docs[1]).toMatchObject({ number: '浙政发〔2019〕8号', issued: '2019-04-02' });
  });

  it('gives the order’s duties to the order, dated by its signature', () => {
    const duties = extractText(gazette, 'gazette.txt').obligations;
    expect(duties.map((d) => [d.expression, d.doc.number, d.doc.issued])).toEqual([
      ['每年3月31日前', '浙江省人民政府令第375号', '2019-05-20'],
      ['于4月15日前', '浙政发〔2019〕8号', '2019-04-02'],
    ]);
  });

  it.each([
    [
      'a serial below its heading, the text named by its promulgation',
      '内蒙古自治区人民政府令\n第82号\n《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。\n自治区主席 乌力吉\n1997年7月23日\n第一条 6月底前完成。',
      { number: '内蒙古自治区人民政府令第82号', title: '内蒙古自治区村庄和集镇规划建设管理实施办法', issued: '1997-07-23' },
    ],
    [
      'an announcement: 现公布《…》',
      '德宏州人民政府办公室公告\n\n第8号\n\n现公布《德宏州州级储备菜籽油管理办法(试行)》,自2008年10月1日起施行。\n\n二○○八年九月二十八日\n第一条 正文。',
      { number: '德宏州人民政府办公室公告第8号', title: '德宏州州级储备菜籽油管理办法(试行)', issuer: '德宏州人民政府办公室', issued: '2008-09-28' },
    ],
    [
      'heading and serial on one line under the title',
      '郑州市国有土地使用权出让招标拍卖实施办法\n郑州市人民政府令第101号\n2002年3月29日市人民政府第5次常务会议审议通过,现予发布,自2002年4月1日起施行。\n2002年3月29日\n第一条 正文。',
      { number: '郑州市人民政府令第101号', title: '郑州市国有土地使用权出让招标拍卖实施办法', issued: '2002-03-29' },
    ],
    [
      'a year in brackets before the serial',
      '河北省人工影响天气管理规定\n政府令〔2010〕第15号\n《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。\n省长\n二○一○年十二月二十五日\n第一条 正文。',
      { number: '政府令〔2010〕第15号', title: '河北省人工影响天气管理规定', issued: '2010-12-25' },
    ],
    [
      'a year with 年 before the serial, in brackets under the title',
      '某市城市绿化管理规定\n(某市人民政府令2019年第3号)\n第一条 正文。',
      { number: '某市人民政府令2019年第3号', title: '某市城市绿化管理规定' },
    ],
  ])('%s', (_name, text, facts) => {
    const found = splitGazette(lines(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(facts);
  });

  // Negatives: a serial with no order's heading above it, a contents entry, an issue number.
  it.each([
    ['a bare serial under a body line', '某县人民政府关于做好防汛工作的通知\n各乡镇:\n请于6月底前完成。\n第8号\n附件。'],
    ['a serial under a heading that is no order', '会议纪要\n第8号\n请于6月底前完成。'],
    ['an order cited in a contents entry', '目 录\n浙江省河道管理办法(省政府令第375号) (3)\n请于6月底前完成。'],
    ['an issue number', '浙江省人民政府公报\n第25期(总第1174期)\n请于6月底前完成。'],
    ['an order cited in a sentence', '根据《浙江省河道管理办法》(省政府令第375号),各地要于6月底前完成。'],
  ])('%s is no document start', (_name, text) => {
    const found = splitGazette(lines(text));
    expect(found).toHaveLength(1);
    expect(found[0].number).toBe('');
  });
});

describe('a 文号 as issuers and copies print it: 第 before the serial, other brackets, the signer on its line', () => {
  const notice = (numberLine: string) => `某县人民政府关于做好防汛工作的通知\n${numberLine}\n各乡镇人民政府:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日`;
  it.each([
    ['第 before the serial', '某政发〔2019〕第8号', '某政发〔2019〕第8号'],
    ['第 and square brackets', '某政发[2019]第8号', '某政发〔2019〕第8号'],
    ['第 with spaces round the serial', '某律函字〔2024〕第 001 号', '某律函字〔2024〕第001号'],
    ['small brackets ﹝﹞', '某政发﹝2019﹞8号', '某政发〔2019〕8号'],
    ['white lenticular brackets 〖〗', '某政发〖2019〗8号', '某政发〔2019〕8号'],
    ['the signer at the right', '某政发〔2019〕8号          签发人:张三', '某政发〔2019〕8号'],
    ['the signer after full-width spaces and colon', '某政发〔2019〕8号　　　签发人：张三　李四', '某政发〔2019〕8号'],
  ])('%s', (_name, numberLine, number) => {
    const [doc, ...rest] = splitGazette(lines(notice(numberLine)));
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({ number, title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02', numberLine: 2 });
  });

  it('reads the title below a red header past the signer', () => {
    for (const header of ['某县人民政府文件\n某政发〔2019〕8号          签发人:张三', '某县人民政府文件\n某政发〔2019〕8号\n签发人:张三']) {
      const [doc] = splitGazette(lines(`${header}\n某县人民政府关于做好防汛工作的通知\n各乡镇:\n各乡镇要于6月底前完成排查。\n某县人民政府\n2019年4月2日`));
      expect(doc).toMatchObject({ number: '某政发〔2019〕8号', title: '某县人民政府关于做好防汛工作的通知', issued: '2019-04-02' });
    }
  });

  it('still reads an order’s serial with a year in brackets as the order’s', () => {
    const [doc] = splitGazette(lines('某省人工影响天气管理规定\n政府令〔2010〕第15号\n《某省人工影响天气管理规定》已经省政府常务会议通过,现予公布。\n二○一○年十二月二十五日\n第一条 正文。'));
    expect(doc).toMatchObject({ number: '政府令〔2010〕第15号', title: '某省人工影响天气管理规定' });
  });

  // Negatives: such a number cited in a sentence or a list, and a signer line with no number above it.
  it.each([
    ['cited in a sentence', '各乡镇:\n根据某政发〔2019〕第8号文件要求,6月底前完成。'],
    ['cited after a quoted title', '各乡镇:\n《某县防汛预案》(某政发﹝2019﹞3号)\n6月底前完成。'],
    ['a signer line alone', '各乡镇:\n签发人:张三\n6月底前完成。'],
  ])('takes no 文号 from %s', (_name, text) => {
    expect(splitGazette(lines(text))[0].number).toBe('');
  });
});

describe('each document once: a number printed again', () => {
  const doc = (title: string, number: string, body: string, date: string) => `${title}\n${number}\n各乡镇:\n${body}\n某县人民政府\n${date}`;
  it('takes a contents entry whose number stands on a line of its own for a citation of the document printed later', () => {
    const text = `某县人民政府公报\n目  录\n某县人民政府关于做好防汛工作的通知 …… 1\n(某政发〔2019〕8号)\n某县人民政府关于开展植树活动的通知 …… 3\n(某政发〔2019〕3号)\n\n${doc('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '2019年4月2日')}\n${doc('某县人民政府关于开展植树活动的通知', '某政发〔2019〕3号', '各单位于3月12日前上报。', '2019年3月1日')}`;
    const docs = splitGazette(lines(text));
    expect(docs.map((d) => [d.number, d.issued, d.numberLine])).toEqual([
      ['某政发〔2019〕8号', '2019-04-02', lineOf(text, '某政发〔2019〕8号')],
      ['某政发〔2019〕3号', '2019-03-01', lineOf(text, '某政发〔2019〕3号')],
    ]);
    expect(extractText(text, 'g.txt').obligations.map((o) => [o.expression, o.doc.number])).toEqual([
      ['于6月底前', '某政发〔2019〕8号'],
      ['于3月12日前', '某政发〔2019〕3号'],
    ]);
  });

  it('reads a number printed twice in a row as one heading', () => {
    const text = '《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n某政办发〔2016〕26号\n\n某政办发〔2016〕26号\n各区人民政府:\n各区于6月底前完成。\n某市人民政府办公厅\n2016年5月28日';
    const docs = splitGazette(lines(text));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ number: '某政办发〔2016〕26号', title: '某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知', issued: '2016-05-28', numberLine: 2 });
  });

  it('keeps a signed document whose number a later text cites on a line of its own (a 政策解读 under its title)', () => {
    const text = `${doc('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '2019年4月2日')}\n${doc('某县人民政府关于开展植树活动的通知', '某政发〔2019〕9号', '各单位于3月12日前上报。', '2019年3月1日')}\n《某县人民政府关于做好防汛工作的通知》政策解读\n(某政发〔2019〕8号)\n一、出台背景。为做好防汛工作,县政府印发了该通知。`;
    const docs = splitGazette(lines(text));
    expect(docs.map((d) => [d.number, d.issued])).toEqual([
      ['某政发〔2019〕8号', '2019-04-02'],
      ['某政发〔2019〕9号', '2019-03-01'],
      ['某政发〔2019〕8号', null],
    ]);
    expect(extractText(text, 'g.txt').obligations.map((o) => [o.expression, o.doc.number, o.doc.issued])).toEqual([
      ['于6月底前', '某政发〔2019〕8号', '2019-04-02'],
      ['于3月12日前', '某政发〔2019〕9号', '2019-03-01'],
    ]);
  });

  // Negative: two documents with different numbers, one after the other with nothing between, stay two.
  it('keeps two numbers that differ', () => {
    const text = `${doc('某县人民政府关于做好防汛工作的通知', '某政发〔2019〕8号', '各乡镇要于6月底前完成排查。', '2019年4月2日')}\n${doc('某县人民政府关于开展植树活动的通知', '某政发〔2019〕9号', '各单位于3月12日前上报。', '2019年3月1日')}`;
    expect(splitGazette(lines(text)).map((d) => d.number)).toEqual(['某政发〔2019〕8号', '某政发〔2019〕9号']);
  });
});

describe('a title broken over lines above its 文号', () => {
  it.each([
    ['two lines, 关于 on the first', '某省人民政府關于\n進一步優化營商環境的若干意見\n某政發〔2018〕26號\n二、主要任務\n一、6月底前完成。', '某省人民政府關于進一步優化營商環境的若干意見'],
    ['three lines with blank lines between', '您的位置:主页 > 公告动态\n\n某省人民政府办公厅关于印发某省\n\n进一步加大力度支持民间投资发展\n\n实施方案的通知\n\n某府办〔2023〕5号\n\n各地级以上市人民政府:\n一、6月底前完成。', '某省人民政府办公厅关于印发某省进一步加大力度支持民间投资发展实施方案的通知'],
    ['an issuer line over 关于 over the rest', '某市科学技术局\n关于分解落实市委全会和《政府工作报告》2018年\n重点工作任务的通知\n某科发〔2018〕24号\n局属各单位:\n一、6月底前完成。', '某市科学技术局关于分解落实市委全会和《政府工作报告》2018年重点工作任务的通知'],
    ['a break before 的通知', '某县人民政府关于印发2019年工作要点\n的通知\n某政发〔2019〕3号\n各乡镇:\n一、6月底前完成。', '某县人民政府关于印发2019年工作要点的通知'],
  ])('%s', (_name, text, title) => expect(splitGazette(lines(text))[0].title).toBe(title));

  // Negatives: the lines above a one-line title are the end of the document before it or a label, not the title's start.
  it.each([
    ['an attachment line of the document before', '某县人民政府\n2019年4月2日\n附件:关于做好防汛工作的说明\n2021年全县重点工作任务方案\n某政发〔2021〕2号\n各乡镇:\n一、6月底前完成。', '2021年全县重点工作任务方案'],
    ['a title of its own above', '某县人民政府关于做好防汛工作的通知\n2021年全县重点工作任务方案\n某政发〔2021〕2号\n各乡镇:\n一、6月底前完成。', '2021年全县重点工作任务方案'],
    ['no 关于 within four lines', '甲乙丙丁\n戊己庚辛\n某县2021年防汛\n工作实施方案\n某政发〔2021〕2号\n各乡镇:\n一、6月底前完成。', '工作实施方案'],
  ])('keeps the one line under %s', (_name, text, title) => expect(splitGazette(lines(text))[0].title).toBe(title));
});

describe('a title and its 文号 on one line, apart by spaces', () => {
  it.each([
    ['the number after the title', '某县人民政府关于分解落实政府工作报告目标任务的通知 某政〔2023〕1号\n各乡镇人民政府:\n一、6月底前完成。', { number: '某政〔2023〕1号', title: '某县人民政府关于分解落实政府工作报告目标任务的通知', bodyLine: 2 }],
    ['the number before the title, spaced inside', '某政办〔2020〕2 号 区人民政府办公室关于印发 2020 年区政府工作报告确定的主要目标任务责任分解方案的通知\n各街道办事处:\n一、6月底前完成。', { number: '某政办〔2020〕2号', title: '区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知' }],
    ['a labelled title that opens with the number', '文 号 | 某政办〔2020〕2 号 | 发文日期 | 2020-04-19 00:00 |\n标 题 | 某政办〔2020〕2 号 区人民政府办公室关于印发责任分解方案的通知 |\n各街道办事处:\n一、6月底前完成。', { number: '某政办〔2020〕2号', title: '区人民政府办公室关于印发责任分解方案的通知' }],
  ])('%s', (_name, text, expected) => expect(splitGazette(lines(text))[0]).toMatchObject(expected));

  // Negatives: a sentence that ends with a number it cites, and a number before words that are no title.
  it.each([
    ['a sentence citing a number at its end', '各乡镇:\n请按照上级要求,做好相关工作 某政〔2023〕1号\n一、6月底前完成。'],
    ['a number before a sentence', '某政〔2023〕1号 各乡镇要于6月底前完成排查,并报县政府。\n一、6月底前完成。'],
  ])('takes no number from %s', (_name, text) => expect(splitGazette(lines(text))[0].number).toBe(''));
});

describe('a web page’s trail, furniture and metadata above the title of a text with no 文号 line', () => {
  it.each([
    ['a trail and a metadata block', '当前位置:首页\n> 政务公开 > 组织机构 > 市政府工作部门\n索引号: 0001/2023-245921 公开方式: 主动公开\n发布机构: 市政府办公室 成文日期: 2023-11-01\n主题分类: 政务公开 发文字号:\n\n2023年市政府重点工作1-9月进展情况表\n一、6月底前完成。', { title: '2023年市政府重点工作1-9月进展情况表', issued: '2023-11-01' }],
    ['a trail of one line', '首页 > 文章中心 > 正文\n\n农村生活条件情况调查事项通知\n各村:\n一、6月底前完成。', { title: '农村生活条件情况调查事项通知' }],
    ['a trail with no 首页', '某省规范性文件 > 正文阅览\n某市人民政府关于印发工作规则的通知\n各县:\n一、6月底前完成。', { title: '某市人民政府关于印发工作规则的通知' }],
    ['a trail behind 您当前的位置 and a counter', '您当前的位置:首页 > 信息公开 > 某县卫生健康委员会\n浏览量:  【字体:   】\n\n县卫健委2021年政府工作报告任务分解\n一、6月底前完成。', { title: '县卫健委2021年政府工作报告任务分解' }],
    ['a 发文字号 label after another label’s value', '当前位置:首页\n主题分类: 政务公开 发文字号: 某政办发〔2025〕6号\n\n某市人民政府办公室关于印发市政府2025年重点工作清单的通知\n一、6月底前完成。', { number: '某政办发〔2025〕6号', title: '某市人民政府办公室关于印发市政府2025年重点工作清单的通知' }],
    ['a 名称 label after a date', '首页 > 某县人民政府办公室信息公开 > 信息浏览\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n信息分类: 通知   发布机构: 某县人民政府办公室\n废止时间: 2020-01-23 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知\n\n某县人民政府关于印发《某县人民政府工作规则》的通知\n各乡镇:\n一、6月底前完成。', { title: '某县人民政府关于印发《某县人民政府工作规则》的通知' }],
  ])('%s', (_name, text, expected) => expect(splitGazette(lines(text))[0]).toMatchObject(expected));

  // Negatives: a title that quotes with angle brackets is a title; a body line under a trail is no title.
  it.each([
    ['a title quoting with angle brackets', '<政府工作报告>任务分解表\n一、6月底前完成。', '<政府工作报告>任务分解表'],
    ['a body line under a trail', '首页 > 文章中心 > 正文\n各乡镇要于6月底前完成排查,并报县政府。', ''],
  ])('%s', (_name, text, title) => expect(splitGazette(lines(text))[0].title).toBe(title));
});
