// csp.test.mjs - the page carries a strict Content-Security-Policy, the browser
// enforces it, the test traps (browser.mjs) see violations and requests to other
// origins, and a full walk through the app sends nothing off the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, serve } from './browser.mjs';
import { startServer } from '../../web/serve.mjs';
import { fullWalk, until, waitForApp } from './walk.mjs';

/** Parses a policy into { directive: [values] }. */
function parseCsp(text) {
  const policy = {};
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = values;
  }
  return policy;
}

/** The CSP meta of a served page and what precedes it in <head>. */
async function readPolicy(page) {
  return page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    if (!meta) return null;
    const before = [];
    for (let el = meta.previousElementSibling; el; el = el.previousElementSibling) before.push(el.tagName.toLowerCase());
    return { content: meta.content, inHead: meta.parentElement === document.head, before };
  });
}

test('the page declares a strict CSP before it loads anything', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await waitForApp(page);
    const found = await readPolicy(page);
    assert.ok(found, 'a Content-Security-Policy meta tag');
    assert.ok(found.inHead);
    // Only <meta> may come before it: a script or stylesheet above it would escape the policy.
    assert.deepEqual(found.before.filter((tag) => tag !== 'meta'), []);
    const policy = parseCsp(found.content);
    assert.ok(['self', 'none'].map((v) => `'${v}'`).includes(policy['default-src']?.join(' ')), `default-src is ${policy['default-src']}`);
    assert.deepEqual([...policy['script-src']].sort(), ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    assert.ok(["'none'", "'self'"].includes(policy['base-uri']?.join(' ')), `base-uri is ${policy['base-uri']}`);
    for (const [name, values] of Object.entries(policy)) {
      for (const value of values) {
        assert.ok(!["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:'].includes(value),
          `${name} allows ${value}`);
        assert.ok(!/^(https?:\/\/|\*\.)/.test(value), `${name} allows another host: ${value}`);
      }
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('injected inline script, handlers, javascript: URLs and eval are blocked and reported', async () => {
  const server = await serve();
  const empty = await mkdtemp(join(tmpdir(), 'goalpost-other-'));
  const other = await startServer(empty, 0); // another origin: another port
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await waitForApp(page);
    assert.deepEqual(problems, [], 'nothing reported before the attack');
    await page.evaluate((otherUrl) => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 1';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__handlerRan = 1');
      document.body.append(button);
      button.click();
      const link = document.createElement('a');
      link.href = 'javascript:window.__urlRan = 1';
      document.body.append(link);
      link.click();
      setTimeout('window.__evalRan = 1', 0);
      fetch(`${otherUrl}leak`).catch(() => {});
    }, other.url);
    // The timer and the fetch report later than the rest: wait for both.
    await until(() => ['script-src eval', 'connect-src'].every((d) => problems.some((p) => p.includes(`CSP violation: ${d}`))));
    const ran = await page.evaluate(() => [window.__inlineRan, window.__handlerRan, window.__urlRan, window.__evalRan]);
    assert.deepEqual(ran, [undefined, undefined, undefined, undefined], 'no injected code ran');
    const reported = problems.filter((p) => /CSP violation/.test(p));
    // Each attack is reported through the trap. Chromium files the inline element
    // and the javascript: URL under script-src-elem, the handler under script-src-attr.
    assert.ok(reported.filter((p) => /script-src-elem inline/.test(p)).length >= 2, problems.join('\n'));
    assert.ok(reported.some((p) => /script-src-attr inline/.test(p)), problems.join('\n'));
    assert.ok(reported.some((p) => /script-src eval/.test(p)), problems.join('\n'));
    assert.ok(reported.some((p) => /connect-src/.test(p) && p.includes(other.url)), problems.join('\n'));
  } finally {
    await browser.close();
    await other.close();
    await server.close();
    await rm(empty, { recursive: true, force: true });
  }
});

test('the trap reports a request to another origin', async () => {
  // A page without any policy, so that only the trap stands between it and the other origin.
  const dir = await mkdtemp(join(tmpdir(), 'goalpost-trap-'));
  const other = await startServer(join(dir, 'nothing'), 0);
  await writeFile(join(dir, 'index.html'),
    `<!doctype html><title>trap</title><img alt="" src="${other.url}pixel.png">`);
  const server = await startServer(dir, 0);
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await page.waitForLoadState('load');
    assert.ok(problems.some((p) => p === `request to another origin: ${other.url}pixel.png`), problems.join('\n'));
  } finally {
    await browser.close();
    await server.close();
    await other.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a full walk through the app makes no request off the origin and breaks no policy', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await waitForApp(page);
    await fullWalk(page);
    assert.ok(requests.length > 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u)), []);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
