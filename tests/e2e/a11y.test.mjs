// a11y.test.mjs - on every screen: each form control and button has an
// accessible name (and a visible label for fields), and all visible text meets
// WCAG AA contrast against the background it is drawn on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './browser.mjs';
import { LABELS } from '../../web/src/labels.js';

const WAIT = { timeout: 15000 };

/** Runs in the page: problems with names and contrast on the current screen. */
function audit() {
  const problems = [];
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('[hidden], .visually-hidden');
  };
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent || el.value || '').trim().slice(0, 40)}”`;

  // Names: fields have a <label> (or a labelled group/table column), buttons and links have text.
  for (const el of document.querySelectorAll('input, select, textarea, button, a[href], [role="combobox"]')) {
    if (!visible(el) || el.type === 'hidden') continue;
    const labelled = el.labels?.length > 0 || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
    const text = (el.textContent || '').trim();
    if (['BUTTON', 'A'].includes(el.tagName)) {
      if (!text && !el.getAttribute('aria-label')) problems.push(`no name: ${describe(el)}`);
    } else if (!labelled) {
      problems.push(`no label: ${describe(el)}`);
    }
  }

  // Contrast: every element with its own text against the first opaque background behind it.
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const blend = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1,
  });
  const backgroundOf = (el) => {
    const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const bg = parse(getComputedStyle(n).backgroundColor);
      if (bg && bg.a > 0) {
        layers.push(bg);
        if (bg.a >= 1) break;
      }
    }
    let color = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) color = blend(layer, color);
    return color;
  };
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || ['SCRIPT', 'STYLE', 'CANVAS', 'svg', 'OPTION'].includes(el.tagName)) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText) continue;
    const style = getComputedStyle(el);
    if (Number(style.opacity) < 1 || el.closest('[aria-disabled="true"], :disabled')) continue; // disabled controls are exempt
    const fg = parse(style.color);
    const bg = backgroundOf(el);
    const text = blend(fg, bg);
    const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}: ${describe(el)}`);
  }
  return problems;
}

test('every screen names its controls and meets WCAG AA contrast', async () => {
  const server = await serve();
  const browser = await launch({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    const check = async (screen) => {
      const found = await page.evaluate(audit);
      assert.deepEqual(found, [], `${screen}: ${found.join('; ')}`);
    };
    await page.getByRole('heading', { name: LABELS.welcomeTitle }).waitFor(WAIT);
    await check('start');
    await page.getByRole('button', { name: `${LABELS.useTemplate}: Robin's Tweezer Co.` }).click();
    await page.locator('article.goal-card .smart-badge.check-pass').first().waitFor(WAIT);
    await check('plan');
    await page.getByRole('button', { name: LABELS.treeView }).click();
    await check('plan tree');
    await page.getByRole('link', { name: LABELS.dashboard, exact: true }).click();
    await page.locator('.mini-chart canvas').first().waitFor(WAIT);
    await check('dashboard');
    await page.getByRole('link', { name: LABELS.planView, exact: true }).click();
    await page.getByRole('button', { name: LABELS.addGoal, exact: true }).click();
    await page.getByRole('textbox', { name: LABELS.goalStatement }).fill('increase our sales');
    await page.locator('.letter.check-fail').first().waitFor(WAIT);
    await check('goal editor with failing letters');
    await page.getByRole('combobox', { name: LABELS.kpi, exact: true }).fill('sales');
    await page.getByRole('option').first().waitFor(WAIT);
    await check('KPI list open');
    await page.keyboard.press('Escape');
    await page.goBack();
    await page.getByRole('button', { name: LABELS.cardsView }).click();
    await page.locator('article.goal-card h3 a').first().click();
    await page.getByRole('link', { name: LABELS.trackingTab, exact: true }).click();
    await page.locator('.chart-box[data-series]').waitFor(WAIT);
    await page.getByRole('button', { name: LABELS.showTable }).click();
    await check('tracking');
    await page.getByRole('button', { name: new RegExp(`^${LABELS.plans}`) }).click();
    await page.getByRole('dialog', { name: LABELS.switcherTitle }).waitFor(WAIT);
    await check('plan switcher');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
