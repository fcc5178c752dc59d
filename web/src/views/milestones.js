// milestones.js - the goal's short-term sub-goals: a date and the value to
// reach by then. Rows edit in place; a new one is added from the row below.
import { h } from '../dom.js';
import { LABELS } from '../labels.js';
import { parseNumber } from '../format.js';

/**
 * Draws MILESTONES into a section; ON_CHANGE(newList) after every edit.
 * Returns { el, set(list) } so the editor can redraw after a save elsewhere.
 */
export function createMilestones({ milestones, onChange, unitText = '' }) {
  let list = structuredClone(milestones ?? []);
  const rows = h('tbody');
  const error = h('p', { class: 'form-error', role: 'alert' });

  const commit = () => onChange(structuredClone(list));

  function draw() {
    rows.replaceChildren(...list.map((m, i) => {
      const date = h('input', { id: `ms-date-${i}`, type: 'date', class: 'input', value: m.date ?? '', 'aria-label': `Milestone ${i + 1} date` });
      const target = h('input', { id: `ms-target-${i}`, type: 'text', inputmode: 'decimal', class: 'input', value: m.target ?? '', 'aria-label': `Milestone ${i + 1} value` });
      date.addEventListener('change', () => {
        if (!date.value) return;
        list[i].date = date.value;
        commit();
      });
      target.addEventListener('change', () => {
        const value = parseNumber(target.value);
        if (value === null) {
          error.textContent = `Milestone ${i + 1}: “${target.value}” is not a number.`;
          return;
        }
        error.textContent = '';
        list[i].target = value;
        commit();
      });
      return h('tr', null,
        h('td', null, date),
        h('td', null, target),
        h('td', { class: 'cell-actions' }, h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-danger-text', text: LABELS.delete,
          'aria-label': `${LABELS.removeMilestone} ${i + 1}`,
          on: { click: () => { list.splice(i, 1); draw(); commit(); } } })));
    }));
    if (!list.length) rows.append(h('tr', null, h('td', { colspan: '3', class: 'muted', text: 'No milestones yet. A milestone is a checkpoint on the way, e.g. “10% up by the end of March”.' })));
  }

  const newDate = h('input', { id: 'ms-new-date', type: 'date', class: 'input' });
  const newTarget = h('input', { id: 'ms-new-target', type: 'text', inputmode: 'decimal', class: 'input' });
  const add = h('button', { type: 'button', class: 'btn btn-secondary', text: LABELS.addMilestone, on: { click: () => {
    const value = parseNumber(newTarget.value);
    if (!newDate.value || value === null) {
      error.textContent = 'A milestone needs a date and a target number.';
      (newDate.value ? newTarget : newDate).focus();
      return;
    }
    error.textContent = '';
    list.push({ date: newDate.value, target: value });
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    newDate.value = '';
    newTarget.value = '';
    draw();
    commit();
  } } });

  draw();
  const el = h('section', { class: 'panel', 'aria-labelledby': 'milestones-title' },
    h('h2', { id: 'milestones-title', class: 'panel-title', text: LABELS.milestones }),
    h('div', { class: 'table-scroll' }, h('table', { class: 'table milestones-table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', text: LABELS.date }),
        h('th', { scope: 'col', text: unitText ? `Value to reach (${unitText})` : 'Value to reach' }),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: 'Actions' })))),
      rows)),
    h('div', { class: 'add-row' },
      h('div', { class: 'field' }, h('label', { for: newDate.id, class: 'field-label', text: LABELS.milestoneDate }), newDate),
      h('div', { class: 'field' }, h('label', { for: newTarget.id, class: 'field-label', text: LABELS.milestoneTarget }), newTarget),
      add),
    error);

  return {
    el,
    set(next) {
      list = structuredClone(next ?? []);
      draw();
    },
  };
}
