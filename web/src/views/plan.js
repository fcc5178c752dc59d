// plan.js - the plan screen: its name and details, then each objective with its
// goals as cards (or the whole plan as an outline), and the actions to add goals
// and objectives.
import { h, newId } from '../dom.js';
import { LABELS, SETTINGS } from '../labels.js';
import { planInsights } from '../model.js';
import { todayIso } from '../format.js';
import { go } from '../router.js';
import { goalCard, goalCardOutline } from './goal-card.js';
import { planTree } from './tree.js';
import { askText, confirmAction, modal } from './confirm.js';

// The first cards are drawn at once; the others start as outlines and are
// completed a batch per task right after, so a plan of hundreds of goals shows
// its first screen without waiting for its last card.
const CARDS_AT_ONCE = 24;
const CARDS_PER_TASK = 25;

/** Runs the functions in TASKS, CARDS_PER_TASK of them per task, after the current one. */
function completeLater(tasks) {
  if (!tasks.length) return;
  setTimeout(() => {
    for (const task of tasks.splice(0, CARDS_PER_TASK)) task();
    completeLater(tasks);
  });
}

async function editDetails(session) {
  const plan = session.plan;
  const input = (label, value, multiline = false) => {
    const id = `plan-${label.toLowerCase().replace(/\W+/g, '-')}`;
    const control = multiline
      ? h('textarea', { id, class: 'input', rows: '3', limit: 'text' })
      : h('input', { id, type: 'text', class: 'input', limit: 'name' });
    control.value = value ?? '';
    return { control, wrap: h('div', { class: 'field' }, h('label', { for: id, class: 'field-label', text: label }), control) };
  };
  const name = input(LABELS.planName, plan.name);
  const org = input(LABELS.organisation, plan.organisation);
  const desc = input(LABELS.description, plan.description, true);
  const answer = await modal({
    title: 'Plan details',
    body: [name.wrap, org.wrap, desc.wrap],
    actions: [
      { value: 'cancel', label: LABELS.cancel },
      { value: 'ok', label: LABELS.save, kind: 'primary', check: () => name.control.value.trim() !== '' },
    ],
  });
  if (answer !== 'ok') return null;
  return session.edit((draft) => {
    draft.name = name.control.value.trim();
    draft.organisation = org.control.value.trim();
    draft.description = desc.control.value.trim();
  });
}

export function mountPlan(ctx) {
  const { core, session, store, notify } = ctx;
  const plan = session.plan;
  const today = todayIso();
  let layout = 'cards';

  const body = h('div', { class: 'plan-body' });
  const layoutButtons = ['cards', 'tree'].map((kind) => h('button', {
    type: 'button', class: 'seg-btn', 'aria-pressed': String(kind === layout),
    text: kind === 'cards' ? LABELS.cardsView : LABELS.treeView,
    on: { click: () => setLayout(kind, true) },
  }));

  function objectiveSection(objective, goals, card) {
    const headingId = `objective-${objective?.id ?? 'none'}`;
    const actions = objective && h('div', { class: 'section-actions' },
      h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.rename,
        'aria-label': `${LABELS.rename} objective: ${objective.name}`,
        on: { click: () => renameObjective(objective) } }),
      h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.delete,
        'aria-label': `${LABELS.delete} objective: ${objective.name}`,
        on: { click: () => deleteObjective(objective, goals.length) } }));
    return h('section', { class: 'objective', 'aria-labelledby': headingId },
      h('div', { class: 'objective-head' },
        h('div', null,
          h('p', { class: 'eyebrow', text: objective ? LABELS.objective : '' }),
          h('h2', { id: headingId, class: 'objective-title', text: objective ? objective.name : LABELS.noObjective }),
          objective?.description && h('p', { class: 'muted', text: objective.description })),
        actions),
      goals.length
        ? h('div', { class: 'card-grid' }, goals.map(card))
        : h('p', { class: 'empty-note', text: 'No goals for this objective yet. Use “Add goal” and pick this objective.' }));
  }

  function drawCards() {
    const goals = plan.goals ?? [];
    let insights;
    try {
      insights = planInsights(core, plan, today).byGoal;
    } catch (error) {
      notify(`The plan could not be checked: ${error.message}`, { kind: 'error' });
      insights = new Map();
    }
    let drawn = 0;
    const later = [];
    const card = (goal) => {
      const parts = { goal, plan, insight: insights.get(goal.id) ?? {}, today };
      drawn += 1;
      if (drawn <= CARDS_AT_ONCE) return goalCard(parts);
      const outline = goalCardOutline(parts);
      // Skipped when the cards were replaced meanwhile (another layout, a redraw).
      later.push(() => outline.isConnected && outline.replaceWith(goalCard(parts)));
      return outline;
    };
    const objectives = plan.objectives ?? [];
    const sections = objectives.map((o) => objectiveSection(o, goals.filter((g) => g.objective_id === o.id), card));
    const loose = goals.filter((g) => !objectives.some((o) => o.id === g.objective_id));
    if (loose.length) sections.push(objectiveSection(null, loose, card));
    completeLater(later);
    return sections;
  }

  function setLayout(kind, remember) {
    layout = kind;
    layoutButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(['cards', 'tree'][i] === kind)));
    body.replaceChildren(...(kind === 'tree' ? [planTree(plan)] : drawCards()));
    if (remember) session.saveSetting(SETTINGS.planLayout, kind).catch(() => {});
  }

  async function addObjective() {
    const name = await askText({ title: LABELS.addObjective, label: LABELS.objectiveName, value: '', confirmLabel: LABELS.addObjective });
    if (!name) return;
    const result = await session.edit((draft) => {
      draft.objectives = [...(draft.objectives ?? []), { id: newId('obj'), name, description: '' }];
    });
    if (!result.ok) notify(`The objective was not added: ${result.error.message}`, { kind: 'error' });
  }

  async function renameObjective(objective) {
    const name = await askText({ title: `${LABELS.rename} objective`, label: LABELS.objectiveName, value: objective.name });
    if (!name) return;
    const result = await session.edit((draft) => {
      const target = draft.objectives.find((o) => o.id === objective.id);
      if (target) target.name = name;
    });
    if (!result.ok) notify(`The objective was not renamed: ${result.error.message}`, { kind: 'error' });
  }

  async function deleteObjective(objective, goalCount) {
    const ok = await confirmAction({
      title: `Delete the objective “${objective.name}”?`,
      message: goalCount ? `Its ${goalCount} goal(s) stay in the plan, listed under “${LABELS.noObjective}”.` : 'It has no goals.',
      confirmLabel: 'Delete objective',
      danger: true,
    });
    if (!ok) return;
    const index = plan.objectives.findIndex((o) => o.id === objective.id);
    const linked = (plan.goals ?? []).filter((g) => g.objective_id === objective.id).map((g) => g.id);
    const result = await session.edit((draft) => {
      draft.objectives = draft.objectives.filter((o) => o.id !== objective.id);
      for (const goal of draft.goals ?? []) if (goal.objective_id === objective.id) delete goal.objective_id;
    });
    if (!result.ok) {
      notify(`The objective was not deleted: ${result.error.message}`, { kind: 'error' });
      return;
    }
    notify(`Objective “${objective.name}” deleted.`, {
      action: { label: LABELS.undo, run: () => session.edit((draft) => {
        if (draft.objectives.some((o) => o.id === objective.id)) return;
        draft.objectives.splice(Math.min(index, draft.objectives.length), 0, objective);
        for (const goal of draft.goals ?? []) if (linked.includes(goal.id) && !goal.objective_id) goal.objective_id = objective.id;
      }) },
    });
  }

  const header = h('div', { class: 'plan-header' },
    h('div', { class: 'plan-title' },
      plan.organisation && h('p', { class: 'eyebrow', text: plan.organisation }),
      h('h1', { text: plan.name }),
      plan.description && h('p', { class: 'lead plan-description', text: plan.description })),
    h('button', { type: 'button', class: 'btn btn-quiet', text: 'Edit details',
      on: { click: async () => {
        const result = await editDetails(session);
        if (result && !result.ok) notify(`The details were not saved: ${result.error.message}`, { kind: 'error' });
      } } }));

  const toolbar = h('div', { class: 'toolbar' },
    h('button', { type: 'button', class: 'btn btn-primary', text: LABELS.addGoal,
      on: { click: () => go({ name: 'goal', planId: plan.id, goalId: 'new' }) } }),
    h('button', { type: 'button', class: 'btn btn-secondary', text: LABELS.addObjective, on: { click: addObjective } }),
    h('div', { class: 'segmented', role: 'group', 'aria-label': LABELS.planLayout },
      h('span', { class: 'seg-label', text: `${LABELS.planLayout}:` }), layoutButtons));

  const el = h('div', { class: 'screen plan' }, header, toolbar, body);
  setLayout(layout, false);
  store.getSetting(SETTINGS.planLayout).then((saved) => {
    if (saved && saved !== layout) setLayout(saved, false);
  }).catch(() => {});

  return { el, title: plan.name };
}

