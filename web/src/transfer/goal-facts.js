// goal-facts.js - what the report and the shared-plan preview say about a goal:
// its SMART evaluation and its progress, asked of the core, shown in words
// (never colour alone). A core error for one goal is shown for that goal only.
import { STATUS_WORDS } from '../labels.js';
import { describeError, evaluateGoal, goalProgress } from '../model.js';

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

/** "SMART" / "Not SMART yet" with the score. */
export function verdictText(smart) {
  if (!smart) return '';
  const verdict = smart.verdict === 'smart' ? 'SMART' : 'Not SMART yet';
  return Number.isFinite(smart.score) ? `${verdict} (score ${smart.score} of 100)` : verdict;
}

/** The status in words ("On track"), or '' when unknown. */
export const statusWord = (progress) => STATUS_WORDS[progress?.status] ?? '';
