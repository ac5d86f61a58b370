import { describe, expect, it } from 'vitest';
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

const CLOCK = fixedClock(parseNow('2031-05-01'));

function first(body: string) {
  const { obligations } = extractText(gazetteDocument({ body }), 'task-as-written.txt', CLOCK);
  return obligations[0];
}

/**
 * The extractor reads a normalised text (Chinese numerals as figures, traditional characters simplified, full-width
 * forms folded), but a person reads the task and the event an sla counts from: both are told as the input wrote them,
 * as units are. Where a task is put together from more than one place (an item and its label line), there is no one
 * span to spell it from, and it stays as read.
 */
describe('a task and an event are told in the input’s own spelling', () => {
  it.each([
    ['各成员单位于2018年1月15日前报送上一年度工作总结。', '报送上一年度工作总结'],
    ['县住建局每半年报送一次资金使用情况。', '报送一次资金使用情况'],
    ['各縣區於2018年6月底前完成隱患整改。', '完成隱患整改'],
    ['县财政局于2018年6月底前完成２０１７年度决算。', '完成２０１７年度决算'],
    ['县教育局于2018年6月底前完成十二所学校改造。', '完成十二所学校改造'],
  ])('%s', (body, task) => {
    expect(first(body).task).toBe(task);
  });

  it('the event an sla counts from, as written', () => {
    expect(first('承辦單位應當自收到申請之日起15日內辦結。').within).toEqual({ days: 15, workdays: false, after: '收到申請' });
  });

  it('a task joined from an item and its label line stays as read', () => {
    const o = first('3.推进不动产登记。\n牵头单位：市自然资源局。配合单位：市税务局。完成时限：2018年10月底前。');
    expect(o.task).toBe('推进不动产登记');
  });
});
