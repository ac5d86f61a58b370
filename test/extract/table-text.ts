/** A task table written in each layout documents print it in, from its rows (the header first). */
import type { DocumentParts } from './gazette-text.ts';

/** A Markdown pipe table (text taken from web pages). */
export const pipeTable = (rows: string[][]): string => {
  const [header, ...body] = rows;
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
};

/** Tab-separated rows (text taken from PDF). */
export const tabTable = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

/** One cell per line, as a table copied from a page often comes. */
export const cellPerLine = (rows: string[][]): string => rows.flat().join('\n');

/** The layouts by name, for a table of cases run in each. */
export const TABLE_LAYOUTS = [
  ['pipe', pipeTable],
  ['tab', tabTable],
  ['one cell a line', cellPerLine],
] as const;

/** The notice a county's task table comes under in these tests: its plan year 2023, issued 2023-03-01. */
export const countyTaskNotice = (body: string): DocumentParts => ({
  body,
  title: '某县人民政府办公室关于印发2023年重点工作任务分工方案的通知',
  number: '某政办发〔2023〕5号',
  issuer: '某县人民政府办公室',
  issued: '2023 年 3 月 1 日',
});

/** A case of a table of cases: its name, the text and the records expected. */
export type TableCase = [name: string, text: string, expected: string[]];

/** One case for each layout, the same rows written in it. */
export const inEachLayout = (name: string, rows: string[][], expected: string[]): TableCase[] =>
  TABLE_LAYOUTS.map(([layout, write]): TableCase => [`${name}, ${layout}`, write(rows), expected]);
