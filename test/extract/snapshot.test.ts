import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract/index.ts';
import { CORPUS, SNAPSHOT, snapshotFiles, snapshotLine } from './snapshot/output.ts';

// The committed snapshot is main's output before an optimisation: an optimisation must not change
// one byte. A change meant to change the output regenerates it (`npx tsx test/extract/snapshot/output.ts`)
// and commits it with the change.
const REGENERATE = 'extract output differs from test/extract/snapshot/extract-output.jsonl; if the change is meant, regenerate it: npx tsx test/extract/snapshot/output.ts';
const expected = new Map(
  fs
    .readFileSync(SNAPSHOT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => [(JSON.parse(line) as { file: string }).file, line]),
);
const { sample, corpus } = snapshotFiles();

describe('extract output is byte-identical to the snapshot', () => {
  it.each(sample)('sample gazette %s', (file) => {
    expect(snapshotLine(file, extractFile), REGENERATE).toBe(expected.get(file));
  });

  if (corpus) {
    it.each(corpus)('corpus document %s', (file) => {
      expect(snapshotLine(file, extractFile), REGENERATE).toBe(expected.get(file));
    });
  } else {
    it.skip(`corpus documents: ${CORPUS} is absent, so only the sample gazettes are compared`, () => {});
  }

  it('covers every file the snapshot holds', () => {
    expect([...expected.keys()].filter((f) => !sample.includes(f) && !corpus?.includes(f) && !(corpus === null && f.startsWith('..')))).toEqual([]);
  });
});
