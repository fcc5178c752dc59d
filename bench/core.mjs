// core.mjs - times the core natively (bench_core) and as wasm in Node on the
// same request files, and reports each figure with min/median/max per call.
// Natively it also counts the instructions per call under callgrind, a figure
// the load of a shared machine does not move (GP_BENCH_CALLGRIND=0 skips it).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import createCore from '../build/wasm/goalpost-core.mjs';
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
 * the request file does not count): the difference between a run with two
 * more calls per request and one without, so that the setup call (plan.open)
 * and what the first call builds for later ones (the dictionary's hash table,
 * the catalog's index, an open plan's series) fall out. Calls of more than
 * 50M instructions, where that is lost in the noise and callgrind would take
 * minutes more, are counted over bench_core's one checking pass.
 */
function countNative(binary, c, requests) {
  const first = collected(binary, c, ['1', '0']);
  if (!c.setup && first > 50e6) return Math.round(first / requests);
  return Math.round((collected(binary, c, ['2', '1']) - first) / (2 * requests));
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
 * The wasm core called as bench_core calls the native one: the requests are
 * copied into its memory once, then each call is gp_call_sized and gp_free,
 * with no text crossing into JavaScript. A module of its own, beside the one
 * core.js loaded.
 */
async function loadBareCore(root) {
  const module = await createCore({ wasmBinary: readFileSync(join(root, 'build/wasm/goalpost-core.wasm')) });
  const encoder = new TextEncoder();
  const put = (text) => {
    const bytes = encoder.encode(text);
    const pointer = module._malloc(bytes.length + 1);
    module.HEAPU8.set(bytes, pointer);
    module.HEAPU8[pointer + bytes.length] = 0;
    return { pointer, length: bytes.length };
  };
  const call = (method, request) => module._gp_free(module._gp_call_sized(method.pointer, request.pointer, request.length, 0));
  return {
    /** C's method and requests in the module's memory (its plan opened first when it has a setup call). */
    prepare(c) {
      const method = put(c.method);
      if (c.setup) call(put(c.setup.method), put(readFileSync(c.setup.file, 'utf8')));
      const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean).map(put);
      return { method, requests, release: () => [method, ...requests].forEach((t) => module._free(t.pointer)) };
    },
    /** One timed round: {wall, cpu} ms per call. */
    round(c, { method, requests }) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      for (let k = 0; k < c.reps; k++) for (const r of requests) call(method, r);
      const used = process.cpuUsage(startCpu);
      const calls = c.reps * requests.length;
      return { wall: (performance.now() - start) / calls, cpu: (used.user + used.system) / 1000 / calls };
    },
  };
}

/**
 * Native and wasm rounds taken in turn, so that both see the machine in the
 * same state: on a shared machine the speed of the same binary drifts by up
 * to 2x over minutes, which timing all native rounds and then all wasm rounds
 * turned into a ratio off by as much. The wasm is timed twice: the core alone,
 * called like the native one (the like-for-like ratio), and through core.js as
 * the page calls it, which adds turning the texts into bytes and back. Each
 * wasm gets one untimed round first (the engine compiles hot code again,
 * optimised, after its first calls); ratios are medians of per-round ratios.
 */
function timeBoth(binary, core, bare, c) {
  const requests = prepareWasm(core, c);
  const prepared = bare.prepare(c);
  wasmRound(core, c, requests);
  bare.round(c, prepared);
  const native = [], wasm = [], wasmCore = [];
  for (let round = 0; round < ROUNDS; round++) {
    native.push(nativeRound(binary, c));
    wasmCore.push(bare.round(c, prepared));
    wasm.push(wasmRound(core, c, requests));
  }
  prepared.release();
  const ratio = (side, key) => stats(side.map((r, i) => r[key] / native[i][key])).median;
  return {
    native: { ...stats(native.map((r) => r.wall)), cpu: stats(native.map((r) => r.cpu)), max_rss_kb: Math.max(...native.map((r) => r.max_rss_kb)) },
    wasm: { ...stats(wasm.map((r) => r.wall)), cpu: stats(wasm.map((r) => r.cpu)), memory_bytes: core.memoryBytes() },
    wasm_core: { ...stats(wasmCore.map((r) => r.wall)), cpu: stats(wasmCore.map((r) => r.cpu)) },
    core_cpu_ratio: ratio(wasmCore, 'cpu'),
    cpu_ratio: ratio(wasm, 'cpu'),
    ratio: ratio(wasm, 'wall'),
  };
}

/** Runs every core case here; returns rows { name, native, wasm, wasm_core, ratios }. */
async function runCases(root) {
  const binary = buildNative(root);
  // GP_BENCH_CASES=smart.evaluate times only the cases whose name holds it.
  const only = process.env.GP_BENCH_CASES;
  const cases = writeCases(join(root, 'build/bench/inputs')).filter((c) => !only || c.name.includes(only));
  const core = await loadCore({ wasmBinary: readFileSync(join(root, 'build/wasm/goalpost-core.wasm')) });
  const bare = await loadBareCore(root);
  const callgrind = hasCallgrind();
  const rows = [];
  for (const c of cases) {
    process.stderr.write(`  ${c.name} ...\n`);
    const load_average = loadavg();
    const { native, wasm, wasm_core, ratio, cpu_ratio, core_cpu_ratio } = timeBoth(binary, core, bare, c);
    const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean).length;
    if (callgrind) native.instructions_per_call = countNative(binary, c, requests);
    rows.push({ name: c.name, method: c.method, native, wasm, wasm_core, ratio, cpu_ratio, core_cpu_ratio, load_average, pinned_cpu: process.env.GP_BENCH_CPU ?? null });
  }
  return rows;
}

/**
 * Runs every core case on one CPU when taskset is there: a child Node pinned
 * to the last CPU times the wasm, and the native rounds it starts inherit the
 * pin. The virtual CPUs of a shared machine can differ in speed by 2x at the
 * same moment, so without the pin the ratio measured which CPU each side
 * happened to land on. Returns the rows of runCases.
 */
export async function benchCore(root) {
  if (process.env.GP_BENCH_CPU !== undefined || spawnSync('taskset', ['--version']).status !== 0) return runCases(root);
  const cpu = String(cpus().length - 1);
  const child = spawnSync('taskset', ['-c', cpu, process.execPath, fileURLToPath(import.meta.url), root], {
    env: { ...process.env, GP_BENCH_CPU: cpu }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`the core benchmarks pinned to CPU ${cpu} failed (exit ${child.status})`);
  return JSON.parse(child.stdout);
}

// Run directly (node bench/core.mjs ROOT), it prints the rows as JSON: the pinned child above, or a developer
// timing one method with GP_BENCH_CASES.
if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(JSON.stringify(await runCases(process.argv[2])));
