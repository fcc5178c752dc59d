// run.mjs - ./build.sh bench [--check]: core (native vs wasm) and page
// benchmarks, written to bench/results.json and printed as a Markdown table.
// With --check, a broken budget makes the run fail.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
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

console.error('core benchmarks (native vs wasm):');
const core = await benchCore(root);
console.error('page benchmarks (headless Chromium):');
const page = await benchPage(root);

const find = (prefix) => core.find((r) => r.name.startsWith(prefix));
const smart = find('smart.evaluate');
const budgets = [
  ['first-load transfer (gzip)', page.transfer.total_gzip_bytes / 1024, '<=', 150, 'KB'],
  ['first evaluated goal on screen', page.first_evaluation_ms.median, '<=', 300, 'ms'],
  ['smart.evaluate native throughput', 1000 / smart.native.median, '>=', 100000, '/s'],
  ['worst wasm/native ratio', Math.max(...core.map((r) => r.ratio)), '<=', 2, '×'],
  ['goal.progress, 10,000 measurements, native', find('goal.progress (10,000').native.median, '<=', 1, 'ms'],
  ['plan.summary, 200 goals × 500, wasm', find('plan.summary (200 goals × 500').wasm.median, '<=', 50, 'ms'],
  ['open a plan of 200 goals × 500 measurements', page.open_large_plan_ms.median, '<=', 500, 'ms'],
  ['render a 10,000-point chart', page.chart_10k_ms.median, '<=', 100, 'ms'],
  ['wasm memory growth over 100,000 evaluations', page.wasm_memory.growth_bytes, '<=', 0, 'bytes'],
].map(([name, value, op, limit, unit]) => ({ name, value, op, limit, unit, ok: op === '<=' ? value <= limit : value >= limit }));

const results = { date: new Date().toISOString(), machine: machine(), core, page, budgets };
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 1) + '\n');

const lines = [];
lines.push(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memory_gb} GiB, Node ${results.machine.node}, ${results.machine.chromium}`);
lines.push('', '| core call | native ms (min / median / max) | wasm ms (min / median / max) | wasm/native |', '|---|---|---|---|');
for (const r of core) lines.push(`| ${r.name} | ${range(r.native)} | ${range(r.wasm)} | ${r.ratio.toFixed(2)} |`);
lines.push('', '| page | min / median / max |', '|---|---|');
for (const [name, s] of Object.entries(page.timings)) lines.push(`| ${name} | ${range(s)} ms |`);
lines.push('', '| asset | bytes | gzip bytes |', '|---|---|---|');
for (const a of page.transfer.assets) lines.push(`| ${a.file} | ${a.bytes} | ${a.gzip_bytes} |`);
lines.push(`| **total** | ${page.transfer.total_bytes} | ${page.transfer.total_gzip_bytes} |`);
lines.push('', '| budget | measured | limit | |', '|---|---|---|---|');
for (const b of budgets) lines.push(`| ${b.name} | ${+b.value.toFixed(3)} ${b.unit} | ${b.op} ${b.limit} ${b.unit} | ${b.ok ? 'met' : '**broken**'} |`);
console.log(lines.join('\n'));

const broken = budgets.filter((b) => !b.ok);
if (check && broken.length) {
  console.error(`\n${broken.length} budget(s) broken: ${broken.map((b) => b.name).join('; ')}`);
  process.exit(1);
}
