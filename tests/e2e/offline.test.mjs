// offline.test.mjs - after one visit Goalpost opens and works with the network
// off (the service worker serves the app shell and the wasm core from its cache);
// a new build is offered to the open tab and replaces that cache; the app is installable.
// The site is served under a sub-path, as on GitHub Pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, openPage } from './browser.mjs';
import { startServer } from '../../web/serve.mjs';
import { writeOfflineFiles } from '../../web/build-offline.mjs';
import { LABELS, addMeasurement, openBlankPlan, smartLetters, startGoal, waitForApp } from './walk.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A copy of dist/ served at http://127.0.0.1:PORT/goalpost/. */
async function serveCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'goalpost-site-'));
  const site = join(dir, 'goalpost');
  await cp(DIST, site, { recursive: true });
  const server = await startServer(dir, 0);
  return {
    site,
    url: `${server.url}goalpost/`,
    close: async () => { await server.close(); await rm(dir, { recursive: true, force: true }); },
  };
}

/** The build facts written into SITE's sw.js: { version, files }. */
async function buildOf(site) {
  const text = await readFile(join(site, 'sw.js'), 'utf8');
  return JSON.parse(/^self\.GOALPOST_BUILD = (.*);$/m.exec(text)[1]);
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the app opens and works with the network off', async () => {
  const site = await serveCopy();
  const browser = await launch();
  let siteOpen = true;
  try {
    const { page, problems } = await openPage(browser.context, site.url);
    await waitForApp(page);
    await controlled(page);
    const { version, files } = await buildOf(site.site);
    assert.ok(files.includes('goalpost-core.wasm') && files.includes('index.html') && files.includes('app.js'));
    assert.ok(files.some((file) => /^chunks\/charts-[\w-]+\.js$/.test(file)), 'the chart chunk is precached');
    assert.deepEqual(await cacheNames(page), [`goalpost-shell-${version}`]);
    const cached = await page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((request) => new URL(request.url).pathname).sort();
    }, `goalpost-shell-${version}`);
    assert.deepEqual(cached, files.map((file) => `/goalpost/${file}`).sort());

    // No network at all: the browser is offline and the server is gone.
    await browser.context.setOffline(true);
    await site.close();
    siteOpen = false;
    const served = [];
    page.on('response', (response) => served.push([new URL(response.url()).pathname, response.fromServiceWorker()]));
    await page.reload();
    await waitForApp(page);
    assert.ok(served.some(([path]) => path === '/goalpost/goalpost-core.wasm'), 'the core was loaded');
    assert.deepEqual(served.filter(([, fromWorker]) => !fromWorker), [], 'every file came from the service worker');

    // And it works: the core evaluates a goal, a measurement is stored.
    await openBlankPlan(page);
    await startGoal(page, 'Increase newsletter sign-ups from 200 to 500 by 2030-06-30');
    assert.equal((await smartLetters(page)).M, 'Pass', 'the SMART check read the amounts');
    await addMeasurement(page, { date: '2025-01-15', value: '240', note: 'offline entry' });
    await page.reload();
    await waitForApp(page);
    await page.getByText('offline entry').first().waitFor({ timeout: 10000 });

    // An example goal's chart: Chart.js is a chunk loaded on first use, from the worker's cache too.
    await page.getByRole('button', { name: LABELS.newPlan, exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^${LABELS.useTemplate}`) }).first().click();
    await page.getByRole('link', { name: /^Track goal: / }).first().click();
    await page.locator('.chart-box[data-series]').waitFor({ timeout: 10000 });
    assert.ok(served.some(([path]) => /^\/goalpost\/chunks\/charts-[\w-]+\.js$/.test(path)), 'the chart module was loaded');
    assert.deepEqual(served.filter(([, fromWorker]) => !fromWorker), [], 'every file came from the service worker');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    if (siteOpen) await site.close();
  }
});

test('a new build is offered to the open tab and, on Reload, replaces the cache', async () => {
  const site = await serveCopy();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, site.url);
    await waitForApp(page);
    await controlled(page);
    const before = await buildOf(site.site);

    // A new build: one file changes, so the version and the worker's bytes change.
    const marker = `/* build ${Date.now()} */`;
    await appendFile(join(site.site, 'styles.css'), `\n${marker}\n`);
    const after = await writeOfflineFiles(ROOT, site.site);
    assert.notEqual(after.version, before.version);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

    // The tab is told, and until the user agrees it keeps the files it started with.
    const reload = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Reload' });
    await reload.waitFor({ timeout: 15000 });
    assert.deepEqual((await cacheNames(page)).sort(), [before.version, after.version].map((v) => `goalpost-shell-${v}`).sort());
    const oldCss = await page.evaluate(() => fetch('styles.css').then((r) => r.text()));
    assert.ok(!oldCss.includes(marker));

    await Promise.all([page.waitForEvent('load', { timeout: 15000 }), reload.click()]);
    await waitForApp(page);
    assert.deepEqual(await cacheNames(page), [`goalpost-shell-${after.version}`]);
    const newCss = await page.evaluate(() => fetch('styles.css').then((r) => r.text()));
    assert.ok(newCss.includes(marker));
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await site.close();
  }
});

test('the app is installable: manifest, icons and service worker are in order', async () => {
  const site = await serveCopy();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, site.url);
    await waitForApp(page);
    await controlled(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.equal(manifest.url, `${site.url}manifest.webmanifest`);
    // Each icon is a real image of the size the manifest claims.
    const icons = JSON.parse(manifest.data).icons;
    for (const icon of icons.filter((i) => i.type === 'image/png')) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      assert.equal(size, icon.sizes);
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await site.close();
  }
});
