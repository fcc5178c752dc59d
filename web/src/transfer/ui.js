// ui.js - the few DOM builders the transfer screens share: elements with text
// set through textContent, labelled controls, and modal <dialog>s.
// No markup strings anywhere: user text can never become HTML.

let nextId = 0;
/** A document-unique id for label/control pairs. */
export const uid = (prefix) => `gp-tr-${prefix}-${++nextId}`;

/**
 * Creates TAG with PROPS (className, type, value, … as properties; `attrs` as
 * attributes; `on` as listeners) and CHILDREN (nodes, or strings set as text).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { attrs, on, ...rest } = props;
  Object.assign(node, rest);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const [type, handler] of Object.entries(on ?? {})) node.addEventListener(type, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A <label> and its CONTROL, joined by id; returns the wrapper and the control. */
export function field(labelText, control, hint) {
  control.id ||= uid('field');
  const label = h('label', { htmlFor: control.id }, labelText);
  const wrapper = h('div', { className: 'gp-tr-field' }, label, control);
  if (hint) {
    const note = h('p', { className: 'gp-tr-hint', id: uid('hint') }, hint);
    control.setAttribute('aria-describedby', note.id);
    wrapper.append(note);
  }
  return { wrapper, control, label };
}

/** A <select> with OPTIONS [{value, text}] and the given VALUE selected. */
export function select(options, value) {
  const node = h('select');
  for (const option of options) node.append(h('option', { value: option.value }, option.text));
  if (value !== undefined) node.value = value;
  return node;
}

/** A button; KIND picks the app's look (primary | secondary | quiet). */
export const button = (text, onClick, { kind = 'secondary', ...props } = {}) =>
  h('button', { type: 'button', className: `btn btn-${kind}`, ...props, on: { click: onClick } }, text);

/**
 * A message line: role="alert" for errors (read out at once), role="status"
 * for progress. `show(text, kind)` replaces its text; `clear()` empties it.
 */
export function messageLine() {
  const node = h('p', { className: 'gp-tr-message', attrs: { role: 'status', 'aria-live': 'polite' } });
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
 * A modal <dialog> titled TITLE, appended to PARENT (default: body) and
 * removed from the page when closed. Returns { dialog, body, actions, close }.
 */
export function modal(title, { parent = document.body, className = '' } = {}) {
  const heading = h('h2', { id: uid('title'), className: 'modal-title' }, title);
  const body = h('div', { className: 'modal-body gp-tr-body' });
  const actions = h('div', { className: 'modal-actions' });
  const dialog = h('dialog', { className: `modal gp-tr-dialog ${className}`.trim(), attrs: { 'aria-labelledby': heading.id } },
    heading, body, actions);
  dialog.addEventListener('close', () => dialog.remove());
  parent.append(dialog);
  dialog.showModal();
  return { dialog, body, actions, close: () => dialog.close() };
}

/** Asks QUESTION in a modal; resolves to the value of the chosen CHOICE ({text, value}) or null on Escape. */
export function choose(title, question, choices) {
  return new Promise((resolve) => {
    const box = modal(title, { className: 'gp-tr-choice' });
    let answer = null;
    box.body.append(h('p', {}, question));
    for (const choice of choices) {
      box.actions.append(button(choice.text, () => { answer = choice.value; box.close(); }));
    }
    box.dialog.addEventListener('close', () => resolve(answer));
    box.actions.querySelector('button')?.focus();
  });
}
