// index.js - getting plans in and out of Goalpost: the header's Export and
// Import buttons, and opening a shared "#plan=…" link. The app calls these two
// functions; everything else in transfer/ is theirs.
import { openExportDialog } from './export-dialog.js';
import { openImportDialog } from './import-dialog.js';
import { useTransferStyles } from './styles.js';

export { openSharedPlan } from './shared-preview.js';

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
  useTransferStyles();
  const context = { core, store, getPlanId, openPlan, notify };
  const onExport = async () => {
    try {
      await openExportDialog(context);
    } catch (error) {
      notify?.(`The export could not start: ${error.message}`, { kind: 'error' });
    }
  };
  const onImport = () => openImportDialog(context);
  exportButton?.addEventListener('click', onExport);
  importButton?.addEventListener('click', onImport);
  return () => {
    exportButton?.removeEventListener('click', onExport);
    importButton?.removeEventListener('click', onImport);
  };
}
