// export-dialog.js - the Export dialog: JSON backup (this plan or all plans),
// CSV, Markdown, the coursework report and the share link.
import { h, field, button, dialogBox, messageLine } from '../dom.js';
import { LABELS, TRANSFER, SAY } from '../labels.js';
import { describeError, validatePlan } from '../model.js';
import { todayIso } from '../format.js';
import { copyText, downloadText, exportFileName } from './files.js';
import { SHARE_LIMIT, shareLink } from './share.js';

const JSON_TYPE = 'application/json';

/** The plan run through plan.validate; the stored text when that fails, so a backup never drops data. */
function forExport(core, plan) {
  try {
    return validatePlan(core, plan);
  } catch {
    return plan;
  }
}

/** Every stored plan, whole (the store lists only names and ids). */
async function storedPlans(store) {
  const plans = await Promise.all((await store.listPlans()).map((row) => store.getPlan(row.id)));
  return plans.filter(Boolean);
}

/** Downloads a backup of PLANS named after NAME (the envelope plan.import reads back); returns the file name. */
function downloadBackup(core, plans, name) {
  const file = exportFileName(name, 'json');
  const backup = { format: 'goalpost-backup', schema: 1, exported: new Date().toISOString(), plans: plans.map((plan) => forExport(core, plan)) };
  downloadText(file, `${JSON.stringify(backup, null, 2)}\n`, JSON_TYPE);
  return file;
}

/** Opens the Export dialog for the open plan (or none). */
export async function openExportDialog({ core, store, session, notify }) {
  const plan = session.plan;
  const box = dialogBox(TRANSFER.exportTitle, { className: 'transfer-dialog' });
  const message = messageLine();
  const today = todayIso();

  // Each action reports its own failure in the dialog; none leaves it half done.
  const run = (action) => async () => {
    message.clear();
    try {
      await action();
    } catch (error) {
      message.show(describeError(error), 'error');
    }
  };
  const section = (title, ...content) => h('section', { class: 'transfer-section' }, h('h3', { text: title }), ...content);

  // JSON backup
  const scopeName = `backup-scope-${Math.random().toString(36).slice(2)}`;
  const radio = (value, text, checked, disabled) =>
    h('label', { class: 'transfer-radio' }, h('input', { type: 'radio', name: scopeName, value, checked, disabled }), ` ${text}`);
  const scope = h('fieldset', null, h('legend', { text: TRANSFER.backupScope }),
    radio('plan', TRANSFER.backupThisPlan, Boolean(plan), !plan), radio('all', TRANSFER.backupAllPlans, !plan, false));
  const backupButton = button(TRANSFER.downloadBackup, run(async () => {
    const all = scope.querySelector('input:checked').value === 'all';
    const plans = all ? await storedPlans(store) : [plan];
    const file = downloadBackup(core, plans, all ? 'all-plans' : plan.name);
    message.show(SAY.saved(file));
    notify(SAY.saved(file), { kind: 'success' });
  }));
  box.body.append(section(TRANSFER.backupHeading, scope, backupButton));

  if (!plan) {
    box.body.append(h('p', { text: TRANSFER.noPlanOpen }));
  } else {
    const current = forExport(core, plan);

    const csvButton = (text, key, part) => button(text, run(async () => {
      const result = core.call('plan.export_csv', { plan: current, today });
      const file = exportFileName(`${current.name}-${part}`, 'csv');
      downloadText(file, result[key], 'text/csv');
      message.show(SAY.saved(file));
    }));
    box.body.append(section(TRANSFER.csvHeading,
      csvButton(TRANSFER.downloadMeasurementsCsv, 'measurements_csv', 'measurements'),
      csvButton(TRANSFER.downloadGoalsCsv, 'goals_csv', 'goals')));

    let markdown = null;
    const markdownArea = h('textarea', { readonly: true, rows: '8', class: 'input code-text' });
    const markdownField = field(TRANSFER.markdownText, markdownArea);
    markdownField.hidden = true;
    const makeMarkdown = () => {
      markdown ??= core.call('plan.export_markdown', { plan: current, today }).markdown;
      markdownArea.value = markdown;
      markdownField.hidden = false;
      return markdown;
    };
    box.body.append(section(TRANSFER.markdownHeading,
      button(TRANSFER.downloadMarkdown, run(async () => {
        const file = exportFileName(current.name, 'md');
        downloadText(file, makeMarkdown(), 'text/markdown');
        message.show(SAY.saved(file));
      })),
      button(TRANSFER.copyMarkdown, run(async () => {
        const copied = await copyText(makeMarkdown());
        message.show(copied ? SAY.copied(TRANSFER.markdownHeading) : SAY.copyFailed(TRANSFER.markdownHeading));
        if (!copied) markdownArea.select();
      })),
      markdownField));

    box.body.append(section(TRANSFER.reportHeading,
      button(TRANSFER.openReport, run(async () => {
        // The report and its charts (Chart.js) load on first use.
        const { openReport } = await import('./report.js');
        box.close();
        await openReport({ core, plan: current, today });
      }))));

    const shareOutput = h('div', { class: 'share-output' });
    box.body.append(section(TRANSFER.shareHeading,
      button(TRANSFER.makeShareLink, run(async () => {
        shareOutput.replaceChildren();
        const link = await shareLink(current);
        if (link.length > SHARE_LIMIT) {
          shareOutput.append(h('p', { role: 'alert', text: SAY.shareTooLong(link.length, SHARE_LIMIT) }),
            button(TRANSFER.downloadBackup, run(async () => message.show(SAY.saved(downloadBackup(core, [plan], plan.name))))));
          return;
        }
        const input = h('input', { type: 'url', readonly: true, value: link, class: 'input' });
        shareOutput.append(field(TRANSFER.shareLink, input, SAY.shareReady(link.length)),
          button(TRANSFER.copyShareLink, run(async () => {
            const copied = await copyText(link);
            message.show(copied ? SAY.copied(TRANSFER.shareLink) : SAY.copyFailed(TRANSFER.shareLink));
            if (!copied) input.select();
          })));
      })),
      shareOutput));
  }

  box.body.append(message.node);
  box.actions.append(button(LABELS.close, () => box.close()));
  return box;
}
