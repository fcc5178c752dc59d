// session.js - the open plan and the one way to change it.
//
// Every user action is a function that changes a copy of the plan (a "mutator").
// The session runs it, stamps `updated`, has the core validate the result, and
// writes it in one transaction that is refused if another tab saved first. On
// that conflict the session re-reads the stored plan and replays the same action
// on it, so both tabs' edits survive, and tells the user. A failed validation or
// write leaves the stored plan and the shown plan as they were.
//
// A new plan is shown at once and written meanwhile: edits made before that
// first write lands wait behind it, in order. If it fails the save state says
// so ("Not saved: …"), and the next edit writes the whole plan again.
import { StoreError } from './store.js';
import { validatePlan } from './model.js';
import { SETTINGS } from './labels.js';

/** A moment strictly after PREVIOUS (ISO text), so two quick saves never share a stamp. */
function stamp(previous) {
  let now = Date.now();
  const before = Date.parse(previous ?? '');
  if (Number.isFinite(before) && now <= before) now = before + 1;
  return new Date(now).toISOString();
}

export function createSession({ core, store }) {
  let plan = null;
  let inStore = false; // false while a new plan's first write has not landed
  let queue = Promise.resolve();
  const listeners = new Set();
  let saveState = { state: 'idle', message: '' };

  const emit = (event) => {
    for (const listener of listeners) listener(event);
  };
  const setSaveState = (state, message = '') => {
    saveState = { state, message };
    emit({ type: 'save', ...saveState });
  };

  // Another tab (or another part of this one, e.g. an import) wrote this plan:
  // take the stored version unless it is the one we just wrote ourselves.
  store.onChange(async (event) => {
    if (!plan || event.planId !== plan.id) return;
    if (event.type === 'delete') {
      if (!event.remote) return;
      const gone = plan;
      plan = null;
      emit({ type: 'deleted', plan: gone, remote: true });
      return;
    }
    if (event.type !== 'put' || event.updated === plan.updated) return;
    await queue; // let a save in flight finish first
    const stored = await store.getPlan(plan.id);
    if (stored && stored.updated !== plan?.updated) {
      plan = stored;
      // remote: not written by this session; otherTab: written by another tab (not e.g. an import here).
      emit({ type: 'change', plan, remote: true, otherTab: event.remote });
    }
  });

  async function attempt(base, mutate) {
    const draft = structuredClone(base);
    const outcome = mutate(draft);
    draft.updated = stamp(base.updated);
    const normalised = validatePlan(core, draft); // throws CoreError: nothing written
    await store.putPlan(normalised, { expectUpdated: inStore ? base.updated ?? null : null });
    return { plan: normalised, outcome };
  }

  const session = {
    /** The plan as last saved (treat as read-only), or null. */
    get plan() {
      return plan;
    },
    get saveState() {
      return saveState;
    },

    /** Calls LISTENER({type: 'change'|'deleted'|'save', ...}) on every change. */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Opens the stored plan ID; resolves to it, or null when there is none. */
    async open(id) {
      await queue;
      const stored = id ? await store.getPlan(id) : undefined;
      plan = stored ?? null;
      inStore = Boolean(plan);
      if (plan) {
        setSaveState('saved');
        store.setSetting(SETTINGS.lastPlanId, plan.id).catch(() => {});
      }
      emit({ type: 'open', plan });
      return plan;
    },

    /** Shows a plan that is already stored (after an import, a new plan, ...). */
    adopt(stored) {
      plan = stored;
      inStore = true;
      setSaveState('saved');
      store.setSetting(SETTINGS.lastPlanId, plan.id).catch(() => {});
      emit({ type: 'open', plan });
    },

    /**
     * Makes PLAN, once the core has validated it, the open plan at once and writes
     * it in the store behind any save in flight. Throws the core's CoreError (nothing
     * shown, nothing written). Returns {plan, saved}: `saved` resolves to {ok: true}
     * or {ok: false, error} when the write is done; the save state shows it as well.
     */
    create(newPlan) {
      const stamped = { ...newPlan, updated: stamp(newPlan.updated) };
      const normalised = validatePlan(core, stamped);
      plan = normalised;
      inStore = false;
      setSaveState('saving');
      emit({ type: 'open', plan });
      const write = async () => {
        try {
          await store.putPlan(normalised, { expectUpdated: null });
          performance.mark('goalpost:new-plan-saved');
          if (plan?.id === normalised.id) {
            inStore = true;
            setSaveState('saved');
          }
          store.setSetting(SETTINGS.lastPlanId, normalised.id).catch(() => {});
          return { ok: true };
        } catch (error) {
          if (plan?.id === normalised.id) setSaveState('error', error.message);
          return { ok: false, error };
        }
      };
      const saved = queue.then(write);
      queue = saved;
      return { plan: normalised, saved };
    },

    /**
     * Applies MUTATE(draftPlan) as one saved action. Resolves to
     * {ok: true, plan, outcome, merged} or {ok: false, error} (a CoreError from
     * validation or a StoreError); in the failed case nothing changed.
     */
    edit(mutate) {
      const run = async () => {
        if (!plan) return { ok: false, error: new Error('No plan is open.') };
        setSaveState('saving');
        try {
          let merged = false;
          let result;
          try {
            result = await attempt(plan, mutate);
          } catch (error) {
            if (!(error instanceof StoreError && error.kind === 'conflict')) throw error;
            const latest = await store.getPlan(plan.id);
            if (!latest) throw new StoreError('conflict', 'This plan was deleted in another tab or window, so this change was not saved.');
            plan = latest;
            inStore = true;
            merged = true;
            result = await attempt(latest, mutate);
          }
          plan = result.plan;
          inStore = true;
          setSaveState('saved', merged ? 'Another tab had changed this plan too: your change was added to its version.' : '');
          emit({ type: 'change', plan, remote: false, merged });
          return { ok: true, plan, outcome: result.outcome, merged };
        } catch (error) {
          setSaveState('error', error.message);
          if (error instanceof StoreError && error.kind === 'conflict') emit({ type: 'change', plan, remote: true, otherTab: true });
          return { ok: false, error };
        }
      };
      const next = queue.then(run);
      queue = next.catch(() => {});
      return next;
    },

    /**
     * Applies MUTATE(draftPlan) to the stored plan ID as one saved action: through
     * edit() when it is the open plan, else refused if another tab saved it in
     * between. Resolves to the saved plan; throws a CoreError or StoreError (nothing written).
     */
    async editStored(id, mutate) {
      if (plan?.id === id) {
        const result = await session.edit(mutate);
        if (!result.ok) throw result.error;
        return result.plan;
      }
      const stored = await store.getPlan(id);
      if (!stored) throw new StoreError('conflict', 'This plan was deleted in another tab or window, so this change was not saved.');
      const draft = structuredClone(stored);
      mutate(draft);
      draft.updated = stamp(stored.updated);
      const normalised = validatePlan(core, draft);
      await store.putPlan(normalised, { expectUpdated: stored.updated ?? null });
      return normalised;
    },

    /**
     * Stores PLANS (new, imported or restored ones), each validated by the core
     * first, in one transaction: all of them or none. Resolves to the stored plans.
     */
    async savePlans(plans) {
      const normalised = plans.map((p) => validatePlan(core, p));
      await store.putPlans(normalised);
      return normalised;
    },

    /** Deletes the stored plan ID (one transaction). */
    deletePlan: (id) => store.deletePlan(id),

    /** Stores the setting KEY (one of SETTINGS) as VALUE. */
    saveSetting: (key, value) => store.setSetting(key, value),

    /** Resolves when every queued save has finished. */
    settled: () => queue,
  };
  return session;
}
