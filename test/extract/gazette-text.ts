/** Small synthetic gazettes for tests: a notice's head and signature around a body. */
import { fixedClock, parseNow } from '../../src/clock.ts';
import { extractText } from '../../src/extract/index.ts';

export interface DocumentParts {
  title?: string;
  number?: string;
  issuer?: string;
  issued?: string;
  body: string;
}

export const DEFAULT_TITLE = '浙江省人民政府办公厅关于印发2018年数据共享工作要点的通知';
export const DEFAULT_NUMBER = '浙政办发〔2018〕30号';

/** One document as a gazette prints it: title, 文号, recipients, body, issuer and date. */
export function gazetteDocument({
  title = DEFAULT_TITLE,
  number = DEFAULT_NUMBER,
  issuer = '浙江省人民政府办公厅',
  issued = '2018 年 3 月 20 日',
  body,
}: DocumentParts): string {
  return [title, '', number, '', '各市、县(市、区)人民政府,省政府直属各单位:', '', body, '', issuer, '', issued, ''].join('\n');
}

/** A clock after every synthetic document's dates. */
const AFTER_EVERY_DOCUMENT = fixedClock(parseNow('2031-05-01'));

/** The records extracted from one synthetic document. */
export function recordsOf(parts: DocumentParts, file = 'synthetic.txt') {
  return extractText(gazetteDocument(parts), file, AFTER_EVERY_DOCUMENT).obligations;
}
