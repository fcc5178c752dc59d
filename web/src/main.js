// main.js - starts Goalpost: loads the core and the store, builds the frame,
// and wires the screens, the plan switcher, settings, and the Data area
// (Export / Import, shared links) together.
import { loadCore } from './core.js';
import { createStore } from './store.js';
import { createSession } from './session.js';
import { createApp } from './app.js';
import { createShell } from './views/shell.js';
import { createNotifier } from './views/notify.js';
import { mountTransfer, openSharedPlan } from './transfer/index.js';
import { isShareHash } from './transfer/share-hash.js';
import { registerOffline } from './offline.js';
import { go } from './router.js';
import { h, sayWhenFull, setTextLimits } from './dom.js';
import { limits } from './model.js';

const VERSION = '0.1.0';
// How long after the page's load the service worker is registered: its download of
// the whole site would otherwise compete with the first screens for the network and CPU.
const OFFLINE_DELAY_MS = 1000;
const root = document.getElementById('app');

function fatal(title, error) {
  root.replaceChildren(h('div', { class: 'fatal', role: 'alert' },
    h('h1', { text: title }),
    h('p', { text: error?.message ?? String(error) }),
    h('p', { text: 'Reload the page to try again. Your saved plans are not affected.' })));
}

async function start() {
  performance.mark('goalpost:script-start');
  // The core compiles while the database opens; the first screen does not wait for the database.
  const coreLoading = loadCore();
  const store = createStore();
  let core;
  try {
    core = await coreLoading;
  } catch (error) {
    fatal('Goalpost could not start its engine', error);
    return;
  }
  performance.mark('goalpost:core-ready');
  store.ready.catch((error) => fatal('Goalpost cannot store plans in this browser', error));

  setTextLimits(limits(core));
  const shell = createShell(root, { version: VERSION, coreVersion: core.version });
  // Every text field with a length limit says so when a paste or typing reaches it.
  document.addEventListener('input', (event) => sayWhenFull(event.target));
  const notify = createNotifier(shell.toasts);
  const session = createSession({ core, store });
  const ctx = { core, store, session, notify, shell, version: VERSION, isShareHash };
  const app = createApp(ctx);
  ctx.openPlan = (id) => app.openPlan(id);

  // The plan switcher and settings load on first use.
  const opening = (what, open) => async () => {
    try {
      await open();
    } catch (error) {
      notify(`The ${what} could not open: ${error.message}`, { kind: 'error' });
    }
  };
  shell.planButton.addEventListener('click', opening('plan switcher', async () => {
    const { openPlanSwitcher } = await import('./views/plan-switcher.js');
    return openPlanSwitcher(ctx);
  }));
  shell.newPlanButton.addEventListener('click', () => go({ name: 'start' }));
  shell.settingsButton.addEventListener('click', opening('settings', async () => {
    const { openSettings } = await import('./views/settings.js');
    return openSettings({ store, version: VERSION, coreVersion: core.version, notify });
  }));
  mountTransfer({ exportButton: shell.exportButton, importButton: shell.importButton, ctx });

  const showShared = (hash) => openSharedPlan(ctx, hash);
  window.addEventListener('hashchange', () => {
    if (isShareHash(location.hash)) showShared(location.hash);
  });
  const firstHash = location.hash;
  app.start();
  if (isShareHash(firstHash)) showShared(firstHash);

  // Ask once, quietly: browsers grant it to sites people use; Settings shows the answer.
  store.ready.then(() => store.persist()).catch(() => {});
  // The service worker downloads the whole site to cache it: after the page's own load.
  const offline = () => registerOffline({
    onUpdateReady: (apply) => notify('A new version of Goalpost is ready.', { action: { label: 'Reload', run: apply }, timeout: 60000 }),
  });
  if (document.readyState === 'complete') setTimeout(offline, OFFLINE_DELAY_MS);
  else window.addEventListener('load', () => setTimeout(offline, OFFLINE_DELAY_MS), { once: true });
}

start();
