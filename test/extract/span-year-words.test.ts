import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A span of months whose years are words ("从今年11月至明年3月,将推出系列主题营销活动", 青岛 2019 news, GitHub-held text;
// "我省今年10月至2019年12月实施小城镇环境综合整治三年行动计划", a 2016 news page, pages corpus): one span, due at the end
// of its closing month, as "2018年11月至2019年3月" is, where "至明年3月" was read as a goal (至 as 到) and "于今年4月" as a
// deadline of its own; so does one opening at a year's end (今年底至明年6月). Under a notice of 2018-03-20.
const read = (body: string) => extractText(gazetteDocument({ body }), 'span.txt').obligations.map((o) => [o.expression, o.due, o.target]);

describe('a span of months with its years in words', () => {
  it.each([
    ['各市今年10月至明年3月开展冬春专项整治。', [['今年10月至明年3月', '2019-03-31', false]]],
    ['从今年11月至明年3月,各市开展冬春专项整治。', [['今年11月至明年3月', '2019-03-31', false]]],
    ['各市于今年4月至6月开展专项整治。', [['今年4月至6月', '2018-06-30', false]]],
    ['各市本年9月至12月开展专项整治。', [['本年9月至12月', '2018-12-31', false]]],
    ['各市今年11月至次年2月开展专项整治。', [['今年11月至次年2月', '2019-02-28', false]]],
    ['各市今年10月至2019年12月实施小城镇环境综合整治。', [['今年10月至2019年12月', '2019-12-31', false]]],
    // Opening at a year's end.
    ['各市今年底至明年6月开展专项整治。', [['今年底至明年6月', '2019-06-30', false]]],
    ['今年年底至明年6月,各市开展专项整治。', [['今年年底至明年6月', '2019-06-30', false]]],
    ['各市2018年底至2019年6月开展专项整治。', [['2018年底至2019年6月', '2019-06-30', false]]],
    // Wholly in the next year: 明年 is the year of both ends ("春季指明年3-5月", "为明年3-5月省赛做准备", "建议在明年1-3月
    // 进行", GitHub-held text), where the span was read in the notice's own year.
    ['各市明年3月至5月开展专项整治。', [['明年3月至5月', '2019-05-31', false]]],
    ['明年1-2月,各地开展安全生产大检查。', [['明年1-2月', '2019-02-28', false]]],
    ['各市明年3—5月开展集中整治。', [['明年3—5月', '2019-05-31', false]]],
    ['各市明年3月份至5月份开展整治。', [['明年3月份至5月份', '2019-05-31', false]]],
    ['各县明年4月中旬至6月上旬完成复查。', [['明年4月中旬至6月上旬', '2019-06-10', false]]],
    ['各市明年11月至次年2月开展冬春整治。', [['明年11月至次年2月', '2020-02-29', false]]],
  ] as [string, unknown[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  // Negatives: figures of a period so far are its report, and a goal with no span before it stays a goal.
  it.each([
    ['今年1—6月,全省完成投资792.4亿元,为年计划的44%。', []],
    ['力争到明年3月,全面完成改造。', [['力争到明年3月', '2019-03-31', true]]],
    // A span with no year word, or with its years written, keeps its reading; 明年 with one month is no span.
    ['各市3月至5月开展整治。', [['3月至5月', '2018-05-31', false]]],
    ['各市今年3-5月开展整治。', [['今年3-5月', '2018-05-31', false]]],
    ['各市2019年3月至5月开展整治。', [['2019年3月至5月', '2019-05-31', false]]],
    ['各市明年3月底前完成验收。', [['明年3月底前', '2019-03-31', false]]],
    ['明年上半年,各市完成验收。', [['明年上半年', '2019-06-30', false]]],
    // A year's end with no year before it is the year-end's own reading, and its goal after it stays a goal.
    ['各市年底前完成排查,力争到明年6月全面完成整改。', [['年底前', '2018-12-31', false], ['力争到明年6月', '2019-06-30', true]]],
  ] as [string, unknown[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
