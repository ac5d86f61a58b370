/** What a document's own metadata says about it (a web page's 发文字号 / 成文日期 / 发布机构 block). */
export interface DocumentFacts {
  number?: string;
  /** ISO date. */
  issued?: string;
  issuer?: string;
  title?: string;
}

/**
 * A file as the text shixian reads: its lines (tables as tab-separated rows), and for a PDF the
 * page each line begins on. `shixian extract --text` prints these lines; records' `line` counts them.
 */
export interface ConvertedText {
  format: 'text' | 'pdf' | 'docx' | 'doc' | 'html';
  lines: string[];
  /** Page of each line (1-based), for formats that have pages. */
  pages: number[] | null;
  facts: DocumentFacts;
}
