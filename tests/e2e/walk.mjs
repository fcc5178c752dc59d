// walk.mjs - drives Goalpost the way a user does, finding controls by their
// labels (web/src/labels.js, the same names the app uses), and reads what the
// browser really stored, for the hardening tests (offline, CSP, persistence,
// hostile input, single file).
import { LABELS } from '../../web/src/labels.js';

export { LABELS };

const LONG = { timeout: 15000 };

/** Polls PREDICATE (in Node) until it holds or MS pass; the caller asserts afterwards. */
export async function until(predicate, ms = 5000) {
  for (const end = Date.now() + ms; Date.now() < end && !(await predicate());) {
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Waits until the app has loaded the core and the store and drawn a screen. */
export async function waitForApp(page) {
  await page.getByRole('button', { name: LABELS.newPlan, exact: true }).waitFor(LONG);
  await page.locator('#main h1').first().waitFor(LONG);
}

/** Waits until every change is written: the header says "Saved" and nothing is pending. */
export async function waitSaved(page) {
  await page.locator('.save-status[data-state="saved"]').waitFor(LONG);
}

/** Every plan in the browser's IndexedDB, read directly (the ground truth for persistence). */
export function storedPlans(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('goalpost');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('plans')) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction('plans').objectStore('plans').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  }));
}

/** Starts a new blank plan from the header's "New plan"; resolves on the plan screen. */
export async function openBlankPlan(page) {
  await page.getByRole('button', { name: LABELS.newPlan, exact: true }).click();
  await page.getByRole('button', { name: LABELS.blankPlan }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(LONG);
}

/**
 * From the plan screen: "Add goal", write STATEMENT, and wait until the goal is
 * stored (the editor's address changes from goal/new to the goal's id).
 */
export async function startGoal(page, statement) {
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
  await page.getByRole('textbox', { name: LABELS.goalStatement }).fill(statement);
  await page.waitForURL((url) => /\/goal\/(?!new)[^/]+$/.test(url.hash), LONG);
  await waitSaved(page);
}

/** The text of the SMART check once it has evaluated the statement now in the box. */
export async function checkGoalStatement(page) {
  const statement = await page.getByRole('textbox', { name: LABELS.goalStatement }).inputValue();
  const feedback = page.locator('section.feedback');
  await page.waitForFunction((text) => document.querySelector('section.feedback')?.dataset.evaluated === text, statement, LONG);
  return feedback.textContent();
}

/** The SMART check's word for each letter once it has evaluated the statement: { S: 'Pass', M: 'Fail', ... }. */
export async function smartLetters(page) {
  await checkGoalStatement(page);
  const pairs = await page.locator('section.feedback li.letter').evaluateAll((items) =>
    items.map((item) => [item.dataset.letter, item.querySelector('.letter-word')?.textContent ?? '']));
  return Object.fromEntries(pairs);
}

/** In the goal editor: types NAME into "KPI" and picks the first offer (a plan KPI, the catalog, or a custom one). */
export async function pickKpi(page, name) {
  const box = page.getByRole('combobox', { name: LABELS.kpi });
  await box.fill(name);
  await page.getByRole('option').first().click();
  await waitSaved(page);
}

/** In the goal editor of a stored goal: gives it a KPI if it has none and opens the Tracking tab. */
export async function openTracking(page, { kpi = 'Newsletter sign-ups' } = {}) {
  const box = page.getByRole('combobox', { name: LABELS.kpi });
  if (await box.count()) {
    if (!(await box.inputValue())) await pickKpi(page, kpi);
    await page.getByRole('link', { name: LABELS.trackingTab, exact: true }).click();
  }
  await page.getByRole('button', { name: LABELS.addMeasurement }).waitFor(LONG);
}

/** Fills the "Add measurement" form (on the Tracking tab) without sending it. */
export async function fillMeasurement(page, { date, value, note = '' }) {
  await page.getByLabel(LABELS.date, { exact: true }).fill(date);
  await page.getByLabel(new RegExp(`^${LABELS.value}`)).first().fill(String(value));
  await page.getByLabel(LABELS.note, { exact: true }).fill(note);
}

/** From the goal editor or the Tracking tab: adds a measurement and waits until it is saved. */
export async function addMeasurement(page, measurement, options) {
  await openTracking(page, options);
  const before = countMeasurements(await storedPlans(page));
  await fillMeasurement(page, measurement);
  await page.getByRole('button', { name: LABELS.addMeasurement }).click();
  await until(async () => countMeasurements(await storedPlans(page)) > before, LONG.timeout);
  await waitSaved(page);
}

/** How many measurements PLANS hold in all. */
export const countMeasurements = (plans) =>
  plans.flatMap((plan) => plan.kpis ?? []).reduce((sum, kpi) => sum + (kpi.measurements?.length ?? 0), 0);

/**
 * A walk through every screen and feature a newcomer meets: an example plan,
 * a new plan, a goal with its SMART check, details, a KPI, measurements, the
 * chart's table, the dashboard, settings, the plan switcher, and the export.
 */
export async function fullWalk(page) {
  await page.getByRole('button', { name: LABELS.newPlan, exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${LABELS.useTemplate}`) }).first().click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(LONG);
  await page.getByRole('button', { name: LABELS.treeView, exact: true }).click();
  await page.getByRole('button', { name: LABELS.cardsView, exact: true }).click();

  await openBlankPlan(page);
  await startGoal(page, 'increase our sales');
  await checkGoalStatement(page);
  await page.getByRole('textbox', { name: LABELS.baseline, exact: true }).fill('200');
  await page.getByRole('textbox', { name: LABELS.target, exact: true }).fill('500');
  await page.getByLabel(LABELS.deadline, { exact: true }).fill('2031-06-30');
  await waitSaved(page);
  for (const [i, value] of ['210', '230', '260', '275', '300'].entries()) {
    await addMeasurement(page, { date: `2025-0${i + 1}-15`, value, note: `week ${i + 1}` });
  }
  await page.getByRole('button', { name: LABELS.showTable }).click();
  await page.getByRole('link', { name: LABELS.dashboard, exact: true }).click();
  await page.locator('#main h1').first().waitFor(LONG);

  await page.getByRole('button', { name: LABELS.settings, exact: true }).click();
  await page.getByRole('dialog').waitFor(LONG);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: new RegExp(`^${LABELS.plans}`) }).click();
  await page.getByRole('dialog').waitFor(LONG);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: LABELS.export, exact: true }).click();
  await page.getByRole('dialog').waitFor(LONG);
  await page.keyboard.press('Escape');
  await page.reload();
  await waitForApp(page);
}
