// shell.js - the frame around every screen: header (brand, plan switcher, main
// navigation, the Data area with Export and Import, settings, save state), the
// main region the screens render into, the notification area and the footer.
import { h, svg } from '../dom.js';
import { APP_NAME, LABELS } from '../labels.js';

function logo() {
  return svg('svg', { class: 'brand-mark', viewBox: '0 0 64 64', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { width: 64, height: 64, rx: 14 }),
    svg('path', { d: 'M18 50V14h6v36zm6-36h22l-6 8 6 8H24' }));
}

export function createShell(root, { version, coreVersion }) {
  const planButton = h('button', { type: 'button', class: 'plan-switch', 'aria-haspopup': 'dialog' },
    h('span', { class: 'plan-switch-label', text: LABELS.plans }),
    h('span', { class: 'plan-switch-name', text: '' }));
  const newPlanButton = h('button', { type: 'button', class: 'btn btn-quiet', text: LABELS.newPlan });
  const navPlan = h('a', { href: '#/', class: 'nav-link', text: LABELS.planView });
  const navDashboard = h('a', { href: '#/', class: 'nav-link', text: LABELS.dashboard });
  const exportButton = h('button', { type: 'button', class: 'btn btn-quiet', text: LABELS.export });
  const importButton = h('button', { type: 'button', class: 'btn btn-quiet', text: LABELS.import });
  const settingsButton = h('button', { type: 'button', class: 'btn btn-quiet', text: LABELS.settings, 'aria-haspopup': 'dialog' });
  const saveStatus = h('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  const nav = h('nav', { class: 'main-nav', 'aria-label': LABELS.mainNav }, navPlan, navDashboard);
  const dataArea = h('div', { class: 'data-area', role: 'group', 'aria-labelledby': 'data-area-label' },
    h('span', { id: 'data-area-label', class: 'data-area-label', text: LABELS.data }),
    exportButton, importButton);

  const header = h('header', { class: 'app-header' },
    h('div', { class: 'header-row' },
      h('a', { href: '#/', class: 'brand', 'aria-label': `${APP_NAME} home` }, logo(), h('span', { text: APP_NAME })),
      planButton,
      nav,
      h('div', { class: 'header-tools' }, newPlanButton, dataArea, settingsButton),
      saveStatus));

  const alert = h('div', { class: 'save-alert', role: 'alert', hidden: true });
  const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' });
  const toasts = h('div', { class: 'toasts', role: 'region', 'aria-live': 'polite', 'aria-label': 'Notifications' });
  const footer = h('footer', { class: 'app-footer' },
    h('p', { text: `${APP_NAME} ${version} · core ${coreVersion} · your plans stay in this browser` }));
  const skip = h('a', { href: '#main', class: 'skip-link', text: 'Skip to content',
    on: { click: (event) => { event.preventDefault(); main.focus(); } } });

  root.replaceChildren(skip, header, alert, main, toasts, footer);

  return {
    root, header, main, toasts, planButton, newPlanButton, exportButton, importButton, settingsButton,
    /** Shows the open plan's name (or none) and where the nav links go. */
    setPlan(plan, route) {
      planButton.querySelector('.plan-switch-name').textContent = plan ? plan.name : 'No plan open';
      planButton.setAttribute('aria-label', plan ? `${LABELS.plans}: ${plan.name}` : LABELS.plans);
      nav.hidden = !plan;
      if (plan) {
        navPlan.href = `#/plan/${encodeURIComponent(plan.id)}`;
        navDashboard.href = `#/plan/${encodeURIComponent(plan.id)}/dashboard`;
      }
      const onDashboard = route?.name === 'dashboard';
      const onPlan = route && ['plan', 'goal', 'tracking'].includes(route.name);
      navPlan.toggleAttribute('aria-current', false);
      navDashboard.toggleAttribute('aria-current', false);
      if (onPlan) navPlan.setAttribute('aria-current', 'page');
      if (onDashboard) navDashboard.setAttribute('aria-current', 'page');
    },
    /** Shows the autosave state: saved, saving or an error in words. */
    setSaveState({ state, message }) {
      saveStatus.dataset.state = state;
      const words = { saving: LABELS.saving, saved: LABELS.saved, error: LABELS.notSaved };
      saveStatus.textContent = words[state] ?? '';
      // A failed save is said plainly under the header until the next save works.
      alert.hidden = state !== 'error';
      alert.textContent = state === 'error' ? `${LABELS.notSaved}: ${message}` : '';
    },
  };
}
