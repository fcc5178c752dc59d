// shared-preview.js - opening a "#plan=…" link: decode it, let the core import
// and validate the plan, show it read-only, and save a copy (with a fresh id,
// so it can never overwrite a plan of the same id) only when asked.
import { h, button, dialogBox, messageLine } from '../dom.js';
import { LABELS, TRANSFER, SAY } from '../labels.js';
import { copyOfPlan, describeError, importPlans } from '../model.js';
import { todayIso } from '../format.js';
import { smartBadges } from '../views/badges.js';
import { UserError } from './files.js';
import { decodeShare, isShareHash } from './share.js';
import { goalFacts, verdictText, statusWord } from './goal-facts.js';

/** Drops the fragment from the address bar, so a reload does not reopen the preview. */
function clearHash() {
  if (isShareHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
}

function preview(core, plan) {
  const today = todayIso();
  const goals = plan.goals ?? [];
  return h('div', { class: 'shared-plan' },
    h('h3', { text: plan.name || 'Untitled plan' }),
    plan.organisation && h('p', { text: plan.organisation }),
    plan.description && h('p', { text: plan.description }),
    (plan.objectives ?? []).length > 0 &&
      h('div', null, h('h4', { text: TRANSFER.objectives }), h('ul', null, plan.objectives.map((o) => h('li', { text: o.name })))),
    h('h4', { text: `${TRANSFER.goals} (${goals.length})` }),
    h('ul', { class: 'shared-goals' }, goals.map((goal) => {
      const facts = goalFacts(core, goal, plan, today);
      return h('li', null,
        h('p', null, h('strong', { text: goal.statement || '(no statement yet)' })),
        facts.smart && [smartBadges(facts.smart), h('p', { text: verdictText(facts.smart) })],
        facts.progress && h('p', null, `Status: ${statusWord(facts.progress) || facts.progress.status}`,
          facts.progress.explanation ? ` – ${facts.progress.explanation}` : ''),
        goal.deadline && h('p', { text: SAY.deadline(goal.deadline) }));
    })));
}

/**
 * When HASH is a share link: shows the read-only preview in a modal and
 * resolves true once it is on screen; resolves false otherwise. "Save a
 * copy" stores the plan (through the session) under a fresh id and opens it.
 */
export async function openSharedPlan({ core, session, openPlan, notify }, hash = location.hash) {
  if (!isShareHash(hash)) return false;
  const box = dialogBox(TRANSFER.sharedTitle, { className: 'transfer-dialog' });
  const message = messageLine();
  box.dialog.addEventListener('close', clearHash);

  let plan = null;
  try {
    plan = importPlans(core, await decodeShare(hash))[0];
  } catch (error) {
    const detail = error instanceof UserError ? error.message : describeError(error);
    message.show(SAY.shareDamaged(detail), 'error');
  }
  if (plan) box.body.append(preview(core, plan));
  box.body.append(message.node);

  if (plan) {
    const save = button(TRANSFER.saveCopy, async () => {
      message.clear();
      save.disabled = true;
      try {
        const [copy] = await session.savePlans([copyOfPlan(core, plan, '')]);
        notify(SAY.sharedSaved(copy.name), { kind: 'success' });
        box.close();
        await openPlan(copy.id);
      } catch (error) {
        save.disabled = false;
        message.show(SAY.storeFailed(describeError(error)), 'error');
      }
    }, 'primary');
    box.actions.append(save);
  }
  box.actions.append(button(LABELS.close, () => box.close()));
  box.actions.querySelector('button')?.focus();
  return true;
}
