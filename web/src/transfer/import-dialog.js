// import-dialog.js - the Import dialog: pick a file; a JSON backup or plan goes
// through plan.import and is stored (through the session) in one transaction,
// a CSV file goes to the measurements importer. Any failure leaves the stored
// data untouched.
import { h, field, button, dialogBox, messageLine } from '../dom.js';
import { LABELS, TRANSFER, SAY } from '../labels.js';
import { copyOfPlan, describeError, importPlans } from '../model.js';
import { modal } from '../views/confirm.js';
import { readTextFile, UserError } from './files.js';
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
    if (seen.has(plan.id)) throw new UserError(SAY.importFailed(`two plans in the file have the same id "${plan.id}".`));
    seen.add(plan.id);
  }
  const clashing = plans.filter((plan) => stored.has(plan.id));
  if (clashing.length === 0) return plans;
  const answer = await modal({
    title: TRANSFER.conflictTitle,
    body: [h('p', { text: SAY.conflict(clashing.map((plan) => plan.name)) })],
    actions: [
      { value: 'replace', label: TRANSFER.replace },
      { value: 'keep', label: TRANSFER.keepBoth },
      { value: 'cancel', label: LABELS.cancel },
    ],
  });
  if (answer === 'replace') return plans;
  if (answer !== 'keep') return null;
  return plans.map((plan) => (stored.has(plan.id) ? copyOfPlan(core, plan, TRANSFER.copySuffix) : plan));
}

/** Imports the JSON TEXT; resolves to the stored plans, or null when cancelled. Throws with a user message. */
async function importJsonText({ core, store, session }, text) {
  let plans;
  try {
    plans = importPlans(core, text);
  } catch (error) {
    throw new UserError(SAY.importFailed(describeError(error)));
  }
  const stored = new Set((await store.listPlans()).map((row) => row.id));
  const toWrite = await resolveConflicts(core, plans, stored);
  if (!toWrite) return null;
  try {
    return await session.savePlans(toWrite);
  } catch (error) {
    throw new UserError(SAY.storeFailed(describeError(error)));
  }
}

/** Opens the Import dialog. */
export function openImportDialog(ctx) {
  const box = dialogBox(TRANSFER.importTitle, { className: 'transfer-dialog' });
  const message = messageLine();
  const input = h('input', { type: 'file', class: 'input', accept: '.json,.csv,.tsv,.txt,application/json,text/csv' });
  const csvArea = h('div', { class: 'csv-import' });
  box.body.append(field(TRANSFER.importFile, input, TRANSFER.importHelp), csvArea, message.node);
  box.actions.append(button(LABELS.close, () => box.close()));

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    message.clear();
    csvArea.replaceChildren();
    if (!file) return;
    box.dialog.setAttribute('aria-busy', 'true');
    try {
      const text = await readTextFile(file);
      if (fileKind(file, text) === 'csv') {
        showCsvImport(ctx, { text, fileName: file.name, area: csvArea, message,
          done: (note) => { ctx.notify(note, { kind: 'success' }); box.close(); } });
        return;
      }
      const plans = await importJsonText(ctx, text);
      if (!plans) {
        message.show(TRANSFER.importCancelled);
        return;
      }
      const note = SAY.imported(plans.map((plan) => plan.name));
      message.show(note);
      ctx.notify(note, { kind: 'success' });
      box.close();
      await ctx.openPlan(plans[0].id);
    } catch (error) {
      message.show(error instanceof UserError ? error.message : SAY.importFailed(describeError(error)), 'error');
    } finally {
      box.dialog.removeAttribute('aria-busy');
      input.value = '';
    }
  });
  input.focus();
  return box;
}
