// report-chart.js - a goal's chart as a PNG image for the printed report: the
// app's own goal chart (charts.js, the lines goal.progress computes, the ideal
// pace bent through the milestones), drawn once on a canvas outside the page
// flow and kept as a data URL (the CSP allows data: images), so printing never
// depends on a live canvas.
import { drawGoalChart } from '../charts.js';
import { chartSeries } from '../model.js';
import { withUnit } from '../format.js';

const WIDTH = 800;
const HEIGHT = 360;

/**
 * A PNG data URL of GOAL's chart as of TODAY, or null when there is nothing to
 * draw. Without PROGRESS (the core could not judge the goal) the KPI's
 * measurements are drawn alone.
 */
export function chartImage(goal, kpi, progress, today) {
  const series = chartSeries(goal, progress ?? { chart: { actual: kpi.measurements } }, today);
  if (series.actual.length === 0 && series.pace.length === 0) return null;
  const canvas = document.createElement('canvas');
  // Off-screen but laid out: Chart.js measures the box it draws in.
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-10000px', top: '0', width: `${WIDTH}px`, height: `${HEIGHT}px` });
  holder.append(canvas);
  document.body.append(holder);
  let chart = null;
  try {
    chart = drawGoalChart(canvas, series, { format: (value) => withUnit(value, { kpi, unit: goal.unit }), pixelRatio: 2 });
    return canvas.toDataURL('image/png');
  } finally {
    chart?.destroy();
    holder.remove();
  }
}
