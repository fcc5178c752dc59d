// persistence.test.mjs - what is saved stays saved: across a reload and a full
// browser restart with the same profile; when a tab is closed in the middle of a
// burst of writes; when two tabs edit the same plan; and when the browser's
// storage fails (nothing half-written, the user told). IndexedDB is read
// directly as the ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, serve } from './browser.mjs';
import { loadRelease } from '../wasm/load-core.mjs';
import {
  LABELS, addMeasurement, fillMeasurement, openBlankPlan, openTracking, startGoal, storedPlans, until,
  waitForApp, waitSaved,
} from './walk.mjs';

const WAIT = { timeout: 15000 };
const STATEMENT = 'Increase newsletter sign-ups from 200 to 500 by 2030-06-30';

/** Run in the page before its scripts: `window.__failPlanPut = n` makes the n-th next put into "plans" throw. */
function armStorageFailure() {
  const put = IDBObjectStore.prototype.put;
  window.__failPlanPut = 0;
  IDBObjectStore.prototype.put = function guardedPut(...args) {
    if (this.name === 'plans' && window.__failPlanPut > 0 && --window.__failPlanPut === 0) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
}

/** A plan with one goal whose KPI has no measurements yet, open on its Tracking tab. */
async function trackedGoal(page) {
  await openBlankPlan(page);
  await startGoal(page, STATEMENT);
  await openTracking(page);
  const [plan] = await storedPlans(page);
  return { plan, trackingUrl: page.url() };
}

const notesOf = (plan) => (plan?.kpis ?? []).flatMap((kpi) => kpi.measurements ?? []).map((m) => m.note);

test('plans survive a reload and a full browser restart with the same profile', async () => {
  const server = await serve();
  const first = await launch();
  let second = null;
  try {
    const { page, problems } = await openPage(first.context, server.url);
    await waitForApp(page);
    await trackedGoal(page);
    await addMeasurement(page, { date: '2025-02-01', value: '230', note: 'first month' });
    const saved = await storedPlans(page);
    assert.equal(saved.length, 1);
    assert.deepEqual(notesOf(saved[0]), ['first month']);

    await page.reload();
    await waitForApp(page);
    await page.getByRole('cell', { name: 'first month' }).waitFor(WAIT);
    assert.deepEqual(await storedPlans(page), saved);
    assert.deepEqual(problems, []);

    await first.close({ keepProfile: true });
    second = await launch({ profileDir: first.profileDir });
    const again = await openPage(second.context, server.url);
    await waitForApp(again.page);
    // The last plan opens by itself, with the goal on it.
    await again.page.getByText(STATEMENT).first().waitFor(WAIT);
    assert.deepEqual(await storedPlans(again.page), saved);
    assert.deepEqual(again.problems, []);
  } finally {
    if (second) await second.close();
    else await first.close();
    await server.close();
  }
});

test('a tab closed in the middle of a burst of writes leaves a consistent last state', async () => {
  const server = await serve();
  const browser = await launch();
  const core = await loadRelease();
  const BURST = 300;
  try {
    const { page } = await openPage(browser.context, server.url);
    await waitForApp(page);
    const { plan, trackingUrl } = await trackedGoal(page);

    // BURST measurements sent as fast as the form takes them: each is its own saved action.
    await page.evaluate((count) => {
      const form = document.querySelector('form.add-measurement');
      for (let i = 1; i <= count; i += 1) {
        document.getElementById('m-date').value = new Date(Date.UTC(2025, 0, i)).toISOString().slice(0, 10);
        document.getElementById('m-value').value = String(100 + i);
        document.getElementById('m-note').value = `burst ${i}`;
        form.requestSubmit();
      }
    }, BURST);
    await until(async () => notesOf((await storedPlans(page))[0]).length >= 3, WAIT.timeout);
    await page.close({ runBeforeUnload: false });

    const { page: next, problems } = await openPage(browser.context, trackingUrl, { page: await browser.context.newPage() });
    await waitForApp(next);
    const [stored] = await storedPlans(next);
    const notes = notesOf(stored);
    const k = notes.length;
    assert.ok(k >= 3 && k < BURST, `closed mid-burst: ${k} of ${BURST} stored`);
    // Exactly the first k actions, each whole: no gap, no repeat, no torn entry.
    assert.deepEqual(notes, Array.from({ length: k }, (_, i) => `burst ${i + 1}`));
    const values = stored.kpis.flatMap((kpi) => kpi.measurements).map((m) => m.value);
    assert.deepEqual(values, Array.from({ length: k }, (_, i) => 101 + i));
    assert.equal(stored.id, plan.id);
    // The core accepts what was stored, and the app shows the last saved entry.
    assert.doesNotThrow(() => core.call('plan.validate', { plan: stored }));
    await next.getByRole('cell', { name: `burst ${k}`, exact: true }).waitFor(WAIT);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('what one tab is typing survives another tab\'s save, and both entries are kept', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const a = await openPage(browser.context, server.url);
    await waitForApp(a.page);
    const { trackingUrl } = await trackedGoal(a.page);
    const b = await openPage(browser.context, trackingUrl, { page: await browser.context.newPage() });
    await openTracking(b.page);

    // B is halfway through an entry when A saves one: B's screen follows A's save...
    await fillMeasurement(b.page, { date: '2025-03-02', value: '250', note: 'from tab B' });
    await addMeasurement(a.page, { date: '2025-03-01', value: '240', note: 'from tab A' });
    await b.page.getByRole('cell', { name: 'from tab A' }).waitFor(WAIT);
    // ...without throwing away what B has typed, so B's entry is not lost either.
    assert.equal(await b.page.getByLabel(LABELS.note, { exact: true }).inputValue(), 'from tab B');
    await b.page.getByRole('button', { name: LABELS.addMeasurement }).click();

    await until(async () => notesOf((await storedPlans(a.page))[0]).length === 2, WAIT.timeout);
    assert.deepEqual(notesOf((await storedPlans(a.page))[0]), ['from tab A', 'from tab B']);
    for (const { page } of [a, b]) {
      await page.getByRole('cell', { name: 'from tab A' }).waitFor(WAIT);
      await page.getByRole('cell', { name: 'from tab B' }).waitFor(WAIT);
    }
    assert.deepEqual([...a.problems, ...b.problems], []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a tab that missed another tab\'s save does not overwrite it, and says so', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const a = await openPage(browser.context, server.url);
    await waitForApp(a.page);
    const { trackingUrl } = await trackedGoal(a.page);
    // Tab B hears nothing from other tabs, as when a message between tabs is lost:
    // only the store's own check stands between its stale copy and tab A's save.
    const deaf = await browser.context.newPage();
    await deaf.addInitScript(() => { delete window.BroadcastChannel; });
    const b = await openPage(browser.context, trackingUrl, { page: deaf });
    await openTracking(b.page);
    assert.equal(await b.page.evaluate(() => typeof BroadcastChannel), 'undefined');

    await addMeasurement(a.page, { date: '2025-03-01', value: '240', note: 'from tab A' });
    await b.page.waitForTimeout(1000); // time enough for a hearing tab to refresh
    assert.equal(await b.page.getByRole('cell', { name: 'from tab A' }).count(), 0, 'tab B has not heard of A\'s save');
    await fillMeasurement(b.page, { date: '2025-03-02', value: '250', note: 'from tab B' });
    await b.page.getByRole('button', { name: LABELS.addMeasurement }).click();

    await until(async () => notesOf((await storedPlans(b.page))[0]).length === 2, WAIT.timeout);
    assert.deepEqual(notesOf((await storedPlans(b.page))[0]).sort(), ['from tab A', 'from tab B']);
    // Not silently: tab B says its change was added to the other tab's version, and shows both.
    await b.page.getByText(/another tab/i).first().waitFor(WAIT);
    await b.page.getByRole('cell', { name: 'from tab A' }).waitFor(WAIT);
    await b.page.getByRole('cell', { name: 'from tab B' }).waitFor(WAIT);
    assert.deepEqual([...a.problems, ...b.problems], []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a storage failure is shown, leaves the stored plan as it was, and a retry works', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const tab = await browser.context.newPage();
    await tab.addInitScript(armStorageFailure);
    const { page, problems } = await openPage(browser.context, server.url, { page: tab });
    await waitForApp(page);
    await trackedGoal(page);
    await addMeasurement(page, { date: '2025-02-01', value: '230', note: 'before the failure' });
    const before = await storedPlans(page);

    await page.evaluate(() => { window.__failPlanPut = 1; });
    await fillMeasurement(page, { date: '2025-02-08', value: '260', note: 'lost to the quota' });
    await page.getByRole('button', { name: LABELS.addMeasurement }).click();
    // Shown plainly, in words: the header's alert names the cause.
    const alert = page.locator('.save-alert');
    await alert.waitFor(WAIT);
    assert.match(await alert.textContent(), /not saved/i);
    assert.match(await alert.textContent(), /storage space/i);
    assert.equal(await page.evaluate(() => window.__failPlanPut), 0, 'the failure was really injected');
    // Nothing written, nothing shown as if it were; the typed entry waits for a retry.
    assert.deepEqual(await storedPlans(page), before);
    assert.equal(await page.getByRole('cell', { name: 'lost to the quota' }).count(), 0);
    assert.equal(await page.getByLabel(LABELS.note, { exact: true }).inputValue(), 'lost to the quota');

    await page.getByRole('button', { name: LABELS.addMeasurement }).click();
    await page.getByRole('cell', { name: 'lost to the quota' }).waitFor(WAIT);
    await waitSaved(page);
    await alert.waitFor({ state: 'hidden', ...WAIT });
    assert.deepEqual(notesOf((await storedPlans(page))[0]), ['before the failure', 'lost to the quota']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('an import whose second plan fails to store leaves no plan of the file behind', async () => {
  const server = await serve();
  const browser = await launch();
  const core = await loadRelease();
  const dir = await mkdtemp(join(tmpdir(), 'goalpost-backup-'));
  try {
    const today = '2025-01-10';
    const plans = ['Spring newsletter', 'Summer sale'].map((name, i) =>
      core.call('plan.new', { id: `plan-import-${i}`, name, objective_id: `obj-${i}`, today }).plan);
    const file = join(dir, 'backup.json');
    await writeFile(file, JSON.stringify({ format: 'goalpost-backup', schema: 1, exported: `${today}T12:00:00.000Z`, plans }));

    const tab = await browser.context.newPage();
    await tab.addInitScript(armStorageFailure);
    const { page, problems } = await openPage(browser.context, server.url, { page: tab });
    await waitForApp(page);
    await openBlankPlan(page);
    const before = await storedPlans(page);

    await page.evaluate(() => { window.__failPlanPut = 2; });
    await page.getByRole('button', { name: LABELS.import, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await dialog.getByText(/storage space/i).waitFor(WAIT);
    assert.equal(await page.evaluate(() => window.__failPlanPut), 0, 'the second put failed');
    // All or nothing: the first plan, already put, went with the aborted transaction.
    assert.deepEqual(await storedPlans(page), before);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
