// app.js - the controller: turns the address (#/plan/…/goal/…) into a screen,
// keeps the header in step with the open plan, and redraws the screen when the
// plan changes in another tab without losing the user's place (focus, caret, scroll).
import { parseRoute, go, loadScreen, routeHash } from './router.js';
import { SETTINGS } from './labels.js';

/** Remembers where the user is (focused control, caret, scroll) and puts them back after a redraw. */
function keepPlace(redraw) {
  const active = document.activeElement;
  const id = active?.id;
  const caret = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  const scroll = window.scrollY;
  redraw();
  window.scrollTo(0, scroll);
  const again = id ? document.getElementById(id) : null;
  if (again && again !== document.activeElement) {
    again.focus({ preventScroll: true });
    if (caret && 'setSelectionRange' in again) {
      try { again.setSelectionRange(...caret); } catch { /* not a text control */ }
    }
  }
}

export function createApp(ctx) {
  const { shell, session, store, notify } = ctx;
  let current = null;
  let route = null;
  const mounts = new Map(); // screen name -> its loaded mount function

  /** The id of the plan last opened, when it is still stored; else null. */
  async function lastPlanId() {
    try {
      const last = await store.getSetting(SETTINGS.lastPlanId);
      return last && (await store.hasPlan(last)) ? last : null;
    } catch {
      return null; // no database: main.js says so
    }
  }

  async function loadMount(name) {
    if (!mounts.has(name)) mounts.set(name, await loadScreen(name));
  }

  /** REDRAW ('remote' | 'local' | false): the same screen is drawn again for new data; after
   * another tab's save ('remote') screens keep what the user had half typed. */
  function unmount(redraw) {
    current?.destroy?.({ redraw });
    current = null;
  }

  function render({ redraw = false } = {}) {
    const mount = mounts.get(route.name);
    // A change while the next screen still loads: show() draws it once loaded.
    if (!mount) return;
    unmount(redraw);
    current = mount(ctx, route);
    shell.main.replaceChildren(current.el);
    shell.setPlan(session.plan, route);
    document.title = current.title ? `${current.title} · Goalpost` : 'Goalpost — SMART goals and KPIs';
    performance.mark(`goalpost:${route.name}-drawn`);
  }

  async function show(next) {
    route = next;
    if (route.name === 'home') {
      const last = lastPlanId();
      if (store.opened) {
        go((await last) ? { name: 'plan', planId: await last } : { name: 'start' }, { replace: true });
        return;
      }
      // A first visit creates the database, which takes a while: the start screen shows
      // meanwhile, and gives way to the last plan if the database has one after all
      // (unless the user has gone elsewhere or started a plan by then).
      go({ name: 'start' }, { replace: true });
      const startShown = route;
      const planId = await last;
      if (planId && route === startShown && !session.plan) go({ name: 'plan', planId }, { replace: true });
      return;
    }
    // The screen's module loads while the plan is read.
    const screenLoading = loadMount(route.name);
    screenLoading.catch(() => {}); // reported below, once the plan is open
    if (route.planId && session.plan?.id !== route.planId) {
      const opened = await session.open(route.planId);
      if (!opened) {
        notify('That plan is not in this browser (it may have been deleted).', { kind: 'error' });
        go({ name: 'start' }, { replace: true });
        return;
      }
    }
    try {
      await screenLoading;
    } catch (error) {
      notify(`This screen could not be loaded: ${error.message}`, { kind: 'error' });
      return;
    }
    // Another address was asked for while this one loaded: that one is shown.
    if (route !== next) return;
    const previous = document.activeElement;
    render();
    // Move focus to the new screen's heading so keyboard and screen reader users land on it.
    if (!previous || previous === document.body || !document.contains(previous)) {
      shell.main.querySelector('h1')?.setAttribute('tabindex', '-1');
      shell.main.querySelector('h1')?.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }

  session.subscribe((event) => {
    if (event.type === 'save') {
      shell.setSaveState(event);
      return;
    }
    if (!route) return;
    if (event.type === 'deleted') {
      notify('The plan you had open was deleted in another tab.', { kind: 'error' });
      go({ name: 'home' }, { replace: true });
      return;
    }
    if (event.type === 'change') {
      if (event.otherTab) notify('This plan was changed in another tab; you now see the latest version.');
      if (event.merged) notify('Another tab had changed this plan too: your change was added to its version.');
      shell.setPlan(session.plan, route);
      // Screens that keep typed text in their controls update themselves; the rest redraw.
      if (current?.update && current.update(event) !== false) return;
      keepPlace(() => render({ redraw: event.remote ? 'remote' : 'local' }));
    }
  });

  /** Lets a screen change the address without a redraw (a new goal got its id). */
  ctx.setRoute = (next) => {
    route = next;
    history.replaceState(null, '', routeHash(next));
  };

  return {
    start() {
      const onHash = () => {
        // A shared plan opens as a preview over the last plan (main.js shows it).
        if (ctx.isShareHash?.(location.hash)) {
          if (!route) show({ name: 'home' });
          return;
        }
        show(parseRoute(location.hash));
      };
      window.addEventListener('hashchange', onHash);
      onHash();
    },
    /** Opens plan ID (used after imports and from the switcher). */
    async openPlan(id) {
      await session.open(id);
      go({ name: 'plan', planId: id });
    },
    get route() {
      return route;
    },
    rerender: () => route && keepPlace(() => render({ redraw: 'local' })),
  };
}
