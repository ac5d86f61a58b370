import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A range written in Chinese numerals ("三至五个工作日", "一至三月", "用三到五年时间") is read as the same range in digits:
// its opening numeral counts what the closing one counts. It was left a word, so the time was read from the closing
// numeral alone: "一至三月" as "至三月", a goal of March (至 as 到); "三至五个工作日内" cut to "五个工作日内". Writers
// use both spellings alike ("3至5个工作日", "3-5个工作日", "三至五个工作日" listed as one answer; 客服人员将会在三至五个工作日
// 联系您; 原路退款通常需要三至五个工作日到账; 用三到五年做全球CAD市场的领跑者; 训练:一至三月, GitHub-held text; "争取用
// 3-5年时间" 湖南 2009, pages). Under a notice of 2018-03-20.
const read = (body: string) => extractText(gazetteDocument({ body }), 'range.txt').obligations.map((o) => [o.expression, o.kind, o.due, o.target]);

describe('a range in Chinese numerals', () => {
  it.each([
    ['各市一至三月开展集中整治。', [['一至三月', 'once', '2018-03-31', false]]],
    ['各市明年一至三月开展集中整治。', [['明年一至三月', 'once', '2019-03-31', false]]],
    ['各地要在三至五个工作日内完成排查。', [['三至五个工作日内', 'relative', '2018-03-27', false]]],
    ['各地要在一至两个月内完成排查。', [['一至两个月内', 'relative', '2018-05-20', false]]],
    ['力争用三至五年时间,基本建成现代物流体系。', [['力争用三至五年时间', 'relative', '2023-03-20', true]]],
    ['争取用三到五年时间,做到每个村至少有一名高校毕业生。', [['争取用三到五年时间', 'relative', '2023-03-20', true]]],
  ] as [string, unknown[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  // The same ranges in digits read alike; a numeral that closes a word, or a range with no time after it, is as before.
  it.each([
    ['各市1至3月开展集中整治。', [['1至3月', 'once', '2018-03-31', false]]],
    ['各地要在3至5个工作日内完成排查。', [['3至5个工作日内', 'relative', '2018-03-27', false]]],
    ['今后五到十年,是我省开始实施现代化建设第三步战略部署的重要时期。', []],
    ['截止日期统一至三月底。', [['至三月底', 'once', '2018-03-31', true]]],
    ['各单位每周一至周五开放。', [['每周一至周五', 'recurring', null, false]]],
  ] as [string, unknown[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));
});
