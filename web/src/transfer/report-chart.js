// report-chart.js - a goal's chart as a PNG image for the printed report: drawn
// once by Chart.js on a canvas outside the page flow, then kept as a data URL
// (the CSP allows data: images), so printing never depends on a live canvas.
import { Chart, LineController, LineElement, PointElement, LinearScale, Filler, Legend } from 'chart.js';
import { dayNumber, shortDate } from '../format.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Legend);

const WIDTH = 800;
const HEIGHT = 360;

/** A chart point {x: day, y: value} from the shapes the core and the model use. */
function point(p) {
  if (Array.isArray(p)) return { x: Number(p[0]), y: Number(p[1]) };
  const x = p.day ?? p.x ?? dayNumber(p.date);
  const y = p.value ?? p.y;
  return { x: Number(x), y: Number(y) };
}

const points = (list) => (Array.isArray(list) ? list.map(point).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)) : []);

/**
 * The series to draw for GOAL and its KPI: the core's `chart` from goal.progress
 * when it gave one, else the measurements, the ideal pace and the target.
 */
export function chartSeries(goal, kpi, progress) {
  const chart = progress?.chart ?? {};
  const start = dayNumber(goal.start);
  const deadline = dayNumber(goal.deadline);
  const actual = points(chart.actual ?? chart.points ?? kpi?.measurements);
  let ideal = points(chart.ideal ?? chart.pace);
  if (ideal.length === 0 && start !== null && deadline !== null && Number.isFinite(goal.baseline) && Number.isFinite(goal.target)) {
    ideal = [{ x: start, y: goal.baseline }, { x: deadline, y: goal.target }];
  }
  let target = points(chart.target);
  if (target.length === 0 && Number.isFinite(goal.target)) {
    const from = start ?? actual[0]?.x;
    const to = deadline ?? actual.at(-1)?.x;
    if (Number.isFinite(from) && Number.isFinite(to)) target = [{ x: from, y: goal.target }, { x: to, y: goal.target }];
  }
  const forecastSource = chart.forecast && typeof chart.forecast === 'object' ? chart.forecast : {};
  const forecast = points(Array.isArray(chart.forecast) ? chart.forecast : forecastSource.line ?? forecastSource.points);
  const band = Array.isArray(chart.band ?? forecastSource.band) ? chart.band ?? forecastSource.band : [];
  const low = points(band.map((b) => ({ x: b.day ?? b.x ?? dayNumber(b.date), y: b.low })));
  const high = points(band.map((b) => ({ x: b.day ?? b.x ?? dayNumber(b.date), y: b.high })));
  const milestones = points((chart.milestones ?? goal.milestones ?? []).map((m) => ({ date: m.date, value: m.target })));
  return { actual, ideal, target, forecast, low, high, milestones };
}

/** A PNG data URL of GOAL's chart, or null when there is nothing to draw. */
export function chartImage(goal, kpi, progress) {
  const s = chartSeries(goal, kpi, progress);
  if (s.actual.length === 0 && s.ideal.length === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  // Off-screen but laid out: Chart.js measures the canvas it draws on.
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-10000px', top: '0', width: `${WIDTH}px`, height: `${HEIGHT}px` });
  holder.append(canvas);
  document.body.append(holder);
  const line = (label, data, color, extra = {}) => ({ label, data, borderColor: color, backgroundColor: color, pointRadius: 0, borderWidth: 2, ...extra });
  const datasets = [
    line('Measurements', s.actual, '#1f4fd1', { pointRadius: 3, borderWidth: 2 }),
    line('Ideal pace', s.ideal, '#6b7280', { borderDash: [6, 4] }),
    line('Target', s.target, '#b45309', { borderDash: [2, 3] }),
  ];
  if (s.milestones.length) datasets.push(line('Milestones', s.milestones, '#0f766e', { showLine: false, pointRadius: 6, pointStyle: 'rectRot' }));
  if (s.forecast.length) datasets.push(line('Forecast', s.forecast, '#7c3aed', { borderDash: [8, 4] }));
  if (s.low.length && s.high.length) {
    datasets.push(line('Forecast range (80%)', s.high, 'rgba(124, 58, 237, 0.35)', { borderWidth: 0, fill: '+1', backgroundColor: 'rgba(124, 58, 237, 0.12)' }));
    datasets.push(line('', s.low, 'rgba(124, 58, 237, 0.35)', { borderWidth: 0 }));
  }
  let chart = null;
  try {
    chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets.filter((d) => d.data.length) },
      options: {
        responsive: false,
        animation: false,
        devicePixelRatio: 2,
        parsing: false,
        plugins: { legend: { labels: { filter: (item) => item.text !== '' } } },
        scales: {
          x: { type: 'linear', ticks: { callback: (day) => shortDate(Math.round(day), { withYear: true }), maxTicksLimit: 8 } },
          y: { beginAtZero: false },
        },
      },
    });
    return canvas.toDataURL('image/png');
  } finally {
    chart?.destroy();
    holder.remove();
  }
}
