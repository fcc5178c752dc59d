// goal-card.js - one goal on the plan screen: statement, SMART badges, status,
// progress bar, sparkline and the next date that matters.
import { h } from '../dom.js';
import { LABELS } from '../labels.js';
import { goalTitle, kpiOf, plainMessage, sparklineSeries } from '../model.js';
import { sparkline } from '../sparkline.js';
import { longDate, percent, relativeDays, withUnit } from '../format.js';
import { routeHash } from '../router.js';
import { progressBar, smartBadges, statusPill } from './badges.js';

/** The next milestone or the deadline still ahead of TODAY: {label, date} or null. */
export function nextDate(goal, today) {
  const upcoming = (goal.milestones ?? []).filter((m) => m.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (upcoming.length) return { label: 'Next milestone', date: upcoming[0].date };
  if (goal.deadline) return { label: goal.deadline >= today ? 'Deadline' : 'Deadline passed', date: goal.deadline };
  return null;
}

export function goalCard({ goal, plan, insight, today }) {
  const { smart, progress, progressError } = insight;
  const kpi = kpiOf(plan, goal.kpi_id);
  const planId = plan.id;
  const statement = goalTitle(goal);
  const next = nextDate(goal, today);
  const series = progress ? sparklineSeries(goal, progress) : null;
  const fmt = (v) => withUnit(v, { kpi, unit: goal.unit });

  const figures = h('dl', { class: 'card-figures' },
    h('div', null, h('dt', { text: 'Now' }), h('dd', { text: progress && Number.isFinite(progress.current) ? fmt(progress.current) : '–' })),
    h('div', null, h('dt', { text: LABELS.target }), h('dd', { text: Number.isFinite(goal.target) ? fmt(goal.target) : '–' })),
    h('div', null, h('dt', { text: next?.label ?? LABELS.deadline }),
      h('dd', { text: next ? `${longDate(next.date)} (${relativeDays(next.date, today)})` : 'Not set' })));

  return h('article', { class: 'goal-card', 'aria-label': statement },
    h('div', { class: 'card-top' },
      statusPill(progress?.status ?? (progressError ? 'incomplete' : undefined)),
      kpi && h('span', { class: 'card-kpi', text: kpi.name })),
    h('h3', { class: 'card-statement' },
      h('a', { href: routeHash({ name: 'goal', planId, goalId: goal.id }), text: statement })),
    smartBadges(smart, { compact: true }),
    h('div', { class: 'card-progress' },
      progressBar(progress?.progress_pct, `Progress of ${statement}`),
      h('span', { class: 'card-pct', text: progress ? percent(progress.progress_pct) : '–' }),
      series && sparkline(series)),
    (progress?.explanation || progressError) && h('p', { class: 'card-explanation', text: progress?.explanation ?? plainMessage(progressError) }),
    figures,
    h('div', { class: 'card-actions' },
      h('a', { class: 'btn btn-small btn-secondary', href: routeHash({ name: 'goal', planId, goalId: goal.id }), text: 'Edit', 'aria-label': `Edit goal: ${statement}` }),
      h('a', { class: 'btn btn-small btn-secondary', href: routeHash({ name: 'tracking', planId, goalId: goal.id }), text: 'Track', 'aria-label': `Track goal: ${statement}` })));
}

/**
 * GOAL's card before its content is drawn: the statement only, marked busy.
 * The plan screen shows these below its first screenful and completes them a
 * moment later (see plan.js).
 */
export function goalCardOutline({ goal, plan }) {
  const statement = goalTitle(goal);
  return h('article', { class: 'goal-card', 'aria-label': statement, 'aria-busy': 'true' },
    h('h3', { class: 'card-statement' },
      h('a', { href: routeHash({ name: 'goal', planId: plan.id, goalId: goal.id }), text: statement })));
}
