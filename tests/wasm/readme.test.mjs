// readme.test.mjs - the README's promises that code can check: it opens with
// exactly the two set-up commands, and every `goalpost` CLI example it shows
// names a method the core really has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadRelease } from './load-core.mjs';
import { mismatch } from './fixture-match.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('README sets up with exactly ./build.sh serve and ./build.sh test', () => {
  const firstBlock = readme.match(/## Set up\s+```sh\n([\s\S]*?)```/);
  assert.ok(firstBlock, 'a "Set up" section with a sh block');
  assert.deepEqual(firstBlock[1].trim().split('\n'), ['./build.sh serve', './build.sh test']);
});

test('every gp_call example in the README runs and answers as shown (shown fields must match)', async () => {
  const core = await loadRelease();
  const examples = [...readme.matchAll(/```json gp_call ([\w.]+)\n([\s\S]*?)```\n+```json\n([\s\S]*?)```/g)];
  assert.ok(examples.length > 0, 'the README shows at least one gp_call example');
  for (const [, method, request, shown] of examples) {
    const response = JSON.parse(core.callText(method, request));
    const where = mismatch(JSON.parse(shown), response);
    assert.equal(where, null, `README example ${method} differs at ${where}: ${JSON.stringify(response).slice(0, 500)}`);
  }
});
