/** Small synthetic gazettes for tests: a notice's head and signature around a body. */

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
