import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { PATHOLOGICAL_FORMS, type PathologicalForm } from './pathological-forms.ts';

// Each form once made extraction superlinear (a 96 KB paragraph took 16 s, 4.7 MB never ended;
// later a scan to the end of the clause for each finding made 1 MB of a line without punctuation
// take 11.7 s while it still finished). So each form is read whole at two sizes and its cost per MB
// compared: no wall-time threshold, only the ratio of one measurement of the same text at two sizes.
// The measurement is this process's CPU time (a busy machine adds less to it than to wall time),
// the least of a few runs for the small size, after a warm-up that leaves compiling out of it.
// A linear reading costs the same per MB or less at 8× the size (0.3–0.7 measured); a cost
// that grows with the line costs several times more per MB (6× for the regression above).
const SMALL = 250_000;
const LARGE = 2_000_000;
const MAX_GROWTH = 3;

/** CPU seconds per MB of extracting `form` at `bytes`, the least of `runs` runs, its record count checked. */
function cpuPerMb(form: PathologicalForm, bytes: number, runs: number): number {
  const text = form.build(bytes);
  let least = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    const { obligations } = extractText(text, 'pathological.txt');
    const used = process.cpuUsage(start);
    expect(obligations).toHaveLength(form.records(bytes));
    least = Math.min(least, (used.user + used.system) / 1e6 / (Buffer.byteLength(text, 'utf8') / 1e6));
  }
  return least;
}

describe('extraction costs no more per MB at 2 MB than at 250 KB for each pathological form', () => {
  it.each(PATHOLOGICAL_FORMS.map((f) => [f.name, f] as const))('%s', (_name, form) => {
    cpuPerMb(form, SMALL, 1);
    const small = cpuPerMb(form, SMALL, 2);
    const large = cpuPerMb(form, LARGE, 1);
    expect(large / small).toBeLessThan(MAX_GROWTH);
  }, 300_000);
});
