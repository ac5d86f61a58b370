import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// A weekday of the notice's week or of the week after it, closed by 前 ("三、各单位于本周五前开展一次门禁与登记制度自查",
// "请各部门…于本周五前完成自查自纠工作", "各单位请于本周五前完成自查", "请于本周五前完成Q1绩效自评", audit-texts/times3 04):
// its day in that week (Monday to Sunday), the last day to act, where it gave no record. Under a notice of Tuesday
// 2018-03-20: 本周五 is 03-23, 下周一 03-26. Not so: every week's day (每周五前), a window around it (本周五前后), a start
// with no 前 (下周一开始), and a week no dated notice places.
const read = (body: string) =>
  extractText(gazetteDocument({ body }), 'weekday.txt').obligations.map((o) => (o.kind === 'recurring' ? `rec:${o.rrule}` : `${o.kind}:${o.due}`));

describe('a weekday of the notice’s week', () => {
  it.each([
    ['各单位于本周五前报送自查情况。', ['once:2018-03-23']],
    ['请各单位于下周一前报送名单。', ['once:2018-03-26']],
    ['请各单位于下周五前将材料报送至县政府办。', ['once:2018-03-30']],
    ['各单位请于本周五下班前报送名单。', ['once:2018-03-23']],
    ['请各乡镇于本周四17:00前报送。', ['once:2018-03-22']],
    ['请各乡镇于下星期三前报送。', ['once:2018-03-28']],
    ['请各乡镇于下个星期一之前报送。', ['once:2018-03-26']],
    ['请各乡镇本周日前报送。', ['once:2018-03-25']],
    // A day already past in the notice's week is still its day (a deadline before the notice is recorded).
    ['请各乡镇于本周一前报送。', ['once:2018-03-19']],
    // The date in brackets is the date's own reading.
    ['请于下周三(3月28日)前报送。', ['once:2018-03-28']],
  ] as [string, string[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it.each([
    ['各单位于每周五前报送本周工作进展。', ['rec:FREQ=WEEKLY;BYDAY=FR']],
    ['各单位在本周五前后开展联合检查。', []],
    ['专项检查下周一开始。', []],
    ['请各单位本周内完成自查。', []],
  ] as [string, string[]][])('%s', (body, expected) => expect(read(body)).toEqual(expected));

  it('a text with no date of its own names no week', () => {
    expect(extractText('各单位请于本周五前完成自查。\n', 'undated.txt').obligations).toEqual([]);
  });
});
