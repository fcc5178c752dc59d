// page.mjs - the page and storage benchmarks in real headless Chromium, served
// on 127.0.0.1 with a fresh profile (cold cache, empty IndexedDB) per sample.
//
// The site served is dist/ plus a benchmark page (bench.html + bench.js, the
// app's own core, store and chart modules bundled from bench/page-entry.js) on
// the same origin, so the benchmark page writes the IndexedDB the app reads.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, openPage } from '../tests/e2e/browser.mjs';
import { startServer } from '../web/serve.mjs';
import { loadCore } from '../web/src/core.js';
import { plan as makePlan, STATEMENTS } from './inputs.mjs';
import { stats } from './stats.mjs';

const TODAY = '2026-11-24';
// GP_BENCH_QUICK=1: one sample of each, to try the benchmarks out.
const QUICK = process.env.GP_BENCH_QUICK === '1';
const FIRST_LOAD_SAMPLES = QUICK ? 1 : 7;
const OPEN_SAMPLES = QUICK ? 1 : 5;
const CHART_SAMPLES = QUICK ? 1 : 9;
const WRITE_SAMPLES = QUICK ? 2 : 15;
const BULK_SAMPLES = QUICK ? 1 : 5;
const LARGE = { goals: 200, measurements: 500 };
const WAIT_MS = 120000; // generous: the machine the bench runs on may be busy

/** dist/ plus the benchmark page, as build/bench/site (dist files linked, not copied). */
async function makeSite(root) {
  const site = join(root, 'build/bench/site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const name of readdirSync(DIST)) symlinkSync(join(DIST, name), join(site, name));
  await build({
    entryPoints: [join(root, 'bench/page-entry.js')],
    bundle: true, format: 'esm', minify: true, target: 'es2022', logLevel: 'warning',
    outfile: join(site, 'bench.js'),
  });
  writeFileSync(join(site, 'bench.html'), [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Goalpost bench</title>',
    '<link rel="icon" href="icon.svg"><script type="module" src="bench.js"></script></head>',
    '<body><p id="status">loading</p><div id="chart-box" style="width:960px;height:420px"></div></body></html>',
  ].join(''));
  return site;
}

/** Runs BODY(context, page) in a fresh Chromium profile; page errors fail the benchmark. */
async function withBrowser(body, initScript, initArg) {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    if (initScript) await browser.context.addInitScript(initScript, initArg);
    return await body(browser.context, page);
  } finally {
    await browser.close();
  }
}

function assertClean(problems, what) {
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

// ---- first load: transfer and time to the first evaluated goal ----------------

/**
 * In the app page: as soon as the welcome screen offers an example plan, open
 * it (no human delay), and note the time the first goal card shows a SMART
 * badge with a verdict, at the DOM change and at the next frame.
 */
function watchFirstEvaluation() {
  if (location.pathname.endsWith('bench.html')) return;
  const observer = new MutationObserver(() => {
    if (window.gpFirst) return;
    const example = document.querySelector('.template-card button');
    if (example && !window.gpClicked) {
      window.gpClicked = performance.now();
      example.click();
    }
    if (document.querySelector('article.goal-card .smart-badge:not(.check-unknown)')) {
      const first = { dom: performance.now(), clicked: window.gpClicked };
      window.gpFirst = first;
      observer.disconnect();
      requestAnimationFrame(() => { first.frame = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstLoad(url) {
  const samples = [];
  const domSamples = [];
  let requested = null;
  for (let i = 0; i < FIRST_LOAD_SAMPLES; i++) {
    const seen = await withBrowser(async (context, page) => {
      const urls = new Set();
      page.on('request', (r) => urls.add(r.url()));
      const { problems } = await openPage(context, url, { page });
      await page.waitForFunction(() => window.gpFirst?.frame, null, { timeout: WAIT_MS });
      const first = await page.evaluate(() => window.gpFirst);
      assertClean(problems, 'first load');
      return { first, urls: [...urls] };
    }, watchFirstEvaluation);
    samples.push(seen.first.frame);
    domSamples.push(seen.first.dom);
    requested ??= seen.urls;
  }
  return { first: stats(samples), dom: stats(domSamples), requested };
}

/** Bytes of each asset the first load fetched, raw and gzip-compressed (level 9), from the served files. */
function transferOf(requested, origin) {
  const files = [...new Set(requested
    .filter((u) => u.startsWith(`${origin}/`))
    .map((u) => decodeURIComponent(new URL(u).pathname.slice(1)) || 'index.html'))];
  const assets = files.sort().map((file) => {
    const body = readFileSync(join(DIST, file));
    return { file, bytes: body.length, gzip_bytes: gzipSync(body, { level: 9 }).length };
  });
  return {
    assets,
    total_bytes: assets.reduce((n, a) => n + a.bytes, 0),
    total_gzip_bytes: assets.reduce((n, a) => n + a.gzip_bytes, 0),
  };
}

// ---- opening a large plan from IndexedDB ------------------------------------------

/**
 * In the app page: the time at the frame after the plan screen shows N goal
 * cards, and at the frame after the last of them is complete (the screen draws
 * its first cards at once and the cards below them as outlines, marked
 * aria-busy, that it completes right after).
 */
function watchCards(n) {
  if (location.pathname.endsWith('bench.html')) return;
  const atFrame = (record, key) => requestAnimationFrame(() => { record[key] = performance.now(); });
  const observer = new MutationObserver(() => {
    const cards = document.querySelectorAll('article.goal-card');
    if (cards.length < n) return;
    if (!window.gpCards) {
      window.gpCards = { dom: performance.now() };
      atFrame(window.gpCards, 'frame');
    }
    if (!document.querySelector('article.goal-card[aria-busy="true"]')) {
      window.gpCards.completeDom = performance.now();
      atFrame(window.gpCards, 'complete');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Stores PLAN with raw IndexedDB into the app's database as its last opened plan. */
function seedPlan(plan) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('goalpost');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['plans', 'settings'], 'readwrite');
      tx.objectStore('plans').put(plan);
      tx.objectStore('settings').put(plan.id, 'lastPlanId');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function openLargePlan(url, plan) {
  const samples = [];
  const complete = [];
  for (let i = 0; i < OPEN_SAMPLES; i++) {
    const seen = await withBrowser(async (context, page) => {
      // The app's first run creates its database; then the plan goes in and the app opens it anew.
      const { problems } = await openPage(context, url, { page });
      await page.locator('.template-card').first().waitFor({ timeout: WAIT_MS });
      await page.evaluate(seedPlan, plan);
      // A new document (not a hash change) opening the plan's own address.
      await page.goto('about:blank');
      await page.goto(`${url}#/plan/${encodeURIComponent(plan.id)}`);
      await page.waitForFunction(() => window.gpCards?.frame && window.gpCards?.complete, null, { timeout: WAIT_MS });
      const cards = await page.locator('article.goal-card').count();
      if (cards !== plan.goals.length) throw new Error(`open large plan: ${cards} cards for ${plan.goals.length} goals`);
      assertClean(problems, 'open large plan');
      return page.evaluate(() => window.gpCards);
    }, watchCards, plan.goals.length);
    samples.push(seen.frame);
    complete.push(seen.complete);
  }
  return { shown: stats(samples), complete: stats(complete) };
}

// ---- the benchmark page: chart, wasm memory, storage ------------------------------

/** In bench.html: a 10,000-point goal chart drawn by the app's drawGoalChart, SAMPLES times. */
async function chartInPage(samples) {
  const { drawGoalChart } = window.gpBench;
  const box = document.getElementById('chart-box');
  const day0 = 20454; // 2026-01-01
  const n = 10000;
  const actual = [];
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const x = day0 + i / 24; // hourly readings for about 14 months
    actual.push({ x, y: 1000 + 0.9 * (x - day0) + (seed / 2147483648 - 0.5) * 60 });
  }
  const end = day0 + 420;
  const band = Array.from({ length: 13 }, (_, k) => day0 + 380 + (40 * k) / 12);
  const series = {
    actual,
    pace: [{ x: day0, y: 1000 }, { x: end, y: 1400 }],
    forecast: [{ x: day0, y: 1000 }, { x: end, y: 1378 }],
    bandLow: band.map((x, k) => ({ x, y: 1360 - k })),
    bandHigh: band.map((x, k) => ({ x, y: 1380 + k })),
    milestones: [],
    target: 1400,
    baseline: 1000,
    today: day0 + 380,
    xMin: day0,
    xMax: end,
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const out = { draw: [], toFrame: [], updateOn: [], updateOff: [], drawnPoints: 0 };
  for (let s = 0; s < samples; s++) {
    const canvas = document.createElement('canvas');
    box.replaceChildren(canvas);
    await frame();
    const t0 = performance.now();
    const chart = drawGoalChart(canvas, series, { format: (v) => String(Math.round(v)) });
    const t1 = performance.now();
    const t2 = await frame();
    out.draw.push(t1 - t0);
    out.toFrame.push(t2 - t0);
    out.drawnPoints = chart.data.datasets[chart.data.datasets.length - 1].data.length;
    // The same chart redrawn with Chart.js decimation on (as the app has it) and off.
    let u0 = performance.now();
    chart.update('none');
    out.updateOn.push(performance.now() - u0);
    chart.options.plugins.decimation.enabled = false;
    u0 = performance.now();
    chart.update('none');
    out.updateOff.push(performance.now() - u0);
    chart.destroy();
  }
  return out;
}

/** In bench.html: wasm heap size after WARMUP and then CALLS more smart.evaluate calls. */
async function memoryInPage({ statements, today, warmup, calls }) {
  const core = await window.gpBench.loadCore();
  const requests = statements.map((statement) => JSON.stringify({ goal: { statement }, today }));
  const run = (count) => {
    for (let i = 0; i < count; i++) {
      const response = core.callText('smart.evaluate', requests[i % requests.length]);
      if (!response.startsWith('{"ok":true')) throw new Error(response.slice(0, 200));
    }
  };
  run(warmup);
  const before = core.memoryBytes();
  const t0 = performance.now();
  run(calls);
  const ms = performance.now() - t0;
  return { before, after: core.memoryBytes(), ms };
}

/**
 * In bench.html: IndexedDB writes through the app's store (openStore().putPlan,
 * one transaction each) against bare IndexedDB on the same data.
 */
async function storageInPage({ small, large, writeSamples, bulkSamples }) {
  const { openStore, loadCore: load } = window.gpBench;
  const core = await load();
  const store = await openStore();
  const time = async (fn) => { const t0 = performance.now(); await fn(); return performance.now() - t0; };
  const withMeasurement = (plan, k) => {
    const next = structuredClone(plan);
    const kpi = next.kpis[0];
    kpi.measurements.push({ date: '2026-11-24', value: 1000 + k, note: '' });
    next.updated = new Date(Date.parse(plan.updated) + 1000 * (k + 1)).toISOString();
    return next;
  };

  // A bare database: measurements as records of their own, and plan documents.
  const bare = await new Promise((resolve, reject) => {
    const open = indexedDB.open('goalpost-bench-bare', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('measurements', { autoIncrement: true });
      open.result.createObjectStore('plans', { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const bareWrite = (storeName, records) => new Promise((resolve, reject) => {
    const tx = bare.transaction(storeName, 'readwrite');
    const os = tx.objectStore(storeName);
    for (const r of records) os.put(r);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const clear = (storeName) => new Promise((resolve, reject) => {
    const tx = bare.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).clear();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const flat = large.kpis.flatMap((k) => k.measurements.map((m) => ({ kpi_id: k.id, ...m })));

  const out = {};
  const series = (name) => (out[name] ??= []);
  // One measurement: the app rewrites the plan document in one transaction.
  for (const [label, base] of [['small plan', small], ['200 × 500 plan', large]]) {
    await store.putPlan(base);
    let current = base;
    for (let k = 0; k < writeSamples; k++) {
      const next = withMeasurement(current, k);
      series(`one measurement, app putPlan (${label})`).push(await time(() => store.putPlan(next, { expectUpdated: current.updated })));
      current = next;
    }
    // The whole edit as the session runs it: copy, add, validate in the core, write.
    for (let k = 0; k < Math.min(writeSamples, 5); k++) {
      series(`one measurement, app edit path: copy + plan.validate + putPlan (${label})`).push(await time(async () => {
        const next = withMeasurement(current, writeSamples + k);
        const valid = core.call('plan.validate', { plan: next }).plan;
        await store.putPlan(valid, { expectUpdated: current.updated });
        current = valid;
      }));
    }
  }
  for (let k = 0; k < writeSamples; k++) {
    series('one measurement, bare put (one record, one transaction)').push(await time(() => bareWrite('measurements', [{ kpi_id: 'kpi-0', date: '2026-11-24', value: k, note: '' }])));
  }
  // Bulk: 100,000 measurements.
  for (let k = 0; k < bulkSamples; k++) {
    const plan = { ...large, id: `bulk-${k}` };
    series('100,000 measurements, app putPlan (one plan document)').push(await time(() => store.putPlan(plan)));
    series('100,000 measurements, app import path: plan.validate + putPlan').push(await time(async () => {
      const valid = core.call('plan.validate', { plan: { ...large, id: `bulk-import-${k}` } }).plan;
      await store.putPlan(valid);
    }));
    await clear('plans');
    series('100,000 measurements, bare put of the same plan document').push(await time(() => bareWrite('plans', [plan])));
    await clear('measurements');
    series('100,000 measurements, bare put loop (one record each, one transaction)').push(await time(() => bareWrite('measurements', flat)));
  }
  store.close();
  bare.close();
  return { samples: out, measurements: flat.length };
}

// ---- all together ---------------------------------------------------------------

/** Runs every page benchmark; returns the object run.mjs reads. */
export async function benchPage(root) {
  const site = await makeSite(root);
  const server = await startServer(site, 0);
  const origin = server.url.replace(/\/$/, '');
  const load = {};
  try {
    process.stderr.write('  preparing the 200 × 500 plan (normalised by the core) ...\n');
    const core = await loadCore({ wasmBinary: readFileSync(join(root, 'build/wasm/goalpost-core.wasm')) });
    const large = core.call('plan.validate', { plan: makePlan(LARGE.goals, LARGE.measurements, 200) }).plan;
    const small = core.call('plan.validate', { plan: makePlan(5, 50, 5) }).plan;

    process.stderr.write('  first load (cold cache) ...\n');
    load.first_load = loadavg();
    const first = await firstLoad(server.url);
    const transfer = transferOf(first.requested, origin);

    process.stderr.write('  opening a plan of 200 goals × 500 measurements ...\n');
    load.open_large_plan = loadavg();
    const open = await openLargePlan(server.url, large);

    process.stderr.write('  chart, wasm memory and storage on the benchmark page ...\n');
    const page = await withBrowser(async (context, tab) => {
      const { page: p, problems } = await openPage(context, `${server.url}bench.html`, { page: tab });
      await p.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, { timeout: WAIT_MS });
      load.chart = loadavg();
      const chart = await p.evaluate(chartInPage, CHART_SAMPLES);
      // Memory first, while the page's core has seen nothing but evaluations.
      load.wasm_memory = loadavg();
      const memory = await p.evaluate(memoryInPage, { statements: STATEMENTS, today: TODAY, warmup: 10000, calls: 100000 });
      load.storage = loadavg();
      const storage = await p.evaluate(storageInPage, { small, large, writeSamples: WRITE_SAMPLES, bulkSamples: BULK_SAMPLES });
      assertClean(problems, 'benchmark page');
      return { chart, storage, memory };
    });

    const storage = Object.fromEntries(Object.entries(page.storage.samples).map(([k, v]) => [k, stats(v)]));
    const chart = stats(page.chart.draw);
    const timings = {
      'first evaluated goal on screen (navigation → frame, cold cache)': first.first,
      'first evaluated goal in the DOM': first.dom,
      [`open plan of ${LARGE.goals} goals × ${LARGE.measurements} measurements (reload → frame with all cards, the first screenful complete)`]: open.shown,
      [`open plan of ${LARGE.goals} goals × ${LARGE.measurements} measurements (reload → frame with every card complete)`]: open.complete,
      [`10,000-point chart: drawGoalChart (decimation on, ${page.chart.drawnPoints} points drawn)`]: chart,
      '10,000-point chart: to the next frame': stats(page.chart.toFrame),
      '10,000-point chart: redraw, decimation on': stats(page.chart.updateOn),
      '10,000-point chart: redraw, decimation off': stats(page.chart.updateOff),
      ...storage,
    };
    return {
      transfer,
      first_evaluation_ms: first.first,
      open_large_plan_ms: open.shown,
      open_large_plan_complete_ms: open.complete,
      chart_10k_ms: chart,
      chart_points_drawn: page.chart.drawnPoints,
      wasm_memory: {
        warmup_calls: 10000,
        calls: 100000,
        before_bytes: page.memory.before,
        after_bytes: page.memory.after,
        growth_bytes: page.memory.after - page.memory.before,
        evaluations_per_second_in_chromium: Math.round(100000 / (page.memory.ms / 1000)),
      },
      storage: { measurements_in_bulk: page.storage.measurements, ...storage },
      timings,
      load_average: load,
    };
  } finally {
    await server.close();
  }
}
