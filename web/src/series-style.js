// series-style.js - the name and look of each line of the goal chart, shared by
// the chart itself (charts.js) and the screens that explain it in words.

/** Colours of the series; chosen for contrast on white and told apart by dash pattern too. */
export const SERIES_STYLE = Object.freeze({
  actual: { label: 'Actual', color: '#2453c4' },
  pace: { label: 'Ideal pace', color: '#5b6473', dash: [6, 4] },
  target: { label: 'Target', color: '#1a7344', dash: [2, 3] },
  baseline: { label: 'Baseline', color: '#8a93a3', dash: [1, 3] },
  forecast: { label: 'Forecast', color: '#b45309', dash: [8, 4] },
  band: { label: 'Forecast range (80%)', color: 'rgba(180, 83, 9, 0.14)' },
  milestones: { label: 'Milestones', color: '#6d28d9' },
  today: { label: 'Today', color: '#1d2330' },
});
