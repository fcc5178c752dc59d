// index.js - getting plans in and out of Goalpost: the header's Export and
// Import buttons, and opening a shared "#plan=…" link. The app calls these two
// functions; everything else in transfer/ is theirs, and is loaded (with a
// dynamic import()) only when a dialog or a shared link is first opened, so the
// app's first screen does not wait for it.

/** The module of a dialog, loaded on first use, with the dialogs' stylesheet applied. */
async function withStyles(loading) {
  const [dialog, { useTransferStyles }] = await Promise.all([loading, import('./styles.js')]);
  useTransferStyles();
  return dialog;
}

/**
 * Wires EXPORT_BUTTON and IMPORT_BUTTON to their dialogs.
 *   core      - from loadCore(): call(method, request)
 *   store     - from openStore(): getPlan, listPlans, putPlans
 *   getPlanId - () => the id of the plan on screen, or null
 *   openPlan  - (id) => shows that plan (after an import)
 *   notify    - (message, {kind}) => shows a short message
 * Returns a function that unwires the buttons.
 */
export function mountTransfer({ exportButton, importButton, core, store, getPlanId, openPlan, notify }) {
  const context = { core, store, getPlanId, openPlan, notify };
  const onExport = async () => {
    try {
      const { openExportDialog } = await withStyles(import('./export-dialog.js'));
      await openExportDialog(context);
    } catch (error) {
      notify?.(`The export could not start: ${error.message}`, { kind: 'error' });
    }
  };
  const onImport = async () => {
    try {
      const { openImportDialog } = await withStyles(import('./import-dialog.js'));
      openImportDialog(context);
    } catch (error) {
      notify?.(`The import could not start: ${error.message}`, { kind: 'error' });
    }
  };
  exportButton?.addEventListener('click', onExport);
  importButton?.addEventListener('click', onImport);
  return () => {
    exportButton?.removeEventListener('click', onExport);
    importButton?.removeEventListener('click', onImport);
  };
}

/** Shows the shared plan of a "#plan=…" HASH (see shared-preview.js); resolves false for any other hash. */
export async function openSharedPlan(options) {
  const { openSharedPlan: open } = await import('./shared-preview.js');
  return open(options);
}
