// export-dialog.js - the Export dialog: JSON backup (this plan or all plans),
// CSV, Markdown, the coursework report and the share link.
import { T, say } from './text.js';
import { h, field, button, modal, messageLine } from './ui.js';
import { copyText, downloadText, exportFileName, localDate } from './files.js';
import { describeError, makeBackup, validatePlan } from './backup.js';
import { SHARE_LIMIT, shareLink } from './share.js';
import { storedPlan, storedPlans } from './stored.js';

const JSON_TYPE = 'application/json';

/** The stored plan run through plan.validate; the stored text when that fails, so a backup never drops data. */
function forExport(core, plan) {
  try {
    return validatePlan(core, plan);
  } catch {
    return plan;
  }
}

/** Downloads a backup of PLANS named after NAME; returns the file name. */
function downloadBackup(core, plans, name) {
  const file = exportFileName(name, 'json');
  const backup = makeBackup(plans.map((plan) => forExport(core, plan)));
  downloadText(file, `${JSON.stringify(backup, null, 2)}\n`, JSON_TYPE);
  return file;
}

/** Opens the Export dialog for the plan getPlanId() names (or none). */
export async function openExportDialog({ core, store, getPlanId, notify }) {
  const plan = await storedPlan(store, getPlanId());
  const box = modal(T.exportTitle, { className: 'gp-tr-export' });
  const message = messageLine();
  const today = localDate();

  // Each action reports its own failure in the dialog; none leaves it half done.
  const run = (action) => async () => {
    message.clear();
    try {
      await action();
    } catch (error) {
      message.show(describeError(error), 'error');
    }
  };
  const section = (title, ...content) => h('section', { className: 'gp-tr-section' }, h('h3', {}, title), ...content);

  // JSON backup
  const scopeName = `gp-tr-scope-${Math.random().toString(36).slice(2)}`;
  const radio = (value, text, checked, disabled) => {
    const input = h('input', { type: 'radio', name: scopeName, value, checked, disabled });
    return h('label', { className: 'gp-tr-radio' }, input, ` ${text}`);
  };
  const scope = h('fieldset', {}, h('legend', {}, T.backupScope),
    radio('plan', T.backupThisPlan, Boolean(plan), !plan), radio('all', T.backupAllPlans, !plan, false));
  const backupButton = button(T.downloadBackup, run(async () => {
    const all = scope.querySelector('input:checked').value === 'all';
    const plans = all ? await storedPlans(store) : [plan];
    const file = downloadBackup(core, plans, all ? 'all-plans' : plan.name);
    message.show(say.backupSaved(file));
    notify?.(say.backupSaved(file), { kind: 'success' });
  }));
  box.body.append(section(T.backupHeading, scope, backupButton));

  if (!plan) {
    box.body.append(h('p', {}, T.noPlanOpen));
  } else {
    const current = forExport(core, plan);

    const csvButton = (text, key, part) => button(text, run(async () => {
      const result = core.call('plan.export_csv', { plan: current, today });
      const file = exportFileName(`${current.name}-${part}`, 'csv');
      downloadText(file, result[key], 'text/csv');
      message.show(say.backupSaved(file));
    }));
    box.body.append(section(T.csvHeading,
      csvButton(T.downloadMeasurementsCsv, 'measurements_csv', 'measurements'),
      csvButton(T.downloadGoalsCsv, 'goals_csv', 'goals')));

    let markdown = null;
    const markdownArea = h('textarea', { readOnly: true, rows: 8, className: 'gp-tr-code' });
    const markdownField = field(T.markdownText, markdownArea).wrapper;
    markdownField.hidden = true;
    const makeMarkdown = () => {
      markdown ??= core.call('plan.export_markdown', { plan: current, today }).markdown;
      markdownArea.value = markdown;
      markdownField.hidden = false;
      return markdown;
    };
    box.body.append(section(T.markdownHeading,
      button(T.downloadMarkdown, run(async () => {
        const file = exportFileName(current.name, 'md');
        downloadText(file, makeMarkdown(), 'text/markdown');
        message.show(say.backupSaved(file));
      })),
      button(T.copyMarkdown, run(async () => {
        const copied = await copyText(makeMarkdown());
        message.show(copied ? say.copied(T.markdownHeading) : say.copyFailed(T.markdownHeading));
        if (!copied) markdownArea.select();
      })),
      markdownField));

    box.body.append(section(T.reportHeading,
      button(T.openReport, run(async () => {
        // The report and its charts (Chart.js) load on first use.
        const { openReport } = await import('./report.js');
        box.close();
        await openReport({ core, plan: current, today });
      }))));

    const shareOutput = h('div', { className: 'gp-tr-share' });
    box.body.append(section(T.shareHeading,
      button(T.makeShareLink, run(async () => {
        shareOutput.replaceChildren();
        const link = await shareLink(current);
        if (link.length > SHARE_LIMIT) {
          shareOutput.append(h('p', { attrs: { role: 'alert' } }, say.shareTooLong(link.length, SHARE_LIMIT)),
            button(T.downloadBackup, run(async () => message.show(say.backupSaved(downloadBackup(core, [plan], plan.name))))));
          return;
        }
        const input = h('input', { type: 'url', readOnly: true, value: link, className: 'gp-tr-link' });
        shareOutput.append(field(T.shareLink, input, say.shareReady(link.length)).wrapper,
          button(T.copyShareLink, run(async () => {
            const copied = await copyText(link);
            message.show(copied ? say.copied(T.shareLink) : say.copyFailed(T.shareLink));
            if (!copied) input.select();
          })));
      })),
      shareOutput));
  }

  box.body.append(message.node);
  box.actions.append(button(T.close, () => box.close()));
  return box;
}
