// core.mjs - times the core natively (bench_core) and as wasm in Node on the
// same request files, and reports each figure with min/median/max per call.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  return { ...stats(out.per_call_ms), max_rss_kb: out.max_rss_kb };
}

function timeWasm(core, c) {
  const requests = readFileSync(c.file, 'utf8').split('\n').filter(Boolean);
  for (const r of requests) {
    const response = core.callText(c.method, r);
    if (!response.startsWith('{"ok":true')) throw new Error(`wasm ${c.name}: ${response.slice(0, 300)}`);
  }
  const samples = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let k = 0; k < c.reps; k++) for (const r of requests) core.callText(c.method, r);
    samples.push((performance.now() - start) / (c.reps * requests.length));
  }
  return { ...stats(samples), memory_bytes: core.memoryBytes() };
}

/** Runs every core case; returns rows { name, native, wasm, ratio }. */
export async function benchCore(root) {
  const binary = buildNative(root);
  const cases = writeCases(join(root, 'build/bench/inputs'));
  const core = await loadCore({ wasmBinary: readFileSync(join(root, 'build/wasm/goalpost-core.wasm')) });
  const rows = [];
  for (const c of cases) {
    process.stderr.write(`  ${c.name} ...\n`);
    const native = timeNative(binary, c);
    const wasm = timeWasm(core, c);
    rows.push({ name: c.name, method: c.method, native, wasm, ratio: wasm.median / native.median });
  }
  return rows;
}
