// notify.js - short messages in the corner ("Goal deleted" with Undo), read
// out by screen readers through a polite live region, errors through an alert.
import { h } from '../dom.js';
import { DEFAULTS, LABELS } from '../labels.js';

/**
 * Returns notify(message, {kind, action, timeout}) drawing into CONTAINER.
 * kind: 'info' | 'success' | 'error'; action: {label, run} adds a button
 * (e.g. Undo) that runs once and closes the message. MESSAGE may also be an
 * object {message, kind, action}.
 */
export function createNotifier(container) {
  // The container is a polite live region (set in shell.js): a new message is read out once.

  return function notify(message, options = {}) {
    if (message && typeof message === 'object') ({ message, ...options } = { ...message, ...options });
    const { kind = 'info', action, timeout = action ? DEFAULTS.undoMs : kind === 'success' ? 3500 : 6000 } = options;
    // Keep the corner calm: at most three messages, the oldest without an Undo goes first.
    const shown = [...container.querySelectorAll('.toast')];
    if (shown.length >= 3) (shown.find((t) => !t.querySelector('.btn')) ?? shown[0]).remove();
    let timer = null;
    const close = () => {
      clearTimeout(timer);
      toast.remove();
    };
    const toast = h('div', { class: ['toast', `toast-${kind}`], role: kind === 'error' ? 'alert' : undefined },
      h('p', { class: 'toast-text', text: String(message) }),
      action && h('button', { type: 'button', class: 'btn btn-small btn-light', text: action.label ?? LABELS.undo,
        on: { click: () => { close(); action.run(); } } }),
      h('button', { type: 'button', class: 'toast-close', 'aria-label': LABELS.close, text: '×', on: { click: close } }));
    container.append(toast);
    // Hovering or focusing a message keeps it, so an Undo button cannot vanish under the pointer.
    const arm = () => { clearTimeout(timer); timer = setTimeout(close, timeout); };
    toast.addEventListener('mouseenter', () => clearTimeout(timer));
    toast.addEventListener('focusin', () => clearTimeout(timer));
    toast.addEventListener('mouseleave', arm);
    arm();
    return close;
  };
}
