// badges.js - the small status pieces shared by cards, editor and dashboard:
// SMART letter badges and goal status pills. Each says its state in words;
// colour only repeats it.
import { h } from '../dom.js';
import { CHECK_WORDS, SMART_LETTERS, STATUS_WORDS } from '../labels.js';

/** Five badges "S Specific · Pass" from a smart.evaluate result (or a row of unknowns). */
export function smartBadges(smart, { compact = false } = {}) {
  return h('ul', { class: ['smart-badges', compact && 'smart-badges-compact'], 'aria-label': 'SMART check' },
    SMART_LETTERS.map(({ key, name }) => {
      const status = smart?.criteria?.[key]?.status ?? 'unknown';
      const word = CHECK_WORDS[status] ?? 'Not checked';
      return h('li', { class: ['smart-badge', `check-${status}`], title: `${name}: ${word}` },
        h('span', { class: 'smart-letter', 'aria-hidden': 'true', text: key }),
        h('span', { class: 'smart-name', text: name }),
        h('span', { class: 'smart-word', text: word }));
    }));
}

/** A pill with the goal's progress status in words. */
export function statusPill(status) {
  const word = STATUS_WORDS[status] ?? 'No KPI yet';
  return h('span', { class: ['status-pill', `status-${status ?? 'none'}`], text: word });
}

/** A labelled progress bar (0-100 drawn, the real figure in words). */
export function progressBar(pct, label = 'Progress') {
  const shown = Number.isFinite(pct) ? Math.max(0, Math.min(100, pct)) : 0;
  const fill = h('span', { class: 'progress-fill' });
  fill.style.width = `${shown}%`;
  return h('div', { class: 'progress', role: 'progressbar', 'aria-label': label,
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(Math.round(shown)),
    'aria-valuetext': Number.isFinite(pct) ? `${Math.round(pct)}% of the way from baseline to target` : 'No measurements yet' }, fill);
}
