// backup.js - the JSON backup format and the import of plans through the core.
// The core decides what a valid plan is (plan.import migrates and validates);
// this module only wraps plans in the envelope and gives copies fresh ids.
import { T } from './text.js';

export const BACKUP_FORMAT = 'goalpost-backup';
export const BACKUP_SCHEMA = 1;

/** The backup envelope around PLANS, stamped with the export time NOW. */
export function makeBackup(plans, now = new Date()) {
  return { format: BACKUP_FORMAT, schema: BACKUP_SCHEMA, exported: now.toISOString(), plans };
}

/** The plan in a plan.validate / plan.import result, whichever way the core wraps it. */
export const planOf = (result) => (result && typeof result.plan === 'object' && result.plan ? result.plan : result);

/**
 * Runs TEXT (a backup, or one plan) through plan.import and returns the plans
 * it holds, migrated and validated. Throws the core's CoreError on bad input.
 */
export function importPlans(core, text) {
  const result = core.call('plan.import', { text });
  if (Array.isArray(result?.plans)) return result.plans;
  return [planOf(result)];
}

/** A message naming what is wrong and where, from a CoreError (or any Error). */
export function describeError(error) {
  const message = String(error?.message ?? error).trim();
  const path = error?.path;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  // "text" means the file as a whole: the message already says where (line, column).
  return path && path !== 'text' && !message.includes(path) ? `${sentence} (Field: ${path}.)` : sentence;
}

/** A new plan id, unlikely to meet any other in this browser or another. */
export function freshPlanId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `plan-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * PLAN as a separate copy: a fresh id and, when SUFFIX is given, a name ending
 * in it (shortened so the name stays within the core's 200-character limit).
 * Goal, KPI and tactic ids live inside the plan, so they need no change.
 */
export function copyOfPlan(plan, { suffix = T.copySuffix } = {}) {
  const copy = structuredClone(plan);
  copy.id = freshPlanId();
  if (suffix) {
    const chars = Array.from(String(plan.name ?? ''));
    copy.name = chars.slice(0, Math.max(0, 200 - suffix.length)).join('') + suffix;
  }
  return copy;
}

/** Runs PLAN through plan.validate and returns the normalised plan (throws CoreError). */
export const validatePlan = (core, plan) => planOf(core.call('plan.validate', { plan }));
