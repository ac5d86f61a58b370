import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function periods(body: string): Array<[string, number | undefined, boolean | undefined]> {
  const text = gazetteDocument({ title: '某市行政审批管理办法', number: '某政发〔2018〕1号', body });
  return extractText(text, 'workday-definition.txt', CLOCK).obligations.map((o) => [o.expression, o.within?.days, o.within?.workdays]);
}

const DUTIES = [
  '第五条 行政机关应当自受理申请之日起二十日内作出决定。',
  '第六条 行政机关应当在听证的七日前通知申请人。',
  '第七条 行政机关应当自作出决定之日起五日内送达决定书。',
  '第八条 行政机关应当自立案之日起三个月内完成清理。',
  '第九条 窗口应当在受理后3个工作日内转交。',
].join('\n');

/**
 * A rule that says its days are working days ("本法规定的…期限以工作日计算", "本法中十日以内期限的规定是指工作日",
 * "本法中“二日”“三日”“五日”“七日”的规定是指工作日") makes its periods in 日 working days, each in the scope it gives.
 */
describe('a rule that defines its days as working days', () => {
  it.each([
    ['第二十条 本办法规定的期限以工作日计算,不含法定节假日。', [['二十日内', 20, true], ['七日前', 7, true], ['五日内', 5, true], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    ['第二十条 本办法规定的行政机关实施行政许可的期限以工作日计算,不含法定节假日。', [['二十日内', 20, true], ['七日前', 7, true], ['五日内', 5, true], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    ['第二十条 本办法所称的日是指工作日。', [['二十日内', 20, true], ['七日前', 7, true], ['五日内', 5, true], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    ['第二十条 本办法中十日以内期限的规定是指工作日,不含法定节假日。', [['二十日内', 20, false], ['七日前', 7, true], ['五日内', 5, true], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    ['第二十条 本办法中“五日”“七日”的规定是指工作日,不含法定节假日。', [['二十日内', 20, false], ['七日前', 7, true], ['五日内', 5, true], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    // Another text's definition, cited, is not this rule's.
    ['第二十条 《中华人民共和国行政许可法》规定的期限以工作日计算。', [['二十日内', 20, false], ['七日前', 7, false], ['五日内', 5, false], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
    // No definition: days are calendar days.
    ['第二十条 本办法自2019年1月1日起施行。', [['二十日内', 20, false], ['七日前', 7, false], ['五日内', 5, false], ['三个月内', 90, false], ['3个工作日内', 3, true]]],
  ] as Array<[string, Array<[string, number, boolean]>]>)('%s', (definition, expected) => {
    expect(periods(`${DUTIES}\n${definition}`)).toEqual(expected);
  });
});
