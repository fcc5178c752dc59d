// store.js - plans and settings in IndexedDB (through the small `idb` wrapper).
//
// Schema history (the upgrade runs every step the stored database has not seen):
//   v1: object store "plans" (keyPath "id", the validated plan documents) and
//       object store "settings" (out-of-line keys: setting name -> value).
//   v2: index "by_updated" on plans.updated, so the plan list comes out newest first
//       without reading every plan into memory to sort it.
// Every public write is one transaction: it all lands or none of it does.
// Writes are announced to this tab's listeners and, through a BroadcastChannel,
// to other tabs of the same origin, so no tab keeps showing (and then saving) stale data.
import { openDB } from 'idb';

export const DB_NAME = 'goalpost';
export const DB_VERSION = 2;
const CHANNEL = 'goalpost-store';

/** Why a write failed, in words the UI shows as they are. `kind`: conflict | quota | storage. */
export class StoreError extends Error {
  constructor(kind, message, cause) {
    super(message);
    this.name = 'StoreError';
    this.kind = kind;
    this.cause = cause;
  }
}

function upgrade(db, oldVersion, _newVersion, tx) {
  if (oldVersion < 1) {
    db.createObjectStore('plans', { keyPath: 'id' });
    db.createObjectStore('settings');
  }
  if (oldVersion < 2) {
    tx.objectStore('plans').createIndex('by_updated', 'updated');
  }
}

function plainError(error) {
  if (error instanceof StoreError) return error;
  const name = error?.name ?? '';
  if (name === 'QuotaExceededError') {
    return new StoreError('quota', 'Your browser has no storage space left for Goalpost, so this change was not saved. Free some space (or export and delete old plans) and try again.', error);
  }
  return new StoreError('storage', `The browser's storage refused this change, so it was not saved (${name || 'error'}: ${error?.message ?? 'unknown'}).`, error);
}

/**
 * The store API at once: listPlans, getPlan, hasPlan, putPlan, putPlans, deletePlan,
 * getSetting, setSetting, onChange, estimate, persist, close. The database opens
 * (is created or upgraded) meanwhile; every call waits for it. `ready` resolves
 * once it is open and rejects with a StoreError when it cannot be; `opened` says
 * whether it is open already. The app draws its first screen while it opens.
 */
export function createStore({ name = DB_NAME } = {}) {
  const listeners = new Set();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${CHANNEL}:${name}`) : null;
  let db = null;
  const ready = openDB(name, DB_VERSION, {
    upgrade,
    blocked: () => {},
    // Another tab runs a newer version: let it upgrade, this tab reloads its data on the next open.
    blocking: () => db?.close(),
  }).then((opened) => {
    db = opened;
    performance.mark('goalpost:store-open');
  }, (error) => {
    throw new StoreError('storage', `Goalpost could not open its storage in this browser (${error?.name ?? 'error'}). Private windows and some settings block it.`, error);
  });
  ready.catch(() => {}); // the caller of createStore reports it; every call below rejects with it too
  /** The open database (after the open, which every call waits for). */
  const database = async () => {
    await ready;
    return db;
  };

  const emit = (event, remote) => {
    for (const listener of listeners) {
      try {
        listener({ ...event, remote });
      } catch (error) {
        // A broken listener must not stop the others; report it where the tests look.
        console.error(error);
      }
    }
  };
  if (channel) channel.onmessage = (message) => emit(message.data, true);
  const announce = (event) => {
    emit(event, false);
    channel?.postMessage(event);
  };

  async function write(storeNames, body) {
    const tx = (await database()).transaction(storeNames, 'readwrite');
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted: nothing was written
      }
      await tx.done.catch(() => {});
      throw plainError(error);
    }
  }

  return {
    ready,
    get opened() {
      return db !== null;
    },

    /** All plans as [{id, name, updated}], most recently changed first. */
    async listPlans() {
      const rows = [];
      let cursor = await (await database()).transaction('plans').store.index('by_updated').openCursor(null, 'prev');
      while (cursor) {
        rows.push({ id: cursor.value.id, name: cursor.value.name, updated: cursor.value.updated });
        cursor = await cursor.continue();
      }
      return rows;
    },

    /** The stored plan with ID, or undefined. */
    getPlan: async (id) => (await database()).get('plans', id),

    /** True when a plan with ID is stored; reads its key only, not the plan. */
    hasPlan: async (id) => (await (await database()).getKey('plans', id)) !== undefined,

    /**
     * Stores PLAN in one transaction. With `expectUpdated` (the `updated` the caller's copy
     * was based on), the write is refused with a StoreError of kind "conflict" when the
     * stored plan has changed since: another tab saved in between.
     */
    async putPlan(plan, { expectUpdated } = {}) {
      await write('plans', async (tx) => {
        if (expectUpdated !== undefined) {
          const stored = await tx.store.get(plan.id);
          const storedUpdated = stored?.updated ?? null;
          if (storedUpdated !== expectUpdated) {
            throw new StoreError('conflict', 'This plan was changed in another tab or window since you opened it.');
          }
        }
        await tx.store.put(plan);
      });
      announce({ type: 'put', planId: plan.id, updated: plan.updated });
    },

    /** Stores all PLANS in one transaction: all of them or none. */
    async putPlans(plans) {
      await write('plans', async (tx) => {
        // One at a time: a put that throws then leaves no other request's promise unwatched.
        for (const plan of plans) await tx.store.put(plan);
      });
      for (const plan of plans) announce({ type: 'put', planId: plan.id, updated: plan.updated });
    },

    /** Deletes the plan with ID (one transaction). */
    async deletePlan(id) {
      await write('plans', (tx) => tx.store.delete(id));
      announce({ type: 'delete', planId: id });
    },

    getSetting: async (key) => (await database()).get('settings', key),

    async setSetting(key, value) {
      await write('settings', (tx) => tx.store.put(value, key));
      announce({ type: 'setting', key });
    },

    /** Calls CALLBACK({type, planId, updated, remote}) after every write here or in another tab. Returns an unsubscribe function. */
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },

    /** {usage, quota} in bytes, or null where the browser cannot tell. */
    async estimate() {
      if (!navigator.storage?.estimate) return null;
      const { usage, quota } = await navigator.storage.estimate();
      return { usage, quota };
    },

    /** Asks the browser to keep this site's data under storage pressure; true when it will. */
    async persist() {
      if (!navigator.storage?.persist) return false;
      if (await navigator.storage.persisted?.()) return true;
      return navigator.storage.persist();
    },

    /** True when the browser has already agreed to keep the data. */
    persisted: async () => Boolean(await navigator.storage?.persisted?.()),

    close() {
      channel?.close();
      ready.then(() => db.close(), () => {});
    },
  };
}

/** createStore, resolved once the database is open (rejects with a StoreError when it cannot be). */
export async function openStore(options) {
  const store = createStore(options);
  await store.ready;
  return store;
}
