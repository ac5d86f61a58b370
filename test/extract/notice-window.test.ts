import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A 公示 puts names up for the public to object to, for days the notice states: "公示期自2023年2月23日至2023年3月1日止"
// (辽宁省林业和草原局 2023), "公示时间:2022年11月21日—11月25日" (锡林郭勒盟妇联 2022), "公示期为2022年5月7日至5月12日"
// (山东 2022), "公示日期为4月14日至4月20日" (漯河 2021), "公示期为5月20日至5月27日" (驻马店), "公示期为2021年4月13日至
// 4月22日" (教育部 2021), "公示期为2024年8月12日-16日" (红河州 2024), "公示时间:2021年4月9日—2021年4月15日" (法治浙江
// 2021), audit-texts/times2 08 and zhejiang 21. Nobody is charged to finish anything by the window's last day: each was
// a record with no unit. A duty to publicise by a day keeps it.
const records = (body: string) => extractText(gazetteDocument({ body }), 'notice.txt').obligations;

describe('a public-notice window', () => {
  it.each([
    ['公示时间:2018年3月21日至2018年3月27日。'],
    ['公示时间:2018年3月21日—3月27日'],
    ['公示期为2018年3月21日至3月27日。如有异议,请于公示期内向县财政局反映。'],
    ['公示期:2018年3月21日—27日。'],
    ['公示日期为3月21日至3月27日。'],
    ['现予以公示,公示期自2018年3月21日至2018年3月27日止。'],
    ['公示期自即日起至3月27日止。'],
    ['公示期为2018年3月27日。'],
  ])('%s: no record', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([
    ['各村要于5月15日前完成公示。', '于5月15日前', '2018-05-15', '各村'],
    ['公示期满后,各乡镇于5月30日前报县民政局。', '于5月30日前', '2018-05-30', '各乡镇'],
    ['各村要于5月10日至15日进行公示。', '5月10日至15日', '2018-05-15', '各村'],
  ])('%s: a duty to publicise keeps its date', (body, expression, due, lead) => {
    expect(records(body)).toMatchObject([{ expression, kind: 'once', due, lead: [lead] }]);
  });
});
