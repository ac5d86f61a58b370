import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A time right after 预计 is expected, not set: news and minutes tell so what is due to happen ("交易待监管批准,预计年底前
// 完成", "运营商预计年底前开通60万5G基站", "testnet预计年底前上线", "预计于2019年5月10日北美上映", "强生花苑…预计今年
// 春节前完成相关验收工作", 成都 2009 "其余的44座乡镇污水处理厂…预计在今年6月底前建成"), audit-texts/forms 13, 14 and
// classes/26. A sentence that still sets work or a goal (力争, 要, 确保) keeps its time, as a forecast sentence does.

const records = (body: string) => extractText(gazetteDocument({ body }), 'expected.txt').obligations;

describe('a time right after 预计 is a forecast', () => {
  it.each([
    ['据悉,该小区电梯预计年底前完成相关验收工作。'],
    ['其余的44座乡镇污水处理厂预计在6月底前建成。'],
    ['该项目预计于2018年9月15日完成验收。'],
    ['运营商预计将在年底前开通5G基站。'],
  ])('%s (no record)', (body) => {
    expect(records(body)).toEqual([]);
  });

  it.each([
    // A goal or a duty in the sentence: set, not forecast; 预计 elsewhere in it does not stand before the time.
    ['预计在今年10月,各地新赋码项目实现率力争达到100%。', '2018-10-31'],
    ['该项目预计投资3亿元,要在6月底前开工。', '2018-06-30'],
    ['各地要在9月底前完成排查。', '2018-09-30'],
  ])('%s', (body, due) => {
    expect(records(body).map((r) => r.due)).toEqual([due]);
  });
});
