import { describe, expect, it } from 'vitest';
import { EVERY_UNIT } from '../../src/store/done.ts';
import { ownPartText, reporterText, unitsText } from '../../src/units/wording.ts';

describe('unitsText', () => {
  it.each([
    [{ lead: ['省发改委'], co: [] }, '牵头:省发改委'],
    [{ lead: ['省发改委', '省财政厅'], co: ['省统计局'] }, '牵头:省发改委、省财政厅;配合:省统计局'],
    [{ lead: [], co: ['省统计局'] }, '配合:省统计局'],
    [{ lead: [], co: [] }, ''],
  ])('%j → %s', (units, text) => {
    expect(unitsText(units)).toBe(text);
  });
});

describe('ownPartText and reporterText', () => {
  it.each([
    ['lead', '本单位牵头'],
    ['co', '本单位配合'],
    [null, ''],
  ] as const)('%s → %s', (role, text) => {
    expect(ownPartText(role)).toBe(text);
  });

  it('reads the whole-duty report as 全部单位 and leaves a unit as named', () => {
    expect(reporterText(EVERY_UNIT)).toBe('全部单位');
    expect(reporterText('省财政厅')).toBe('省财政厅');
  });
});
