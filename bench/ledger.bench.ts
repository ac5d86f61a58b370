// The ledger and the reminder scheduler at scale. Import throughput through importObligations; then a
// synthetic ledger of 1,000,000 obligations and 10,000 recipients written straight into a temp
// SQLite file, and over it: a scheduler pass with nothing due (aim < 50 ms), planning one day's
// reminders (aim < 5 s), writing them to the outbox, and the peak memory of the process.
// BENCH_LEDGER_OBLIGATIONS / BENCH_LEDGER_RECIPIENTS shrink it for a quick look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { fixedClock, parseNow } from '../src/clock.ts';
import type { Channel } from '../src/notify/channel.ts';
import type { Obligation } from '../src/obligation.ts';
import { officialCalendar } from '../src/calendar/workdays.ts';
import { addDays, fromDayNumber, toDayNumber } from '../src/calendar/dates.ts';
import { defaultPolicy } from '../src/plan/policy.ts';
import type { Recipient } from '../src/recipients/file.ts';
import { Audience } from '../src/scheduler/audience.ts';
import { runPass } from '../src/scheduler/pass.ts';
import { planDays } from '../src/scheduler/plan-day.ts';
import { openDb, type Db } from '../src/store/db.ts';
import { importObligations } from '../src/store/import.ts';
import { writeOutbox } from '../src/store/outbox.ts';
import { loadUnitDirectory } from '../src/units/directory.ts';
import { seededRandom } from './random.ts';

const OBLIGATIONS = Number(process.env.BENCH_LEDGER_OBLIGATIONS ?? 1_000_000);
const RECIPIENTS = Number(process.env.BENCH_LEDGER_RECIPIENTS ?? 10_000);
const UNIT_POOL = 20_000; // about 50 obligations per unit; 10,000 recipients cover some of them
const PER_DOCUMENT = 200;
const RECURRING_SHARE = 0.05;
const GROUP_SHARE = 0.0002; // obligations addressed to 省级有关单位: each reaches every provincial recipient
const DONE_SHARE = 0.8; // of past occurrences: a live ledger is mostly worked off
const RRULES = ['FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=3,6,9,12;BYMONTHDAY=-1', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1'];
const NOW = '2018-06-22T09:00+08:00'; // a Friday
const FIRST_DUE = '2016-01-01';
const LAST_DUE = '2020-12-31';

const unitName = (i: number) => (i % 2 === 0 ? `省第${i}厅` : `某市第${i}局`);

const ms = (t0: number) => `${(performance.now() - t0).toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function benchImport(dir: string): void {
  const db = openDb(path.join(dir, 'import.db'));
  const n = 20_000;
  const rand = seededRandom(7);
  const records: Obligation[] = Array.from({ length: n }, (_, i) => ({
    source: 'bench.txt',
    line: i + 1,
    expression: '2018年6月底前',
    kind: 'once',
    due: fromDayNumber(toDayNumber('2018-01-01') + Math.floor(rand() * 730)),
    rrule: null,
    start: null,
    within: null,
    target: false,
    lead: [unitName(Math.floor(rand() * UNIT_POOL))],
    co: [unitName(Math.floor(rand() * UNIT_POOL)), unitName(Math.floor(rand() * UNIT_POOL))],
    task: `第${i}项任务:完成相关系统建设并报送进展情况`,
    doc: { number: `浙政办发〔2018〕${Math.floor(i / 100)}号`, title: `文件${Math.floor(i / 100)}`, issued: '2018-01-10' },
  }));
  let t0 = performance.now();
  importObligations(db, 'bench.txt', records, parseNow(NOW));
  const first = performance.now() - t0;
  t0 = performance.now();
  const again = importObligations(db, 'bench.txt', records, parseNow(NOW));
  const second = performance.now() - t0;
  console.log(`import ${n} records (new):        ${first.toFixed(0)} ms  (${Math.round(n / (first / 1000))} records/s)`);
  console.log(`re-import, all unchanged:         ${second.toFixed(0)} ms  (${Math.round(n / (second / 1000))} records/s; ${again.unchanged} unchanged)`);
  db.close();
}

/** The ledger's own indexes, dropped while filling and built once after: the fill is set-up, not measured. */
function ledgerIndexes(): Array<{ name: string; sql: string }> {
  const sql = fs.readFileSync(new URL('../src/store/migrations/001-ledger.sql', import.meta.url), 'utf8');
  return [...sql.matchAll(/CREATE INDEX (\w+) ON [^;]+;/g)].map((m) => ({ name: m[1], sql: m[0] }));
}

/** Writes the synthetic ledger with plain inserts (the import path is measured above). */
function fillLedger(db: Db): void {
  const indexes = ledgerIndexes();
  for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
  db.pragma('synchronous = OFF');
  const rand = seededRandom(42);
  const span = toDayNumber(LAST_DUE) - toDayNumber(FIRST_DUE);
  const doc = db.prepare('INSERT INTO documents (id, number, title, issued, source) VALUES (?, ?, ?, ?, ?)');
  const ob = db.prepare(
    `INSERT INTO obligations (id, document_id, source, line, expression, kind, due, rrule, start, within, target, lead, co, task, content, imported_at, updated_at)
     VALUES (?, ?, 'bench.txt', ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, '', '2018-01-01T00:00:00Z', '2018-01-01T00:00:00Z')`,
  );
  const unit = db.prepare('INSERT OR IGNORE INTO obligation_units (obligation_id, unit, role) VALUES (?, ?, ?)');
  const done = db.prepare("INSERT INTO done_occurrences (obligation_id, occurrence, done_by, done_at) VALUES (?, ?, 'bench', '2018-01-01T00:00:00Z')");
  const today = NOW.slice(0, 10);
  db.transaction(() => {
    for (let d = 0; d * PER_DOCUMENT < OBLIGATIONS; d++) {
      const issued = fromDayNumber(toDayNumber('2016-01-01') + (d % 900));
      doc.run(`D${d}`, `浙政办发〔${2016 + (d % 3)}〕${d}号`, `文件${d}`, issued, 'bench.txt');
    }
    for (let i = 0; i < OBLIGATIONS; i++) {
      const id = i.toString(16).padStart(16, '0');
      const recurring = rand() < RECURRING_SHARE;
      const due = recurring ? null : fromDayNumber(toDayNumber(FIRST_DUE) + Math.floor(rand() * span));
      const lead = rand() < GROUP_SHARE ? '省级有关单位' : unitName(Math.floor(rand() * UNIT_POOL));
      const co = unitName(Math.floor(rand() * UNIT_POOL));
      const docId = `D${Math.floor(i / PER_DOCUMENT)}`;
      ob.run(id, docId, i + 1, recurring ? '每月' : '6月底前', recurring ? 'recurring' : 'once', due, recurring ? RRULES[i % RRULES.length] : null, null, JSON.stringify([lead]), JSON.stringify([co]), `第${i}项任务`);
      unit.run(id, lead, 'lead');
      unit.run(id, co, 'co');
      if (due !== null && due < today && rand() < DONE_SHARE) done.run(id, due);
    }
  })();
  for (const i of indexes) db.exec(i.sql);
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
}

function recipients(): Recipient[] {
  const rand = seededRandom(99);
  return Array.from({ length: RECIPIENTS }, (_, i) => ({
    id: `r${i}`,
    name: `收件人${i}`,
    email: `r${i}@example.gov.cn`,
    units: rand() < 0.3 ? [unitName(Math.floor(rand() * UNIT_POOL)), unitName(Math.floor(rand() * UNIT_POOL))] : [unitName(Math.floor(rand() * UNIT_POOL))],
  }));
}

/** A channel that accepts everything at once: the figures are the scheduler's, not an SMTP server's. */
const accepting: Channel = { name: 'email', addressOf: (r) => r.email ?? null, deliver: async () => ({ status: 'accepted' }) };

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shixian-bench-ledger-'));
  try {
    benchImport(dir);

    const file = path.join(dir, 'ledger.db');
    const db = openDb(file);
    let t0 = performance.now();
    fillLedger(db);
    console.log(`synthetic ledger: ${OBLIGATIONS.toLocaleString('en')} obligations (${RECURRING_SHARE * 100}% recurring, ${DONE_SHARE * 100}% of past ones done), ${RECIPIENTS.toLocaleString('en')} recipients, written in ${ms(t0)}; file ${mb(fs.statSync(file).size)}`);

    const policy = defaultPolicy;
    const calendar = officialCalendar();
    const units = loadUnitDirectory('rules');
    const people = recipients();
    const logger = pino({ level: 'silent' });
    const day = NOW.slice(0, 10);

    t0 = performance.now();
    const audience = new Audience(people, units);
    const planned = planDays(
      {
        db,
        policy,
        calendar,
        audience,
        channels: [accepting],
        units,
        skip: (ids, error) => {
          throw new Error(`the synthetic ledger holds an unplannable record ${ids[0]}: ${error}`);
        },
      },
      [day],
    );
    const planMs = performance.now() - t0;
    t0 = performance.now();
    const written = writeOutbox(db, day, planned, parseNow(NOW), { planned_through: day });
    const writeMs = performance.now() - t0;
    console.log(`plan one day (${day}):           ${planMs.toFixed(0)} ms  → ${planned.length.toLocaleString('en')} reminders  (aim < 5000 ms)`);
    console.log(`write them to the outbox:         ${writeMs.toFixed(0)} ms  → ${written.digests.toLocaleString('en')} digests`);
    console.log(`plan + write:                     ${(planMs + writeMs).toFixed(0)} ms  (ratio to aim ${((planMs + writeMs) / 5000).toFixed(2)})`);

    // Everything for the day handed over; now a pass finds nothing to plan and nothing to send.
    db.prepare("UPDATE outbox SET status = 'sent', sent_at = ?").run(parseNow(NOW).toISOString());
    const deps = { db, clock: fixedClock(parseNow(NOW)), policy, calendar, units, recipients: () => people, channels: [accepting], logger };
    await runPass(deps);
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const at = new Date(parseNow(NOW).getTime() + (i + 1) * 60_000);
      t0 = performance.now();
      const r = await runPass({ ...deps, clock: fixedClock(at) });
      times.push(performance.now() - t0);
      if (r.reminders !== 0 || r.delivery.sent !== 0) throw new Error('a pass with nothing due did something');
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)];
    const max = times[times.length - 1];
    console.log(`pass with nothing due (50 passes): p50 ${p50.toFixed(2)} ms, max ${max.toFixed(2)} ms  (aim < 50 ms; ratio ${(max / 50).toFixed(3)})`);

    // The next working day, from the scheduler's own pass (plan + write + deliver to the accepting channel).
    t0 = performance.now();
    const monday = await runPass({ ...deps, clock: fixedClock(parseNow(`${addDays(day, 3)}T09:00+08:00`)) });
    console.log(`full pass for Monday ${addDays(day, 3)}:   ${ms(t0)}  → ${monday.reminders.toLocaleString('en')} reminders, ${monday.delivery.sent.toLocaleString('en')} digests delivered`);
    console.log(`peak memory (max RSS):            ${mb(process.resourceUsage().maxRSS * 1024)}`);
    console.log('indexes doing the work: obligations_due (due, partial on live rows), obligation_units_unit, outbox_pending (partial on pending), done_occurrences primary key');
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
