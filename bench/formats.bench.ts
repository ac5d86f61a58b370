// Reading published formats: PDF pages per second (pdf.js text and layout rebuilt into lines) and
// Word/HTML documents per second, on the LibreOffice fixtures of test/fixtures/formats, each set
// beside extracting the text version of the same gazette, so the conversion's share is seen.
// Prints figures and ratios; asserts nothing. `npm run bench -- formats` runs only this.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAnyFormat } from '../src/extract/index.ts';
import { readGazette } from '../src/formats/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) => path.join(root, 'test/fixtures/formats', name);
/** Repeat until a measurement has run this long, so one slow pass does not decide it. */
const MIN_SECONDS = 3;

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Passes over `work` for at least MIN_SECONDS: wall and CPU seconds per pass. */
async function measure(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await work(); // warm-up: module loading and the JIT are not the figure
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let passes = 0;
  do {
    await work();
    passes++;
  } while ((performance.now() - start) / 1000 < MIN_SECONDS);
  return { wall: (performance.now() - start) / 1000 / passes, cpu: cpuSince(cpuStart) / passes };
}

export async function run(): Promise<void> {
  const pdfs = ['zj-2018-30.pdf', 'zj-2015-28.pdf', 'xuzhuang-2017.pdf'];
  let pages = 0;
  for (const f of pdfs) pages += new Set((await readGazette(fixture(f))).pages).size;
  const pdfRead = await measure(async () => {
    for (const f of pdfs) await readGazette(fixture(f));
  });
  const pdfExtract = await measure(async () => {
    for (const f of pdfs) await extractAnyFormat(fixture(f));
  });
  console.log(`PDF, ${pdfs.length} files, ${pages} pages (one a two-column layout)`);
  console.log(`  read into lines      ${(pages / pdfRead.wall).toFixed(1).padStart(7)} pages/s   (CPU ${(pages / pdfRead.cpu).toFixed(1)} pages/s)`);
  console.log(`  read and extracted   ${(pages / pdfExtract.wall).toFixed(1).padStart(7)} pages/s   (CPU ${(pages / pdfExtract.cpu).toFixed(1)} pages/s)`);

  for (const [label, files] of [
    ['DOCX (mammoth)', ['zj-2018-30.docx', 'zj-2015-28.docx', 'xuzhuang-2017.docx']],
    ['DOC (word-extractor)', ['xuzhuang-2017.doc']],
    ['HTML page', ['zj-2018-30.html', 'xuzhuang-2017.html', 'gov-page.gbk.html']],
  ] as const) {
    const read = await measure(async () => {
      for (const f of files) await readGazette(fixture(f));
    });
    const extracted = await measure(async () => {
      for (const f of files) await extractAnyFormat(fixture(f));
    });
    console.log(`${label}, ${files.length} document${files.length > 1 ? 's' : ''}`);
    console.log(`  read into lines      ${(files.length / read.wall).toFixed(1).padStart(7)} documents/s`);
    console.log(`  read and extracted   ${(files.length / extracted.wall).toFixed(1).padStart(7)} documents/s`);
  }

  // The same gazettes as text: what the conversion adds to extraction.
  const texts = ['zj-2018-30.txt', 'zj-2015-28.txt', 'xuzhuang-2017.txt'];
  const text = await measure(async () => {
    for (const f of texts) await extractAnyFormat(fixture(f));
  });
  console.log(`text versions, ${texts.length} documents: ${(texts.length / text.wall).toFixed(1)} documents/s; ` +
    `PDF reading costs ${((pdfExtract.wall - text.wall) / pdfExtract.wall * 100).toFixed(0)}% of PDF extraction`);
}
