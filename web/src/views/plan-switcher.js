// plan-switcher.js - the list of plans in this browser: open, rename,
// duplicate, delete (asked first, and undoable for a while).
import { h } from '../dom.js';
import { LABELS, TRANSFER } from '../labels.js';
import { copyOfPlan } from '../model.js';
import { longDate } from '../format.js';
import { go } from '../router.js';
import { askText, confirmAction } from './confirm.js';

/** Opens the switcher as a modal dialog. */
export async function openPlanSwitcher(ctx) {
  const { store, session, notify, core } = ctx;
  const list = h('ul', { class: 'switcher-list plain-list' });
  const titleId = 'switcher-title';
  const dialog = h('dialog', { class: 'modal switcher', 'aria-labelledby': titleId },
    h('div', { class: 'modal-head' },
      h('h2', { id: titleId, class: 'modal-title', text: LABELS.switcherTitle }),
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', text: LABELS.close, on: { click: () => dialog.close() } })),
    list,
    h('div', { class: 'modal-actions' },
      h('button', { type: 'button', class: 'btn btn-primary', text: `${LABELS.newPlan}…`, 'aria-label': 'Start another plan',
        on: { click: () => { dialog.close(); go({ name: 'start' }); } } })));

  async function rename(row) {
    const name = await askText({ title: `${LABELS.rename} plan`, label: LABELS.planName, value: row.name });
    if (!name || name === row.name) return;
    try {
      await session.editStored(row.id, (p) => { p.name = name; });
      notify(`Plan renamed to “${name}”.`, { kind: 'success' });
    } catch (error) {
      notify(`The plan was not renamed: ${error.message}`, { kind: 'error' });
    }
    await draw();
  }

  async function duplicate(row) {
    try {
      const plan = await store.getPlan(row.id);
      const now = new Date().toISOString();
      const [copy] = await session.savePlans([{ ...copyOfPlan(core, plan, TRANSFER.copySuffix), created: now, updated: now }]);
      notify(`“${copy.name}” created.`, { kind: 'success' });
    } catch (error) {
      notify(`The plan was not duplicated: ${error.message}`, { kind: 'error' });
    }
    await draw();
  }

  async function remove(row) {
    const ok = await confirmAction({
      title: `Delete “${row.name}”?`,
      message: 'The plan, its goals and all their measurements are removed from this browser. You can undo this for a few seconds; export a backup first if you may want it later.',
      confirmLabel: 'Delete plan',
      danger: true,
    });
    if (!ok) return;
    const plan = await store.getPlan(row.id);
    try {
      await session.deletePlan(row.id);
    } catch (error) {
      notify(`The plan was not deleted: ${error.message}`, { kind: 'error' });
      return;
    }
    const wasOpen = session.plan?.id === row.id;
    let restored = false;
    const restore = async () => {
      if (restored) return;
      restored = true;
      try {
        await session.savePlans([plan]);
        notify(`Plan “${row.name}” restored.`, { kind: 'success' });
        if (wasOpen) ctx.openPlan(plan.id);
        if (dialog.open) await draw();
      } catch (error) {
        restored = false;
        notify(`The plan could not be restored: ${error.message}`, { kind: 'error' });
      }
    };
    // The message in the corner is for after the dialog closes (a modal dialog keeps
    // the rest of the page out of reach); inside it, the list offers the undo itself.
    notify(`Plan “${row.name}” deleted.`, { action: { label: LABELS.undo, run: restore } });
    if (wasOpen) {
      dialog.close();
      go({ name: 'home' });
      return;
    }
    await draw();
    list.prepend(h('li', { class: 'switcher-row switcher-undo', role: 'status' },
      h('span', { text: `“${row.name}” deleted.` }),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', text: LABELS.undo,
        'aria-label': `${LABELS.undo}: restore ${row.name}`, on: { click: restore } })));
  }

  async function draw() {
    const rows = await store.listPlans();
    list.replaceChildren(...rows.map((row) => {
      const current = session.plan?.id === row.id;
      return h('li', { class: ['switcher-row', current && 'is-current'] },
        h('div', { class: 'switcher-name' },
          h('span', { class: 'switcher-title', text: row.name }),
          h('span', { class: 'muted small', text: `${current ? 'Open now · ' : ''}changed ${longDate(String(row.updated ?? '').slice(0, 10))}` })),
        h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'btn btn-small btn-secondary', text: LABELS.open, 'aria-label': `${LABELS.open} ${row.name}`,
            on: { click: () => { dialog.close(); ctx.openPlan(row.id); } } }),
          h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.rename, 'aria-label': `${LABELS.rename} ${row.name}`, on: { click: () => rename(row) } }),
          h('button', { type: 'button', class: 'btn btn-small btn-quiet', text: LABELS.duplicate, 'aria-label': `${LABELS.duplicate} ${row.name}`, on: { click: () => duplicate(row) } }),
          h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-danger-text', text: LABELS.delete, 'aria-label': `${LABELS.delete} ${row.name}`, on: { click: () => remove(row) } })));
    }));
    if (!rows.length) list.append(h('li', { class: 'muted', text: 'No plans yet.' }));
  }

  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  await draw();
  dialog.showModal();
}
