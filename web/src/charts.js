// charts.js - the goal chart, drawn by Chart.js with only the parts it uses
// registered here. The app loads this module (and Chart.js with it) with a
// dynamic import() the first time a chart is drawn, so the first screen never
// waits for it. The x axis is a plain linear scale of days since 1970-01-01 with
// our own date labels, so no date adapter is needed. Input is a "series" object
// (see model.js chartSeries): everything is computed by the core; this module only draws.
import {
  Chart, LineController, LineElement, PointElement, LinearScale, Filler, Tooltip, Legend, Decimation,
} from 'chart.js';
import { SERIES_STYLE } from './series-style.js';
import { longDate, isoFromDay, shortDate } from './format.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Tooltip, Legend, Decimation);

function line(key, data, extra = {}) {
  const style = SERIES_STYLE[key];
  return {
    label: style.label,
    data,
    borderColor: style.color,
    backgroundColor: style.color,
    borderDash: style.dash ?? [],
    borderWidth: 2,
    pointRadius: 0,
    pointHoverRadius: 4,
    tension: 0,
    fill: false,
    ...extra,
  };
}

function spanOf(series) {
  const xs = [series.xMin, series.xMax, series.today, ...series.actual.map((p) => p.x)].filter(Number.isFinite);
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

/** Round axis bounds: steps of 1, 2 or 5 times a power of ten, about COUNT of them. */
export function niceBounds(min, max, count = 5) {
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

/** Tick days for an axis from MIN to MAX: daily or weekly, else the first of every month (or every few months). */
export function dayTicks(min, max) {
  const span = max - min;
  if (span <= 60) {
    const step = span <= 21 ? 1 : 7;
    const out = [];
    for (let d = Math.ceil(min / step) * step; d <= max; d += step) out.push(d);
    return out;
  }
  const every = span <= 400 ? 1 : span <= 800 ? 2 : span <= 1600 ? 3 : 6;
  const out = [];
  for (let d = Math.ceil(min); d <= max; d += 1) {
    const iso = isoFromDay(d);
    if (iso.endsWith('-01') && (Number(iso.slice(5, 7)) - 1) % every === 0) out.push(d);
  }
  return out;
}

function yRange(series) {
  const ys = [
    ...series.actual.map((p) => p.y), ...series.pace.map((p) => p.y), ...series.forecast.map((p) => p.y),
    ...series.bandLow.map((p) => p.y), ...series.bandHigh.map((p) => p.y), ...series.milestones.map((p) => p.y),
    series.target, series.baseline,
  ].filter(Number.isFinite);
  if (!ys.length) return { min: 0, max: 1 };
  let min = Math.min(...ys);
  let max = Math.max(...ys);
  if (min === max) { min -= Math.abs(min) * 0.1 || 1; max += Math.abs(max) * 0.1 || 1; }
  return niceBounds(min, max);
}

/** The Chart.js datasets for SERIES, in drawing order (band first, actual on top). */
export function datasets(series, { compact = false } = {}) {
  const { min, max } = spanOf(series);
  const range = yRange(series);
  const sets = [];
  if (series.bandLow.length && series.bandHigh.length) {
    sets.push(line('band', series.bandLow, { label: 'Forecast low', borderWidth: 0, borderColor: 'transparent', gpLegend: false }));
    sets.push(line('band', series.bandHigh, { borderWidth: 0, borderColor: 'transparent', fill: '-1', backgroundColor: SERIES_STYLE.band.color }));
  }
  if (Number.isFinite(series.baseline) && !compact) sets.push(line('baseline', [{ x: min, y: series.baseline }, { x: max, y: series.baseline }], { borderWidth: 1.5 }));
  if (Number.isFinite(series.target)) sets.push(line('target', [{ x: min, y: series.target }, { x: max, y: series.target }], { borderWidth: 1.5 }));
  if (series.pace.length) sets.push(line('pace', series.pace));
  if (series.forecast.length) sets.push(line('forecast', series.forecast));
  if (series.milestones.length && !compact) {
    sets.push(line('milestones', series.milestones, { showLine: false, pointRadius: 6, pointHoverRadius: 7, pointStyle: 'triangle' }));
  }
  if (Number.isFinite(series.today) && !compact) {
    sets.push(line('today', [{ x: series.today, y: range.min }, { x: series.today, y: range.max }], { borderWidth: 1, borderDash: [3, 3] }));
  }
  sets.push(line('actual', series.actual, { pointRadius: compact ? 2 : 4, pointHoverRadius: 6, borderWidth: 2.5 }));
  return sets;
}

/**
 * Draws SERIES on CANVAS; returns the Chart (call .destroy() when done).
 * FORMAT turns a value into text with its unit; PIXEL_RATIO (default: the
 * screen's) sharpens a chart that is kept as an image.
 */
export function drawGoalChart(canvas, series, { format = String, compact = false, pixelRatio } = {}) {
  const { min, max } = spanOf(series);
  const range = yRange(series);
  const months = max - min > 60;
  // Month ticks fall on the 1st: "Mar", with the year on January and on the first tick.
  const label = (day, index) => {
    if (!months) return shortDate(day);
    const [, m, y] = shortDate(day, { withYear: true }).split(' ');
    return m === 'Jan' || index === 0 ? `${m} ${y}` : m;
  };
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: datasets(series, { compact }) },
    options: {
      parsing: false,
      normalized: true,
      animation: false,
      devicePixelRatio: pixelRatio,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      layout: { padding: compact ? 2 : 4 },
      scales: {
        x: {
          type: 'linear', min, max,
          display: !compact,
          grid: { color: '#eef0f4' },
          afterBuildTicks: (scale) => { scale.ticks = dayTicks(min, max).map((value) => ({ value })); },
          ticks: { autoSkip: true, maxRotation: 0, color: '#4a5261', callback: (value, index) => label(Math.round(value), index) },
        },
        y: {
          min: range.min, max: range.max,
          display: !compact,
          grid: { color: '#eef0f4' },
          ticks: { stepSize: range.step, color: '#4a5261', callback: (value) => format(value) },
        },
      },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 400 },
        legend: {
          display: !compact,
          position: 'bottom',
          labels: {
            usePointStyle: true, boxWidth: 8, color: '#1d2330',
            filter: (item, data) => data.datasets[item.datasetIndex]?.gpLegend !== false,
          },
        },
        tooltip: {
          enabled: !compact,
          filter: (item) => item.dataset.gpLegend !== false && item.dataset.label !== SERIES_STYLE.today.label,
          callbacks: {
            title: (items) => (items.length ? longDate(isoFromDay(Math.round(items[0].parsed.x))) : ''),
            label: (item) => {
              const point = item.raw ?? {};
              const base = `${item.dataset.label}: ${format(item.parsed.y)}`;
              return point.note ? `${base} (${point.note})` : base;
            },
          },
        },
      },
    },
  });
}
