// confirm.js - questions asked in the page (a modal <dialog>), never with
// window.confirm/prompt: they block the page and cannot be styled or tested.
import { h, domId } from '../dom.js';
import { LABELS } from '../labels.js';

/** A modal dialog with TITLE, BODY nodes and ACTIONS; resolves to the chosen action's value (null on Esc). */
export function modal({ title, body = [], actions, className }) {
  const titleId = domId('dlg');
  const dialog = h('dialog', { class: ['modal', className], 'aria-labelledby': titleId },
    h('h2', { id: titleId, class: 'modal-title', text: title }));
  const form = h('form', { method: 'dialog', class: 'modal-body' }, body);
  const row = h('div', { class: 'modal-actions' });
  form.append(row);
  dialog.append(form);
  return new Promise((resolve) => {
    for (const action of actions) {
      row.append(h('button', { type: 'submit', formnovalidate: true, value: action.value, class: ['btn', action.kind ? `btn-${action.kind}` : 'btn-secondary'], text: action.label }));
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = event.submitter?.value ?? actions.find((a) => a.default)?.value ?? null;
      const check = actions.find((a) => a.value === chosen)?.check;
      if (check && !check()) return;
      dialog.close(chosen);
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === '' ? null : dialog.returnValue);
    });
    dialog.addEventListener('cancel', () => { dialog.returnValue = ''; });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Asks a yes/no question; resolves true when the user confirms. */
export async function confirmAction({ title, message, confirmLabel, danger = false }) {
  const answer = await modal({
    title,
    body: [h('p', { text: message })],
    actions: [
      { value: 'cancel', label: LABELS.cancel },
      { value: 'ok', label: confirmLabel, kind: danger ? 'danger' : 'primary' },
    ],
  });
  return answer === 'ok';
}

/** Asks for one line of text; resolves to the trimmed text or null. */
export async function askText({ title, label, value = '', confirmLabel = LABELS.save }) {
  const input = h('input', { type: 'text', class: 'input', value, limit: 'name', required: true });
  input.id = domId('ask');
  const answer = await modal({
    title,
    body: [h('div', { class: 'field' }, h('label', { for: input.id, class: 'field-label', text: label }), input)],
    actions: [
      { value: 'cancel', label: LABELS.cancel },
      { value: 'ok', label: confirmLabel, kind: 'primary', check: () => input.value.trim() !== '' || (input.reportValidity(), false) },
    ],
  });
  return answer === 'ok' ? input.value.trim() : null;
}
