// dashboard.js - the whole plan at a glance, from the core's plan.summary:
// how many goals are in each state, the overall progress, the goals that need
// attention first, what is due next, and a small chart per goal.
import { h } from '../dom.js';
import { LABELS, STATUS_WORDS } from '../labels.js';
import { chartSeries, goalTitle, kpiOf, planInsights, plainMessage } from '../model.js';
import { longDate, percent, relativeDays, todayIso, withUnit } from '../format.js';
import { routeHash } from '../router.js';
import { progressBar, smartBadges, statusPill } from './badges.js';

export function mountDashboard(ctx) {
  const { core, session } = ctx;
  const plan = session.plan;
  const today = todayIso();
  const goals = plan.goals ?? [];
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const charts = [];
  let summary;
  let byGoal;
  try {
    ({ summary, byGoal } = planInsights(core, plan, today));
  } catch (error) {
    return {
      el: h('div', { class: 'screen dashboard' }, h('h1', { text: LABELS.dashboard }),
        h('p', { class: 'form-error', role: 'alert', text: `The plan could not be summarised: ${plainMessage(error)}` })),
      title: LABELS.dashboard,
    };
  }

  const link = (goal, name = 'tracking') => routeHash({ name, planId: plan.id, goalId: goal.id });
  const counts = Object.entries(summary.counts ?? {}).filter(([, n]) => n > 0);

  const tiles = h('ul', { class: 'count-tiles plain-list', 'aria-label': 'Goals by status' },
    h('li', { class: 'count-tile tile-total' }, h('span', { class: 'count-num', text: String(goals.length) }), h('span', { class: 'count-word', text: goals.length === 1 ? 'goal' : 'goals' })),
    counts.map(([status, n]) => h('li', { class: ['count-tile', `status-${status}`] },
      h('span', { class: 'count-num', text: String(n) }),
      h('span', { class: 'count-word', text: STATUS_WORDS[status] ?? status }))));

  const overall = h('section', { class: 'panel overall', 'aria-labelledby': 'overall-title' },
    h('h2', { id: 'overall-title', class: 'panel-title', text: LABELS.overall }),
    h('p', { class: 'overall-num', text: percent(summary.overall_progress_pct) }),
    progressBar(summary.overall_progress_pct, LABELS.overall),
    h('p', { class: 'muted small', text: 'The weighted average of each goal’s progress from baseline to target (each counted between 0% and 100%).' }));

  const attention = summary.attention ?? [];
  const attentionPanel = h('section', { class: 'panel attention', 'aria-labelledby': 'attention-title' },
    h('h2', { id: 'attention-title', class: 'panel-title', text: LABELS.attention }),
    attention.length
      ? h('ol', { class: 'attention-list plain-list' }, attention.map((a) => {
        const goal = goalById.get(a.goal_id);
        if (!goal) return null;
        const insight = byGoal.get(a.goal_id) ?? {};
        return h('li', { class: 'attention-item' },
          statusPill(a.status),
          h('a', { href: link(goal, a.status === 'incomplete' ? 'goal' : 'tracking'), class: 'attention-goal', text: goalTitle(goal) }),
          h('p', { class: 'muted small', text: a.explanation || plainMessage(insight.progressError ?? '') }),
          a.deadline && h('p', { class: 'small', text: `Deadline ${longDate(a.deadline)} (${relativeDays(a.deadline, today)})` }));
      }))
      : h('p', { class: 'good-news', text: 'Nothing needs attention: every goal is on track, achieved, or not due to start yet.' }));

  const upcoming = (summary.next_deadlines ?? []).slice(0, 6);
  const due = summary.kpis_due ?? [];
  const soon = h('section', { class: 'panel upcoming', 'aria-labelledby': 'upcoming-title' },
    h('h2', { id: 'upcoming-title', class: 'panel-title', text: 'Coming up' }),
    upcoming.length
      ? h('ul', { class: 'plain-list dates-list' }, upcoming.map((d) => {
        const goal = goalById.get(d.goal_id);
        return h('li', null,
          h('span', { class: 'date-chip', text: longDate(d.date) }),
          h('span', { text: ` ${d.kind === 'milestone' ? 'Milestone' : 'Deadline'} of ` }),
          goal ? h('a', { href: link(goal, 'goal'), text: goal.statement }) : '',
          h('span', { class: 'muted small', text: ` · ${relativeDays(d.date, today)}` }));
      }))
      : h('p', { class: 'muted', text: 'No deadlines ahead.' }),
    due.length > 0 && h('h3', { class: 'sub-title', text: 'KPIs due for a check-in' }),
    due.length > 0 && h('ul', { class: 'plain-list' }, due.map((k) => h('li', null,
      h('strong', { text: k.name }),
      h('span', { class: 'muted small', text: k.last_date ? ` · last measured ${longDate(k.last_date)}` : ' · never measured' })))));

  // Goals needing attention first, then the rest in plan order.
  const rank = new Map(attention.map((a, i) => [a.goal_id, i]));
  const ordered = [...goals].sort((a, b) => (rank.get(a.id) ?? 1e6) - (rank.get(b.id) ?? 1e6));
  const pending = [];
  const goalTiles = ordered.map((goal) => {
    const insight = byGoal.get(goal.id) ?? {};
    const { progress } = insight;
    const kpi = kpiOf(plan, goal.kpi_id);
    const fmt = (v) => withUnit(v, { kpi, unit: goal.unit });
    const canvas = h('canvas', { role: 'img', 'aria-label': `Chart of “${goal.statement}”: ${progress?.explanation ?? 'no measurements to draw yet.'}` });
    const box = h('div', { class: 'mini-chart' }, progress ? canvas : h('p', { class: 'muted small', text: plainMessage(insight.progressError ?? 'No data yet.') }));
    if (progress) pending.push({ canvas, series: chartSeries(goal, progress, today), fmt });
    return h('li', { class: 'dash-goal' },
      h('div', { class: 'card-top' }, statusPill(progress?.status ?? 'incomplete'), kpi && h('span', { class: 'card-kpi', text: kpi.name })),
      h('h3', { class: 'card-statement' }, h('a', { href: link(goal, progress ? 'tracking' : 'goal'), text: goalTitle(goal) })),
      smartBadges(insight.smart, { compact: true }),
      box,
      progress && h('p', { class: 'small', text: `${percent(progress.progress_pct)} of the way · now ${fmt(progress.current) || '–'} · target ${fmt(goal.target)}` }));
  });

  const el = h('div', { class: 'screen dashboard' },
    h('div', { class: 'plan-header' },
      h('div', { class: 'plan-title' }, h('p', { class: 'eyebrow', text: plan.name }), h('h1', { text: LABELS.dashboard }))),
    tiles,
    h('div', { class: 'dash-grid' }, overall, attentionPanel, soon),
    h('section', { 'aria-labelledby': 'all-goals-title' },
      h('h2', { id: 'all-goals-title', class: 'section-title', text: LABELS.allGoals }),
      goals.length ? h('ul', { class: 'dash-goals plain-list' }, goalTiles) : h('p', { class: 'muted', text: 'This plan has no goals yet.' })));

  // Drawn once the screen is in the document (Chart.js measures each box), with the chart module loaded on first use.
  requestAnimationFrame(async () => {
    if (!pending.length) return;
    const { drawGoalChart } = await import('../charts.js');
    for (const { canvas, series, fmt } of pending) {
      if (canvas.isConnected) charts.push(drawGoalChart(canvas, series, { format: fmt, compact: true }));
    }
  });

  return { el, title: `${LABELS.dashboard} · ${plan.name}`, destroy: () => charts.forEach((c) => c.destroy()) };
}
