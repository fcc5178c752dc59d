// import-dialog.js - the Import dialog: pick a file; a JSON backup or plan goes
// through plan.import and into the store in one transaction, a CSV file goes to
// the measurements importer. Any failure leaves the stored data untouched.
import { T, say } from './text.js';
import { h, field, button, modal, messageLine, choose } from './ui.js';
import { readTextFile, UserError } from './files.js';
import { copyOfPlan, describeError, importPlans, validatePlan } from './backup.js';
import { storedIds, writePlans } from './stored.js';
import { showCsvImport } from './csv-import.js';

/** "csv" or "json", from the file's name and type, else from its first character. */
export function fileKind(file, text) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv') || file.type === 'text/csv') return 'csv';
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * Decides what to store for PLANS from the file given the ids already STORED:
 * asks "replace or keep both" when ids collide. Resolves to the plans to write,
 * or null when the user cancels.
 */
async function resolveConflicts(core, plans, stored) {
  const seen = new Set();
  for (const plan of plans) {
    if (seen.has(plan.id)) throw new UserError(say.importFailed(`two plans in the file have the same id "${plan.id}".`));
    seen.add(plan.id);
  }
  const clashing = plans.filter((plan) => stored.has(plan.id));
  if (clashing.length === 0) return plans;
  const answer = await choose(T.conflictTitle, say.conflict(clashing.map((plan) => plan.name)), [
    { text: T.replace, value: 'replace' },
    { text: T.keepBoth, value: 'keep' },
    { text: T.cancel, value: null },
  ]);
  if (answer === 'replace') return plans;
  if (answer !== 'keep') return null;
  return plans.map((plan) => (stored.has(plan.id) ? validatePlan(core, copyOfPlan(plan)) : plan));
}

/** Imports the JSON TEXT; resolves to the stored plans, or null when cancelled. Throws with a user message. */
export async function importJsonText({ core, store, text }) {
  let plans;
  try {
    plans = importPlans(core, text);
  } catch (error) {
    throw new UserError(say.importFailed(describeError(error)));
  }
  const toWrite = await resolveConflicts(core, plans, await storedIds(store));
  if (!toWrite) return null;
  try {
    await writePlans(store, toWrite);
  } catch (error) {
    throw new UserError(say.storeFailed(describeError(error)));
  }
  return toWrite;
}

/** Opens the Import dialog. */
export function openImportDialog({ core, store, getPlanId, openPlan, notify }) {
  const box = modal(T.importTitle, { className: 'gp-tr-import' });
  const message = messageLine();
  const input = h('input', { type: 'file', accept: '.json,.csv,.tsv,.txt,application/json,text/csv' });
  const csvArea = h('div', { className: 'gp-tr-csv' });
  box.body.append(field(T.importFile, input, T.importHelp).wrapper, csvArea, message.node);
  box.actions.append(button(T.close, () => box.close()));

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    message.clear();
    csvArea.replaceChildren();
    if (!file) return;
    box.dialog.setAttribute('aria-busy', 'true');
    try {
      const text = await readTextFile(file);
      if (fileKind(file, text) === 'csv') {
        await showCsvImport({ core, store, getPlanId, text, fileName: file.name, area: csvArea, message,
          done: (note) => { notify?.(note, { kind: 'success' }); box.close(); } });
        return;
      }
      const plans = await importJsonText({ core, store, text });
      if (!plans) {
        message.show(T.importCancelled);
        return;
      }
      const note = say.imported(plans.map((plan) => plan.name));
      message.show(note);
      notify?.(note, { kind: 'success' });
      box.close();
      await openPlan?.(plans[0].id);
    } catch (error) {
      message.show(error instanceof UserError ? error.message : say.importFailed(describeError(error)), 'error');
    } finally {
      box.dialog.removeAttribute('aria-busy');
      input.value = '';
    }
  });
  input.focus();
  return box;
}
