// shared-preview.js - opening a "#plan=…" link: decode it, let the core import
// and validate the plan, show it read-only, and save a copy (with a fresh id,
// so it can never overwrite a plan of the same id) only when asked.
import { T, say } from './text.js';
import { h, button, modal, messageLine } from './ui.js';
import { UserError, localDate } from './files.js';
import { copyOfPlan, describeError, importPlans, validatePlan } from './backup.js';
import { decodeShare, isShareHash } from './share.js';
import { writePlans } from './stored.js';
import { goalFacts, smartBadges, verdictText, statusWord } from './goal-facts.js';
import { useTransferStyles } from './styles.js';

/** Drops the fragment from the address bar, so a reload does not reopen the preview. */
function clearHash() {
  if (isShareHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
}

function preview(core, plan) {
  const today = localDate();
  const goals = plan.goals ?? [];
  return h('div', { className: 'gp-tr-shared' },
    h('h3', {}, plan.name || 'Untitled plan'),
    plan.organisation ? h('p', {}, plan.organisation) : '',
    plan.description ? h('p', {}, plan.description) : '',
    (plan.objectives ?? []).length
      ? h('div', {}, h('h4', {}, T.objectives), h('ul', {}, plan.objectives.map((o) => h('li', {}, o.name))))
      : '',
    h('h4', {}, `${T.goals} (${goals.length})`),
    h('ul', { className: 'gp-tr-shared-goals' }, goals.map((goal) => {
      const facts = goalFacts(core, goal, plan, today);
      return h('li', {},
        h('p', { className: 'gp-tr-statement' }, h('strong', {}, goal.statement || '(no statement yet)')),
        facts.smart ? [smartBadges(facts.smart), h('p', {}, verdictText(facts.smart))] : '',
        facts.progress ? h('p', {}, `Status: ${statusWord(facts.progress) || facts.progress.status}`,
          facts.progress.explanation ? ` – ${facts.progress.explanation}` : '') : '',
        goal.deadline ? h('p', {}, say.deadline(goal.deadline)) : '');
    })));
}

/**
 * When HASH is a share link: shows the read-only preview in a modal inside
 * ROOT and resolves true once it is on screen; resolves false otherwise.
 * "Save a copy" stores the plan under a fresh id and calls openPlan(id).
 */
export async function openSharedPlan({ core, store, hash = location.hash, openPlan, notify, root = document.body }) {
  if (!isShareHash(hash)) return false;
  useTransferStyles();
  const box = modal(T.sharedTitle, { parent: root ?? document.body, className: 'gp-tr-shared-dialog' });
  const message = messageLine();
  box.dialog.addEventListener('close', clearHash);

  let plan = null;
  try {
    const text = await decodeShare(hash);
    plan = importPlans(core, text)[0];
  } catch (error) {
    const detail = error instanceof UserError ? error.message : describeError(error);
    message.show(say.shareDamaged(detail), 'error');
  }
  if (plan) box.body.append(preview(core, plan));
  box.body.append(message.node);

  if (plan) {
    const save = button(T.saveCopy, async () => {
      message.clear();
      save.disabled = true;
      try {
        const copy = validatePlan(core, copyOfPlan(plan, { suffix: '' }));
        await writePlans(store, [copy]);
        notify?.(say.sharedSaved(copy.name), { kind: 'success' });
        box.close();
        await openPlan?.(copy.id);
      } catch (error) {
        save.disabled = false;
        message.show(say.storeFailed(describeError(error)), 'error');
      }
    }, { kind: 'primary' });
    box.actions.append(save);
  }
  box.actions.append(button(T.close, () => box.close()));
  box.actions.querySelector('button')?.focus();
  return true;
}
