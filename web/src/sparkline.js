// sparkline.js - the small SVG line on each goal card: the actual values with
// the ideal pace behind it. Plain SVG, so the plan screen needs no chart library.
import { svg } from './dom.js';

/**
 * POINTS (already in pixels) with at most the highest and the lowest point of
 * each pixel column, in their order, and the last point: a line a few hundred
 * pixels wide shows no more, and a goal may have thousands of measurements.
 */
function perColumn(points) {
  const kept = [];
  let column = null;
  let top = null;
  let bottom = null;
  const close = () => {
    if (top === bottom) kept.push(top);
    else kept.push(...(top.i < bottom.i ? [top, bottom] : [bottom, top]));
  };
  points.forEach((p, i) => {
    const point = { ...p, i };
    const at = Math.round(p.x);
    if (at !== column) {
      if (top) close();
      column = at;
      top = point;
      bottom = point;
      return;
    }
    if (point.y < top.y) top = point;
    if (point.y > bottom.y) bottom = point;
  });
  if (top) close();
  const last = points.length - 1;
  if (kept.length && kept[kept.length - 1].i !== last) kept.push({ ...points[last], i: last });
  return kept;
}

/** A small line of the actual values with the pace line behind it, as an SVG (decorative: the card says it in words). */
export function sparkline(series, { width = 120, height = 32 } = {}) {
  const pts = [...series.actual, ...series.pace];
  const el = svg('svg', { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, 'aria-hidden': 'true', focusable: 'false' });
  if (series.actual.length < 1) return el;
  let x0 = Infinity; let x1 = -Infinity; let y0 = series.target; let y1 = series.target;
  if (!Number.isFinite(y0)) { y0 = Infinity; y1 = -Infinity; }
  for (const p of pts) {
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
  }
  if (y0 === y1) { y0 -= 1; y1 += 1; }
  const sx = (x) => (x1 === x0 ? width / 2 : 2 + ((x - x0) / (x1 - x0)) * (width - 4));
  const sy = (y) => height - 3 - ((y - y0) / (y1 - y0)) * (height - 6);
  const pixels = (list) => list.map((p) => ({ x: sx(p.x), y: sy(p.y) }));
  const path = (list) => list.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  if (series.pace.length > 1) el.append(svg('path', { d: path(pixels(series.pace)), class: 'spark-pace' }));
  const actual = perColumn(pixels(series.actual));
  el.append(svg('path', { d: path(actual), class: 'spark-actual' }));
  const last = actual[actual.length - 1];
  el.append(svg('circle', { cx: last.x.toFixed(1), cy: last.y.toFixed(1), r: 2.5, class: 'spark-dot' }));
  return el;
}
