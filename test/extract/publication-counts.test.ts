import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/extract/normalise.ts';
import { type RecogniseContext, recognise } from '../../src/extract/recognise.ts';

// "…发布之日起N日内": counted from this document's issue (relative), or from another text's publication (sla).
const ctx: RecogniseContext = { year: 2018, docDate: '2018-03-20' };
const undated: RecogniseContext = { year: 2018, docDate: null };

function values(sentence: string, context: RecogniseContext = ctx) {
  const n = normalise(sentence);
  return recognise(n.text, context).map((m) => ({ text: n.text.slice(m.start, m.end), ...m.value }));
}

describe('a period from the publication of another text is counted from that event', () => {
  it.each([
    ['规章应当自公布之日起30日内报送备案', '公布之日起30日内', 30, false, '规章公布'],
    ['市人民政府应当在地方环境标准发布之日起30日内向省环保厅备案', '发布之日起30日内', 30, false, '地方环境标准发布'],
    ['各部门应当于会议纪要印发之日起5个工作日内反馈落实情况', '印发之日起5个工作日内', 5, true, '会议纪要印发'],
    ['规范性文件应当自公布之日起15日内报送本级政府备案', '公布之日起15日内', 15, false, '规范性文件公布'],
  ])('%s → %s after %s', (sentence, text, days, workdays, after) =>
    expect(values(sentence)).toEqual([{ text, kind: 'sla', days, workdays, after, target: false }]),
  );
  it('is so in undated rules too', () =>
    expect(values('规章应当自公布之日起30日内报送备案', undated)).toMatchObject([{ kind: 'sla', days: 30, after: '规章公布' }]));
});

describe("a period from this document's own issue stays relative to its date", () => {
  it.each([
    ['各设区市政府要在本实施意见印发之日起30日内制定实施细则', '2018-04-19'],
    ['各地要自印发之日起15日内报送工作方案', '2018-04-04'],
    ['各县要在《实施方案》印发之日起10日内成立工作专班', '2018-03-30'],
    ['各县要在方案印发之日起30日内制定实施细则', '2018-04-19'],
  ])('%s → due %s', (sentence, due) => expect(values(sentence)).toMatchObject([{ kind: 'relative', due }]));
  // An effective date is no duty.
  it('本办法自发布之日起施行 sets nothing', () => expect(values('本办法自发布之日起施行')).toEqual([]));
});
