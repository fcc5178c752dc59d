// goal-header.js - the top of the goal screens: back to the plan, the goal's
// statement as the heading, and the two tabs (edit the goal, track its KPI).
import { h } from '../dom.js';
import { LABELS } from '../labels.js';
import { routeHash } from '../router.js';

export function goalHeader({ plan, goal, isNew, current, actions = [] }) {
  const tab = (name, label) => {
    const link = h('a', { class: 'tab', href: routeHash({ name, planId: plan.id, goalId: goal.id }), text: label });
    if (name === current) link.setAttribute('aria-current', 'page');
    if (isNew && name === 'tracking') {
      link.setAttribute('aria-disabled', 'true');
      link.removeAttribute('href');
      link.title = 'Save the goal first: write its statement.';
    }
    return link;
  };
  const heading = h('h1', { class: 'goal-heading', text: isNew ? 'New goal' : goal.statement || LABELS.untitledGoal });
  const el = h('div', { class: 'goal-header' },
    h('a', { class: 'back-link', href: routeHash({ name: 'plan', planId: plan.id }), text: `← ${LABELS.backToPlan}` }),
    h('div', { class: 'goal-header-row' }, heading, h('div', { class: 'goal-header-actions' }, actions)),
    h('nav', { class: 'tabs', 'aria-label': 'Goal sections' }, tab('goal', LABELS.goalTab), tab('tracking', LABELS.trackingTab)));
  return {
    el,
    setTitle(text) { heading.textContent = text || LABELS.untitledGoal; },
    enableTracking(goalId) {
      const link = el.querySelectorAll('.tab')[1];
      link.removeAttribute('aria-disabled');
      link.removeAttribute('title');
      link.href = routeHash({ name: 'tracking', planId: plan.id, goalId });
      el.querySelectorAll('.tab')[0].href = routeHash({ name: 'goal', planId: plan.id, goalId });
    },
  };
}
