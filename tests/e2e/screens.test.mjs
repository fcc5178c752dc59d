// screens.test.mjs - the screens beyond the main journey: the plan as a tree,
// the plan switcher (rename, duplicate, delete with confirmation and undo),
// picking a KPI with the keyboard, pasting a column of values, editing and
// deleting measurements, milestones, strategies and tactics, and the storage
// figures in Settings, and a plan of many goals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, serve } from './browser.mjs';
import { LABELS } from '../../web/src/labels.js';
import { loadCore } from '../../web/src/core.js';

const WAIT = { timeout: 15000 };
const TEMPLATE = "Robin's Tweezer Co.";

function isoDays(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longDate = (iso) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** Every stored plan, read from IndexedDB directly. */
const storedPlans = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('goalpost');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('plans').objectStore('plans').getAll();
    all.onsuccess = () => { open.result.close(); resolve(all.result); };
  };
}));

async function withPage(width, body) {
  const server = await serve();
  const browser = await launch({ viewport: { width, height: 900 } });
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await body(page);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('the tree shows goal → strategies → tactics with their KPIs, and the choice is remembered', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: `${LABELS.useTemplate}: ${TEMPLATE}` }).click();
  await page.getByRole('button', { name: LABELS.treeView }).click();
  const [plan] = await storedPlans(page);
  const goal = plan.goals[0];
  const tree = page.getByRole('list', { name: 'Plan outline' });
  await tree.waitFor(WAIT);
  for (const strategy of goal.strategies) {
    await tree.getByText(strategy.name, { exact: true }).waitFor(WAIT);
    for (const tactic of strategy.tactics) {
      const item = tree.locator('li.tree-tactic', { hasText: tactic.name });
      const chips = await item.locator('.kpi-chip').allTextContents();
      const expected = tactic.kpi_ids.map((id) => plan.kpis.find((k) => k.id === id).name);
      assert.deepEqual(chips, expected, `the KPIs fed by “${tactic.name}”`);
    }
  }
  await page.locator('.save-status[data-state="saved"]').waitFor(WAIT);
  await page.reload();
  await page.getByRole('list', { name: 'Plan outline' }).waitFor(WAIT);
  assert.equal(await page.getByRole('button', { name: LABELS.treeView }).getAttribute('aria-pressed'), 'true');

  // Keyboard users see where they are.
  await page.getByRole('button', { name: LABELS.cardsView }).focus();
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused control has a visible outline');
}));

test('plan switcher: rename, duplicate, delete only after asking, and undo', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: `${LABELS.useTemplate}: ${TEMPLATE}` }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(WAIT);
  const switcher = page.getByRole('dialog', { name: LABELS.switcherTitle });
  const openSwitcher = async () => {
    await page.getByRole('button', { name: new RegExp(`^${LABELS.plans}`) }).click();
    await switcher.waitFor(WAIT);
  };

  await openSwitcher();
  const original = (await storedPlans(page))[0].name;
  await switcher.getByRole('button', { name: `${LABELS.rename} ${original}` }).click();
  await page.getByRole('textbox', { name: LABELS.planName }).fill('Tweezers 2027');
  await page.getByRole('button', { name: LABELS.save, exact: true }).click();
  await switcher.getByText('Tweezers 2027', { exact: true }).waitFor(WAIT);
  await page.getByRole('heading', { level: 1, name: 'Tweezers 2027' }).waitFor(WAIT);

  await switcher.getByRole('button', { name: `${LABELS.duplicate} Tweezers 2027` }).click();
  await switcher.getByText('Tweezers 2027 (copy)', { exact: true }).waitFor(WAIT);
  let plans = await storedPlans(page);
  assert.equal(plans.length, 2);
  const copy = plans.find((p) => p.name === 'Tweezers 2027 (copy)');
  const source = plans.find((p) => p.name === 'Tweezers 2027');
  assert.notEqual(copy.id, source.id);
  assert.deepEqual(copy.goals, source.goals, 'the copy carries the same goals');

  // Asked first: Cancel keeps it.
  await switcher.getByRole('button', { name: `${LABELS.delete} Tweezers 2027 (copy)` }).click();
  await page.getByRole('dialog', { name: /Delete “Tweezers 2027 \(copy\)”\?/ }).getByRole('button', { name: LABELS.cancel }).click();
  assert.equal((await storedPlans(page)).length, 2);

  await switcher.getByRole('button', { name: `${LABELS.delete} Tweezers 2027 (copy)` }).click();
  await page.getByRole('dialog', { name: /Delete “Tweezers 2027 \(copy\)”\?/ }).getByRole('button', { name: 'Delete plan' }).click();
  await switcher.getByText('Tweezers 2027 (copy)', { exact: true }).waitFor({ state: 'detached', ...WAIT });
  assert.equal((await storedPlans(page)).length, 1);
  // The list offers the undo while the dialog is open.
  await switcher.getByRole('button', { name: `${LABELS.undo}: restore Tweezers 2027 (copy)` }).click();
  await switcher.getByText('Tweezers 2027 (copy)', { exact: true }).waitFor(WAIT);
  await page.locator('.toast', { hasText: 'restored' }).waitFor(WAIT);
  plans = await storedPlans(page);
  assert.equal(plans.length, 2);
  assert.deepEqual(plans.find((p) => p.id === copy.id), copy, 'undo brings the plan back exactly');
}));

test('tracking: pick a KPI by keyboard, paste a column, edit and delete a measurement', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: LABELS.blankPlan }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
  await page.getByRole('textbox', { name: LABELS.goalStatement }).fill('Grow website visits from 200 to 500 a week by the end of next June');
  await page.waitForURL((url) => /\/goal\/(?!new)[^/]+$/.test(url.hash), WAIT);

  const kpi = page.getByRole('combobox', { name: LABELS.kpi, exact: true });
  await kpi.focus();
  await page.keyboard.type('visits');
  await page.keyboard.press('ArrowDown');
  const firstOption = (await page.getByRole('option').first().locator('.combo-name').textContent()).trim();
  assert.equal(await kpi.getAttribute('aria-activedescendant'), await page.getByRole('option').first().getAttribute('id'));
  await page.keyboard.press('Enter');
  assert.equal(await kpi.inputValue(), firstOption);
  assert.equal(await kpi.getAttribute('aria-expanded'), 'false');
  await page.getByRole('textbox', { name: LABELS.baseline, exact: true }).fill('200');
  await page.getByRole('textbox', { name: LABELS.target, exact: true }).fill('500');
  await page.getByLabel(LABELS.start, { exact: true }).fill(isoDays(-30));
  await page.getByLabel(LABELS.deadline, { exact: true }).fill(isoDays(200));
  await page.locator('.save-status[data-state="saved"]').waitFor(WAIT);
  const stored = (await storedPlans(page))[0];
  assert.equal(stored.kpis.length, 1);
  assert.equal(stored.kpis[0].name, firstOption);
  assert.equal(stored.goals[0].kpi_id, stored.kpis[0].id);
  assert.equal(stored.goals[0].direction, 'increase', 'the direction follows baseline and target');

  await page.getByRole('link', { name: LABELS.trackingTab, exact: true }).click();
  await page.getByText(LABELS.pasteValues, { exact: true }).first().click(); // unfold
  await page.getByRole('textbox', { name: LABELS.pasteValues }).fill('210\n1,230\n260\n');
  await page.getByLabel('Date of the first value').fill(isoDays(-21));
  await page.getByText(`3 value(s), ${longDate(isoDays(-21))} to ${longDate(isoDays(-7))}.`).waitFor(WAIT);
  await page.getByRole('button', { name: LABELS.addPasted }).click();
  const rows = page.locator('.measurements-table tbody tr');
  await rows.nth(2).waitFor(WAIT);
  assert.deepEqual(await rows.locator('td.num').allTextContents(), ['210', '1,230', '260']);

  // That 1,230 was a typo for 230: edit it.
  await page.getByRole('button', { name: `${LABELS.editMeasurement} the measurement of ${longDate(isoDays(-14))}` }).click();
  await page.getByRole('textbox', { name: `${LABELS.value}, row 2` }).fill('230');
  await page.getByRole('button', { name: LABELS.save, exact: true }).click();
  await rows.filter({ hasText: '230' }).first().waitFor(WAIT);
  assert.deepEqual(await rows.locator('td.num').allTextContents(), ['210', '230', '260']);

  await page.getByRole('button', { name: `${LABELS.deleteMeasurement} the measurement of ${longDate(isoDays(-21))}` }).click();
  await page.locator('.toast', { hasText: 'deleted' }).waitFor(WAIT);
  assert.deepEqual(await rows.locator('td.num').allTextContents(), ['230', '260']);
  await page.locator('.toast', { hasText: 'deleted' }).getByRole('button', { name: LABELS.undo }).click();
  await rows.nth(2).waitFor(WAIT);
  const kept = (await storedPlans(page))[0].kpis[0].measurements;
  assert.deepEqual(kept.map((m) => [m.date, m.value]), [[isoDays(-21), 210], [isoDays(-14), 230], [isoDays(-7), 260]]);
}));

test('a goal’s direction follows its numbers until the student chooses one', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: LABELS.blankPlan }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
  await page.getByRole('textbox', { name: LABELS.goalStatement }).fill('Cut returns from 40 to 30 a month by the end of next June');
  await page.waitForURL((url) => /\/goal\/(?!new)[^/]+$/.test(url.hash), WAIT);
  const stored = async (check) => {
    for (let i = 0; i < 150; i += 1) {
      const goal = (await storedPlans(page))[0]?.goals?.[0];
      if (goal && check(goal)) return goal;
      await page.waitForTimeout(100);
    }
    assert.fail(`stored goal never matched: ${JSON.stringify((await storedPlans(page))[0]?.goals?.[0])}`);
  };
  const target = page.getByRole('textbox', { name: LABELS.target, exact: true });
  await page.getByRole('textbox', { name: LABELS.baseline, exact: true }).fill('40');
  await target.fill('30');
  await stored((g) => g.target === 30 && g.direction === 'decrease' && g.direction_chosen === false);
  await target.fill('50');
  await stored((g) => g.target === 50 && g.direction === 'increase');
  assert.equal(await page.getByLabel(LABELS.direction, { exact: true }).inputValue(), 'increase');

  await page.getByLabel(LABELS.direction, { exact: true }).selectOption('reach');
  await stored((g) => g.direction === 'reach' && g.direction_chosen === true);
  await target.fill('20');
  const goal = await stored((g) => g.target === 20);
  assert.equal(goal.direction, 'reach', 'a direction the student chose stays when the numbers change');
}));

test('settings show how much is stored and whether the browser keeps it', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: LABELS.blankPlan }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(WAIT);
  await page.getByRole('button', { name: LABELS.settings }).click();
  const dialog = page.getByRole('dialog', { name: LABELS.settings });
  await dialog.getByText(/used of .* available/).waitFor(WAIT);
  assert.match(await dialog.locator('#storage-persisted').textContent(), /^(Yes|Not promised)/);
  assert.match(await dialog.textContent(), /Plans stored1/);
  await dialog.getByRole('button', { name: LABELS.close }).click();
  await dialog.waitFor({ state: 'detached' });
}));

test('milestones, strategies and tactics: add, edit, reorder, delete', () => withPage(1280, async (page) => {
  await page.getByRole('button', { name: LABELS.blankPlan }).click();
  await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
  await page.getByRole('textbox', { name: LABELS.goalStatement }).fill('Grow repeat purchases from 12% to 20% of orders by 30 June 2027');
  await page.waitForURL((url) => /\/goal\/(?!new)[^/]+$/.test(url.hash), WAIT);
  await page.getByLabel(LABELS.start, { exact: true }).fill(isoDays(-10));
  await page.getByLabel(LABELS.deadline, { exact: true }).fill(isoDays(200));
  const goalOf = async () => (await storedPlans(page))[0].goals[0];
  const settle = () => page.locator('.save-status[data-state="saved"]').waitFor(WAIT);

  // A milestone needs both a date and a value; then it is saved.
  await page.getByRole('button', { name: LABELS.addMilestone }).click();
  await page.getByText('A milestone needs a date and a target number.').waitFor(WAIT);
  await page.getByLabel(LABELS.milestoneDate, { exact: true }).fill(isoDays(90));
  await page.getByLabel(LABELS.milestoneTarget, { exact: true }).fill('15');
  await page.getByRole('button', { name: LABELS.addMilestone }).click();
  await page.getByRole('textbox', { name: 'Milestone 1 value' }).waitFor(WAIT);

  // Two strategies, the second with a tactic; then the second moves up.
  await page.getByRole('button', { name: LABELS.addStrategy }).click();
  await page.getByRole('textbox', { name: `${LABELS.strategyName} 1` }).fill('Reward loyal customers');
  await page.getByRole('textbox', { name: `${LABELS.strategyName} 1` }).press('Tab');
  await page.getByRole('button', { name: LABELS.addStrategy }).click();
  await page.getByRole('textbox', { name: `${LABELS.strategyName} 2` }).fill('Win back lapsed buyers');
  await page.getByRole('textbox', { name: `${LABELS.strategyName} 2` }).press('Tab');
  await page.getByRole('button', { name: `${LABELS.addTactic} to Win back lapsed buyers` }).click();
  await page.getByRole('textbox', { name: LABELS.tacticName, exact: true }).fill('Email a 10% coupon to last year’s buyers');
  await page.getByRole('textbox', { name: LABELS.tacticName, exact: true }).press('Tab');
  await page.getByLabel(LABELS.channel, { exact: true }).selectOption('email');
  await page.getByRole('button', { name: `${LABELS.moveUp}: Win back lapsed buyers` }).click();
  await settle();
  let goal = await goalOf();
  assert.deepEqual(goal.milestones, [{ date: isoDays(90), target: 15 }]);
  assert.deepEqual(goal.strategies.map((s) => s.name), ['Win back lapsed buyers', 'Reward loyal customers']);
  assert.equal(goal.strategies[0].tactics[0].name, 'Email a 10% coupon to last year’s buyers');
  assert.equal(goal.strategies[0].tactics[0].channel, 'email');

  // Delete the tactic and the milestone.
  await page.getByRole('button', { name: `${LABELS.removeTactic}: Email a 10% coupon to last year’s buyers` }).click();
  await page.getByRole('button', { name: `${LABELS.removeMilestone} 1` }).click();
  await settle();
  goal = await goalOf();
  assert.deepEqual(goal.strategies[0].tactics, []);
  assert.deepEqual(goal.milestones, []);
}));

/** A plan of GOALS goals, each with its own KPI of 30 weekly measurements, as the core normalises it. */
async function manyGoals(goals) {
  const core = await loadCore({ wasmBinary: readFileSync(new URL('../../build/wasm/goalpost-core.wasm', import.meta.url)) });
  const start = isoDays(-240);
  const plan = {
    schema: 1, id: 'plan-many-goals', name: 'Many goals', organisation: '', description: '',
    created: `${start}T00:00:00Z`, updated: `${start}T00:00:00Z`,
    objectives: [{ id: 'obj-1', name: 'Grow', description: '' }],
    goals: Array.from({ length: goals }, (_, i) => ({
      id: `goal-${i}`, statement: `Increase visits ${i} from 1,000 to 1,400 by ${isoDays(120)}`, objective_id: 'obj-1',
      kpi_id: `kpi-${i}`, direction: 'increase', baseline: 1000, baseline_date: start, target: 1400, unit: 'visits',
      start, deadline: isoDays(120), rationale: '', weight: 1, milestones: [], strategies: [],
    })),
    kpis: Array.from({ length: goals }, (_, i) => ({
      id: `kpi-${i}`, name: `Visits ${i}`, channel: 'web', unit: 'count', direction: 'higher', aggregation: 'level',
      measurements: Array.from({ length: 30 }, (__, w) => ({ date: isoDays(-240 + 7 * w), value: 1000 + 8 * w + (i % 7), note: '' })),
    })),
  };
  return core.call('plan.validate', { plan }).plan;
}

test('a plan of 60 goals shows every card complete (those below the first screen a moment later)', () => withPage(1280, async (page) => {
  const plan = await manyGoals(60);
  await page.locator('.template-card').first().waitFor(WAIT);
  await page.evaluate((stored) => new Promise((resolve, reject) => {
    const open = indexedDB.open('goalpost');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['plans', 'settings'], 'readwrite');
      tx.objectStore('plans').put(stored);
      tx.objectStore('settings').put(stored.id, 'lastPlanId');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), plan);
  // A new document opening the plan's own address.
  await page.evaluate((id) => history.replaceState(null, '', `#/plan/${id}`), plan.id);
  await page.reload();
  const cards = page.locator('article.goal-card');
  await cards.nth(59).waitFor({ state: 'attached', ...WAIT });
  await page.waitForFunction(() => !document.querySelector('article.goal-card[aria-busy]'), null, WAIT);
  assert.equal(await cards.count(), 60);
  // Every card complete: its SMART badges, its progress and its sparkline, in plan order.
  assert.equal(await page.locator('article.goal-card .smart-badges').count(), 60);
  assert.equal(await page.locator('article.goal-card .progress').count(), 60);
  assert.equal(await page.locator('article.goal-card svg.sparkline path.spark-actual').count(), 60);
  const names = await cards.evaluateAll((list) => list.map((card) => card.getAttribute('aria-label')));
  assert.deepEqual(names, plan.goals.map((goal) => goal.statement));

  // The last card works like the first: its Track link opens the goal's chart.
  await cards.nth(59).getByRole('link', { name: `Track goal: ${plan.goals[59].statement}` }).click();
  await page.locator('.chart-box[data-series]').waitFor(WAIT);
}));
