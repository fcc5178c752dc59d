// dom.js - tiny helpers to build elements, and the few controls every screen
// and dialog shares (labelled fields, buttons, a message line, a modal box).
// Text goes in through textContent and attribute setters only, so user text
// can never become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

// The core's text limits by kind of text, set once at start (setTextLimits):
// a control made with `limit: 'name'` (or 'text', 'note') holds what the core accepts.
let textLimits = {};

/** Takes the text limits from the core's `limits` answer. */
export function setTextLimits(limits) {
  textLimits = { name: limits.name_chars, text: limits.text_chars, note: limits.note_chars };
}

function apply(el, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style') Object.assign(el.style, value); // CSSOM, which the CSP allows
    else if (key === 'limit') { if (textLimits[value]) el.maxLength = textLimits[value]; }
    else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Creates an HTML element: h('button', { class: 'btn', on: { click } }, 'Save'). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  apply(el, props);
  append(el, children);
  return el;
}

/** Creates an SVG element the same way. */
export function svg(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, props);
  append(el, children);
  return el;
}

let counter = 0;
/** A page-unique element id for label/aria wiring. */
export function domId(prefix = 'f') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** CONTROL under its LABEL in the app's field look, with an optional HINT read out with it. */
export function field(label, control, hint) {
  control.id ||= domId('field');
  const note = hint && h('p', { class: 'field-hint', id: `${control.id}-hint`, text: hint });
  if (note) control.setAttribute('aria-describedby', note.id);
  return h('div', { class: 'field' }, h('label', { for: control.id, class: 'field-label', text: label }), control, note);
}

/** A <select> of OPTIONS [{value, text}] with VALUE chosen. */
export function select(options, value) {
  const node = h('select', { class: 'input' }, options.map((o) => h('option', { value: o.value, text: o.text })));
  if (value !== undefined) node.value = value;
  return node;
}

/** A button in the app's look; KIND is primary, secondary or quiet. */
export const button = (text, onClick, kind = 'secondary') =>
  h('button', { type: 'button', class: ['btn', `btn-${kind}`], text, on: { click: onClick } });

/**
 * A line that tells how a dialog's action went: `show(text, kind)` replaces its
 * text (kind "error" is read out at once, as an alert), `clear()` empties it.
 */
export function messageLine() {
  const node = h('p', { class: 'message-line', role: 'status', 'aria-live': 'polite' });
  return {
    node,
    show(text, kind = 'info') {
      node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      node.dataset.kind = kind;
      node.textContent = text;
    },
    clear() {
      node.textContent = '';
      delete node.dataset.kind;
    },
  };
}

/**
 * A modal <dialog> titled TITLE that stays open until closed, then leaves the
 * page: { dialog, body, actions, close }. (A dialog that only asks one
 * question is views/confirm.js's modal.)
 */
export function dialogBox(title, { className, parent = document.body } = {}) {
  const titleId = domId('dlg');
  const body = h('div', { class: 'modal-body' });
  const actions = h('div', { class: 'modal-actions' });
  const dialog = h('dialog', { class: ['modal', 'modal-wide', className], 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'modal-title', text: title }), body, actions);
  dialog.addEventListener('close', () => dialog.remove());
  parent.append(dialog);
  dialog.showModal();
  return { dialog, body, actions, close: () => dialog.close() };
}

/** Shows or clears a field's error message and marks the input invalid. */
export function showFieldError(errorEl, input, message) {
  errorEl.textContent = message ?? '';
  errorEl.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Runs FN at most once per WAIT ms after the last call; `.flush()` runs a pending call now. */
export function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  const run = () => {
    timer = null;
    const args = lastArgs;
    lastArgs = null;
    return fn(...args);
  };
  const debounced = (...args) => {
    lastArgs = args;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  };
  debounced.flush = () => (timer ? (clearTimeout(timer), run()) : undefined);
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  debounced.pending = () => timer !== null;
  return debounced;
}

/**
 * Runs FN at once when it has not run for WAIT ms, otherwise once WAIT ms after
 * its last run (with the latest arguments): while calls keep coming it runs
 * every WAIT ms, and the last call is never more than WAIT ms late.
 */
export function throttle(fn, wait) {
  let timer = null;
  let last = -Infinity;
  let lastArgs = null;
  const run = () => {
    timer = null;
    last = performance.now();
    const args = lastArgs;
    lastArgs = null;
    return fn(...args);
  };
  const throttled = (...args) => {
    lastArgs = args;
    if (timer) return;
    const since = performance.now() - last;
    if (since >= wait) run();
    else timer = setTimeout(run, wait - since);
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  return throttled;
}

/** A random id for plans, goals and the rest: letters and digits only. */
export function newId(prefix) {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 12)}`;
}

/**
 * Tells the user when INPUT is full (its maxlength reached, e.g. after a long
 * paste the browser cut short), in a line after it; clears the line otherwise.
 * main.js calls this for every input event on the page.
 */
export function sayWhenFull(input) {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) || !(input.maxLength > 0)) return;
  const id = `${input.id || (input.id = domId('text'))}-full`;
  let note = document.getElementById(id);
  const full = input.value.length >= input.maxLength;
  if (!full) {
    if (note) note.hidden = true;
    return;
  }
  if (!note) {
    note = h('p', { id, class: 'field-error limit-note', role: 'status' });
    input.after(note);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  note.textContent = `That is the limit: at most ${input.maxLength.toLocaleString('en-US')} characters fit here, so the rest was left out.`;
  note.hidden = false;
}
