import { describe, expect, it } from 'vitest';
import { recordsOf } from './gazette-text.ts';

// A name that defines its short form for the text after it ("国务院第四次全国经济普查领导小组办公室(以下简称“国务院经普办”)",
// the 国务院经普办 2018 timeline, audit-texts layouts/07; "市智慧城市建设领导小组办公室(以下简称“市智慧办”)") is the name
// without the definition, as one with a note pointing elsewhere ("(详见任务分工)") is.
const leads = (body: string) => recordsOf({ body }, 'short-forms.txt').map((o) => o.lead);

describe('a unit defining its short form', () => {
  it.each([
    ['省数据管理局(以下简称“省数据局”)要于2018年6月底前完成平台建设。', [['省数据管理局']]],
    ['省大数据中心(简称“大数据中心”)于2018年6月底前完成迁移。', [['省大数据中心']]],
    ['省统计局、省经济普查领导小组办公室(以下简称“省经普办”)要于2018年7月底前制定实施方案。', [['省统计局', '省经济普查领导小组办公室']]],
    // A bracket that is part of the name stays.
    ['省人民政府办公厅(省政府外事办公室)要于2018年6月底前完成清理。', [['省人民政府办公厅(省政府外事办公室)']]],
  ] as Array<[string, string[][]]>)('%s', (body, expected) => expect(leads(body)).toEqual(expected));
});
