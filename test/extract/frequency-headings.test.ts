import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

// Meeting and reporting systems name each system by its frequency, then set it out: the heading is no duty of its own.
function rules(body: string) {
  return extractText(gazetteDocument({ body }), 'headings.txt').obligations.map((o) => [o.expression, o.rrule]);
}

describe('a heading that names a system by its frequency, over a body at the same frequency', () => {
  it.each([
    // A heading line over the body's items.
    [['(一)每周调度工作制度', '1.县指挥办每周一召开1次例会,调度重点工作。'], [['每周一', 'FREQ=WEEKLY;BYDAY=MO']]],
    [['二、每月通报制度', '县督查室每月5日前通报各乡镇工作进展。'], [['每月5日前', 'FREQ=MONTHLY;BYMONTHDAY=5']]],
    // A run-in heading, the first sentence of its paragraph.
    [['二是每月一例会。各乡镇每月召开1次工作例会,研究安排阶段工作。'], [['每月', 'FREQ=MONTHLY;BYMONTHDAY=-1']]],
    [['(三)每季度研判制度。各乡镇每季度末研判1次工作形势。'], [['每季度末', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1']]],
  ])('%j → %j', (lines, expected) => expect(rules(lines.join('\n'))).toEqual(expected));

  // A heading over a body at another frequency, or with no body, is the only word of its duty; a short sentence that
  // counts how often ("各村每周巡查1次。") is a duty, not a heading; a body of two duties keeps both.
  it.each([
    [['(一)每周调度工作制度', '县指挥办每月召开1次例会。'], 2],
    [['(一)每周调度工作制度', '县指挥办负责组织调度。'], 1],
    [['各村每周巡查1次。各村每周五报送巡查记录。'], 2],
    [['县政府每月召开1次常务会议。各部门每月5日前报送工作进展。'], 2],
  ])('%j keeps %i records', (lines, count) => expect(rules(lines.join('\n'))).toHaveLength(count as number));
});
