// smoke.test.mjs - the served page loads the wasm core and says which version
// (the footer: "Goalpost 0.1.0 · core 0.1.0").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve } from './browser.mjs';

test('the page loads the core and shows its version', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await page.getByText(/Goalpost \d+\.\d+\.\d+ · core \d+\.\d+\.\d+/).waitFor({ timeout: 15000 });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
