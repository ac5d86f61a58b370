import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { splitGazette } from '../../src/gazette/split.ts';

/**
 * A web page's metadata block around a document's 文号: labels with their values, labels alone on their lines with the
 * value below (a site's list of fields read as text, 镇巴 2024), a block that is the only place the page gives the date;
 * and titles broken over lines. Each case: the documents with the title, 文号 and date a reader gives them.
 */
type Doc = { number?: string; title?: string; issued?: string | null };
const T = '某市人民政府办公室关于做好防汛工作的通知';
const BODY = '各乡镇:\n各乡镇要于6月底前完成排查。';
const cases: Array<{ name: string; text: string; docs: Doc[] }> = [
  {
    name: 'labels alone, values below, between the title and the body',
    text: `返回顶部\n\n${T}\n\n  • 索引号:\n\n    1234/2019-00012\n  • 主题分类:\n\n  • 来源:\n\n  • 发文机构:\n\n    市政府网站\n  • 发文字号:\n\n    某政办发〔2019〕12号\n  • 发文日期:\n\n    2019年05月06日 16:40\n  • 有效性:\n\n  • 内容概述:\n\n${T}\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T, issued: '2019-05-06' }],
  },
  {
    name: 'the block first, 内容概述 last, the title below it',
    text: `  • 发文字号:\n\n    某政办发〔2019〕12号\n  • 发文日期:\n\n    2019年05月06日\n  • 内容概述:\n\n${T}\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T, issued: '2019-05-06' }],
  },
  {
    name: 'a block of labels and values above the title, number labelled',
    text: `发布机构:某市人民政府办公室\n成文日期:2019年5月6日\n发文字号:某政办发〔2019〕12号\n${T}\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T, issued: '2019-05-06' }],
  },
  {
    name: 'the number labelled first, 成文日期 below it, then the title',
    text: `发文字号:某政办发〔2019〕12号\n成文日期:2019-05-06\n${T}\n${BODY}\n某市人民政府办公室\n2019年5月6日`,
    docs: [{ number: '某政办发〔2019〕12号', title: T, issued: '2019-05-06' }],
  },
  {
    name: 'a normative document: 发布机构, 成文日期, 发文字号 over the notice and its rules',
    text: '发布机构:某市人民政府办公室\n成文日期:2019年5月6日\n发文字号:某政办规〔2019〕1号\n某市人民政府办公室关于印发某市防汛管理办法的通知\n各乡镇:\n现将《某市防汛管理办法》印发给你们。\n某市防汛管理办法\n第一条 各乡镇应当于每年5月31日前完成汛前检查。',
    docs: [{ number: '某政办规〔2019〕1号', title: '某市人民政府办公室关于印发某市防汛管理办法的通知', issued: '2019-05-06' }],
  },
  {
    name: 'a law database’s 【】 labels between the title and the number the body repeats',
    text: `${T}\n【发布部门】 某市人民政府办公室\n【发文字号】 某政办发〔2019〕12号\n【发布日期】 2019.05.06\n【实施日期】 2019.05.06\n【时效性】 现行有效\n【效力级别】 地方规范性文件\n\n某政办发〔2019〕12号\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T }],
  },
  {
    name: 'a copy’s bulleted 【】 labels (延安 2018) above the number',
    text: `${T}\n•【制定机关】某市人民政府办公室\n•【公布日期】2019.05.06\n•【字号】某政办发〔2019〕12号\n•【施行日期】2019.05.06\n•【效力等级】地方规范性文件\n•【时效性】现行有效\n某政办发〔2019〕12号\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T }],
  },
  {
    name: 'negative: a red header "…文件" over the number still puts the title below it',
    text: `某市人民政府办公室文件\n某政办发〔2019〕12号\n${T}\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T }],
  },
  {
    name: 'the site’s own links above the title (下陆 2021)',
    text: '• 设为首页\n  • 加入收藏\n  • 无障碍阅读\n  • 长者版\n某区人民政府 关于同意甲社区和乙社区整合的 批 复\n\n某街道办事处:\n请于6月底前完成整合。\n\n2021年4月13日',
    docs: [{ title: '某区人民政府关于同意甲社区和乙社区整合的批复', issued: '2021-04-13' }],
  },
  {
    name: 'the links with bars, one a line, and 返回顶部',
    text: '返回顶部\n• 设为首页|\n  • 长辈版|\n使用帮助 | 网站地图 | 旧版\n某区人民政府关于做好防汛工作的通知\n各街道:\n请于6月底前完成排查。',
    docs: [{ title: '某区人民政府关于做好防汛工作的通知' }],
  },
  {
    name: 'negative: a title that opens with one of those words is a title',
    text: '网站地图建设工作方案\n各单位:\n请于6月底前完成。',
    docs: [{ title: '网站地图建设工作方案' }],
  },
  {
    name: 'two of the links on one line, a space between (二连浩特 2024)',
    text: '无障碍浏览 长者模式\n\n《某市2024年重点工作任务分工方案》政策解读\n\n发布日期:2024-04-02 15:35 点击量:10\n\n一、起草背景\n请于6月底前完成。',
    docs: [{ title: '《某市2024年重点工作任务分工方案》政策解读' }],
  },
  {
    name: 'negative: a link word before a name that is none is a title',
    text: '无障碍浏览设施建设工作方案\n各单位:\n请于6月底前完成。',
    docs: [{ title: '无障碍浏览设施建设工作方案' }],
  },
  {
    name: 'the links and 返回首页 on one line, the column’s name below (聊城 2020)',
    text: '无障碍阅读 关怀版 返回首页\n政府信息公开\n某市政府副秘书长解读2020年市政府工作报告重点工作任务部门分工方案\n2020-06-22 14:43:15\n为全面推进各项工作,各单位要于6月底前完成。',
    docs: [{ title: '某市政府副秘书长解读2020年市政府工作报告重点工作任务部门分工方案' }],
  },
  {
    name: 'a column’s name above the title and its furniture (华中师大 2016)',
    text: '通知公告\n\n关于开展“小金库”自查自纠的通知\n\n日期:2016-04-12 作者:某大学 点击量:\n各单位要于2016年5月底前完成自查。',
    docs: [{ title: '关于开展“小金库”自查自纠的通知' }],
  },
  {
    name: 'negative: a title that names a column inside it is a title',
    text: '关于做好政府信息公开工作的通知\n各单位要于2016年5月底前完成自查。',
    docs: [{ title: '关于做好政府信息公开工作的通知' }],
  },
  {
    name: 'the link back alone, letter-spaced, above the trail (杭州 2020)',
    text: '返 回\n所在位置: 某市网 > 热点专题\n某市人民政府办公厅关于印发2020年重点工作责任分解的通知\n发布时间:2020-05-29 14:36:23\n各区县:\n现将《2020年重点工作责任分解》印发给你们。各区县要于6月底前完成。',
    docs: [{ title: '某市人民政府办公厅关于印发2020年重点工作责任分解的通知' }],
  },
  {
    name: 'negative: a title that opens with 返回 is a title',
    text: '返回乡创业人员就业服务工作方案\n各单位:\n请于2020年6月底前完成。',
    docs: [{ title: '返回乡创业人员就业服务工作方案' }],
  },
  // A page's line under a title that has not named its kind by a word the title walk knows: no part of the title.
  {
    name: 'a time and source under a 通告 (锡林浩特 2020)',
    text: '关于中小学生学籍注册工作的通告\n\n2020-09-14 10:33:42 来源:某市教育局   责任编辑:某某\n\n各学校要于9月底前完成注册。',
    docs: [{ title: '关于中小学生学籍注册工作的通告' }],
  },
  {
    name: 'a hit counter and time under a title quoted in 《》 (成都 2001’s copy)',
    text: '《某市人民政府办公厅关于建立政府工作落实情况报告制度的通知》\n浏览量: 时间:2018-11-13 15:36:26\n各区县政府:\n各区县要于每月5日前报送落实情况。',
    docs: [{ title: '某市人民政府办公厅关于建立政府工作落实情况报告制度的通知' }],
  },
  {
    name: 'a source and time under a title of a kind the walk does not know',
    text: '某县关于开展安全检查的公示\n来源:某县应急局 发布时间:2020-09-14\n各乡镇要于9月底前完成自查。',
    docs: [{ title: '某县关于开展安全检查的公示' }],
  },
  {
    name: 'negative: a title broken over lines still joins',
    text: '某县人民政府\n关于开展安全\n检查的通告\n来源:某县应急局\n各乡镇要于9月底前完成自查。',
    docs: [{ title: '某县人民政府关于开展安全检查的通告' }],
  },
  // Negatives: the signature is the document's date; a block speaks for a page of one document only; a value is no title.
  {
    name: 'a signature date wins over the block',
    text: `发文日期:2019-05-10\n发文字号:某政办发〔2019〕12号\n${T}\n${BODY}\n某市人民政府办公室\n2019年5月6日`,
    docs: [{ number: '某政办发〔2019〕12号', issued: '2019-05-06' }],
  },
  {
    name: 'a 发布日期 (when the page went up) is no date of the document',
    text: `发布日期:2019-05-10\n${T}\n某政办发〔2019〕12号\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T, issued: null }],
  },
  {
    name: 'a gazette of two documents: the first lines’ block dates neither',
    text: `成文日期:2019-05-10\n${T}\n某政办发〔2019〕12号\n${BODY}\n某市人民政府办公室关于开展植树活动的通知\n某政办发〔2019〕13号\n各单位于3月12日前上报。`,
    docs: [{ number: '某政办发〔2019〕12号', issued: null }, { number: '某政办发〔2019〕13号', issued: null }],
  },
  {
    name: 'a value under a label alone is no title, the title above the block is',
    text: `${T}\n发文机构:\n某市人民政府办公室\n发文字号:\n某政办发〔2019〕12号\n${BODY}`,
    docs: [{ number: '某政办发〔2019〕12号', title: T }],
  },
  // Titles broken over lines above the 文号.
  {
    name: 'a middle line ending in a kind word the next line goes on from (广东 2021)',
    text: '某省人民政府关于印发2021年\n\n省《政府工作报告》重点任务\n\n分工方案的通知\n\n某府〔2021〕22号\n各市人民政府:\n请于3月底前报送。\n某省人民政府\n2021年3月21日',
    docs: [{ number: '某府〔2021〕22号', title: '某省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知', issued: '2021-03-21' }],
  },
  {
    name: 'the 关于 line ending in a kind word',
    text: '某县人民政府关于印发2019年重点工作任务\n分解方案的通知\n某政发〔2019〕3号\n各乡镇:\n请于3月底前报送。',
    docs: [{ number: '某政发〔2019〕3号', title: '某县人民政府关于印发2019年重点工作任务分解方案的通知' }],
  },
  {
    name: 'negative: a title of its own above (…的意见) is not joined',
    text: '某县人民政府关于做好防汛工作的意见\n2019年植树方案\n某政发〔2019〕3号\n各乡镇:\n请于3月底前报送。',
    docs: [{ number: '某政发〔2019〕3号', title: '2019年植树方案' }],
  },
];

describe('page heads: metadata blocks and broken titles', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const docs = splitGazette(c.text.split('\n'));
    expect(docs).toHaveLength(c.docs.length);
    c.docs.forEach((expected, k) => expect(docs[k]).toMatchObject(expected));
  });

  it('a date the block alone gives counts a relative deadline', () => {
    const text = `  • 发文字号:\n\n    某政办发〔2019〕12号\n  • 发文日期:\n\n    2019年05月06日 16:40\n${T}\n各乡镇:\n各乡镇要自印发之日起30日内完成排查。`;
    expect(extractText(text, 'page.txt').obligations.map((o) => [o.expression, o.due])).toEqual([['印发之日起30日内', '2019-06-05']]);
  });
});
