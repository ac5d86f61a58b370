import { expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { gazetteDocument } from './gazette-text.ts';

/** The record of the last dated sentence of a body set in a gazette notice, whatever came before it. */
export function lastRecord(body: string) {
  const { obligations } = extractText(gazetteDocument({ body }), 'body.txt');
  expect(obligations.length).toBeGreaterThan(0);
  return obligations.at(-1)!;
}

/** A table of bodies and the lead their last record must have, one test each. */
export const leads = (rows: Array<[string, string[]]>) => it.each(rows)('%s', (body, lead) => expect(lastRecord(body).lead).toEqual(lead));
