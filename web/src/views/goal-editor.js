// goal-editor.js - one goal: its statement with the live SMART check, its
// structured details (KPI, baseline, target, dates, objective, rationale),
// milestones, and strategies with tactics.
//
// The editor keeps a draft of the goal and the set of fields the user changed.
// Typing re-runs the SMART check at most every DEFAULTS.smartDebounceMs (the last
// keystroke is checked at most that long after it) and saves after
// DEFAULTS.saveDebounceMs; a save writes only the changed fields into the latest
// plan, so edits made meanwhile in another tab to other fields survive. Changed
// but unsaved fields outlive a redraw (another tab's change), kept in `carried`.
import { debounce, h, showFieldError, newId, throttle } from '../dom.js';
import { DEFAULTS, DIRECTIONS, KPI_UNITS, LABELS } from '../labels.js';
import { evaluateGoal, goalDirection, kpiCatalog, kpiOf, newKpi } from '../model.js';
import { parseNumber, todayIso } from '../format.js';
import { go, routeHash } from '../router.js';
import { createSmartFeedback } from './smart-feedback.js';
import { createKpiPicker } from './kpi-picker.js';
import { createMilestones } from './milestones.js';
import { createStrategies } from './strategies.js';
import { goalHeader } from './goal-header.js';

/** goalId -> { values, dirty, pendingKpi }: edits not yet saved, kept across redraws. */
const carried = new Map();

function blankGoal(plan) {
  return {
    id: newId('goal'), statement: '', objective_id: plan.objectives?.[0]?.id ?? '', kpi_id: '',
    baseline: null, baseline_date: '', target: null, unit: '', start: todayIso(), deadline: '',
    rationale: '', weight: 1, milestones: [], strategies: [],
  };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function unitFor(kpi) {
  if (!kpi) return '';
  if (kpi.unit === 'percent') return '%';
  if (kpi.unit === 'currency') return kpi.currency ?? '';
  if (kpi.unit === 'duration') return 'seconds';
  return '';
}

export function mountGoalEditor(ctx, route) {
  const { core, session, notify } = ctx;
  const plan = session.plan;
  let isNew = route.goalId === 'new';
  const stored = isNew ? null : plan.goals?.find((g) => g.id === route.goalId);
  if (!isNew && !stored) {
    return {
      el: h('div', { class: 'screen' },
        h('h1', { text: 'Goal not found' }),
        h('p', { text: 'This goal is not in the plan any more (it may have been deleted in another tab).' }),
        h('a', { class: 'btn btn-secondary', href: routeHash({ name: 'plan', planId: plan.id }), text: LABELS.backToPlan })),
      title: 'Goal not found',
    };
  }

  const draft = isNew ? blankGoal(plan) : structuredClone(stored);
  const kept = carried.get(isNew ? 'new' : draft.id);
  const dirty = new Set(kept?.dirty ?? []);
  let pendingKpi = kept?.pendingKpi ?? null;
  if (kept) Object.assign(draft, structuredClone(kept.values));
  const today = todayIso();
  let lastInputAt = 0;

  const remember = () => {
    const values = {};
    for (const key of dirty) values[key] = draft[key];
    carried.set(isNew ? 'new' : draft.id, { dirty: [...dirty], values: structuredClone(values), pendingKpi });
  };

  const planKpis = () => [...(session.plan.kpis ?? []), ...(pendingKpi && !kpiOf(session.plan, pendingKpi.id) ? [pendingKpi] : [])];
  const currentKpi = () => planKpis().find((k) => k.id === draft.kpi_id);

  // ---- SMART check ----------------------------------------------------------
  const feedback = createSmartFeedback({
    onUseRewrite: (text) => {
      statement.value = text;
      set('statement', text);
      evaluateNow();
      statement.focus();
      notify('The suggested wording is now your goal statement.', { kind: 'success' });
    },
    onFillDetails: (x) => {
      if (x.deadline && !draft.deadline) { controls.deadline.value = x.deadline; set('deadline', x.deadline); }
      if (Number.isFinite(x.from) && draft.baseline === null) { controls.baseline.value = String(x.from); set('baseline', x.from); }
      if (Number.isFinite(x.to) && draft.target === null) { controls.target.value = String(x.to); set('target', x.to); }
      evaluateNow();
    },
  });

  function evaluateNow() {
    evaluate.cancel();
    if (!draft.statement.trim()) {
      feedback.show(null, { empty: true });
      return;
    }
    try {
      const context = { ...session.plan, kpis: planKpis() };
      feedback.show(evaluateGoal(core, draft, context, today));
    } catch (error) {
      feedback.showError(error);
    }
    if (lastInputAt) {
      feedback.el.dataset.latencyMs = String(Math.round(performance.now() - lastInputAt));
      lastInputAt = 0;
    }
    feedback.el.dataset.evaluated = draft.statement;
  }
  const evaluate = throttle(evaluateNow, DEFAULTS.smartDebounceMs);

  // ---- saving -----------------------------------------------------------------
  const fieldErrors = new Map(); // goal key -> {errorEl, input}
  const clearFieldErrors = () => fieldErrors.forEach(({ errorEl, input }) => showFieldError(errorEl, input, ''));

  async function saveNow() {
    if (!draft.statement.trim()) {
      if (isNew) { // nothing to keep yet
        ctx.shell.setSaveState(session.saveState);
        return;
      }
      const message = 'A goal needs a statement. Write what you want to achieve.';
      showFieldError(statementError, statement, message);
      ctx.shell.setSaveState({ state: 'error', message });
      return;
    }
    if (!isNew && !dirty.size && !pendingKpi) return;
    const keys = isNew ? null : [...dirty];
    const values = structuredClone(draft);
    const kpiToAdd = pendingKpi;
    // A direction the student has not chosen follows the numbers: the core keeps
    // whether it was chosen with the goal and works the direction out.
    const chose = dirty.has('direction');
    const wasNew = isNew;
    const result = await session.edit((p) => {
      p.kpis ??= [];
      p.goals ??= [];
      if (kpiToAdd && !p.kpis.some((k) => k.id === kpiToAdd.id)) p.kpis.push(structuredClone(kpiToAdd));
      const goal = p.goals.find((g) => g.id === values.id);
      if (!goal) {
        if (!wasNew) throw new Error('This goal was deleted in another tab, so the change was not saved.');
        p.goals.push({ ...structuredClone(values), direction_chosen: chose });
        return;
      }
      if (chose || keys.includes('baseline') || keys.includes('target')) goal.direction_chosen = chose || goalDirection(core, goal).chosen;
      for (const key of keys ?? Object.keys(values)) goal[key] = structuredClone(values[key]);
    });
    if (!result.ok) {
      const match = /^goals\[\d+\]\.([a-z_]+)/.exec(result.error.path ?? '');
      const target = match && fieldErrors.get(match[1]);
      if (target) showFieldError(target.errorEl, target.input, result.error.message);
      return;
    }
    clearFieldErrors();
    showFieldError(statementError, statement, '');
    for (const key of keys ?? Object.keys(values)) if (same(draft[key], values[key])) dirty.delete(key);
    if (kpiToAdd && pendingKpi === kpiToAdd) pendingKpi = null;
    if (wasNew) {
      isNew = false;
      carried.delete('new');
      const next = { name: 'goal', planId: session.plan.id, goalId: draft.id };
      ctx.setRoute(next);
      header.enableTracking(draft.id);
    }
    remember();
    if (!dirty.size && !pendingKpi) carried.delete(draft.id);
    const saved = session.plan.goals.find((g) => g.id === draft.id);
    if (saved && !dirty.has('direction')) {
      draft.direction = saved.direction;
      controls.direction.value = saved.direction;
    }
    header.setTitle(saved?.statement ?? draft.statement);
  }
  const save = debounce(saveNow, DEFAULTS.saveDebounceMs);

  function set(key, value) {
    draft[key] = value;
    dirty.add(key);
    remember();
    ctx.shell.setSaveState({ state: 'saving' });
    save();
  }

  // ---- controls ---------------------------------------------------------------
  const statement = h('textarea', { id: 'goal-statement', class: 'input statement-input', rows: '4', limit: 'text',
    placeholder: 'e.g. Increase sales revenue by 20% by the end of next year by emailing coupon codes to past customers' });
  statement.value = draft.statement;
  const statementError = h('p', { class: 'field-error', id: 'goal-statement-error', hidden: true, role: 'alert' });
  statement.addEventListener('input', () => {
    lastInputAt = performance.now();
    set('statement', statement.value);
    evaluate();
  });

  const controls = {};
  function fieldRow(key, label, control, { hint, parse } = {}) {
    control.id = `goal-${key.replace(/_/g, '-')}`;
    controls[key] = control;
    const errorEl = h('p', { class: 'field-error', id: `${control.id}-error`, hidden: true, role: 'alert' });
    fieldErrors.set(key, { errorEl, input: control });
    const hintEl = hint && h('p', { class: 'field-hint', id: `${control.id}-hint`, text: hint });
    if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
    const commit = () => {
      if (parse) {
        const text = control.value.trim();
        const value = text === '' ? null : parseNumber(text);
        if (text !== '' && value === null) {
          showFieldError(errorEl, control, `“${text}” is not a number. Write digits, e.g. 1200 or 12.5.`);
          return;
        }
        showFieldError(errorEl, control, '');
        set(key, value);
      } else {
        set(key, control.value);
      }
      evaluate();
    };
    control.addEventListener(control.tagName === 'SELECT' || control.type === 'date' ? 'change' : 'input', commit);
    return h('div', { class: ['field', `field-${key}`] }, h('label', { for: control.id, class: 'field-label', text: label }), control, hintEl, errorEl);
  }

  const numberInput = (value) => h('input', { type: 'text', inputmode: 'decimal', class: 'input', autocomplete: 'off', value: value ?? '' });
  const dateInput = (value) => h('input', { type: 'date', class: 'input', value: value ?? '' });
  const selectOf = (choices, value) => {
    const el = h('select', { class: 'input' }, Object.entries(choices).map(([v, text]) => h('option', { value: v, text })));
    el.value = value;
    return el;
  };

  const catalog = (() => {
    try {
      return kpiCatalog(core);
    } catch (error) {
      notify(`The KPI catalog could not be loaded: ${error.message}`, { kind: 'error' });
      return [];
    }
  })();
  const picker = createKpiPicker({
    id: 'goal-kpi', planKpis: session.plan.kpis ?? [], catalog, selected: currentKpi() ?? null,
    onPick: (choice) => {
      let kpi = null;
      try {
        if (choice.kind === 'plan') kpi = choice.kpi;
        else if (choice.kind === 'catalog') kpi = kpiOf(session.plan, choice.def.id) ?? newKpi(core, { catalog_id: choice.def.id });
        else if (choice.kind === 'custom') kpi = newKpi(core, { id: newId('kpi'), name: choice.name, goal_direction: draft.direction });
      } catch (error) {
        showFieldError(fieldErrors.get('kpi_id').errorEl, picker.input, error.message);
        return;
      }
      pendingKpi = kpi && !kpiOf(session.plan, kpi.id) ? kpi : null;
      set('kpi_id', kpi?.id ?? '');
      if (kpi && !draft.unit && unitFor(kpi)) {
        controls.unit.value = unitFor(kpi);
        set('unit', unitFor(kpi));
      }
      evaluate();
    },
  });
  fieldErrors.set('kpi_id', { errorEl: h('p', { class: 'field-error', hidden: true, role: 'alert' }), input: picker.input });
  picker.wrap.append(fieldErrors.get('kpi_id').errorEl);

  const objectiveChoices = Object.fromEntries([['', '(no objective)'], ...(session.plan.objectives ?? []).map((o) => [o.id, o.name])]);
  const weight = h('input', { type: 'number', min: '0.1', step: '0.1', class: 'input', value: draft.weight ?? 1 });

  const details = h('section', { class: 'panel details', 'aria-labelledby': 'details-title' },
    h('h2', { id: 'details-title', class: 'panel-title', text: LABELS.details }),
    h('p', { class: 'muted panel-intro', text: 'The numbers behind the goal. The SMART check and the progress chart use them.' }),
    h('div', { class: 'details-grid' },
      h('div', { class: 'span-2' }, picker.wrap),
      fieldRow('baseline', LABELS.baseline, numberInput(draft.baseline), { parse: true, hint: 'Where you start.' }),
      fieldRow('baseline_date', LABELS.baselineDate, dateInput(draft.baseline_date), { hint: 'When the baseline was measured.' }),
      fieldRow('target', LABELS.target, numberInput(draft.target), { parse: true, hint: 'Where you want to be by the deadline.' }),
      fieldRow('unit', LABELS.unit, h('input', { type: 'text', class: 'input', limit: 'name', value: draft.unit ?? '', placeholder: 'e.g. USD, %, visits' })),
      fieldRow('start', LABELS.start, dateInput(draft.start)),
      fieldRow('deadline', LABELS.deadline, dateInput(draft.deadline)),
      fieldRow('direction', LABELS.direction, selectOf(DIRECTIONS, draft.direction ?? goalDirection(core, draft).implied),
        { hint: 'Worked out from baseline and target unless you choose.' }),
      fieldRow('objective_id', LABELS.objective, selectOf(objectiveChoices, draft.objective_id ?? '')),
      h('div', { class: 'span-2' }, fieldRow('rationale', LABELS.rationale, h('textarea', { class: 'input', rows: '2', limit: 'text' }),
        { hint: 'How this goal serves the objective: relevance is part of SMART.' })),
      fieldRow('weight', LABELS.weight, weight, { parse: true, hint: 'How much this goal counts in the plan’s overall progress (1 = normal).' })));
  controls.rationale.value = draft.rationale ?? '';

  const unitText = () => draft.unit || KPI_UNITS[currentKpi()?.unit] || '';
  const milestones = createMilestones({ milestones: draft.milestones, unitText: unitText(), onChange: (list) => set('milestones', list) });
  const strategies = createStrategies({ strategies: draft.strategies, planKpis: planKpis(), onChange: (list) => set('strategies', list) });

  async function deleteGoal() {
    save.cancel();
    const index = session.plan.goals.findIndex((g) => g.id === draft.id);
    const removed = session.plan.goals[index];
    const result = await session.edit((p) => {
      p.goals = p.goals.filter((g) => g.id !== draft.id);
    });
    if (!result.ok) {
      notify(`The goal was not deleted: ${result.error.message}`, { kind: 'error' });
      return;
    }
    carried.delete(draft.id);
    go({ name: 'plan', planId: session.plan.id });
    notify('Goal deleted.', {
      action: {
        label: LABELS.undo,
        run: async () => {
          const back = await session.edit((p) => {
            if (p.goals.some((g) => g.id === removed.id)) return;
            p.goals.splice(Math.min(index, p.goals.length), 0, structuredClone(removed));
          });
          if (back.ok) notify('Goal restored.', { kind: 'success' });
          else notify(`The goal could not be restored: ${back.error.message}`, { kind: 'error' });
        },
      },
    });
  }

  const header = goalHeader({
    plan: session.plan, goal: draft, isNew, current: 'goal',
    actions: [h('button', { type: 'button', class: 'btn btn-danger-quiet', text: LABELS.deleteGoal,
      on: { click: () => (isNew ? go({ name: 'plan', planId: session.plan.id }) : deleteGoal()) } })],
  });

  const statementPanel = h('section', { class: 'panel statement-panel', 'aria-labelledby': 'statement-title' },
    h('h2', { id: 'statement-title', class: 'panel-title' }, h('label', { for: statement.id, text: LABELS.goalStatement })),
    h('p', { class: 'field-hint', id: 'goal-statement-hint', text: 'Write it the way you would say it. The SMART check updates as you type.' }),
    statement, statementError);
  statement.setAttribute('aria-describedby', 'goal-statement-hint');

  const el = h('div', { class: 'screen goal-editor' },
    header.el,
    h('div', { class: 'editor-grid' },
      h('div', { class: 'area-statement' }, statementPanel),
      h('div', { class: 'area-feedback' }, feedback.el),
      h('div', { class: 'area-details' }, details),
      h('div', { class: 'area-milestones' }, milestones.el),
      h('div', { class: 'area-strategies' }, strategies.el)));

  let kpiSignature = planKpis().map((k) => `${k.id}:${k.name}`).join('|');
  evaluateNow();
  if (dirty.size) save();
  if (isNew) queueMicrotask(() => statement.focus());

  return {
    el,
    title: isNew ? 'New goal' : draft.statement,
    /** Our own save landed: refresh what depends on the plan, leave the typing alone. */
    update(event) {
      if (event.remote) return false;
      const signature = planKpis().map((k) => `${k.id}:${k.name}`).join('|');
      if (signature !== kpiSignature) {
        kpiSignature = signature;
        strategies.set(draft.strategies, planKpis());
      }
      return true;
    },
    destroy() {
      evaluate.cancel();
      if (save.pending()) save.flush();
    },
  };
}
