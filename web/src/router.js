// router.js - screens as addresses in the URL fragment, so Back, reload and
// bookmarks work without a server:
//   #/start                              welcome: blank plan or an example
//   #/plan/<planId>                      the plan (cards or tree)
//   #/plan/<planId>/dashboard            the dashboard
//   #/plan/<planId>/goal/<goalId>        the goal editor
//   #/plan/<planId>/goal/<goalId>/tracking   the goal's KPI measurements and chart
// An empty fragment opens the last plan. "#plan=…" is a shared plan (see transfer/).

/** Parses HASH into {name, planId, goalId}. */
export function parseRoute(hash) {
  const parts = String(hash ?? '').replace(/^#\/?/, '').split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === 'start') return { name: 'start' };
  if (parts[0] !== 'plan' || !parts[1]) return { name: 'home' };
  const planId = parts[1];
  if (parts[2] === 'dashboard') return { name: 'dashboard', planId };
  if (parts[2] === 'goal' && parts[3]) return { name: parts[4] === 'tracking' ? 'tracking' : 'goal', planId, goalId: parts[3] };
  return { name: 'plan', planId };
}

/** The fragment for ROUTE. */
export function routeHash({ name, planId, goalId }) {
  const p = encodeURIComponent(planId ?? '');
  const g = encodeURIComponent(goalId ?? '');
  switch (name) {
    case 'start': return '#/start';
    case 'dashboard': return `#/plan/${p}/dashboard`;
    case 'goal': return `#/plan/${p}/goal/${g}`;
    case 'tracking': return `#/plan/${p}/goal/${g}/tracking`;
    case 'plan': return `#/plan/${p}`;
    default: return '#/';
  }
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
