/** A task table written in each layout documents print it in, from its rows (the header first). */

/** A Markdown pipe table (text taken from web pages). */
export const pipeTable = (rows: string[][]): string => {
  const [header, ...body] = rows;
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
};

/** Tab-separated rows (text taken from PDF). */
export const tabTable = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

/** One cell per line, as a table copied from a page often comes. */
export const cellPerLine = (rows: string[][]): string => rows.flat().join('\n');
