import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';
import { lastRecord } from './last-record.ts';
import { pipeTable, tabTable } from './table-text.ts';

/**
 * Names of units parted by spaces alone in a list of units, as web tables set them in a cell: "县教体局 各相关乡镇政府" (×3),
 * "县卫健委 各相关乡镇政府", "县住建局 各相关乡镇政府" (吉水 2021 民生实事, audit-texts units5/09), "*区投促局 各镇街 各平台",
 * "*区科技局 各镇街 各平台" (西湖 2022, units5/08), "党政办 应消站", "综治办 应消站", "农村办 规划建设办 国土所 村(社区)" (长兴
 * 2025 防汛, units8/04). A space between two names each a whole unit's name parts them as 、 would, in a cell, a bracket
 * or a label's list alike; a space inside one name does not: a PDF's wrap ("市 财政局", "市 城镇化服务中心", "伏羲 山管委
 * 会", audit9/07), a place before its office ("驻马店 市委组织部", times2/08; "长兴县 住建局"), a body before its own organ
 * ("县委 组织部"), a space before a role marker ("县水利局 牵头"), spaces in a text that names no unit.
 */
const body = (bracket: string) => `1.完成城北安置房建设,2021年9月底前完成。${bracket}`;
const units = (text: string) => {
  const o = lastRecord(text);
  return [o.lead, o.co];
};

describe('spaces parting the names of a bracketed list', () => {
  it.each([
    ['(责任单位:县教体局 各相关乡镇政府)', [['县教体局'], ['各相关乡镇政府']]],
    ['(县卫健委 各相关乡镇政府负责)', [['县卫健委'], ['各相关乡镇政府']]],
    ['(县水利局 县财政局 各乡镇)', [['县水利局'], ['县财政局', '各乡镇']]],
    ['(责任单位:县住建局、县财政局 县民政局)', [['县住建局'], ['县财政局', '县民政局']]],
    ['(牵头单位:县住建局;配合单位:县财政局 县发改委)', [['县住建局'], ['县财政局', '县发改委']]],
    // A space after a role marker parts the groups as a comma does.
    ['(县住建局牵头 县财政局配合)', [['县住建局'], ['县财政局']]],
    ['(县农业农村局牵头 县财政局 县水利局配合)', [['县农业农村局'], ['县财政局', '县水利局']]],
    // The ideographic space and the no-break space part as a space does.
    ['(责任单位:县教体局\u3000各相关乡镇政府)', [['县教体局'], ['各相关乡镇政府']]],
    ['(责任单位:县教体局\u00a0各相关乡镇政府)', [['县教体局'], ['各相关乡镇政府']]],
    // Offices of one township that name no place of their own are peers.
    ['(责任单位:党政办 综治办)', [['党政办'], ['综治办']]],
    // The names keep the input's spelling.
    ['(責任單位:縣教體局 各相關鄉鎮政府)', [['縣教體局'], ['各相關鄉鎮政府']]],
    // Negatives: a space inside one name leaves it one name.
    ['(责任单位:县 住建局)', [['县住建局'], []]],
    ['(责任单位:县住 建局)', [['县住建局'], []]],
    ['(责任单位:市 城镇化服务中心)', [['市城镇化服务中心'], []]],
    ['(责任单位:长兴县 住建局)', [['长兴县住建局'], []]],
    ['(责任单位:驻马店 市委组织部)', [['驻马店市委组织部'], []]],
    ['(责任单位:伏羲 山管委 会)', [['伏羲山管委会'], []]],
    // A body and its own organ: after a name that says whose it is, one that does not is that body's.
    ['(责任单位:县委 组织部)', [['县委组织部'], []]],
    ['(责任单位:县政府 办公室)', [['县政府办公室'], []]],
    ['(责任单位:县发改委 价格科)', [['县发改委价格科'], []]],
    // A space before the role marker.
    ['(县水利局 牵头)', [['县水利局'], []]],
    ['(责任单位:县住建局 牵头)', [['县住建局'], []]],
  ])('%s', (bracket, expected) => expect(units(body(bracket))).toEqual(expected));

  it('a bracket whose spaces part no names reads no units', () => {
    expect(units('1.县住建局要在2021年9月底前完成城北安置房建设(含 城北 片区)。')).toEqual([['县住建局'], []]);
  });

  it('a line break inside a paragraph is where a PDF wrapped it, no space parting names', () => {
    expect(units(body('(责任单位:县住建局\n县财政局)'))).not.toEqual([['县住建局'], ['县财政局']]);
  });
});

describe('spaces parting the names of a label line', () => {
  it.each([
    ['1.完成城北安置房建设,2021年9月底前完成。\n责任单位:县教体局 各相关乡镇政府', [['县教体局'], ['各相关乡镇政府']]],
    ['1.完成城北安置房建设,2021年9月底前完成。\n牵头单位:县住建局 配合单位:县财政局 县自然资源局', [['县住建局'], ['县财政局', '县自然资源局']]],
    ['1.完成城北安置房建设,2021年9月底前完成。\n责任领导:张三 责任单位:县教体局 各相关乡镇政府', [['县教体局'], ['各相关乡镇政府']]],
    ['1.完成城北安置房建设,2021年9月底前完成。责任单位:县教体局 各相关乡镇政府。', [['县教体局'], ['各相关乡镇政府']]],
    // Negatives.
    ['1.完成城北安置房建设,2021年9月底前完成。\n责任单位:市 财政局', [['市财政局'], []]],
    ['1.完成城北安置房建设,2021年9月底前完成。\n责任单位:县委 组织部', [['县委组织部'], []]],
  ])('%s', (text, expected) => expect(units(text)).toEqual(expected));
});

const H = ['序号', '工作任务', '责任单位', '完成时限'];
const row = (cell: string) => [H, ['1', '完成城北安置房建设', cell, '2021年9月底前']];
const tableUnits = (table: string) => {
  const { obligations } = extractText(gazetteDocument({ body: table }), 'table.txt');
  expect(obligations).toHaveLength(1);
  return [obligations[0].lead, obligations[0].co];
};

describe('spaces parting the names of a unit cell', () => {
  it.each([
    ['县教体局 各相关乡镇政府', [['县教体局'], ['各相关乡镇政府']]],
    ['农村办 规划建设办 国土所 村(社区)', [['农村办'], ['规划建设办', '国土所', '村(社区)']]],
    ['县住建局牵头 县财政局配合', [['县住建局'], ['县财政局']]],
    ['县住建局、县财政局 县民政局', [['县住建局'], ['县财政局', '县民政局']]],
    // Negatives.
    ['县 住建局', [['县住建局'], []]],
    ['长兴县 住建局', [['长兴县住建局'], []]],
    ['县委 组织部', [['县委组织部'], []]],
  ])('%s', (cell, expected) => {
    expect(tableUnits(pipeTable(row(cell)))).toEqual(expected);
    expect(tableUnits(tabTable(row(cell)))).toEqual(expected);
  });
});
