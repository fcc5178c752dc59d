// core.mjs - times the core natively (bench_core) and as wasm in Node on the
// same request files, and reports each figure with min/median/max per call.
// Natively it also counts the instructions per call under callgrind, a figure
// the load of a shared machine does not move (GP_BENCH_CALLGRIND=0 skips it).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCore } from '../web/src/core.js';
import { writeCases } from './inputs.mjs';
import { stats } from './stats.mjs';

const ROUNDS = 7;

function buildNative(root) {
  const dir = join(root, 'build/bench');
  execFileSync('cmake', ['-S', root, '-B', dir, '-DCMAKE_BUILD_TYPE=Release'], { stdio: 'ignore' });
  execFileSync('cmake', ['--build', dir, '-j2', '--target', 'bench_core'], { stdio: 'ignore' });
  return join(dir, 'bench_core');
}

const setupArgs = (c) => (c.setup ? [c.setup.method, c.setup.file] : []);

/** One timed native round of C in a fresh bench_core: {wall, cpu} ms per call, max_rss_kb. */
function nativeRound(binary, c) {
  const run = spawnSync(binary, [c.method, c.file, String(c.reps), '1', ...setupArgs(c)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`native ${c.name}: ${run.stderr}`);
  const out = JSON.parse(run.stdout);
  return { wall: out.per_call_ms[0], cpu: out.cpu_per_call_ms[0], max_rss_kb: out.max_rss_kb };
}

function hasCallgrind() {
  if (process.env.GP_BENCH_CALLGRIND === '0') return false;
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Instructions callgrind counts inside gp_call for bench_core run with ARGS. */
function collected(binary, c, args) {
  const run = spawnSync('valgrind', [
    '--tool=callgrind', '--toggle-collect=gp_call', '--callgrind-out-file=/dev/null',
    binary, c.method, c.file, ...args, ...setupArgs(c),
  ], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const count = /Collected\s*:\s*(\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !count) throw new Error(`callgrind ${c.name}: ${(run.stderr ?? '').slice(-500)}`);
  return Number(count[1]);
}

/**
 * Instructions per call, counted by callgrind inside gp_call only (so reading
 * the request file does not count), over bench_core's one checking pass. A
 * case with a setup call (plan.open) counts the difference between a run
 * with two more calls per request and one without: the setup and the first
 * call, which builds what later calls reuse, fall out.
 */
function countNative(binary, c, requests) {
  if (!c.setup) return Math.round(collected(binary, c, ['1', '0']) / requests);
  return Math.round((collected(binary, c, ['2', '1']) - collected(binary, c, ['1', '0'])) / (2 * requests));
}

/** Opens C's plan when it has a setup call and checks each request succeeds; returns the requests. */
function prepareWasm(core, c) {
  if (c.setup) {
    const opened = core.callText(c.setup.method, readFileSync(c.setup.file, 'utf8'));
    if (!opened.startsWith('{"ok":true')) throw new Error(`wasm ${c.name} setup: ${opened.slice(0, 300)}`);
  }
  const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean);
  for (const r of requests) {
    const response = core.callText(c.method, r);
    if (!response.startsWith('{"ok":true')) throw new Error(`wasm ${c.name}: ${response.slice(0, 300)}`);
  }
  return requests;
}

/** One timed wasm round of C: {wall, cpu} ms per call. */
function wasmRound(core, c, requests) {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  for (let k = 0; k < c.reps; k++) for (const r of requests) core.callText(c.method, r);
  const used = process.cpuUsage(startCpu);
  const calls = c.reps * requests.length;
  return { wall: (performance.now() - start) / calls, cpu: (used.user + used.system) / 1000 / calls };
}

/**
 * Native and wasm rounds taken in turn, so that both see the machine in the
 * same state: on a shared machine the speed of the same binary drifts by up
 * to 2x over minutes, which timing all native rounds and then all wasm rounds
 * turned into a ratio off by as much. The wasm gets one untimed round first
 * (the engine compiles hot code again, optimised, after its first calls);
 * the ratio reported is the median of the per-round ratios.
 */
function timeBoth(binary, core, c) {
  const requests = prepareWasm(core, c);
  wasmRound(core, c, requests);
  const native = [], wasm = [];
  for (let round = 0; round < ROUNDS; round++) {
    native.push(nativeRound(binary, c));
    wasm.push(wasmRound(core, c, requests));
  }
  return {
    native: { ...stats(native.map((r) => r.wall)), cpu: stats(native.map((r) => r.cpu)), max_rss_kb: Math.max(...native.map((r) => r.max_rss_kb)) },
    wasm: { ...stats(wasm.map((r) => r.wall)), cpu: stats(wasm.map((r) => r.cpu)), memory_bytes: core.memoryBytes() },
    cpu_ratio: stats(wasm.map((r, i) => r.cpu / native[i].cpu)).median,
    ratio: stats(wasm.map((r, i) => r.wall / native[i].wall)).median,
  };
}

/** Runs every core case; returns rows { name, native, wasm, ratio }. */
export async function benchCore(root) {
  const binary = buildNative(root);
  const cases = writeCases(join(root, 'build/bench/inputs'));
  const core = await loadCore({ wasmBinary: readFileSync(join(root, 'build/wasm/goalpost-core.wasm')) });
  const callgrind = hasCallgrind();
  const rows = [];
  for (const c of cases) {
    process.stderr.write(`  ${c.name} ...\n`);
    const load_average = loadavg();
    const { native, wasm, ratio, cpu_ratio } = timeBoth(binary, core, c);
    const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean).length;
    if (callgrind) native.instructions_per_call = countNative(binary, c, requests);
    rows.push({ name: c.name, method: c.method, native, wasm, ratio, cpu_ratio, load_average });
  }
  return rows;
}
