// start.js - the welcome screen: start a blank plan or one of the built-in
// examples, or go back to a plan already in this browser.
import { h, newId } from '../dom.js';
import { DEFAULTS, LABELS } from '../labels.js';
import { listTemplates, newPlan, template, warmUp } from '../model.js';
import { go } from '../router.js';
import { longDate } from '../format.js';

/** PLAN as a fresh copy the user owns: its own id and creation time. */
function freshCopy(plan) {
  const now = new Date().toISOString();
  return { ...plan, id: newId('plan'), created: now, updated: now };
}

export function mountStart(ctx) {
  const { core, session, store, notify } = ctx;
  const status = h('p', { class: 'form-error', role: 'alert' });

  // The plan screen shows at once; the header's save state follows the write.
  function create(makePlan) {
    try {
      const { plan } = session.create(freshCopy(makePlan()));
      go({ name: 'plan', planId: plan.id });
    } catch (error) {
      status.textContent = `The plan could not be created: ${error.message}`;
    }
  }

  let templates = [];
  try {
    templates = listTemplates(core);
  } catch (error) {
    notify(`The examples could not be loaded: ${error.message}`, { kind: 'error' });
  }

  const blank = h('section', { class: 'start-card start-blank' },
    h('h2', { text: 'A blank plan' }),
    h('p', { text: 'One objective, no goals yet. Write your first goal and Goalpost checks it as you type.' }),
    h('button', { type: 'button', class: 'btn btn-primary', text: LABELS.blankPlan,
      on: { click: () => create(() => newPlan(core, { id: newId('plan'), name: DEFAULTS.planName, objectiveId: newId('obj') })) } }));

  const templateCards = templates.map((t) => h('li', { class: 'start-card template-card' },
    h('h3', { class: 'template-title', text: t.title ?? t.name }),
    t.organisation && h('p', { class: 'template-org', text: t.organisation }),
    h('p', { class: 'template-text', text: t.description ?? '' }),
    h('button', { type: 'button', class: 'btn btn-secondary', text: LABELS.useTemplate,
      'aria-label': `${LABELS.useTemplate}: ${t.title ?? t.name}`,
      on: { click: () => create(() => template(core, t.name)) } })));

  const existing = h('section', { class: 'start-existing', hidden: true },
    h('h2', { text: 'Your plans in this browser' }),
    h('ul', { class: 'plain-list plan-links' }));
  store.listPlans().then((plans) => {
    if (!plans.length) return;
    existing.hidden = false;
    existing.querySelector('ul').replaceChildren(...plans.map((p) => h('li', null,
      h('a', { href: `#/plan/${encodeURIComponent(p.id)}`, text: p.name }),
      h('span', { class: 'muted', text: ` · changed ${longDate(String(p.updated ?? '').slice(0, 10))}` }))));
  }).catch(() => {});

  const el = h('div', { class: 'screen start' },
    h('section', { class: 'hero' },
      h('h1', { text: LABELS.welcomeTitle }),
      h('p', { class: 'lead', text: 'Write a marketing goal in your own words. Goalpost checks it against the five SMART criteria as you type, links it to strategies, tactics and KPIs, and tells you from your measurements whether you will make it by the deadline.' }),
      h('p', { class: 'muted', text: 'No account and no server: your plans stay in this browser. Use Export to back them up.' })),
    status,
    h('div', { class: 'start-grid' },
      blank,
      h('section', { class: 'start-templates', 'aria-labelledby': 'templates-heading' },
        h('h2', { id: 'templates-heading', text: LABELS.templatesHeading }),
        h('ul', { class: 'template-list plain-list' }, templateCards))),
    existing);
  // While the user reads, the core runs an example's calls once (see warmUp).
  setTimeout(() => el.isConnected && warmUp(core));

  return { el, title: 'Welcome' };
}
