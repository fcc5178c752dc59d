// boundary.test.mjs - what crosses the JS/wasm boundary: errors arrive as
// CoreError with code, message and path intact; text survives both ways;
// memory does not grow across repeated calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoreError } from '../../web/src/core.js';
import { builds } from './load-core.mjs';

for (const [name, load] of builds) {
  test(`${name}: version is reported`, async () => {
    const core = await load();
    assert.match(core.version, /^\d+\.\d+\.\d+$/);
    assert.equal(core.call('version').version, core.version);
  });

  test(`${name}: an error keeps its code, message and path`, async () => {
    const core = await load();
    assert.throws(
      () => core.call('no.such.method', {}),
      (e) => e instanceof CoreError && e.code === 'unknown_method' && /no\.such\.method/.test(e.message) && e.path === '',
    );
  });

  test(`${name}: malformed JSON is an error, not a crash`, async () => {
    const core = await load();
    const response = JSON.parse(core.callText('version', '{"a": '));
    assert.equal(response.ok, false);
    assert.equal(response.error.code, 'invalid_json');
  });
}

test('release: memory does not grow across 20,000 calls', async () => {
  const [, load] = builds[0];
  const core = await load();
  for (let i = 0; i < 2000; i++) core.callText('version', '{"padding":"' + 'x'.repeat(1000) + '"}');
  const before = core.memoryBytes();
  for (let i = 0; i < 20000; i++) core.callText('version', '{"padding":"' + 'x'.repeat(1000) + '"}');
  assert.equal(core.memoryBytes(), before);
});
