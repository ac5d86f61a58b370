import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/index.ts';
import { PATHOLOGICAL_FORMS } from './pathological-forms.ts';

// Each form once made extraction superlinear (a 96 KB paragraph took 16 s, 4.7 MB never ended).
// Time is the bench's to measure (`npm run bench -- extract`); here 1 MB of each must be read
// whole, every record found. The timeout only keeps a regression from hanging the suite.
const MB = 1_000_000;

describe('extraction reads 1 MB of each pathological form whole', () => {
  it.each(PATHOLOGICAL_FORMS.map((f) => [f.name, f] as const))('%s', (_name, form) => {
    const { obligations } = extractText(form.build(MB), 'pathological.txt');
    expect(obligations).toHaveLength(form.records(MB));
  }, 300_000);
});
