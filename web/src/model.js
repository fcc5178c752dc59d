// model.js - the app's questions to the core, one function each, so the views
// see plain results and the request shapes live in one place.
import { dayNumber, todayIso } from './format.js';
import { LABELS } from './labels.js';
import { newId } from './dom.js';

/** The normalised plan, or throws the core's CoreError naming the field. */
export function validatePlan(core, plan) {
  return core.call('plan.validate', { plan }).plan;
}

/** A new empty plan from the core (one objective) with the given ID and NAME. */
export function newPlan(core, { id, name, objectiveId, today = todayIso() }) {
  return core.call('plan.new', { id, name, objective_id: objectiveId, today }).plan;
}

/** The built-in example plans: [{name, title, description}]. */
export function listTemplates(core) {
  return core.call('plan.templates', {}).templates;
}

/** The example plan called NAME, its dates placed around TODAY. */
export function template(core, name, today = todayIso()) {
  return core.call('plan.template', { name, today }).plan;
}

/**
 * Runs the calls of the first screens (an example plan made, validated and
 * summarised) once, with results unused: the browser compiles the core's code
 * on its first run, tens of milliseconds that the start screen spends while
 * the user reads rather than after a click. Never throws: a real failure
 * shows where the screens make the same calls.
 */
export function warmUp(core, today = todayIso()) {
  try {
    const [first] = listTemplates(core);
    if (first) planSummary(core, validatePlan(core, template(core, first.name, today)), today);
  } catch {
    // reported by the screen that makes the call for real
  }
}

const limitsByCore = new WeakMap();
/**
 * The core's limits (read once): name_chars, text_chars, note_chars, id_chars,
 * items, measurements. Text fields take their maxlength from here.
 */
export function limits(core) {
  if (!limitsByCore.has(core)) limitsByCore.set(core, core.call('limits', {}));
  return limitsByCore.get(core);
}

/**
 * A plan KPI from the core: {catalog_id} gives the KPI that catalog entry
 * becomes; {id, name, goal_direction} a KPI of the student's own.
 */
export const newKpi = (core, request) => core.call('kpi.new', request).kpi;

/**
 * GOAL's direction as the core sees it: {implied: the direction its numbers
 * imply, chosen: whether its direction is the student's own choice}.
 */
export const goalDirection = (core, goal) => core.call('goal.direction', { goal });

/** The plans in TEXT (a backup or one plan), migrated and validated by plan.import; throws CoreError. */
export function importPlans(core, text) {
  const result = core.call('plan.import', { text });
  return Array.isArray(result.plans) ? result.plans : [result.plan];
}

/**
 * PLAN as a separate copy under a fresh id, its name ending in SUFFIX
 * (TRANSFER.copySuffix, or '' to keep the name; the name is shortened to keep
 * within the core's limit).
 */
export function copyOfPlan(core, plan, suffix) {
  const copy = structuredClone(plan);
  copy.id = newId('plan');
  if (suffix) {
    const chars = Array.from(String(plan.name ?? ''));
    copy.name = chars.slice(0, Math.max(0, limits(core).name_chars - suffix.length)).join('') + suffix;
  }
  return copy;
}

let catalogCache = null;
/** The built-in KPI library (read once). */
export function kpiCatalog(core) {
  if (!catalogCache) {
    catalogCache = core.call('kpi.catalog', {}).kpis;
  }
  return catalogCache;
}

/**
 * smart.evaluate on GOAL in the context of PLAN. The evaluator reads only the
 * plan's objectives and the goal's own KPI (its name and history), so only
 * those are sent: the rest of a large plan would be re-read on every keystroke.
 */
export function evaluateGoal(core, goal, plan, today = todayIso()) {
  const kpi = kpiOf(plan, goal.kpi_id);
  const context = { objectives: plan?.objectives ?? [], kpis: kpi ? [kpi] : [] };
  return core.call('smart.evaluate', { goal, plan: context, today });
}

/** What a goal is called on cards, lists and links: its statement, or a placeholder while it has none. */
export const goalTitle = (goal) => goal.statement?.trim() || LABELS.untitledGoal;

/** The plan's KPI with ID, or undefined. */
export const kpiOf = (plan, id) => (id ? plan?.kpis?.find((k) => k.id === id) : undefined);

// The plan object each core holds open (plan.open): plans are never changed
// in place (every edit makes a new object), so the same object means the
// same plan, and a different one is sent before the core is asked about it.
const openPlans = new WeakMap();

/** Makes PLAN the core's open plan unless it already is; returns its id. */
function openInCore(core, plan) {
  if (openPlans.get(core) !== plan) {
    core.call('plan.open', { plan });
    openPlans.set(core, plan);
  }
  return plan.id;
}

/**
 * goal.progress for GOAL, or null when the goal has no KPI yet. A goal of
 * PLAN is asked about by id in the open plan (its measurements are not sent
 * again); any other goal (a draft) is sent with its KPI.
 */
export function goalProgress(core, goal, plan, today = todayIso()) {
  const kpi = kpiOf(plan, goal.kpi_id);
  if (!kpi) return null;
  if (plan.goals?.includes(goal)) {
    return core.call('goal.progress', { open_plan: openInCore(core, plan), goal_id: goal.id, today });
  }
  return core.call('goal.progress', { goal, kpi, kpis: plan.kpis ?? [], today });
}

/** plan.summary for PLAN, answered from the core's open plan. */
export function planSummary(core, plan, today = todayIso()) {
  return core.call('plan.summary', { open_plan: openInCore(core, plan), today });
}

const asError = (part) => (part && part.error ? Object.assign(new Error(part.error.message), part.error) : null);

/**
 * plan.summary, plus its per-goal parts as a Map goal id -> {smart, progress,
 * smartError, progressError} (a goal the core could not judge has an error
 * in that part, e.g. "choose the KPI that measures this goal").
 */
export function planInsights(core, plan, today = todayIso()) {
  const summary = planSummary(core, plan, today);
  const byGoal = new Map();
  for (const entry of summary.goals ?? []) {
    byGoal.set(entry.goal_id, {
      smart: entry.smart && !entry.smart.error ? entry.smart : null,
      smartError: asError(entry.smart),
      progress: entry.progress && !entry.progress.error ? entry.progress : null,
      progressError: asError(entry.progress),
    });
  }
  return { summary, byGoal };
}

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function points(list, valueKey = 'value') {
  if (!Array.isArray(list)) return [];
  return list
    .map((p) => ({ x: dayNumber(p.date), y: num(p[valueKey]), note: p.note || undefined }))
    .filter((p) => p.x !== null && p.y !== null);
}

/**
 * The series the chart draws, from goal.progress's `chart` (the core computes
 * every line; nothing is estimated here). Dates become day numbers.
 */
export function chartSeries(goal, progress, today = todayIso()) {
  const chart = progress?.chart ?? {};
  const band = Array.isArray(chart.band) ? chart.band : [];
  return {
    actual: points(chart.actual),
    pace: points(chart.ideal),
    forecast: points(chart.forecast),
    bandLow: points(band, 'low'),
    bandHigh: points(band, 'high'),
    milestones: points(chart.milestones, 'target'),
    target: num(progress?.target ?? goal.target),
    baseline: num(progress?.baseline ?? goal.baseline),
    today: dayNumber(today),
    xMin: dayNumber(goal.start) ?? dayNumber(goal.baseline_date),
    xMax: dayNumber(goal.deadline),
  };
}

/** The part of chartSeries that a goal card's sparkline draws: the actual values, the ideal pace and the target. */
export function sparklineSeries(goal, progress) {
  const chart = progress?.chart ?? {};
  return { actual: points(chart.actual), pace: points(chart.ideal), target: num(progress?.target ?? goal.target) };
}

const FIELD_WORDS = {
  kpi_id: 'the KPI', target: 'the target', baseline: 'the baseline', deadline: 'the deadline', start: 'the start date',
  statement: 'the goal statement', measurements: 'the measurements', baseline_date: 'the baseline date',
  objective_id: 'the objective', milestones: 'the milestones', unit: 'the unit', weight: 'the weight',
};

/** An error message with field paths ("goals[2].kpi_id") put in words ("the KPI"). */
export function plainMessage(error) {
  const text = String(error?.message ?? error ?? '');
  const worded = text.replace(/\b(?:goals|kpis)\[\d+\]\.([a-z_]+)(?:\[\d+\](?:\.[a-z_]+)?)?/g, (all, key) => FIELD_WORDS[key] ?? all);
  return worded.charAt(0).toUpperCase() + worded.slice(1);
}

/** A sentence from a CoreError (or any Error) for a file: it names the field path when the message does not. */
export function describeError(error) {
  const message = String(error?.message ?? error).trim();
  const path = error?.path;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  // "text" means the file as a whole: the message already says where (line, column).
  return path && path !== 'text' && !message.includes(path) ? `${sentence} (Field: ${path}.)` : sentence;
}
