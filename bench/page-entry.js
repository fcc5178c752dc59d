// page-entry.js - the benchmark page's script (bundled by bench/page.mjs into
// build/bench/site/bench.js and served next to dist/ on the same origin).
// It exposes the app's own modules to page.evaluate: the wasm core, the
// IndexedDB store and the chart module, so the page benchmarks time the code
// the app runs rather than a copy of it.
import { loadCore } from '../web/src/core.js';
import { openStore } from '../web/src/store.js';
import { drawGoalChart } from '../web/src/charts.js';

window.gpBench = { loadCore, openStore, drawGoalChart };
document.getElementById('status').textContent = 'ready';
