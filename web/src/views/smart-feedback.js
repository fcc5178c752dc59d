// smart-feedback.js - the live SMART check beside the goal statement: verdict
// and score, each letter with its reasons and suggestions, what the core read
// from the sentence, the suggested rewrite with "Use this wording", and the
// guiding questions the goal does not answer yet.
import { h } from '../dom.js';
import { CHECK_WORDS, LABELS, SMART_LETTERS } from '../labels.js';
import { longDate, number } from '../format.js';

function amountText(x) {
  if (!Number.isFinite(x.amount)) return null;
  if (x.amount_kind === 'percent') return `${number(x.amount)}%`;
  if (x.amount_kind === 'currency') return `${number(x.amount)} (money)`;
  return number(x.amount);
}

function extractedList(x) {
  if (!x) return null;
  const rows = [
    ['Action', x.action],
    ['Metric', x.metric],
    ['Amount', amountText(x)],
    ['From', Number.isFinite(x.from) ? number(x.from) : null],
    ['To', Number.isFinite(x.to) ? number(x.to) : null],
    ['Deadline', x.deadline ? `${longDate(x.deadline)}${x.timeframe_text ? ` (“${x.timeframe_text}”)` : ''}` : x.timeframe_text && `“${x.timeframe_text}” (no date)`],
    ['How', x.means],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!rows.length) return h('p', { class: 'muted', text: 'Nothing measurable yet: no metric, amount or date found.' });
  return h('dl', { class: 'extracted' }, rows.map(([k, v]) => h('div', null, h('dt', { text: k }), h('dd', { text: String(v) }))));
}

function letterRow(key, name, c) {
  const status = c?.status ?? 'unknown';
  const reasons = c?.reasons ?? [];
  const suggestions = c?.suggestions ?? [];
  return h('li', { class: ['letter', `check-${status}`], 'data-letter': key },
    h('div', { class: 'letter-head' },
      h('span', { class: 'letter-key', 'aria-hidden': 'true', text: key }),
      h('span', { class: 'letter-name', text: name }),
      h('span', { class: 'letter-word', text: CHECK_WORDS[status] ?? 'Not checked' }),
      Number.isFinite(c?.score) && h('span', { class: 'letter-score', text: `${c.score}/20` })),
    reasons.length > 0 && h('ul', { class: 'letter-reasons' }, reasons.map((r) => h('li', { text: r }))),
    suggestions.length > 0 && h('ul', { class: 'letter-suggestions', 'aria-label': `Suggestions for ${name}` },
      suggestions.map((s) => h('li', { text: s }))));
}

/**
 * Creates the panel. `onUseRewrite(text)` applies the suggested wording;
 * `onFillDetails(extracted)` copies dates and numbers into the empty fields.
 * Returns { el, show(result), showError(error) }.
 */
export function createSmartFeedback({ onUseRewrite, onFillDetails }) {
  const body = h('div', { class: 'feedback-body' });
  const el = h('section', { class: 'feedback', 'aria-labelledby': 'feedback-title' },
    h('h2', { id: 'feedback-title', class: 'panel-title', text: LABELS.smartFeedback }), body);

  function show(result, { empty = false } = {}) {
    if (empty) {
      body.replaceChildren(h('p', { class: 'muted', text: 'Write your goal on the left. The check appears here as you type.' }));
      return;
    }
    const smart = result.verdict === 'smart';
    const parts = [
      h('div', { class: ['verdict', smart ? 'verdict-smart' : 'verdict-not'] },
        h('span', { class: 'verdict-word', text: smart ? 'SMART goal' : 'Not SMART yet' }),
        h('span', { class: 'verdict-score', text: `Score ${result.score ?? 0} of 100` })),
      h('ol', { class: 'letters' }, SMART_LETTERS.map(({ key, name }) => letterRow(key, name, result.criteria?.[key]))),
    ];
    if (result.rewrite) {
      parts.push(h('div', { class: 'rewrite' },
        h('h3', { class: 'sub-title', text: LABELS.suggestedWording }),
        h('blockquote', { class: 'rewrite-text', text: result.rewrite }),
        h('button', { type: 'button', class: 'btn btn-primary btn-small', text: LABELS.useRewrite,
          on: { click: () => onUseRewrite(result.rewrite) } })));
    }
    parts.push(h('div', { class: 'extracted-wrap' },
      h('h3', { class: 'sub-title', text: LABELS.extractedHeading }),
      extractedList(result.extracted),
      result.extracted && (result.extracted.deadline || Number.isFinite(result.extracted.from) || Number.isFinite(result.extracted.to)) &&
        h('button', { type: 'button', class: 'btn btn-quiet btn-small', text: 'Copy into empty details',
          on: { click: () => onFillDetails(result.extracted) } })));
    if (result.questions?.length) {
      parts.push(h('div', { class: 'questions' },
        h('h3', { class: 'sub-title', text: LABELS.questionsHeading }),
        h('ul', null, result.questions.map((q) => h('li', { text: typeof q === 'string' ? q : q.text ?? q.question ?? '' })))));
    }
    body.replaceChildren(...parts);
  }

  function showError(error) {
    body.replaceChildren(h('p', { class: 'form-error', role: 'alert', text: `The SMART check could not run: ${error.message}` }));
  }

  return { el, show, showError };
}
