import type { Obligation } from '../obligation.ts';
import { readGazetteFile } from '../gazette/read.ts';

/** Every dated obligation in a gazette's text. `source` is the name records carry (the file's base name). */
export function extractText(_text: string, _source: string): Obligation[] {
  return [];
}

/** Reads, decodes and extracts one gazette file; unreadable input is an InputError naming the file. */
export function extractFile(file: string): Obligation[] {
  return extractText(readGazetteFile(file), file.split(/[\\/]/).pop() ?? file);
}
