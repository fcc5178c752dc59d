// index.js - getting plans in and out of Goalpost: the header's Export and
// Import buttons, and opening a shared "#plan=…" link. The app calls these two
// functions; everything else in transfer/ is theirs, and is loaded (with a
// dynamic import()) only when a dialog or a shared link is first opened, so the
// app's first screen does not wait for it.

/**
 * Wires EXPORT_BUTTON and IMPORT_BUTTON to their dialogs. CTX is the app's
 * context: core, store (for reading), session (every write), openPlan(id), notify.
 * Returns a function that unwires the buttons.
 */
export function mountTransfer({ exportButton, importButton, ctx }) {
  const onExport = async () => {
    try {
      const { openExportDialog } = await import('./export-dialog.js');
      await openExportDialog(ctx);
    } catch (error) {
      ctx.notify(`The export could not start: ${error.message}`, { kind: 'error' });
    }
  };
  const onImport = async () => {
    try {
      const { openImportDialog } = await import('./import-dialog.js');
      openImportDialog(ctx);
    } catch (error) {
      ctx.notify(`The import could not start: ${error.message}`, { kind: 'error' });
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
export async function openSharedPlan(ctx, hash) {
  const { openSharedPlan: open } = await import('./shared-preview.js');
  return open(ctx, hash);
}
