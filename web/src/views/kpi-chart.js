// kpi-chart.js - tracking one goal's KPI: the chart (actual, baseline, target,
// ideal pace, forecast with its band, milestones, today) with a table as its
// text alternative, the status and explanation from the core beside it, and
// the measurements table (add, edit, delete, paste a column from a spreadsheet).
import { h } from '../dom.js';
import { LABELS, STATUS_WORDS } from '../labels.js';
import { chartSeries, goalProgress, kpiOf } from '../model.js';
import { SERIES_STYLE } from '../series-style.js';
import { dayNumber, isoFromDay, longDate, number, parseNumber, percent, plural, todayIso, withUnit } from '../format.js';
import { routeHash } from '../router.js';
import { goalHeader } from './goal-header.js';
import { statusPill } from './badges.js';

/** goalId -> what was typed into the forms, kept when the screen is redrawn for another tab's save
 * (after this tab's own save the forms start empty again). */
const typed = new Map();

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const sameMeasurement = (a, b) => a.date === b.date && a.value === b.value && (a.note ?? '') === (b.note ?? '');

/** Rows of the chart's data for the table view: one per date that any series has. */
function tableRows(series) {
  const rows = new Map();
  const put = (list, key) => list.forEach((p) => {
    const row = rows.get(p.x) ?? { x: p.x };
    row[key] = p.y;
    if (p.note) row.note = p.note;
    rows.set(p.x, row);
  });
  put(series.actual, 'actual');
  put(series.pace, 'pace');
  put(series.forecast, 'forecast');
  put(series.bandLow, 'low');
  put(series.bandHigh, 'high');
  put(series.milestones, 'milestone');
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

function statusFigures(progress, fmt) {
  const f = progress.forecast;
  const rows = [
    ['Current value', fmt(progress.current)],
    ['Progress', Number.isFinite(progress.progress_pct) ? `${percent(progress.progress_pct)} of the way` : null],
    ['Expected by now', Number.isFinite(progress.expected_pct) ? percent(progress.expected_pct) : null],
  ];
  const gap = progress.pace_gap;
  if (gap && Number.isFinite(gap.points ?? gap.pct ?? gap.percent_points)) {
    const pts = gap.points ?? gap.pct ?? gap.percent_points;
    rows.push(['Against the ideal pace', `${pts >= 0 ? '+' : ''}${number(pts)} points`]);
  }
  if (f && typeof f === 'object') {
    rows.push(['Forecast at the deadline', fmt(f.value_at_deadline)]);
    if (f.interval) rows.push(['Likely range (80%)', `${fmt(f.interval.low)} – ${fmt(f.interval.high)}`]);
    if (Number.isFinite(f.p_reach)) rows.push(['Chance of reaching the target', percent(f.p_reach * 100)]);
    if (f.outlier_warning) rows.push(['Note', typeof f.outlier_warning === 'string' ? f.outlier_warning : 'One or more values look unusual and pull the trend line.']);
  } else if (f === 'insufficient_data') {
    rows.push(['Forecast', 'Needs at least 3 measurements']);
  }
  const rate = progress.required_rate;
  if (rate && Number.isFinite(rate.per_week)) rows.push(['Needed from now on', `${fmt(rate.per_week)} per week`]);
  if (Number.isFinite(progress.safe_days)) {
    rows.push(['Safety buffer', progress.safe_days >= 0 ? `${plural(Math.round(progress.safe_days), 'day')} ahead of the pace line` : `${plural(Math.round(-progress.safe_days), 'day')} behind the pace line`]);
  }
  return h('dl', { class: 'figures' }, rows.filter(([, v]) => v).map(([k, v]) => h('div', null, h('dt', { text: k }), h('dd', { text: v }))));
}

function milestoneList(progress, goal, fmt) {
  const list = progress?.milestones ?? [];
  if (!list.length) return null;
  const words = { met: 'Met', missed: 'Missed', upcoming: 'Upcoming' };
  return h('div', { class: 'milestone-status' },
    h('h3', { class: 'sub-title', text: LABELS.milestones }),
    h('ul', { class: 'plain-list' }, list.map((m) => h('li', { class: `ms-${m.status}` },
      h('span', { class: ['status-pill', `ms-pill-${m.status}`], text: words[m.status] ?? m.status }),
      ` ${longDate(m.date)}: ${fmt(m.target)}`))));
}

export function mountTracking(ctx, route) {
  const { core, session, notify } = ctx;
  const plan = session.plan;
  const goal = plan.goals?.find((g) => g.id === route.goalId);
  if (!goal) {
    return {
      el: h('div', { class: 'screen' }, h('h1', { text: 'Goal not found' }),
        h('a', { class: 'btn btn-secondary', href: routeHash({ name: 'plan', planId: plan.id }), text: LABELS.backToPlan })),
      title: 'Goal not found',
    };
  }
  const today = todayIso();
  const kpi = kpiOf(plan, goal.kpi_id);
  const header = goalHeader({ plan, goal, isNew: false, current: 'tracking' });
  if (!kpi) {
    return {
      el: h('div', { class: 'screen tracking' }, header.el,
        h('div', { class: 'panel empty-panel' },
          h('p', { text: LABELS.noKpiYet }),
          h('a', { class: 'btn btn-primary', href: routeHash({ name: 'goal', planId: plan.id, goalId: goal.id }), text: 'Choose a KPI' }))),
      title: goal.statement,
    };
  }
  const fmt = (v) => withUnit(v, { kpi, unit: goal.unit });
  const unitHint = kpi.unit === 'percent' ? '%' : kpi.unit === 'currency' ? kpi.currency ?? goal.unit : goal.unit;
  const measurements = [...(kpi.measurements ?? [])].sort(byDate);
  let chart = null;

  // ---- progress from the core ------------------------------------------------
  let progress = null;
  let progressError = null;
  try {
    progress = goalProgress(core, goal, plan, today);
  } catch (error) {
    progressError = error;
  }
  const series = progress ? chartSeries(goal, progress, today) : null;

  // ---- measurement edits: each one saved action ---------------------------------
  async function changeMeasurements(change, doneMessage) {
    const result = await session.edit((p) => {
      const k = p.kpis.find((x) => x.id === kpi.id);
      if (!k) throw new Error('This KPI was removed in another tab, so the change was not saved.');
      k.measurements = change([...(k.measurements ?? [])]).sort(byDate);
    });
    if (!result.ok) {
      const message = result.error.message;
      formError.textContent = message;
      return false;
    }
    formError.textContent = '';
    if (doneMessage) notify(doneMessage, { kind: 'success' });
    return true;
  }

  // ---- add form -------------------------------------------------------------------
  const formError = h('p', { class: 'form-error', role: 'alert' });
  const dateIn = h('input', { id: 'm-date', type: 'date', class: 'input', value: today, required: true });
  const valueIn = h('input', { id: 'm-value', type: 'text', inputmode: 'decimal', class: 'input', autocomplete: 'off', required: true });
  const noteIn = h('input', { id: 'm-note', type: 'text', class: 'input', limit: 'note' });
  const addForm = h('form', { class: 'add-measurement', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'm-date', class: 'field-label', text: LABELS.date }), dateIn),
    h('div', { class: 'field' }, h('label', { for: 'm-value', class: 'field-label', text: unitHint ? `${LABELS.value} (${unitHint})` : LABELS.value }), valueIn),
    h('div', { class: 'field field-grow' }, h('label', { for: 'm-note', class: 'field-label', text: LABELS.note }), noteIn),
    h('button', { type: 'submit', class: 'btn btn-primary', text: LABELS.addMeasurement }));
  addForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = parseNumber(valueIn.value);
    if (!dateIn.value) {
      formError.textContent = 'Choose the date of the measurement.';
      dateIn.focus();
      return;
    }
    if (value === null) {
      formError.textContent = valueIn.value.trim() ? `“${valueIn.value}” is not a number.` : 'Write the value you measured.';
      valueIn.focus();
      return;
    }
    const entry = { date: dateIn.value, value, note: noteIn.value.trim() };
    const ok = await changeMeasurements((list) => [...list, entry], `Measurement for ${longDate(entry.date)} added.`);
    if (ok) {
      valueIn.value = '';
      noteIn.value = '';
      ctx.focusAfterRender = 'm-value';
    }
  });

  // ---- measurements table -----------------------------------------------------------
  let editing = -1;
  const tbody = h('tbody');
  function drawRows() {
    tbody.replaceChildren(...measurements.map((m, i) => {
      if (i === editing) {
        const d = h('input', { id: `m-edit-date`, type: 'date', class: 'input', value: m.date, 'aria-label': `${LABELS.date}, row ${i + 1}` });
        const v = h('input', { id: `m-edit-value`, type: 'text', inputmode: 'decimal', class: 'input', value: String(m.value), 'aria-label': `${LABELS.value}, row ${i + 1}` });
        const n = h('input', { id: `m-edit-note`, type: 'text', class: 'input', value: m.note ?? '', limit: 'note', 'aria-label': `${LABELS.note}, row ${i + 1}` });
        const saveRow = async () => {
          const value = parseNumber(v.value);
          if (!d.value || value === null) {
            formError.textContent = 'A measurement needs a date and a number.';
            return;
          }
          const next = { date: d.value, value, note: n.value.trim() };
          editing = -1;
          await changeMeasurements((list) => {
            const at = list.findIndex((x) => sameMeasurement(x, m));
            if (at < 0) throw new Error('This measurement was changed in another tab, so your edit was not saved.');
            list[at] = next;
            return list;
          }, 'Measurement updated.');
        };
        return h('tr', { class: 'editing' },
          h('td', null, d), h('td', null, v), h('td', null, n),
          h('td', { class: 'cell-actions' },
            h('button', { type: 'button', class: 'btn btn-small btn-primary', text: LABELS.save, on: { click: saveRow } }),
            h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.cancel, on: { click: () => { editing = -1; drawRows(); } } })));
      }
      return h('tr', null,
        h('td', { text: longDate(m.date) }),
        h('td', { class: 'num', text: fmt(m.value) }),
        h('td', { text: m.note ?? '' }),
        h('td', { class: 'cell-actions' },
          h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.editMeasurement, 'aria-label': `${LABELS.editMeasurement} the measurement of ${longDate(m.date)}`,
            on: { click: () => { editing = i; drawRows(); document.getElementById('m-edit-value')?.focus(); } } }),
          h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-danger-text', text: LABELS.deleteMeasurement, 'aria-label': `${LABELS.deleteMeasurement} the measurement of ${longDate(m.date)}`,
            on: { click: async () => {
              const ok = await changeMeasurements((list) => {
                const at = list.findIndex((x) => sameMeasurement(x, m));
                if (at >= 0) list.splice(at, 1);
                return list;
              });
              if (ok) notify(`Measurement of ${longDate(m.date)} deleted.`, {
                action: { label: LABELS.undo, run: () => changeMeasurements((list) => [...list, m], 'Measurement restored.') },
              });
            } } })));
    }));
    if (!measurements.length) tbody.append(h('tr', null, h('td', { colspan: '4', class: 'muted', text: 'No measurements yet. Add the first one above: the date defaults to today.' })));
  }
  drawRows();

  // ---- paste a column -----------------------------------------------------------------
  const pasteIn = h('textarea', { id: 'm-paste', class: 'input mono', rows: '5', placeholder: '1200\n1350\n1410' });
  const firstDate = h('input', { id: 'm-paste-first', type: 'date', class: 'input', value: today });
  const step = h('select', { id: 'm-paste-step', class: 'input' },
    h('option', { value: '1', text: 'Daily' }), h('option', { value: '7', text: 'Weekly' }), h('option', { value: 'month', text: 'Monthly' }));
  step.value = '7';
  const pastePreview = h('p', { class: 'field-hint', 'aria-live': 'polite' });

  function readPasted() {
    const lines = pasteIn.value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return { entries: [], skipped: [] };
    if (lines.every((l) => parseNumber(l) !== null)) {
      const start = dayNumber(firstDate.value) ?? dayNumber(today);
      const entries = lines.map((l, i) => {
        let date;
        if (step.value === 'month') {
          const d = new Date(start * 86400000);
          d.setUTCMonth(d.getUTCMonth() + i);
          date = d.toISOString().slice(0, 10);
        } else {
          date = isoFromDay(start + i * Number(step.value));
        }
        return { date, value: parseNumber(l), note: '' };
      });
      return { entries, skipped: [] };
    }
    // Dates in the first column: the core's CSV reader knows the common date and number forms.
    const result = core.call('csv.measurements', { text: lines.join('\n'), delimiter: 'auto', date_format: 'auto', date_column: 0, value_column: 1 });
    return { entries: result.measurements.map((m) => ({ date: m.date, value: m.value, note: m.note ?? '' })), skipped: result.skipped ?? [] };
  }
  function previewPaste() {
    try {
      const { entries, skipped } = readPasted();
      if (!entries.length) {
        pastePreview.textContent = skipped.length ? `No usable lines (${skipped[0].reason}).` : '';
        return;
      }
      const first = entries[0].date;
      const last = entries[entries.length - 1].date;
      pastePreview.textContent = `${entries.length} value(s), ${longDate(first)} to ${longDate(last)}${skipped.length ? `; ${skipped.length} line(s) skipped` : ''}.`;
    } catch (error) {
      pastePreview.textContent = error.message;
    }
  }
  [pasteIn, firstDate, step].forEach((el) => el.addEventListener('input', previewPaste));
  const pasteButton = h('button', { type: 'button', class: 'btn btn-secondary', text: LABELS.addPasted, on: { click: async () => {
    let read;
    try {
      read = readPasted();
    } catch (error) {
      formError.textContent = `The pasted text could not be read: ${error.message}`;
      return;
    }
    if (!read.entries.length) {
      formError.textContent = 'Paste at least one value first.';
      pasteIn.focus();
      return;
    }
    const ok = await changeMeasurements((list) => [...list, ...read.entries], `${read.entries.length} measurement(s) added.`);
    if (ok) pasteIn.value = '';
  } } });
  const pastePanel = h('details', { class: 'paste' },
    h('summary', { text: LABELS.pasteValues }),
    h('div', { class: 'paste-body' },
      h('div', { class: 'field' }, h('label', { for: 'm-paste', class: 'field-label', text: LABELS.pasteValues }), pasteIn,
        h('p', { class: 'field-hint', text: LABELS.pasteHint })),
      h('div', { class: 'paste-dates' },
        h('div', { class: 'field' }, h('label', { for: 'm-paste-first', class: 'field-label', text: 'Date of the first value' }), firstDate),
        h('div', { class: 'field' }, h('label', { for: 'm-paste-step', class: 'field-label', text: 'Then every' }), step)),
      pastePreview, pasteButton));

  // ---- chart and its table -----------------------------------------------------------
  const canvas = h('canvas', { id: 'goal-chart', role: 'img' });
  const chartBox = h('div', { class: 'chart-box' }, canvas);
  const table = h('table', { class: 'table chart-table', id: 'chart-table' },
    h('caption', { text: LABELS.chartTable }),
    h('thead', null, h('tr', null, ['Date', 'Actual', 'Ideal pace', 'Forecast', 'Forecast low', 'Forecast high', 'Milestone', 'Note']
      .map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', null, (series ? tableRows(series) : []).map((r) => h('tr', null,
      h('th', { scope: 'row', text: longDate(isoFromDay(r.x)) }),
      ['actual', 'pace', 'forecast', 'low', 'high', 'milestone'].map((k) => h('td', { class: 'num', text: Number.isFinite(r[k]) ? fmt(r[k]) : '' })),
      h('td', { text: r.note ?? '' })))));
  const tableWrap = h('div', { class: 'table-scroll', hidden: true }, table);
  const tableToggle = h('button', { type: 'button', class: 'btn btn-quiet btn-small', 'aria-expanded': 'false', 'aria-controls': 'chart-table', text: LABELS.showTable,
    on: { click: () => {
      tableWrap.hidden = !tableWrap.hidden;
      tableToggle.setAttribute('aria-expanded', String(!tableWrap.hidden));
      tableToggle.textContent = tableWrap.hidden ? LABELS.showTable : LABELS.hideTable;
    } } });

  const description = progress
    ? `${STATUS_WORDS[progress.status] ?? progress.status}. ${progress.explanation ?? ''}`
    : progressError ? `No chart: ${progressError.message}` : '';
  canvas.setAttribute('aria-label', `Progress chart of “${goal.statement}”. ${description} The same data is in the table below the chart.`);

  const statusPanel = h('aside', { class: 'panel status-panel', 'aria-labelledby': 'status-title' },
    h('h2', { id: 'status-title', class: 'panel-title', text: LABELS.status }),
    progress
      ? [statusPill(progress.status), h('p', { class: 'explanation', text: progress.explanation ?? '' }), statusFigures(progress, fmt), milestoneList(progress, goal, fmt)]
      : h('p', { class: 'form-error', role: 'alert', text: progressError ? `The progress could not be worked out: ${progressError.message}` : '' }));

  const legendNote = h('p', { class: 'field-hint chart-key', text: `${SERIES_STYLE.pace.label}: from the baseline at the start to the target at the deadline. ${SERIES_STYLE.forecast.label}: the trend of your measurements, with the range it will likely fall in.` });

  const el = h('div', { class: 'screen tracking' },
    header.el,
    h('div', { class: 'tracking-grid' },
      h('section', { class: 'panel chart-panel', 'aria-labelledby': 'chart-title' },
        h('div', { class: 'panel-head' },
          h('h2', { id: 'chart-title', class: 'panel-title', text: `${LABELS.chartTitle}: ${kpi.name}` }),
          tableToggle),
        chartBox, legendNote, tableWrap),
      statusPanel),
    h('section', { class: 'panel measurements', 'aria-labelledby': 'measurements-title' },
      h('h2', { id: 'measurements-title', class: 'panel-title', text: `${LABELS.measurements} of ${kpi.name}` }),
      h('p', { class: 'muted panel-intro', text: kpi.aggregation === 'cumulative' ? 'Each value is added to the total (e.g. new customers this week).' : kpi.aggregation === 'average' ? 'The goal follows the average of the values.' : 'The latest value is the current level (e.g. visits this month).' }),
      addForm, formError,
      h('div', { class: 'table-scroll' },
        h('table', { class: 'table measurements-table' },
          h('caption', { class: 'visually-hidden', text: `${LABELS.measurements} of ${kpi.name}` }),
          h('thead', null, h('tr', null,
            h('th', { scope: 'col', text: LABELS.date }), h('th', { scope: 'col', class: 'num', text: LABELS.value }),
            h('th', { scope: 'col', text: LABELS.note }), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Actions' })))),
          tbody)),
      pastePanel));

  // Chart.js measures its box, so draw once the screen is in the document;
  // its module is loaded on the first chart and kept.
  requestAnimationFrame(async () => {
    if (!series || !canvas.isConnected) return;
    const { drawGoalChart } = await import('../charts.js');
    if (!canvas.isConnected) return;
    chart = drawGoalChart(canvas, series, { format: fmt });
    // What was drawn, for tests and tools: the series names and the number of actual points.
    chartBox.dataset.series = chart.data.datasets.map((d) => d.label).join('|');
    chartBox.dataset.actualPoints = String(series.actual.length);
    chartBox.dataset.forecastPoints = String(series.forecast.length);
    if (ctx.focusAfterRender) {
      document.getElementById(ctx.focusAfterRender)?.focus();
      ctx.focusAfterRender = null;
    }
  });

  const kept = typed.get(goal.id);
  typed.delete(goal.id);
  if (kept) {
    [dateIn.value, valueIn.value, noteIn.value, pasteIn.value] = kept.values;
    pastePanel.open = kept.pasteOpen;
    if (kept.pasteOpen) previewPaste();
  }

  return {
    el,
    title: goal.statement,
    destroy({ redraw } = {}) {
      chart?.destroy();
      if (redraw === 'remote') typed.set(goal.id, { values: [dateIn.value, valueIn.value, noteIn.value, pasteIn.value], pasteOpen: pastePanel.open });
    },
  };
}
