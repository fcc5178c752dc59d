// goal-facts.js - what the report and the shared-plan preview say about a goal:
// its SMART evaluation and its progress, asked of the core, shown in words
// (never colour alone). A core error for one goal is shown for that goal only.
import { h } from './ui.js';
import { SMART_LETTERS, CHECK_WORDS, STATUS_WORDS } from '../labels.js';
import { evaluateGoal, goalProgress } from '../model.js';
import { describeError } from './backup.js';

/** { smart, smartError, progress, progressError } for GOAL in PLAN on TODAY. */
export function goalFacts(core, goal, plan, today) {
  const facts = { smart: null, smartError: null, progress: null, progressError: null };
  try {
    facts.smart = evaluateGoal(core, goal, plan, today);
  } catch (error) {
    facts.smartError = describeError(error);
  }
  try {
    facts.progress = goalProgress(core, goal, plan, today);
  } catch (error) {
    facts.progressError = describeError(error);
  }
  return facts;
}

/** The five letters as a list: "S Specific: Pass", status also in data-status for colour. */
export function smartBadges(smart) {
  return h('ul', { className: 'gp-tr-badges', attrs: { 'aria-label': 'SMART check' } },
    SMART_LETTERS.map(({ key, name }) => {
      const status = smart?.criteria?.[key]?.status ?? 'unknown';
      return h('li', { className: 'gp-tr-badge', attrs: { 'data-status': status } },
        h('b', {}, key), ` ${name}: ${CHECK_WORDS[status] ?? 'Not checked'}`);
    }));
}

/** "SMART" / "Not SMART yet" with the score. */
export function verdictText(smart) {
  if (!smart) return '';
  const verdict = smart.verdict === 'smart' ? 'SMART' : 'Not SMART yet';
  return Number.isFinite(smart.score) ? `${verdict} (score ${smart.score} of 100)` : verdict;
}

/** The status in words ("On track"), or '' when unknown. */
export const statusWord = (progress) => STATUS_WORDS[progress?.status] ?? '';
