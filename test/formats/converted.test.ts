import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAnyFormat } from '../../src/extract/index.ts';
import { leadRightF1, readRecords } from './agreement.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/formats');
const fixture = (name: string) => path.join(fixtures, name);

/**
 * Each sample gazette as LibreOffice printed and saved it (make-fixtures.sh), scored against the
 * reference answers of its text version: a converted file must do as well as the text, within
 * 2 points of lead-right F1. zj-2018-30 has the task tables (tab-separated in the text), zj-2015-28
 * is set in two columns, xuzhuang-2017 has a Markdown pipe table.
 */
describe.each([
  ['zj-2018-30', ['pdf', 'docx', 'html']],
  ['zj-2015-28', ['pdf', 'docx']],
  ['xuzhuang-2017', ['pdf', 'docx', 'html']],
])('%s', (name, formats) => {
  const gold = readRecords(fixture(`${name}.gold.jsonl`));
  it.each(formats)(`.%s scores within 2 points of the text`, async (format) => {
    const text = leadRightF1((await extractAnyFormat(fixture(`${name}.txt`))).obligations, gold);
    const converted = leadRightF1((await extractAnyFormat(fixture(`${name}.${format}`))).obligations, gold);
    console.log(`${name}.${format}: lead-right F1 ${converted.toFixed(1)} (text ${text.toFixed(1)})`);
    expect(converted).toBeGreaterThanOrEqual(text - 2);
  });
});
