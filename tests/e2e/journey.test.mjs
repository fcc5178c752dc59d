// journey.test.mjs - a newcomer's path through Goalpost in real Chromium:
// pick the Robin's Tweezer Co. example, write a vague goal, see M and T fail
// with suggestions, apply the rewrite, fill in the numbers, record five
// measurements, see the chart with a forecast and a status, reload and find it
// all again, delete the goal and undo. Saves the README screenshots to docs/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, openPage, serve } from './browser.mjs';
import { LABELS, STATUS_WORDS } from '../../web/src/labels.js';

const WAIT = { timeout: 15000 };
const DOCS = new URL('../../docs/', import.meta.url).pathname;
const TEMPLATE = "Robin's Tweezer Co.";
mkdirSync(DOCS, { recursive: true });

/** The local date N days from today as YYYY-MM-DD (the browser runs on this machine's clock and zone). */
function isoDays(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const saved = (page) => page.locator('.save-status[data-state="saved"]').waitFor(WAIT);

/** Waits until the SMART panel shows the evaluation of exactly TEXT. */
const evaluated = (page, text) =>
  page.waitForFunction((t) => document.querySelector('section.feedback')?.dataset.evaluated === t, text, WAIT);

/** A screenshot for docs/: top of the page, no passing messages in front of it. */
async function snap(page, name) {
  await page.evaluate(() => {
    document.querySelectorAll('.toast').forEach((t) => t.remove());
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `${DOCS}${name}.png`, fullPage: true });
}

/** Share of the canvas's pixels that are not blank: a drawn chart has many. */
const inkOf = (page, selector) => page.evaluate((sel) => {
  const canvas = document.querySelector(sel);
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) ink += 1;
  return ink / (data.length / 4);
}, selector);

test('a newcomer writes a vague goal, fixes it, tracks it, reloads, deletes and undoes', async () => {
  const server = await serve();
  const browser = await launch({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await openPage(browser.context, server.url);

    // First visit: the welcome screen with the examples.
    await page.getByRole('heading', { name: LABELS.welcomeTitle }).waitFor(WAIT);
    await snap(page, 'start-desktop');
    await page.getByRole('button', { name: `${LABELS.useTemplate}: ${TEMPLATE}` }).click();
    await page.getByRole('heading', { level: 1, name: /Robin's Tweezer Co\./ }).waitFor(WAIT);
    const templateCards = await page.locator('article.goal-card').count();
    assert.ok(templateCards >= 1, 'the example plan shows its goals as cards');
    await page.locator('article.goal-card .smart-badge.check-pass').first().waitFor(WAIT);
    await snap(page, 'plan-desktop');

    // A vague goal: M and T fail, each with a suggestion, within 100 ms of the last keystroke.
    await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
    const statement = page.getByRole('textbox', { name: LABELS.goalStatement });
    await statement.pressSequentially('increase our sales', { delay: 15 });
    await evaluated(page, 'increase our sales');
    for (const letter of ['M', 'T']) {
      const row = page.locator(`.letter[data-letter="${letter}"]`);
      assert.equal(await row.locator('.letter-word').textContent(), 'Fail', `${letter} fails for a goal without amount and date`);
      assert.ok(await row.locator('.letter-suggestions li').count() >= 1, `${letter} comes with a suggestion`);
    }
    const latency = Number(await page.locator('section.feedback').getAttribute('data-latency-ms'));
    assert.ok(latency < 100, `the SMART check showed ${latency} ms after the last keystroke`);
    await page.waitForURL((url) => /\/goal\/(?!new)[^/]+$/.test(url.hash), WAIT);

    // Apply the suggested wording.
    const rewrite = (await page.locator('.rewrite-text').textContent()).trim();
    assert.notEqual(rewrite, 'increase our sales');
    await page.getByRole('button', { name: LABELS.useRewrite }).click();
    assert.equal(await statement.inputValue(), rewrite);
    await evaluated(page, rewrite);

    // The numbers: a custom KPI, baseline, target, start and deadline.
    const kpi = page.getByRole('combobox', { name: LABELS.kpi, exact: true });
    await kpi.fill('Online shop sales');
    await page.getByRole('option', { name: /Create a custom KPI: “Online shop sales”/ }).click();
    await page.getByRole('textbox', { name: LABELS.baseline, exact: true }).fill('5000');
    await page.getByRole('textbox', { name: LABELS.target, exact: true }).fill('6000');
    await page.getByLabel(LABELS.start, { exact: true }).fill(isoDays(-35));
    await page.getByLabel(LABELS.deadline, { exact: true }).fill(isoDays(120));
    await saved(page);
    await snap(page, 'editor-desktop');

    // Five measurements on the tracking tab.
    await page.getByRole('link', { name: LABELS.trackingTab, exact: true }).click();
    const values = [5100, 5180, 5300, 5350, 5450];
    for (const [i, value] of values.entries()) {
      await page.getByLabel(LABELS.date, { exact: true }).fill(isoDays(-28 + 7 * i));
      await page.getByLabel(/^Value/).fill(String(value));
      await page.getByRole('button', { name: LABELS.addMeasurement }).click();
      await page.locator('.measurements-table tbody tr').nth(i).getByText(value.toLocaleString('en-US')).waitFor(WAIT);
    }
    assert.equal(await page.getByLabel(LABELS.date, { exact: true }).inputValue(), isoDays(0), 'the date defaults to today');

    // The chart: drawn, with the five points and a forecast; a status and its explanation beside it.
    const box = page.locator('.chart-box[data-series]');
    await box.waitFor(WAIT);
    assert.equal(await box.getAttribute('data-actual-points'), '5');
    const series = (await box.getAttribute('data-series')).split('|');
    for (const name of ['Actual', 'Ideal pace', 'Target', 'Forecast', 'Forecast range (80%)', 'Today']) assert.ok(series.includes(name), `the chart draws ${name}`);
    assert.ok(await inkOf(page, '#goal-chart') > 0.02, 'the canvas has a chart drawn on it');
    const status = (await page.locator('.status-panel .status-pill').textContent()).trim();
    const running = [STATUS_WORDS.on_track, STATUS_WORDS.at_risk, STATUS_WORDS.off_track, STATUS_WORDS.achieved];
    assert.ok(running.includes(status), `a goal with a rising series gets a progress status, got "${status}"`);
    assert.ok((await page.locator('.status-panel .explanation').textContent()).length > 20);
    await page.getByRole('button', { name: LABELS.showTable }).click();
    const tableText = await page.locator('#chart-table').textContent();
    for (const value of values) assert.ok(tableText.includes(value.toLocaleString('en-US')), `the table lists ${value}`);
    await snap(page, 'chart-desktop');

    // Reload: everything is still there.
    await page.reload();
    await page.locator('.measurements-table tbody tr').nth(4).waitFor(WAIT);
    assert.equal(await page.locator('.measurements-table tbody tr').count(), 5);
    await page.getByRole('link', { name: LABELS.goalTab, exact: true }).click();
    assert.equal(await page.getByRole('textbox', { name: LABELS.goalStatement }).inputValue(), rewrite);
    assert.equal(await page.getByRole('textbox', { name: LABELS.baseline, exact: true }).inputValue(), '5000');
    assert.equal(await page.getByRole('textbox', { name: LABELS.target, exact: true }).inputValue(), '6000');
    assert.equal(await page.getByLabel(LABELS.deadline, { exact: true }).inputValue(), isoDays(120));
    assert.equal(await page.getByRole('combobox', { name: LABELS.kpi, exact: true }).inputValue(), 'Online shop sales');

    // Delete the goal, then undo.
    await page.getByRole('button', { name: LABELS.deleteGoal }).click();
    await page.getByRole('button', { name: LABELS.addGoal, exact: true }).waitFor(WAIT);
    await page.getByText('Goal deleted.').waitFor(WAIT);
    assert.equal(await page.locator('article.goal-card', { hasText: rewrite }).count(), 0, 'the card is gone');
    await page.getByRole('button', { name: LABELS.undo }).click();
    await page.locator('article.goal-card', { hasText: rewrite }).waitFor(WAIT);
    await saved(page);
    await page.reload();
    await page.locator('article.goal-card', { hasText: rewrite }).waitFor(WAIT);
    assert.equal(await page.locator('article.goal-card').count(), templateCards + 1);

    // The dashboard counts both goals and draws a chart for each.
    await page.getByRole('link', { name: LABELS.dashboard, exact: true }).click();
    await page.getByRole('heading', { name: LABELS.dashboard, level: 1 }).waitFor(WAIT);
    assert.equal(await page.locator('.tile-total .count-num').textContent(), String(templateCards + 1));
    await page.waitForFunction(() => document.querySelectorAll('.mini-chart canvas').length >= 2);
    await snap(page, 'dashboard-desktop');

    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('phone width: plan, editor and chart fit 390 px without sideways scrolling', async () => {
  const server = await serve();
  const browser = await launch({ viewport: { width: 390, height: 844 } });
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    const fits = async (where) => {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 390, `${where} is ${wide} px wide on a 390 px screen`);
    };
    await page.getByRole('button', { name: `${LABELS.useTemplate}: ${TEMPLATE}` }).click();
    await page.locator('article.goal-card .smart-badge.check-pass').first().waitFor(WAIT);
    await fits('the plan');
    await snap(page, 'plan-phone');

    await page.locator('article.goal-card h3 a').first().click();
    await page.getByRole('textbox', { name: LABELS.goalStatement }).waitFor(WAIT);
    await page.locator('section.feedback .letter').first().waitFor(WAIT);
    await fits('the goal editor');
    await snap(page, 'editor-phone');

    await page.getByRole('link', { name: LABELS.trackingTab, exact: true }).click();
    await page.locator('.chart-box[data-series]').waitFor(WAIT);
    await fits('the tracking screen');
    await snap(page, 'chart-phone');

    await page.getByRole('link', { name: LABELS.dashboard, exact: true }).click();
    await page.getByRole('heading', { name: LABELS.dashboard, level: 1 }).waitFor(WAIT);
    await fits('the dashboard');
    await snap(page, 'dashboard-phone');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
