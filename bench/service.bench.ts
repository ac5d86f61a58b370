// The service's HTTP endpoints over a large ledger: /healthz (what Docker's HEALTHCHECK calls every
// 30 s), one unit's calendar feed, and the ledger CSV whole, for one unit and for one month. Requests
// go through the real HTTP server on 127.0.0.1. BENCH_SERVICE_OBLIGATIONS sets the ledger's size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { fixedClock, parseNow } from '../src/clock.ts';
import { startHttpServer } from '../src/http/server.ts';
import type { Obligation } from '../src/obligation.ts';
import { addDays } from '../src/calendar/dates.ts';
import { defaultPolicy } from '../src/plan/policy.ts';
import { serviceEndpoints } from '../src/service/endpoints.ts';
import { openDb } from '../src/store/db.ts';
import { importObligations } from '../src/store/import.ts';
import { UnitDirectory } from '../src/units/directory.ts';

const OBLIGATIONS = Number(process.env.BENCH_SERVICE_OBLIGATIONS ?? 100_000);
const PER_GAZETTE = 1_000;
const UNITS = 2_000; // about 100 obligations lead or co-operated per unit
const NOW = parseNow('2018-06-22T09:00+08:00');
const BENCH_LEDGER_TOKEN = 'bench-ledger-token-0123456789';
const RRULES = ['FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1'];

const unitName = (i: number) => `省第${i}厅`;

function record(i: number): Obligation {
  const recurring = i % 20 === 0;
  return {
    source: `g${Math.floor(i / PER_GAZETTE)}.txt`,
    line: (i % PER_GAZETTE) + 1,
    expression: recurring ? '每月' : '6月底前',
    kind: recurring ? 'recurring' : 'once',
    due: recurring ? null : addDays('2016-01-01', (i * 7919) % 1826),
    rrule: recurring ? RRULES[i % RRULES.length] : null,
    start: null,
    within: null,
    target: false,
    lead: [unitName((i * 31) % UNITS)],
    co: [unitName((i * 17 + 5) % UNITS)],
    task: `第${i}项任务:完成相关系统建设并报送进展情况`,
    doc: { number: `浙政办发〔2017〕${Math.floor(i / 100)}号`, title: `文件${Math.floor(i / 100)}`, issued: '2017-01-10' },
  };
}

async function timed(url: string, runs: number): Promise<{ ms: number; bytes: number; status: number }> {
  let bytes = 0;
  let status = 0;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const res = await fetch(url);
    status = res.status;
    bytes = (await res.arrayBuffer()).byteLength;
  }
  return { ms: (performance.now() - t0) / runs, bytes, status };
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-bench-service-'));
  const file = path.join(dir, 'shixian.db');
  const db = openDb(file);
  try {
    let t0 = performance.now();
    for (let g = 0; g * PER_GAZETTE < OBLIGATIONS; g++) {
      const records = Array.from({ length: Math.min(PER_GAZETTE, OBLIGATIONS - g * PER_GAZETTE) }, (_, k) => record(g * PER_GAZETTE + k));
      importObligations(db, `g${g}.txt`, records, NOW);
    }
    console.log(`ledger: ${OBLIGATIONS.toLocaleString('en')} obligations (5% recurring) over ${UNITS.toLocaleString('en')} units, imported in ${(performance.now() - t0).toFixed(0)} ms`);

    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
      endpoints: serviceEndpoints({
        db,
        dbPath: file,
        directory: new UnitDirectory({ units: [], groups: [] }),
        policy: defaultPolicy,
        clock: fixedClock(NOW),
        startedAt: NOW,
        degradations: () => [],
        scheduler: () => ({ lastPassAt: NOW, nextPassAt: new Date(NOW.getTime() + 60_000), lastError: null, unplannable: [], channelErrors: {} }),
        details: () => ({}),
        ledgerToken: BENCH_LEDGER_TOKEN,
      }),
    });
    const rows: Array<[string, string, number]> = [
      ['/healthz', '/healthz', 20],
      ['one unit’s calendar feed', `/calendar/${encodeURIComponent(unitName(7))}.ics`, 10],
      ['ledger CSV, one unit', `/obligations.csv?unit=${encodeURIComponent(unitName(7))}&token=${BENCH_LEDGER_TOKEN}`, 10],
      ['ledger CSV, one month', `/obligations.csv?from=2018-06-01&to=2018-06-30&token=${BENCH_LEDGER_TOKEN}`, 3],
      ['ledger CSV, whole', `/obligations.csv?token=${BENCH_LEDGER_TOKEN}`, 1],
    ];
    for (const [what, p, runs] of rows) {
      const r = await timed(`${server.url}${p}`, runs);
      console.log(`${what.padEnd(28)} ${r.ms.toFixed(1).padStart(8)} ms  ${(r.bytes / 1024).toFixed(0).padStart(7)} KiB  (HTTP ${r.status}, mean of ${runs})`);
    }
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    await server.close();
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
