// fixtures.test.mjs - every tests/fixtures/*.json case through the wasm core:
// expectations hold, and each response is byte-identical to the native one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { builds } from './load-core.mjs';
import { mismatch } from './fixture-match.mjs';

const fixturesDir = new URL('../fixtures/', import.meta.url);
const nativeDir = new URL('../../build/native/fixture-responses/', import.meta.url);
const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'));

test('there are fixture files to run', () => assert.ok(files.length > 0));

for (const [buildName, load] of builds) {
  for (const file of files) {
    test(`${buildName}: fixtures/${file}`, async () => {
      const core = await load();
      const { cases } = JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8'));
      const nativeFile = new URL(file, nativeDir);
      assert.ok(existsSync(nativeFile), `native responses missing: run ctest first (${nativeFile.pathname})`);
      const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
      for (const c of cases) {
        const request = c.request_text ?? JSON.stringify(c.request ?? {});
        const text = core.callText(c.method, request);
        const where = mismatch(c.expect, JSON.parse(text));
        assert.equal(where, null, `${c.name}: differs from the fixture at ${where}\n${text.slice(0, 2000)}`);
        assert.equal(text, native[c.name], `${c.name}: wasm and native responses differ`);
      }
    });
  }
}
