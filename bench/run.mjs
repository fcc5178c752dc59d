// run.mjs - ./build.sh bench [--check]: core (native vs wasm) and page
// benchmarks, written to bench/results.json and printed as a Markdown table.
// With --check, a broken budget makes the run fail.
//
// The core budgets use CPU time per call (process CPU time natively,
// process.cpuUsage in Node): on a shared, busy machine wall-clock time mostly
// measures the queue for a core. Both are in results.json, with the load
// average at each step and, natively, callgrind's instructions per call.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { benchCore } from './core.mjs';
import { benchPage } from './page.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));
const range = (s) => `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'unknown';
  }
  return { cpu: cpus()[0]?.model, cores: cpus().length, memory_gb: +(totalmem() / 2 ** 30).toFixed(1), kernel: release(), node: process.version, chromium };
}

const loadAtStart = loadavg();
console.error('core benchmarks (native vs wasm):');
const core = await benchCore(root);
console.error('page benchmarks (headless Chromium):');
const page = await benchPage(root);

const find = (prefix) => core.find((r) => r.name.startsWith(prefix));
const smart = find('smart.evaluate');
const budgets = [
  ['first-load transfer (gzip)', page.transfer.total_gzip_bytes / 1024, '<=', 150, 'KB'],
  ['first evaluated goal on screen', page.first_evaluation_ms.median, '<=', 300, 'ms'],
  ['smart.evaluate native throughput', 1000 / smart.native.cpu.median, '>=', 100000, '/s'],
  // The wasm build against the native one, each called the same way (gp_call
  // on a request already in its memory); the table also shows the wasm
  // through core.js, as the page calls it.
  ...core.map((r) => [`wasm/native, ${r.name}`, r.core_cpu_ratio, '<=', 2, '×']),
  // The app asks about goals of the plan it has open (plan.open); the
  // figures with the whole plan sent each time are in the core table.
  ['goal.progress, 10,000 measurements, native', find('goal.progress (10,000 measurements, open plan)').native.cpu.median, '<=', 1, 'ms'],
  ['plan.summary, 200 goals × 500, wasm', find('plan.summary (200 goals × 500 measurements, open plan)').wasm.cpu.median, '<=', 50, 'ms'],
  ['open a plan of 200 goals × 500 measurements', page.open_large_plan_ms.median, '<=', 500, 'ms'],
  ['render a 10,000-point chart', page.chart_10k_ms.median, '<=', 100, 'ms'],
  ['wasm memory growth over 100,000 evaluations', page.wasm_memory.growth_bytes, '<=', 0, 'bytes'],
].map(([name, value, op, limit, unit]) => ({ name, value, op, limit, unit, ok: op === '<=' ? value <= limit : value >= limit }));

const results = {
  date: new Date().toISOString(),
  machine: machine(),
  load_average: { start: loadAtStart, end: loadavg(), note: '1, 5 and 15 minute load averages' },
  core, page, budgets,
};
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 1) + '\n');

const lines = [];
const la = (l) => l.map((x) => x.toFixed(1)).join(' ');
lines.push(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memory_gb} GiB, Node ${results.machine.node}, ${results.machine.chromium}`);
lines.push(`Load average at start ${la(results.load_average.start)}, at end ${la(results.load_average.end)} (1, 5, 15 min).`);
const pinned = core[0]?.pinned_cpu;
lines.push('', `Core: CPU ms per call (min / median / max); wall-clock medians and native instructions per call (callgrind) beside. Native and wasm rounds alternate${pinned != null ? `, both on CPU ${pinned}` : ''}; wasm/native is the median of the per-round ratios.`, '');
lines.push('"wasm core" is the wasm called as bench_core calls the native core (gp_call on a request already in its memory); "wasm via core.js" is how the page calls it, turning the request into bytes and the answer back into text.', '');
lines.push('| core call | native CPU ms | wasm core CPU ms | wasm core / native | wasm via core.js CPU ms | via core.js / native | native wall ms | native instructions/call |', '|---|---|---|---|---|---|---|---|');
for (const r of core) {
  const ins = r.native.instructions_per_call ? r.native.instructions_per_call.toLocaleString('en') : '–';
  lines.push(`| ${r.name} | ${range(r.native.cpu)} | ${range(r.wasm_core.cpu)} | ${r.core_cpu_ratio.toFixed(2)} | ${range(r.wasm.cpu)} | ${r.cpu_ratio.toFixed(2)} | ${fmt(r.native.median)} | ${ins} |`);
}
lines.push('', '| page | min / median / max |', '|---|---|');
for (const [name, s] of Object.entries(page.timings)) lines.push(`| ${name} | ${range(s)} ms |`);
lines.push('', '| asset | bytes | gzip bytes |', '|---|---|---|');
for (const a of page.transfer.assets) lines.push(`| ${a.file} | ${a.bytes} | ${a.gzip_bytes} |`);
lines.push(`| **total** | ${page.transfer.total_bytes} | ${page.transfer.total_gzip_bytes} |`);
const mem = page.wasm_memory;
lines.push('', `wasm memory: ${mem.before_bytes} bytes after ${mem.warmup_calls.toLocaleString('en')} smart.evaluate calls, ${mem.after_bytes} after ${mem.calls.toLocaleString('en')} more (growth ${mem.growth_bytes}); ${mem.evaluations_per_second_in_chromium.toLocaleString('en')} evaluations/s in Chromium.`);
lines.push('', '| budget | measured | limit | |', '|---|---|---|---|');
for (const b of budgets) lines.push(`| ${b.name} | ${+b.value.toFixed(3)} ${b.unit} | ${b.op} ${b.limit} ${b.unit} | ${b.ok ? 'met' : '**broken**'} |`);
console.log(lines.join('\n'));

const broken = budgets.filter((b) => !b.ok);
if (check && broken.length) {
  console.error(`\n${broken.length} budget(s) broken: ${broken.map((b) => b.name).join('; ')}`);
  process.exit(1);
}
