// single-file.test.mjs - the single-file edition (goalpost.html, built by the same
// code as `./build.sh dist`) opened from disk, alone in its folder: it loads
// nothing else, keeps a strict CSP, evaluates a goal, saves, finds its data
// again after a reload and after a browser restart, and draws a chart.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, openPage } from './browser.mjs';
import { writeSingleFile } from '../../web/build-single.mjs';
import { LABELS, openBlankPlan, smartLetters, startGoal, until, waitForApp, waitSaved } from './walk.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Builds goalpost.html into an empty folder; returns { dir, file, url, html }. */
async function buildAlone() {
  const dir = await mkdtemp(join(tmpdir(), 'goalpost-single-'));
  const file = join(dir, 'goalpost.html');
  await writeSingleFile(ROOT, DIST, file);
  return { dir, file, url: pathToFileURL(file).href, html: await readFile(file, 'utf8') };
}

// One build for the whole file (bundling takes seconds); no test changes it.
let building = null;
const built = () => (building ??= buildAlone());
after(async () => {
  if (building) await rm((await building).dir, { recursive: true, force: true });
});

const hashOf = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('the single file allows exactly its own inline script and style, by hash', async () => {
  const { html } = await built();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)[1];
  const directive = (name) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name).slice(1);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1);
  assert.equal(styles.length, 1);
  assert.deepEqual(directive('script-src').sort(), [hashOf(scripts[0]), "'wasm-unsafe-eval'"].sort());
  assert.deepEqual(directive('style-src'), [hashOf(styles[0])]);
  assert.deepEqual(directive('object-src'), ["'none'"]);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"));
  // The wasm core is inside: its magic number "\0asm" starts the base64 "AGFzbQ".
  assert.ok(/"AGFzbQ[A-Za-z0-9+/]{1000,}/.test(scripts[0]), 'the wasm core is embedded as base64');
  // Nothing points at another file.
  assert.deepEqual([...html.replace(scripts[0], '').matchAll(/\s(?:src|href)="(?!data:|#)([^"]*)"/g)], []);
});

test('opened from disk, the single file evaluates a goal, saves, keeps it across reload and restart, and draws a chart', async () => {
  const { url } = await built();
  const first = await launch();
  let second = null;
  try {
    const { page, problems } = await openPage(first.context, url);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => location.protocol), 'file:');
    await openBlankPlan(page);
    const statement = 'Grow repeat purchases from 12% to 20% by 2031-03-31';
    await startGoal(page, statement);
    // The core ran: the statement has an amount and a date, so M passes and T does not fail...
    const letters = await smartLetters(page);
    assert.equal(letters.M, 'Pass');
    assert.notEqual(letters.T, 'Fail');
    // ...and a vague one, with neither, fails both. Then the full statement goes back in.
    const box = page.getByRole('textbox', { name: LABELS.goalStatement });
    await box.fill('increase our sales');
    const vague = await smartLetters(page);
    assert.deepEqual([vague.M, vague.T], ['Fail', 'Fail']);
    await box.fill(statement);
    await smartLetters(page);
    await waitSaved(page);
    await page.reload();
    await waitForApp(page);
    await page.getByText(statement).first().waitFor({ timeout: 10000 });
    assert.deepEqual(problems, []);

    await first.close({ keepProfile: true });
    second = await launch({ profileDir: first.profileDir });
    const again = await openPage(second.context, url);
    await waitForApp(again.page);
    await again.page.getByText(statement).first().waitFor({ timeout: 10000 });
    // Chart.js, which the served app loads as a chunk on first use, is inside the one file.
    await again.page.getByRole('button', { name: LABELS.newPlan, exact: true }).click();
    await again.page.getByRole('button', { name: new RegExp(`^${LABELS.useTemplate}`) }).first().click();
    await again.page.getByRole('link', { name: /^Track goal: / }).first().click();
    await again.page.locator('.chart-box[data-series]').waitFor({ timeout: 10000 });
    assert.deepEqual(again.problems, []);
  } finally {
    if (second) await second.close();
    else await first.close();
  }
});

test('the single file still blocks injected inline script', async () => {
  const { url } = await built();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, url);
    await waitForApp(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 1';
      document.body.append(script);
    });
    await until(() => problems.some((p) => /CSP violation: script-src-elem inline/.test(p)));
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
    assert.ok(problems.some((p) => /CSP violation: script-src-elem inline/.test(p)), problems.join('\n'));
  } finally {
    await browser.close();
  }
});
