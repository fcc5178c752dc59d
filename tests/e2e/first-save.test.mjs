// first-save.test.mjs - a new plan shows at once and is written meanwhile: the
// plan screen appears while its first IndexedDB write still waits, an edit made
// then is written after it, in order; a first write that fails is said plainly
// and the plan is not passed off as saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './browser.mjs';
import { LABELS, storedPlans, waitForApp, waitSaved } from './walk.mjs';

const WAIT = { timeout: 15000 };
const EXAMPLE = `${LABELS.useTemplate}: Robin's Tweezer Co.`;
const evaluatedCard = 'article.goal-card .smart-badge:not(.check-unknown)';

/** In the page: keeps a read-write transaction on the app's plans busy until window.__hold is false. */
function holdPlans() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('goalpost');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const plans = db.transaction('plans', 'readwrite').objectStore('plans');
      window.__hold = true;
      const spin = () => {
        plans.get('none').onsuccess = () => (window.__hold ? spin() : db.close());
      };
      spin();
      resolve();
    };
  });
}

/** Renames the open plan through "Edit details". */
async function renamePlan(page, name) {
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel(LABELS.planName, { exact: true }).fill(name);
  await page.getByRole('button', { name: LABELS.save, exact: true }).click();
}

test('an example plan shows before its first write lands, and an edit made meanwhile is written after it', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await waitForApp(page);
    // The app's database exists (created by the app itself) before another connection holds it.
    await page.waitForFunction(() => performance.getEntriesByName('goalpost:store-open').length > 0, null, WAIT);
    await page.evaluate(holdPlans);

    await page.getByRole('button', { name: EXAMPLE }).click();
    await page.locator(evaluatedCard).first().waitFor(WAIT);
    assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'saving');
    assert.equal(await page.locator('.save-status').textContent(), LABELS.saving);
    await renamePlan(page, 'Renamed before the first save');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'saving', 'nothing is written while the store is held');

    await page.evaluate(() => { window.__hold = false; });
    // The edit is applied once saved, and saved after the first write.
    await page.getByRole('heading', { level: 1, name: 'Renamed before the first save' }).waitFor(WAIT);
    await waitSaved(page);
    const [stored, ...others] = await storedPlans(page);
    assert.equal(others.length, 0);
    assert.equal(stored.name, 'Renamed before the first save', 'the edit landed after the first write, not under it');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Renamed before the first save' }).waitFor(WAIT);
    assert.ok(await page.locator(evaluatedCard).count() > 0);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a first write that fails is said plainly, nothing is stored, and the next edit writes the whole plan', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const tab = await browser.context.newPage();
    await tab.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      window.__failPlanPut = 1;
      IDBObjectStore.prototype.put = function failingPut(...args) {
        if (this.name === 'plans' && window.__failPlanPut > 0 && --window.__failPlanPut === 0) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    const { page, problems } = await openPage(browser.context, server.url, { page: tab });
    await waitForApp(page);
    await page.getByRole('button', { name: EXAMPLE }).click();
    await page.locator(evaluatedCard).first().waitFor(WAIT);

    const alert = page.locator('.save-alert');
    await alert.waitFor(WAIT);
    assert.match(await alert.textContent(), /^Not saved: .*storage space/i);
    assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'error');
    assert.equal(await page.locator('.save-status').textContent(), LABELS.notSaved);
    assert.deepEqual(await storedPlans(page), [], 'nothing was written');

    await renamePlan(page, 'Saved on the second try');
    await waitSaved(page);
    assert.equal(await alert.isHidden(), true);
    const [stored, ...others] = await storedPlans(page);
    assert.equal(others.length, 0);
    assert.equal(stored.name, 'Saved on the second try');
    assert.ok(stored.goals.length > 0, 'the whole plan was written, not only the change');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
