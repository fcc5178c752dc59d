// kpi-picker.js - the "KPI" combobox: type to search the plan's KPIs and the
// built-in catalog, or create a custom KPI with the typed name. Follows the
// ARIA combobox pattern (list autocomplete): arrows move, Enter picks, Escape closes.
import { h } from '../dom.js';
import { KPI_DIRECTIONS, KPI_UNITS, LABELS } from '../labels.js';

const MAX_SHOWN = 12;

function matches(item, query) {
  if (!query) return true;
  const q = query.toLowerCase();
  return [item.name, item.description, item.id, ...(item.phrases ?? [])].some((t) => String(t ?? '').toLowerCase().includes(q));
}

/**
 * PLAN_KPIS: the plan's KPIs; CATALOG: kpi.catalog's list; SELECTED: the goal's
 * KPI or null. ON_PICK({kind: 'plan'|'catalog'|'custom'|'none', kpi?, def?, name?}).
 */
export function createKpiPicker({ id, planKpis, catalog, selected, onPick }) {
  const listId = `${id}-list`;
  let chosen = selected ?? null;
  let options = [];
  let active = -1;

  const input = h('input', {
    id, type: 'text', class: 'input', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    placeholder: 'Search: sales, visits, email open rate…', limit: 'name',
  });
  input.value = chosen?.name ?? '';
  const list = h('ul', { id: listId, class: 'combo-list', role: 'listbox', 'aria-label': 'KPIs', hidden: true });
  const detail = h('p', { class: 'field-hint kpi-detail', id: `${id}-detail` });
  input.setAttribute('aria-describedby', detail.id);

  function describe(kpi) {
    if (!kpi) {
      detail.textContent = 'Pick the number that tells you whether the goal is met. Measurements are recorded against it.';
      return;
    }
    const bits = [KPI_UNITS[kpi.unit], kpi.currency, KPI_DIRECTIONS[kpi.direction]?.toLowerCase()].filter(Boolean);
    const source = kpi.source ? ` Source: ${kpi.source}.` : '';
    detail.textContent = `${kpi.description ? `${kpi.description} ` : ''}(${bits.join(', ')}).${source}`;
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function build() {
    const query = input.value.trim();
    const inPlan = planKpis.filter((k) => matches(k, query)).map((kpi) => ({ kind: 'plan', kpi, name: kpi.name, note: 'In this plan' }));
    const planIds = new Set(planKpis.map((k) => k.id));
    const fromCatalog = catalog.filter((d) => !planIds.has(d.id) && matches(d, query))
      .map((def) => ({ kind: 'catalog', def, name: def.name, note: def.description }));
    options = [...inPlan, ...fromCatalog].slice(0, MAX_SHOWN);
    const exact = [...planKpis, ...catalog].some((k) => k.name.toLowerCase() === query.toLowerCase());
    if (query && !exact) options.push({ kind: 'custom', name: query, note: 'A KPI of your own, measured as a count' });
    list.replaceChildren(...options.map((option, i) => h('li', {
      id: `${listId}-${i}`, role: 'option', class: ['combo-option', `combo-${option.kind}`], 'aria-selected': 'false',
      on: {
        mousedown: (event) => event.preventDefault(), // keep focus in the input
        click: () => pick(option),
      },
    },
    h('span', { class: 'combo-name', text: option.kind === 'custom' ? `${LABELS.kpiCustomPrefix}: “${option.name}”` : option.name }),
    option.note && h('span', { class: 'combo-note', text: option.note }))));
    if (!options.length) list.append(h('li', { class: 'combo-empty', role: 'presentation', text: 'No KPI matches. Type a name to create your own.' }));
  }

  function open() {
    build();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  }

  function pick(option) {
    close();
    if (option.kind === 'plan') chosen = option.kpi;
    else if (option.kind === 'catalog') chosen = option.def;
    else chosen = { name: option.name };
    input.value = option.name;
    describe(option.kind === 'custom' ? null : chosen);
    onPick(option.kind === 'plan' ? { kind: 'plan', kpi: option.kpi }
      : option.kind === 'catalog' ? { kind: 'catalog', def: option.def }
        : { kind: 'custom', name: option.name });
  }

  input.addEventListener('input', open);
  input.addEventListener('focus', () => input.select());
  input.addEventListener('click', () => (list.hidden ? open() : close()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      const n = options.length;
      if (!n) return;
      setActive(event.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        pick(options[active]);
      } else if (!list.hidden && options.length === 1) {
        event.preventDefault();
        pick(options[0]);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
        input.value = chosen?.name ?? '';
      }
    }
  });
  input.addEventListener('blur', () => {
    close();
    const text = input.value.trim();
    if (!text && chosen) {
      chosen = null;
      describe(null);
      onPick({ kind: 'none' });
    } else {
      input.value = chosen?.name ?? '';
    }
  });

  describe(chosen);
  const wrap = h('div', { class: 'field combo' },
    h('label', { for: id, class: 'field-label', text: LABELS.kpi }), input, list, detail);
  return { wrap, input };
}
