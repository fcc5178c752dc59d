// strategies.js - the goal's strategies and, under each, its tactics: add, edit
// in place, move up and down, delete. Each tactic names its channel, owner,
// dates, status and the KPIs that show whether it works.
import { h, newId } from '../dom.js';
import { CHANNELS, LABELS, TACTIC_STATUSES } from '../labels.js';

const select = (id, choices, value, label) => {
  const el = h('select', { id, class: 'input', 'aria-label': label },
    Object.entries(choices).map(([v, text]) => h('option', { value: v, text })));
  el.value = value;
  return el;
};

/** Gives EL the accessible name PREFIX + NAME and remembers it in GROUP, so relabel() can follow renames. */
function named(group, prefix, name, el) {
  el.setAttribute('aria-label', prefix + name);
  group.push([el, prefix]);
  return el;
}

function relabel(group, name) {
  for (const [el, prefix] of group) el.setAttribute('aria-label', prefix + name);
}

function move(list, i, by) {
  const j = i + by;
  if (j < 0 || j >= list.length) return false;
  [list[i], list[j]] = [list[j], list[i]];
  return true;
}

/**
 * Draws STRATEGIES; ON_CHANGE(newList) after every edit. PLAN_KPIS lists the
 * KPIs a tactic can feed. Returns { el, set(list, planKpis) }.
 */
export function createStrategies({ strategies, planKpis, onChange }) {
  let list = structuredClone(strategies ?? []);
  let kpis = planKpis ?? [];
  const openTactics = new Set(); // tactic ids shown unfolded, kept across redraws
  const holder = h('div', { class: 'strategy-list' });
  const commit = () => onChange(structuredClone(list));
  const redraw = (focusId) => {
    draw();
    commit();
    if (focusId) document.getElementById(focusId)?.focus();
  };

  function text(id, label, value, onCommit, { visibleLabel = true } = {}) {
    const input = h('input', { id, type: 'text', class: 'input', value: value ?? '', limit: 'name' });
    input.addEventListener('change', () => onCommit(input.value.trim()));
    return h('div', { class: 'field' },
      h('label', { for: id, class: visibleLabel ? 'field-label' : 'field-label visually-hidden', text: label }), input);
  }

  function labelled(id, label, control) {
    return h('div', { class: 'field' }, h('label', { for: id, class: 'field-label', text: label }), control);
  }

  function tacticBox(strategy, s, tactic, t) {
    const base = `st-${s}-t-${t}`;
    const name = tactic.name || `Tactic ${t + 1}`;
    const followers = []; // [element, label prefix]: their names follow the tactic's name
    const channel = select(`${base}-channel`, CHANNELS, tactic.channel ?? 'other');
    channel.removeAttribute('aria-label');
    channel.addEventListener('change', () => { tactic.channel = channel.value; commit(); });
    const status = select(`${base}-status`, TACTIC_STATUSES, tactic.status ?? 'planned');
    status.removeAttribute('aria-label');
    status.addEventListener('change', () => { tactic.status = status.value; commit(); });
    const start = h('input', { id: `${base}-start`, type: 'date', class: 'input', value: tactic.start ?? '' });
    start.addEventListener('change', () => { tactic.start = start.value; commit(); });
    const end = h('input', { id: `${base}-end`, type: 'date', class: 'input', value: tactic.end ?? '' });
    end.addEventListener('change', () => { tactic.end = end.value; commit(); });
    const feeds = h('fieldset', { class: 'kpi-checks' },
      h('legend', { class: 'field-label', text: LABELS.tacticKpis }),
      kpis.length === 0
        ? h('p', { class: 'muted', text: 'The plan has no KPIs yet: pick one for the goal above.' })
        : kpis.map((kpi) => {
          const box = h('input', { type: 'checkbox', id: `${base}-kpi-${kpi.id}`, checked: (tactic.kpi_ids ?? []).includes(kpi.id) });
          box.addEventListener('change', () => {
            const ids = new Set(tactic.kpi_ids ?? []);
            if (box.checked) ids.add(kpi.id); else ids.delete(kpi.id);
            tactic.kpi_ids = kpis.map((k) => k.id).filter((id) => ids.has(id));
            commit();
          });
          return h('label', { class: 'check', for: box.id }, box, h('span', { text: kpi.name }));
        }));
    const summaryName = h('span', { class: 'tactic-name', text: tactic.name || 'New tactic' });
    const summaryMeta = h('span', { class: 'tactic-meta', text: [CHANNELS[tactic.channel], TACTIC_STATUSES[tactic.status], tactic.owner].filter(Boolean).join(' · ') });
    const box = h('details', { class: 'tactic', open: openTactics.has(tactic.id) },
      h('summary', { class: 'tactic-summary' }, summaryName, summaryMeta),
      h('div', { class: 'tactic-grid' },
        text(`${base}-name`, LABELS.tacticName, tactic.name, (v) => {
          tactic.name = v;
          summaryName.textContent = v || 'New tactic';
          relabel(followers, v || `Tactic ${t + 1}`);
          commit();
        }),
        labelled(channel.id, LABELS.channel, channel),
        text(`${base}-owner`, LABELS.owner, tactic.owner, (v) => { tactic.owner = v; commit(); }),
        labelled(start.id, LABELS.tacticStart, start),
        labelled(end.id, LABELS.tacticEnd, end),
        labelled(status.id, LABELS.status, status)),
      feeds,
      h('div', { class: 'row-actions' },
        named(followers, `${LABELS.moveUp}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.moveUp, disabled: t === 0,
          on: { click: () => move(strategy.tactics, t, -1) && redraw(`st-${s}-t-${t - 1}-name`) } })),
        named(followers, `${LABELS.moveDown}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.moveDown, disabled: t === strategy.tactics.length - 1,
          on: { click: () => move(strategy.tactics, t, 1) && redraw(`st-${s}-t-${t + 1}-name`) } })),
        named(followers, `${LABELS.removeTactic}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-danger-text', text: LABELS.removeTactic,
          on: { click: () => { strategy.tactics.splice(t, 1); redraw(`st-${s}-add-tactic`); } } }))));
    box.addEventListener('toggle', () => (box.open ? openTactics.add(tactic.id) : openTactics.delete(tactic.id)));
    return h('li', null, box);
  }

  function strategyBox(strategy, s) {
    const name = strategy.name || `Strategy ${s + 1}`;
    const followers = []; // [element, label prefix]: their names follow the strategy's name
    strategy.tactics ??= [];
    return h('li', { class: 'strategy' },
      h('div', { class: 'strategy-head' },
        text(`st-${s}-name`, `${LABELS.strategyName} ${s + 1}`, strategy.name, (v) => {
          strategy.name = v;
          relabel(followers, v || `Strategy ${s + 1}`);
          commit();
        }),
        h('div', { class: 'row-actions' },
          named(followers, `${LABELS.moveUp}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.moveUp, disabled: s === 0,
            on: { click: () => move(list, s, -1) && redraw(`st-${s - 1}-name`) } })),
          named(followers, `${LABELS.moveDown}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.moveDown, disabled: s === list.length - 1,
            on: { click: () => move(list, s, 1) && redraw(`st-${s + 1}-name`) } })),
          named(followers, `${LABELS.removeStrategy}: `, name, h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-danger-text', text: LABELS.removeStrategy,
            on: { click: () => { list.splice(s, 1); redraw('st-add'); } } })))),
      strategy.tactics.length
        ? named(followers, 'Tactics of ', name, h('ol', { class: 'tactic-list' }, strategy.tactics.map((t, i) => tacticBox(strategy, s, t, i))))
        : h('p', { class: 'muted', text: 'No tactics yet. A tactic is a concrete action, e.g. “email current customers a coupon code”.' }),
      named(followers, `${LABELS.addTactic} to `, name, h('button', { id: `st-${s}-add-tactic`, type: 'button', class: 'btn btn-small btn-secondary', text: LABELS.addTactic,
        on: { click: () => {
          const id = newId('tac');
          openTactics.add(id);
          strategy.tactics.push({ id, name: '', channel: 'other', owner: '', start: '', end: '', status: 'planned', kpi_ids: [] });
          redraw(`st-${s}-t-${strategy.tactics.length - 1}-name`);
        } } })));
  }

  function draw() {
    holder.replaceChildren(list.length
      ? h('ol', { class: 'strategies' }, list.map(strategyBox))
      : h('p', { class: 'muted', text: 'No strategies yet. A strategy is the broad approach, e.g. “encourage repeat purchases from current customers”.' }));
  }

  draw();
  const el = h('section', { class: 'panel', 'aria-labelledby': 'strategies-title' },
    h('h2', { id: 'strategies-title', class: 'panel-title', text: LABELS.strategies }),
    holder,
    h('button', { id: 'st-add', type: 'button', class: 'btn btn-secondary', text: LABELS.addStrategy, on: { click: () => {
      list.push({ id: newId('str'), name: '', tactics: [] });
      redraw(`st-${list.length - 1}-name`);
    } } }));

  return {
    el,
    set(next, nextKpis) {
      list = structuredClone(next ?? []);
      if (nextKpis) kpis = nextKpis;
      draw();
    },
  };
}
