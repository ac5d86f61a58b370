import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A time closed by 前 that is all a bracket holds is the deadline of the step before it, even right after a document's
// title: "制定《第四次全国经济普查方案》(7月底前)" (国务院经普办 2018 timeline, audit-texts layouts/07) was dropped as the
// title's date. A document is dated by its day or month, never by a time before which something is done.
const dues = (body: string) => recordsOf({ body }, 'bracketed.txt').map((o) => (o.kind === 'once' ? o.due : o.kind));

describe('a deadline in brackets after a document’s title', () => {
  it.each([
    ['1.制定《第四次全国经济普查方案》(7月底前)。', ['2018-07-31']],
    ['2.修订《省级数据共享管理办法》(2018年9月30日前)。', ['2018-09-30']],
    ['3.印发《数据共享实施细则》(10月底之前)。', ['2018-10-31']],
    // The document's own date in brackets is a citation, as before.
    ['按照《关于做好普查工作的通知》(2018年4月)要求,做好准备。', []],
    ['根据《数据共享管理办法》(2017年12月)规定,完善目录。', []],
  ] as Array<[string, string[]]>)('%s', (body, expected) => expect(dues(body)).toEqual(expected));
});
