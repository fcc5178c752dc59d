// csv-import.js - measurements from a CSV file (a spreadsheet or an analytics
// export) into the KPIs of the open plan. The core reads the CSV
// (csv.measurements); this screen maps the columns, shows a preview, asks how
// to read ambiguous dates, and saves once through the session.
import { h, field, select, button } from '../dom.js';
import { LABELS, TRANSFER, SAY } from '../labels.js';
import { describeError } from '../model.js';
import { longDate, number } from '../format.js';
import { StoreError } from '../store.js';
import { UserError } from './files.js';

const PREVIEW_ROWS = 8;
const SKIPPED_ROWS = 8;

/** A column's display name: the header text, or "Column N". */
const columnName = (column, index) => (typeof column === 'string' && column.trim() ? column : `Column ${index + 1}`);

/** The csv.measurements request for TEXT and the user's MAPPING choices (columns by 0-based index). */
export function csvRequest(text, mapping) {
  const request = { text, date_format: mapping.dateFormat || 'auto' };
  for (const role of ['date', 'value', 'note', 'kpi']) {
    if (mapping[role] !== null && mapping[role] !== undefined) request[`${role}_column`] = mapping[role];
  }
  return request;
}

const sameName = (a, b) => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase();

/**
 * Where each of MEASUREMENTS goes in PLAN: to the KPI the row names (by name or
 * id) when rows carry a KPI, else to the KPI with id TARGET_ID. Drops entries
 * whose date and value that KPI already has. Returns
 * { byKpi: Map(kpiId → measurements), count, duplicates, unknown: [names] }.
 */
export function routeMeasurements(plan, measurements, targetId) {
  const kpis = plan.kpis ?? [];
  const byKpi = new Map();
  const known = new Map();
  const unknown = new Set();
  let duplicates = 0;
  let count = 0;
  for (const m of measurements) {
    const kpi = m.kpi !== undefined
      ? kpis.find((k) => sameName(k.name, m.kpi) || k.id === m.kpi)
      : kpis.find((k) => k.id === targetId);
    if (!kpi) {
      unknown.add(m.kpi ?? targetId);
      continue;
    }
    if (!known.has(kpi.id)) known.set(kpi.id, new Set((kpi.measurements ?? []).map((e) => `${e.date}|${e.value}`)));
    const seen = known.get(kpi.id);
    const key = `${m.date}|${m.value}`;
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    if (!byKpi.has(kpi.id)) byKpi.set(kpi.id, []);
    byKpi.get(kpi.id).push({ date: m.date, value: m.value, note: m.note ?? '' });
    count += 1;
  }
  return { byKpi, count, duplicates, unknown: [...unknown] };
}

/** Appends the routed measurements BY_KPI to the KPIs of PLAN (a draft). */
function addMeasurements(plan, byKpi) {
  for (const kpi of plan.kpis ?? []) {
    const added = byKpi.get(kpi.id);
    if (added) kpi.measurements = [...(kpi.measurements ?? []), ...added];
  }
}

/**
 * Shows the CSV import for TEXT in AREA (inside the Import dialog). Reports
 * problems through MESSAGE; calls DONE(note) after a successful save.
 */
export function showCsvImport({ core, session }, { text, fileName, area, message, done }) {
  const plan = session.plan;
  if (!plan) throw new UserError(TRANSFER.csvNeedsPlan);
  const kpis = plan.kpis ?? [];
  if (kpis.length === 0) throw new UserError(TRANSFER.csvNeedsKpi);

  const mapping = { date: null, value: null, note: null, kpi: null, dateFormat: 'auto', target: kpis[0].id };
  let result;
  try {
    result = core.call('csv.measurements', csvRequest(text, mapping));
  } catch (error) {
    throw new UserError(SAY.importFailed(describeError(error)));
  }
  for (const role of ['date', 'value', 'note', 'kpi']) mapping[role] = result[`${role}_column`] ?? null;
  // Dates that read both ways need the user's word: the core's default would be a guess.
  if (result.ambiguous_dates) mapping.dateFormat = '';

  const columns = (result.columns ?? []).map((column, index) => ({ value: String(index), text: columnName(column, index) }));
  const columnSelect = (role, optional) => {
    const options = optional ? [{ value: '', text: TRANSFER.noColumn }, ...columns] : columns;
    const node = select(options, mapping[role] === null ? '' : String(mapping[role]));
    node.addEventListener('change', () => {
      mapping[role] = node.value === '' ? null : Number(node.value);
      refresh();
    });
    return node;
  };
  const dateFormat = select([
    { value: '', text: TRANSFER.chooseDateFormat },
    { value: 'mdy', text: TRANSFER.monthFirst },
    { value: 'dmy', text: TRANSFER.dayFirst },
  ], mapping.dateFormat);
  dateFormat.addEventListener('change', () => { mapping.dateFormat = dateFormat.value; refresh(); });
  const dateFormatField = field(TRANSFER.dateFormat, dateFormat, SAY.csvAmbiguous);
  dateFormatField.hidden = !result.ambiguous_dates;

  const kpiSelect = select(kpis.map((k) => ({ value: k.id, text: k.name || k.id })), mapping.target);
  kpiSelect.addEventListener('change', () => { mapping.target = kpiSelect.value; render(); });
  const kpiField = field(TRANSFER.targetKpi, kpiSelect);

  const summary = h('p', { class: 'csv-summary', role: 'status' });
  const preview = h('div', { class: 'csv-preview' });
  const importButton = button(TRANSFER.importMeasurements, () => commit(), 'primary');

  area.replaceChildren(
    h('h3', {}, TRANSFER.csvTitle),
    h('p', { class: 'muted' }, fileName),
    h('div', { class: 'csv-columns' },
      field(TRANSFER.dateColumn, columnSelect('date', false)),
      field(TRANSFER.valueColumn, columnSelect('value', false)),
      field(TRANSFER.noteColumn, columnSelect('note', true)),
      field(TRANSFER.kpiColumn, columnSelect('kpi', true), TRANSFER.kpiColumnHint),
      kpiField),
    dateFormatField, summary, preview, importButton);

  function render() {
    const measurements = result?.measurements ?? [];
    const skipped = result?.skipped ?? [];
    const skippedCount = result?.skipped_count ?? skipped.length;
    kpiField.hidden = mapping.kpi !== null;
    const route = routeMeasurements(plan, measurements, mapping.target);
    const notes = [SAY.csvSummary(measurements.length, skippedCount)];
    if (route.duplicates) notes.push(SAY.csvDuplicates(route.duplicates));
    if (route.unknown.length) notes.push(SAY.csvUnknownKpis(route.unknown));
    summary.textContent = notes.join(' ');

    const rows = measurements.slice(0, PREVIEW_ROWS).map((m) =>
      h('tr', {}, h('td', {}, longDate(m.date)), h('td', { class: 'num' }, number(m.value)),
        h('td', {}, m.note ?? ''), mapping.kpi !== null ? h('td', {}, m.kpi ?? '') : ''));
    const headers = [LABELS.date, LABELS.value, LABELS.note, mapping.kpi !== null ? LABELS.kpi : null].filter(Boolean);
    const parts = [h('table', {},
      h('caption', {}, TRANSFER.previewCaption),
      h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows))];
    if (measurements.length > PREVIEW_ROWS) parts.push(h('p', {}, SAY.previewMore(measurements.length - PREVIEW_ROWS)));
    if (skipped.length) {
      parts.push(h('h4', {}, TRANSFER.skippedHeading),
        h('ul', null, skipped.slice(0, SKIPPED_ROWS).map((s) => h('li', {}, SAY.skippedLine(s.line, s.reason)))));
      if (skippedCount > SKIPPED_ROWS) parts.push(h('p', {}, SAY.previewMore(skippedCount - SKIPPED_ROWS)));
    }
    preview.replaceChildren(...parts);
    importButton.disabled = route.count === 0 || mapping.dateFormat === '';
  }

  function refresh() {
    message.clear();
    try {
      if (mapping.dateFormat !== '') {
        result = core.call('csv.measurements', csvRequest(text, mapping));
        if (result.ambiguous_dates) dateFormatField.hidden = false;
      }
    } catch (error) {
      result = null;
      message.show(SAY.importFailed(describeError(error)), 'error');
    }
    render();
  }

  async function commit() {
    message.clear();
    if (mapping.dateFormat === '') {
      message.show(SAY.csvAmbiguous, 'error');
      return;
    }
    const measurements = result?.measurements ?? [];
    if (routeMeasurements(session.plan, measurements, mapping.target).count === 0) {
      message.show(SAY.csvNothing, 'error');
      return;
    }
    // Routed again on the plan the session saves to: another tab may have saved since the dialog opened.
    const saved = await session.edit((draft) => {
      const route = routeMeasurements(draft, measurements, mapping.target);
      addMeasurements(draft, route.byKpi);
      return route;
    });
    if (!saved.ok) {
      const detail = describeError(saved.error);
      message.show(saved.error instanceof StoreError ? SAY.storeFailed(detail) : SAY.importFailed(detail), 'error');
      return;
    }
    const route = saved.outcome;
    const names = [...route.byKpi.keys()].map((id) => kpis.find((k) => k.id === id)?.name || id);
    done(SAY.csvImported(route.count, names));
  }

  render();
}
