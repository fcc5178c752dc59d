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

function timeNative(binary, c) {
  const run = spawnSync(binary, [c.method, c.file, String(c.reps), String(ROUNDS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`native ${c.name}: ${run.stderr}`);
  const out = JSON.parse(run.stdout);
  return { ...stats(out.per_call_ms), cpu: stats(out.cpu_per_call_ms), max_rss_kb: out.max_rss_kb };
}

function hasCallgrind() {
  if (process.env.GP_BENCH_CALLGRIND === '0') return false;
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Instructions per call, counted by callgrind inside gp_call only (so reading
 * the request file does not count), over bench_core's one checking pass.
 */
function countNative(binary, c, requests) {
  const run = spawnSync('valgrind', [
    '--tool=callgrind', '--toggle-collect=gp_call', '--callgrind-out-file=/dev/null',
    binary, c.method, c.file, '1', '0',
  ], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const collected = /Collected\s*:\s*(\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !collected) throw new Error(`callgrind ${c.name}: ${(run.stderr ?? '').slice(-500)}`);
  return Math.round(Number(collected[1]) / requests);
}

function timeWasm(core, c) {
  const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean);
  for (const r of requests) {
    const response = core.callText(c.method, r);
    if (!response.startsWith('{"ok":true')) throw new Error(`wasm ${c.name}: ${response.slice(0, 300)}`);
  }
  const samples = [];
  const cpu = [];
  const calls = c.reps * requests.length;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    for (let k = 0; k < c.reps; k++) for (const r of requests) core.callText(c.method, r);
    const used = process.cpuUsage(startCpu);
    samples.push((performance.now() - start) / calls);
    cpu.push((used.user + used.system) / 1000 / calls);
  }
  return { ...stats(samples), cpu: stats(cpu), memory_bytes: core.memoryBytes() };
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
    const native = timeNative(binary, c);
    const wasm = timeWasm(core, c);
    const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean).length;
    if (callgrind) native.instructions_per_call = countNative(binary, c, requests);
    rows.push({
      name: c.name, method: c.method, native, wasm,
      ratio: wasm.median / native.median,
      cpu_ratio: wasm.cpu.median / native.cpu.median,
      load_average,
    });
  }
  return rows;
}
