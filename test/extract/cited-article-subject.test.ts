import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function leads(body: string): string[][] {
  return extractText(gazetteDocument({ body }), 'cited-article.txt', CLOCK).obligations.map((o) => o.lead);
}

/**
 * Pages that explain a rule quote the law's article ahead of its text ("法律依据:《中华人民共和国行政复议法》第三十一条
 * 行政复议机关应当…"): the law's name and the article's number stand before the subject, as an article's own number does,
 * and are no part of the unit's name.
 */
describe('a quoted law and article before the subject', () => {
  it.each([
    ['《中华人民共和国行政复议法》第三十一条 行政复议机关应当自受理申请之日起六十日内作出行政复议决定。', ['行政复议机关']],
    ['《行政复议法》第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', ['行政复议机关']],
    ['法律依据:《《中华人民共和国行政复议法》》第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', ['行政复议机关']],
    ['行政复议法第十七条 行政复议机关收到行政复议申请后,应当在五日内进行审查。', ['行政复议机关']],
    ['《某市信访工作规定》第二十条 县信访局应当自收到信访事项之日起15日内告知信访人。', ['县信访局']],
    // An article's own number, as before.
    ['第三十三条 行政机关不能当场答复的,应当自收到申请之日起20个工作日内予以答复。', ['行政机关']],
    // A document's title is no unit, and what it asks of units stays theirs.
    ['《实施方案》要求各县(市、区)于收到通知后10日内报送名单。', ['各县(市、区)']],
    // A body whose name holds 法 or 条例 stays whole.
    ['县司法局应当自收到申请之日起10日内作出决定。', ['县司法局']],
    ['县综合行政执法局应当在接到举报后2小时内到达现场。', ['县综合行政执法局']],
  ] as Array<[string, string[]]>)('%s', (body, lead) => {
    expect(leads(body)[0]).toEqual(lead);
  });
});
