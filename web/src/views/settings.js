// settings.js - the settings panel: how much this browser stores for Goalpost,
// whether it promised to keep it, and the versions in use.
import { h } from '../dom.js';
import { APP_NAME, LABELS } from '../labels.js';

function bytes(n) {
  if (!Number.isFinite(n)) return 'unknown';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

/** Opens the settings as a modal dialog. */
export async function openSettings({ store, version, coreVersion, notify }) {
  const usage = h('dd', { id: 'storage-usage', text: 'Measuring…' });
  const kept = h('dd', { id: 'storage-persisted', text: 'Checking…' });
  const plans = h('dd', { text: '…' });
  const keep = h('button', { type: 'button', class: 'btn btn-secondary', text: LABELS.keepData });

  async function refresh() {
    const [estimate, persisted, list] = await Promise.all([store.estimate(), store.persisted(), store.listPlans()]);
    usage.textContent = estimate ? `${bytes(estimate.usage)} used of ${bytes(estimate.quota)} available` : 'This browser does not say.';
    kept.textContent = persisted
      ? 'Yes: the browser will not clear Goalpost’s data to free space.'
      : 'Not promised: under storage pressure the browser may clear it. Export backups regularly.';
    keep.hidden = persisted;
    plans.textContent = String(list.length);
  }
  keep.addEventListener('click', async () => {
    const granted = await store.persist();
    notify(granted ? 'The browser will keep your data.' : 'The browser did not agree to keep the data for sure (it decides by how much you use the site). Keep exporting backups.', { kind: granted ? 'success' : 'info' });
    await refresh();
  });

  const dialog = h('dialog', { class: 'modal settings', 'aria-labelledby': 'settings-title' },
    h('div', { class: 'modal-head' },
      h('h2', { id: 'settings-title', class: 'modal-title', text: LABELS.settings }),
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', text: LABELS.close, on: { click: () => dialog.close() } })),
    h('section', { 'aria-labelledby': 'storage-title' },
      h('h3', { id: 'storage-title', class: 'sub-title', text: LABELS.storage }),
      h('p', { class: 'muted', text: 'Your plans are stored in this browser only (IndexedDB). Nothing is sent anywhere.' }),
      h('dl', { class: 'figures' },
        h('div', null, h('dt', { text: 'Plans stored' }), plans),
        h('div', null, h('dt', { text: 'Storage used' }), usage),
        h('div', null, h('dt', { text: 'Kept for sure' }), kept)),
      keep),
    h('section', { 'aria-labelledby': 'about-title' },
      h('h3', { id: 'about-title', class: 'sub-title', text: 'About' }),
      h('p', { text: `${APP_NAME} ${version}, core ${coreVersion}.` })));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  await refresh();
}
