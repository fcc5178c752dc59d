// browser.mjs - starts the static server and Debian's Chromium for the e2e tests,
// and traps what must never happen on the page: dialogs (a sign that user text
// ran as script), uncaught errors, CSP violations, and requests to other origins.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../web/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Launches Chromium with a fresh profile (persistent, so restarts can be tested). */
export async function launch({ profileDir, viewport = { width: 1280, height: 900 } } = {}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'goalpost-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
  return {
    context,
    profileDir: dir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves dist/ on a free port; returns { url, close }. */
export const serve = () => startServer(DIST, 0);

/**
 * Opens a page with the traps set. `trap.problems` lists everything that went
 * wrong; tests assert it is empty at the end.
 */
export async function openPage(context, url, { page: tab } = {}) {
  // TAB: a page made by the caller (a second tab, or one with its own init scripts).
  const page = tab ?? context.pages()[0] ?? (await context.newPage());
  const origin = new URL(url).origin;
  // A page opened from disk has no origin to share: the only file it may load is itself.
  const sameOrigin = url.startsWith('file:')
    ? (u) => u.split('#')[0] === url.split('#')[0]
    : (u) => u.startsWith(`${origin}/`); // with the slash, port 8000 does not pass for 80001
  const problems = [];
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy|Refused to/.test(msg.text())) {
      problems.push(`console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('request', (request) => {
    const u = request.url();
    if (!sameOrigin(u) && !/^(data|blob|about|chrome-extension):/.test(u)) {
      problems.push(`request to another origin: ${u}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, problems };
}
