// report.js - the coursework report: a print-ready page over the app with a
// title page, the objectives, every goal with its SMART evaluation, strategies
// and tactics, chart image, status and forecast, and a KPI table. The print
// stylesheet (styles.css) hides everything else, so "Save as PDF" is clean.
import { h, button, domId } from '../dom.js';
import { LABELS, TRANSFER, SAY, SMART_LETTERS, CHECK_WORDS, CHANNELS, TACTIC_STATUSES, DIRECTIONS, KPI_DIRECTIONS, KPI_UNITS } from '../labels.js';
import { kpiOf } from '../model.js';
import { longDate, percent, withUnit } from '../format.js';
import { smartBadges } from '../views/badges.js';
import { goalFacts, verdictText, statusWord } from './goal-facts.js';
import { chartImage } from './report-chart.js';

const OPEN_CLASS = 'gp-report-open';

/** "Forecast: 1,234 by 31 Dec 2026 (80% range 1,100–1,380)." from goal.progress, or ''. */
export function forecastSentence(goal, kpi, progress) {
  const f = progress?.forecast;
  if (f === 'insufficient_data') return 'Forecast: not enough measurements yet (at least three are needed).';
  if (!f || typeof f !== 'object' || !Number.isFinite(f.value_at_deadline)) return '';
  const unit = { kpi, unit: goal.unit };
  let text = `Forecast: ${withUnit(f.value_at_deadline, unit)} by ${longDate(goal.deadline)}`;
  if (Number.isFinite(f.interval?.low) && Number.isFinite(f.interval?.high)) {
    text += ` (80% range ${withUnit(f.interval.low, unit)} to ${withUnit(f.interval.high, unit)})`;
  }
  if (Number.isFinite(f.p_reach)) text += `; chance of reaching the target about ${percent(f.p_reach * 100)}`;
  return `${text}.`;
}

function definitionList(pairs) {
  return h('dl', { class: 'gp-report-facts' },
    pairs.filter(([, value]) => value !== '' && value !== null && value !== undefined)
      .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, String(value))]));
}

function smartTable(smart) {
  const rows = SMART_LETTERS.map(({ key, name }) => {
    const c = smart.criteria?.[key] ?? {};
    const notes = [...(c.reasons ?? []), ...(c.suggestions ?? []).map((s) => `Suggestion: ${s}`)];
    return h('tr', {},
      h('th', { scope: 'row' }, `${key} ${name}`),
      h('td', { class: `check-${c.status ?? 'unknown'}` }, CHECK_WORDS[c.status] ?? 'Not checked'),
      h('td', {}, notes.length ? h('ul', {}, notes.map((n) => h('li', {}, n))) : ''));
  });
  return h('table', { class: 'gp-report-table' },
    h('caption', {}, `SMART evaluation: ${verdictText(smart)}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Letter'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'Reasons'))),
    h('tbody', {}, rows));
}

function strategyList(goal, plan) {
  const strategies = goal.strategies ?? [];
  if (strategies.length === 0) return h('p', {}, 'No strategies yet.');
  const kpiName = (id) => kpiOf(plan, id)?.name || id;
  return h('ul', { class: 'gp-report-strategies' }, strategies.map((s) =>
    h('li', {}, h('strong', {}, s.name),
      (s.tactics ?? []).length ? h('ul', {}, s.tactics.map((t) => {
        const details = [
          CHANNELS[t.channel] ?? t.channel,
          t.owner ? `owner ${t.owner}` : '',
          t.start || t.end ? `${longDate(t.start) || '…'} to ${longDate(t.end) || '…'}` : '',
          TACTIC_STATUSES[t.status] ?? t.status,
          (t.kpi_ids ?? []).length ? `feeds ${t.kpi_ids.map(kpiName).join(', ')}` : '',
        ].filter(Boolean);
        return h('li', {}, t.name, details.length ? ` (${details.join('; ')})` : '');
      })) : '')));
}

function goalSection(core, goal, plan, today, index) {
  const kpi = kpiOf(plan, goal.kpi_id);
  const objective = (plan.objectives ?? []).find((o) => o.id === goal.objective_id);
  const facts = goalFacts(core, goal, plan, today);
  const unit = { kpi, unit: goal.unit };
  const section = h('section', { class: 'gp-report-goal' },
    h('h3', {}, `Goal ${index + 1}`),
    h('p', { class: 'gp-report-statement' }, goal.statement || '(no statement yet)'),
    definitionList([
      ['Objective', objective?.name ?? ''],
      ['KPI', kpi?.name ?? ''],
      ['Direction', DIRECTIONS[goal.direction] ?? goal.direction ?? ''],
      ['Baseline', Number.isFinite(goal.baseline) ? `${withUnit(goal.baseline, unit)}${goal.baseline_date ? ` on ${longDate(goal.baseline_date)}` : ''}` : ''],
      ['Target', Number.isFinite(goal.target) ? withUnit(goal.target, unit) : ''],
      ['Start', longDate(goal.start)],
      ['Deadline', longDate(goal.deadline)],
      ['Why this matters', goal.rationale ?? ''],
    ]));

  if (facts.smart) section.append(smartBadges(facts.smart), smartTable(facts.smart));
  else section.append(h('p', {}, `SMART evaluation unavailable: ${facts.smartError}`));

  const progress = facts.progress;
  const status = h('div', { class: 'gp-report-status' }, h('h4', {}, 'Status and forecast'));
  if (progress) {
    status.append(h('p', {}, h('strong', {}, statusWord(progress) || progress.status || ''),
      Number.isFinite(progress.progress_pct) ? ` (progress ${percent(progress.progress_pct)})` : '',
      progress.explanation ? `: ${progress.explanation}` : ''));
    const forecast = forecastSentence(goal, kpi, progress);
    if (forecast) status.append(h('p', {}, forecast));
  } else {
    status.append(h('p', {}, facts.progressError ? `Progress unavailable: ${facts.progressError}` : 'No KPI is linked to this goal, so there is no progress to report.'));
  }
  section.append(status);

  if (kpi) {
    const image = chartImage(goal, kpi, progress, today);
    if (image) {
      const alt = SAY.chartAlt(kpi.name || kpi.id, goal.statement || `Goal ${index + 1}`);
      section.append(h('figure', { class: 'gp-report-chart' },
        h('img', { src: image, alt, width: '800', height: '360' }), h('figcaption', {}, alt)));
    }
  }
  section.append(h('h4', {}, LABELS.strategies), strategyList(goal, plan));
  return section;
}

function kpiTable(plan) {
  const rows = (plan.kpis ?? []).map((kpi) => {
    const measurements = [...(kpi.measurements ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = measurements.at(-1);
    return h('tr', {},
      h('th', { scope: 'row' }, kpi.name || kpi.id),
      h('td', {}, CHANNELS[kpi.channel] ?? kpi.channel ?? ''),
      h('td', {}, KPI_UNITS[kpi.unit] ?? kpi.unit ?? ''),
      h('td', {}, KPI_DIRECTIONS[kpi.direction] ?? kpi.direction ?? ''),
      h('td', { class: 'num' }, String(measurements.length)),
      h('td', {}, latest ? `${withUnit(latest.value, { kpi })} on ${longDate(latest.date)}` : '–'));
  });
  return h('table', { class: 'gp-report-table' },
    h('caption', {}, TRANSFER.kpiCaption),
    h('thead', {}, h('tr', {}, ['KPI', 'Channel', 'Unit', 'Good direction', 'Measurements', 'Latest value'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows));
}

/** Builds the report of PLAN as of TODAY (an <article>, not yet in the page). */
export function buildReport(core, plan, today) {
  const titleId = domId('report');
  const goals = plan.goals ?? [];
  return h('article', { class: 'gp-report-content', 'aria-labelledby': titleId },
    h('header', { class: 'gp-report-title' },
      h('p', { class: 'gp-report-kicker' }, 'Marketing plan: SMART goals and KPIs'),
      h('h1', { id: titleId, tabindex: '-1' }, plan.name || 'Untitled plan'),
      plan.organisation ? h('p', { class: 'gp-report-org' }, plan.organisation) : '',
      plan.description ? h('p', {}, plan.description) : '',
      h('p', {}, `${goals.length} goal${goals.length === 1 ? '' : 's'}, ${(plan.kpis ?? []).length} KPI${(plan.kpis ?? []).length === 1 ? '' : 's'}.`),
      h('p', {}, SAY.reportDate(longDate(today)))),
    h('section', { class: 'gp-report-objectives' }, h('h2', {}, TRANSFER.objectives),
      (plan.objectives ?? []).length
        ? h('ol', {}, plan.objectives.map((o) => h('li', {}, h('strong', {}, o.name), o.description ? `: ${o.description}` : '')))
        : h('p', {}, 'No objectives yet.')),
    h('section', {}, h('h2', {}, TRANSFER.goals),
      goals.length ? goals.map((goal, i) => goalSection(core, goal, plan, today, i)) : h('p', {}, 'No goals yet.')),
    h('section', { class: 'gp-report-kpis' }, h('h2', {}, TRANSFER.kpiTable), kpiTable(plan)));
}

/** Opens the report of PLAN over the app; resolves to { element, close }. */
export async function openReport({ core, plan, today }) {
  document.querySelector('.gp-report')?.remove();
  const returnFocus = document.activeElement;
  const close = () => {
    overlay.remove();
    document.body.classList.remove(OPEN_CLASS);
    document.removeEventListener('keydown', onKey);
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
  };
  const onKey = (event) => { if (event.key === 'Escape') close(); };
  const toolbar = h('div', { class: 'gp-report-toolbar', role: 'toolbar', 'aria-label': TRANSFER.reportToolbar },
    button(TRANSFER.print, () => window.print(), 'primary'),
    button(TRANSFER.closeReport, close));
  const content = buildReport(core, plan, today);
  const overlay = h('div', { class: 'gp-report' }, toolbar, content);
  document.body.append(overlay);
  document.body.classList.add(OPEN_CLASS);
  document.addEventListener('keydown', onKey);
  content.querySelector('h1').focus();
  return { element: overlay, close };
}
