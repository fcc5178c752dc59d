// stored.js - what the transfer screens need from the app's store (store.js),
// in one place: read one plan, read all plans, write several in one transaction.

/** The stored plan with id ID, or null. */
export async function storedPlan(store, id) {
  if (id === null || id === undefined || id === '') return null;
  return (await store.getPlan(id)) ?? null;
}

/** Every stored plan, whole (the store lists only names and ids). */
export async function storedPlans(store) {
  const rows = (await store.listPlans()) ?? [];
  const plans = await Promise.all(rows.map((row) => store.getPlan(row.id)));
  return plans.filter(Boolean);
}

/** The set of plan ids already stored. */
export async function storedIds(store) {
  return new Set(((await store.listPlans()) ?? []).map((row) => row.id));
}

/** Writes PLANS in one transaction: all of them are stored, or none. */
export const writePlans = (store, plans) => store.putPlans(plans);
