// csv-import.js - measurements from a CSV file (a spreadsheet or an analytics
// export) into the KPIs of the open plan. The core reads the CSV
// (csv.measurements) and validates the changed plan (plan.validate); this screen
// maps the columns, shows a preview, asks how to read ambiguous dates, and writes once.
import { T, say } from './text.js';
import { h, field, select, button } from './ui.js';
import { UserError } from './files.js';
import { describeError, validatePlan } from './backup.js';
import { storedPlan, writePlans } from './stored.js';
import { longDate, number } from '../format.js';

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

/** PLAN with the routed measurements appended (a new object; PLAN is untouched). */
export function withMeasurements(plan, byKpi) {
  const copy = structuredClone(plan);
  for (const kpi of copy.kpis ?? []) {
    const added = byKpi.get(kpi.id);
    if (added) kpi.measurements = [...(kpi.measurements ?? []), ...added];
  }
  return copy;
}

/** Now as an ISO timestamp, later than PREVIOUS even when the clock is behind it (other tabs compare them). */
function laterStamp(previous) {
  const now = Date.now();
  const before = Date.parse(previous ?? '');
  return new Date(Number.isFinite(before) && before >= now ? before + 1 : now).toISOString();
}

/**
 * Shows the CSV import for TEXT in AREA (inside the Import dialog). Reports
 * problems through MESSAGE; calls DONE(note) after a successful write.
 */
export async function showCsvImport({ core, store, getPlanId, text, fileName, area, message, done }) {
  const plan = await storedPlan(store, getPlanId?.());
  if (!plan) throw new UserError(T.csvNeedsPlan);
  const kpis = plan.kpis ?? [];
  if (kpis.length === 0) throw new UserError(T.csvNeedsKpi);

  const mapping = { date: null, value: null, note: null, kpi: null, dateFormat: 'auto', target: kpis[0].id };
  let result;
  try {
    result = core.call('csv.measurements', csvRequest(text, mapping));
  } catch (error) {
    throw new UserError(say.importFailed(describeError(error)));
  }
  for (const role of ['date', 'value', 'note', 'kpi']) mapping[role] = result[`${role}_column`] ?? null;
  // Dates that read both ways need the user's word: the core's default would be a guess.
  if (result.ambiguous_dates) mapping.dateFormat = '';

  const columns = (result.columns ?? []).map((column, index) => ({ value: String(index), text: columnName(column, index) }));
  const columnSelect = (role, optional) => {
    const options = optional ? [{ value: '', text: T.noColumn }, ...columns] : columns;
    const node = select(options, mapping[role] === null ? '' : String(mapping[role]));
    node.addEventListener('change', () => {
      mapping[role] = node.value === '' ? null : Number(node.value);
      refresh();
    });
    return node;
  };
  const dateFormat = select([
    { value: '', text: T.chooseDateFormat },
    { value: 'mdy', text: T.dateFormats.mdy },
    { value: 'dmy', text: T.dateFormats.dmy },
  ], mapping.dateFormat);
  dateFormat.addEventListener('change', () => { mapping.dateFormat = dateFormat.value; refresh(); });
  const dateFormatField = field(T.dateFormat, dateFormat, say.csvAmbiguous).wrapper;
  dateFormatField.hidden = !result.ambiguous_dates;

  const kpiSelect = select(kpis.map((k) => ({ value: k.id, text: k.name || k.id })), mapping.target);
  kpiSelect.addEventListener('change', () => { mapping.target = kpiSelect.value; render(); });
  const kpiField = field(T.targetKpi, kpiSelect).wrapper;

  const summary = h('p', { className: 'gp-tr-summary', attrs: { role: 'status' } });
  const preview = h('div', { className: 'gp-tr-preview' });
  const importButton = button(T.importMeasurements, () => commit(), { kind: 'primary' });

  area.replaceChildren(
    h('h3', {}, T.csvTitle),
    h('p', { className: 'gp-tr-file' }, fileName),
    h('div', { className: 'gp-tr-grid' },
      field(T.dateColumn, columnSelect('date', false)).wrapper,
      field(T.valueColumn, columnSelect('value', false)).wrapper,
      field(T.noteColumn, columnSelect('note', true)).wrapper,
      field(T.kpiColumn, columnSelect('kpi', true), T.kpiColumnHint).wrapper,
      kpiField),
    dateFormatField, summary, preview, importButton);

  function render() {
    const measurements = result?.measurements ?? [];
    const skipped = result?.skipped ?? [];
    const skippedCount = result?.skipped_count ?? skipped.length;
    kpiField.hidden = mapping.kpi !== null;
    const route = routeMeasurements(plan, measurements, mapping.target);
    const notes = [say.csvSummary(measurements.length, skippedCount)];
    if (route.duplicates) notes.push(say.csvDuplicates(route.duplicates));
    if (route.unknown.length) notes.push(say.csvUnknownKpis(route.unknown));
    summary.textContent = notes.join(' ');

    const rows = measurements.slice(0, PREVIEW_ROWS).map((m) =>
      h('tr', {}, h('td', {}, longDate(m.date)), h('td', { className: 'gp-tr-num' }, number(m.value)),
        h('td', {}, m.note ?? ''), mapping.kpi !== null ? h('td', {}, m.kpi ?? '') : ''));
    const headers = [T.previewDate, T.previewValue, T.previewNote, mapping.kpi !== null ? T.previewKpi : null].filter(Boolean);
    const parts = [h('table', {},
      h('caption', {}, T.previewCaption),
      h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows))];
    if (measurements.length > PREVIEW_ROWS) parts.push(h('p', {}, say.previewMore(measurements.length - PREVIEW_ROWS)));
    if (skipped.length) {
      parts.push(h('h4', {}, T.skippedHeading),
        h('ul', { className: 'gp-tr-skipped' }, skipped.slice(0, SKIPPED_ROWS).map((s) => h('li', {}, say.skippedLine(s.line, s.reason)))));
      if (skippedCount > SKIPPED_ROWS) parts.push(h('p', {}, say.previewMore(skippedCount - SKIPPED_ROWS)));
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
      message.show(say.importFailed(describeError(error)), 'error');
    }
    render();
  }

  async function commit() {
    message.clear();
    if (mapping.dateFormat === '') {
      message.show(say.csvAmbiguous, 'error');
      return;
    }
    let updated;
    let route;
    try {
      // Build on the newest stored copy: another tab may have saved since the dialog opened.
      const latest = (await storedPlan(store, plan.id)) ?? plan;
      route = routeMeasurements(latest, result?.measurements ?? [], mapping.target);
      if (route.count === 0) throw new UserError(say.csvNothing);
      const changed = withMeasurements(latest, route.byKpi);
      changed.updated = laterStamp(latest.updated);
      updated = validatePlan(core, changed);
    } catch (error) {
      message.show(error instanceof UserError ? error.message : say.importFailed(describeError(error)), 'error');
      return;
    }
    try {
      await writePlans(store, [updated]);
    } catch (error) {
      message.show(say.storeFailed(describeError(error)), 'error');
      return;
    }
    const names = [...route.byKpi.keys()].map((id) => kpis.find((k) => k.id === id)?.name || id);
    done(say.csvImported(route.count, names));
  }

  render();
}
