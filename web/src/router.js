// router.js - screens as addresses in the URL fragment, so Back, reload and
// bookmarks work without a server. ROUTES is the one table of screens: a new
// screen is its view module plus one entry here. An empty fragment opens the
// last plan ("home"); "#plan=…" is a shared plan (see transfer/).
import { mountStart } from './views/start.js';
import { mountPlan } from './views/plan.js';

// Each screen: its name, its address (":name" parts are the route's fields)
// and its mount function. The first screens a visit shows are bundled with the
// app; the others load with a dynamic import() the first time they are opened.
const ROUTES = [
  { name: 'start', path: 'start', screen: () => mountStart },
  { name: 'plan', path: 'plan/:planId', screen: () => mountPlan },
  { name: 'dashboard', path: 'plan/:planId/dashboard', screen: () => import('./views/dashboard.js').then((m) => m.mountDashboard) },
  { name: 'goal', path: 'plan/:planId/goal/:goalId', screen: () => import('./views/goal-editor.js').then((m) => m.mountGoalEditor) },
  { name: 'tracking', path: 'plan/:planId/goal/:goalId/tracking', screen: () => import('./views/kpi-chart.js').then((m) => m.mountTracking) },
];

/** The mount function of the screen called NAME (a promise). */
export const loadScreen = async (name) => ROUTES.find((r) => r.name === name).screen();

/** Parses HASH into {name, planId, goalId}: the longest route the address starts with, else "home". */
export function parseRoute(hash) {
  const parts = String(hash ?? '').replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  let best = { name: 'home' };
  let bestLength = 0;
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length <= bestLength || pattern.length > parts.length) continue;
    if (!pattern.every((p, i) => p.startsWith(':') || p === parts[i])) continue;
    best = { name: route.name };
    pattern.forEach((p, i) => { if (p.startsWith(':')) best[p.slice(1)] = parts[i]; });
    bestLength = pattern.length;
  }
  return best;
}

/** The fragment for ROUTE. */
export function routeHash(route) {
  const known = ROUTES.find((r) => r.name === route.name);
  if (!known) return '#/';
  return `#/${known.path.replace(/:(\w+)/g, (_, field) => encodeURIComponent(route[field] ?? ''))}`;
}

/** Goes to ROUTE (a history entry, so Back returns); REPLACE swaps the current entry. */
export function go(route, { replace = false } = {}) {
  const hash = routeHash(route);
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}
