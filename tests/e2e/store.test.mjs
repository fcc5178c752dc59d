// store.test.mjs - the IndexedDB layer in the real browser: a version 1
// database is upgraded to version 2 with its data intact and the new index in
// place; a change the core rejects is not written and the UI says why; two tabs
// on one plan keep both tabs' edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './browser.mjs';
import { LABELS } from '../../web/src/labels.js';

const WAIT = { timeout: 15000 };

const OLD_PLAN = {
  schema: 1, id: 'plan-old', name: 'Spring newsletter plan', organisation: 'Corner Books', description: '',
  created: '2026-01-05T09:00:00Z', updated: '2026-01-06T09:00:00Z',
  objectives: [{ id: 'obj-1', name: 'Bring readers back to the shop', description: '' }],
  goals: [{ id: 'goal-1', statement: 'Grow newsletter sign-ups from 200 to 500 by 30 June 2027', objective_id: 'obj-1', kpi_id: '' }],
  kpis: [],
};

/** Reads the database as it is on disk: version, index names and plans. */
const inspect = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('goalpost');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('plans');
    const store = tx.objectStore('plans');
    const all = store.getAll();
    all.onsuccess = () => {
      const out = { version: db.version, indexes: [...store.indexNames], plans: all.result };
      db.close();
      resolve(out);
    };
  };
}));

test('a version 1 database is upgraded: plans and settings kept, the by_updated index added', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    // Same origin, but a page that does not start the app: write the old layout there.
    // (That page has no icon link, so the browser asks for /favicon.ico: answer it.)
    await browser.context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
    const { page, problems } = await openPage(browser.context, `${server.url}icon.svg`);
    await page.evaluate((plan) => new Promise((resolve, reject) => {
      const open = indexedDB.open('goalpost', 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('plans', { keyPath: 'id' });
        db.createObjectStore('settings');
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['plans', 'settings'], 'readwrite');
        tx.objectStore('plans').put(plan);
        tx.objectStore('settings').put(plan.id, 'lastPlanId');
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), OLD_PLAN);
    const before = await inspect(page);
    assert.equal(before.version, 1);
    assert.deepEqual(before.indexes, []);

    await page.goto(server.url);
    // The app opens the last plan it finds in settings: the old plan, with its goal.
    await page.getByRole('heading', { level: 1, name: OLD_PLAN.name }).waitFor(WAIT);
    await page.getByText(OLD_PLAN.goals[0].statement).waitFor(WAIT);
    const after = await inspect(page);
    assert.equal(after.version, 2);
    assert.deepEqual(after.indexes, ['by_updated']);
    assert.equal(after.plans.length, 1);
    assert.deepEqual(after.plans[0], OLD_PLAN, 'the upgrade leaves the stored plan byte for byte as it was');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a change the core rejects is not written, and the page says why', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await page.getByRole('button', { name: `${LABELS.useTemplate}: Robin's Tweezer Co.` }).click();
    await page.locator('article.goal-card h3 a').first().click();
    const baseline = page.getByRole('textbox', { name: LABELS.baseline, exact: true });
    await baseline.waitFor(WAIT);
    const target = await page.getByRole('textbox', { name: LABELS.target, exact: true }).inputValue();
    const stored = (await inspect(page)).plans[0];
    await baseline.fill(target); // target equal to baseline: nothing to increase

    const alert = page.locator('.save-alert');
    await alert.waitFor(WAIT);
    assert.match(await alert.textContent(), /^Not saved: .*target/i);
    assert.match(await page.locator('#goal-target-error').textContent(), /target/i);
    assert.equal(await page.locator('.save-status').getAttribute('data-state'), 'error');
    assert.deepEqual((await inspect(page)).plans[0], stored, 'the stored plan is unchanged');

    // Putting it right saves again and clears the message.
    await baseline.fill(String(Number(target) - 1000));
    await page.locator('.save-status[data-state="saved"]').waitFor(WAIT);
    assert.equal(await alert.isHidden(), true);
    const goal = (await inspect(page)).plans[0].goals[0];
    assert.equal(goal.baseline, Number(target) - 1000);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('two tabs on one plan: the other tab refreshes, and a stale tab merges instead of overwriting', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const a = await openPage(browser.context, server.url);
    await a.page.getByRole('button', { name: LABELS.blankPlan }).click();
    await a.page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(WAIT);
    const planUrl = a.page.url();

    const pageB = await browser.context.newPage();
    const problemsB = [];
    pageB.on('pageerror', (e) => problemsB.push(e.message));
    pageB.on('dialog', (d) => { problemsB.push(`dialog ${d.message()}`); d.dismiss(); });
    await pageB.goto(planUrl);
    await pageB.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(WAIT);

    // Tab A renames the plan: tab B shows the new name without a reload.
    await a.page.getByRole('button', { name: 'Edit details' }).click();
    await a.page.getByLabel(LABELS.planName).fill('Autumn campaign');
    await a.page.getByRole('button', { name: LABELS.save }).click();
    await pageB.getByRole('heading', { level: 1, name: 'Autumn campaign' }).waitFor(WAIT);

    // Something writes behind tab B's back (no announcement), so B's copy is stale...
    await a.page.evaluate(() => new Promise((resolve, reject) => {
      const open = indexedDB.open('goalpost');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('plans', 'readwrite');
        const store = tx.objectStore('plans');
        const all = store.getAll();
        all.onsuccess = () => {
          const plan = all.result[0];
          plan.description = 'Written quietly elsewhere';
          plan.updated = new Date(Date.now() + 60000).toISOString();
          store.put(plan);
        };
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    // ...then B adds an objective: the write notices the newer version and adds B's change to it.
    await pageB.getByRole('button', { name: LABELS.addObjective }).click();
    await pageB.getByLabel(LABELS.objectiveName).fill('Win back lapsed customers');
    await pageB.getByRole('button', { name: LABELS.addObjective, exact: true }).last().click();
    await pageB.getByRole('heading', { name: 'Win back lapsed customers' }).waitFor(WAIT);
    await pageB.getByText(/your change was added to its version/).first().waitFor(WAIT);
    const plan = (await inspect(pageB)).plans[0];
    assert.equal(plan.description, 'Written quietly elsewhere', 'the other write survived');
    assert.ok(plan.objectives.some((o) => o.name === 'Win back lapsed customers'), 'and so did this tab’s');
    assert.equal(plan.name, 'Autumn campaign');
    assert.deepEqual(a.problems, []);
    assert.deepEqual(problemsB, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
