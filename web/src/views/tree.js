// tree.js - the plan as an outline: objective → goal → strategies → tactics,
// with the KPIs each tactic feeds. Nested lists, so it reads well aloud and prints.
import { h } from '../dom.js';
import { CHANNELS, TACTIC_STATUSES } from '../labels.js';
import { goalTitle, kpiOf } from '../model.js';
import { longDate } from '../format.js';
import { routeHash } from '../router.js';

function tacticItem(tactic, plan) {
  const kpis = (tactic.kpi_ids ?? []).map((id) => kpiOf(plan, id)?.name).filter(Boolean);
  const when = [tactic.start && longDate(tactic.start), tactic.end && longDate(tactic.end)].filter(Boolean).join(' – ');
  return h('li', { class: 'tree-tactic' },
    h('span', { class: 'tree-kind', text: 'Tactic' }),
    h('span', { class: 'tree-name', text: tactic.name }),
    h('span', { class: 'tree-meta', text: [CHANNELS[tactic.channel], TACTIC_STATUSES[tactic.status], tactic.owner, when].filter(Boolean).join(' · ') }),
    kpis.length > 0 && h('ul', { class: 'tree-kpis', 'aria-label': 'KPIs it feeds' },
      kpis.map((name) => h('li', { class: 'kpi-chip', text: name }))));
}

function goalItem(goal, plan) {
  const kpi = kpiOf(plan, goal.kpi_id);
  const strategies = goal.strategies ?? [];
  return h('li', { class: 'tree-goal' },
    h('span', { class: 'tree-kind', text: 'Goal' }),
    h('a', { class: 'tree-name', href: routeHash({ name: 'goal', planId: plan.id, goalId: goal.id }), text: goalTitle(goal) }),
    kpi && h('span', { class: 'tree-meta', text: `KPI: ${kpi.name}` }),
    strategies.length === 0
      ? h('p', { class: 'tree-empty', text: 'No strategies yet.' })
      : h('ul', null, strategies.map((s) => h('li', { class: 'tree-strategy' },
        h('span', { class: 'tree-kind', text: 'Strategy' }),
        h('span', { class: 'tree-name', text: s.name }),
        (s.tactics ?? []).length === 0
          ? h('p', { class: 'tree-empty', text: 'No tactics yet.' })
          : h('ul', null, s.tactics.map((t) => tacticItem(t, plan)))))));
}

/** The outline of PLAN, grouped by objective. */
export function planTree(plan) {
  const goals = plan.goals ?? [];
  const groups = (plan.objectives ?? []).map((o) => ({ name: o.name, goals: goals.filter((g) => g.objective_id === o.id) }));
  const loose = goals.filter((g) => !(plan.objectives ?? []).some((o) => o.id === g.objective_id));
  if (loose.length) groups.push({ name: 'Goals without an objective', goals: loose });
  return h('ul', { class: 'tree', 'aria-label': 'Plan outline' },
    groups.map((group) => h('li', { class: 'tree-objective' },
      h('span', { class: 'tree-kind', text: 'Objective' }),
      h('span', { class: 'tree-name', text: group.name }),
      group.goals.length === 0
        ? h('p', { class: 'tree-empty', text: 'No goals yet.' })
        : h('ul', null, group.goals.map((g) => goalItem(g, plan))))));
}
