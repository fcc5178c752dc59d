// build.mjs - bundles web/ and the wasm core into dist/, the whole deployable site.
//   node web/build.mjs [--single-file]
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfflineFiles } from './build-offline.mjs';
import { writeSingleFile } from './build-single.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const wasm = join(root, 'build/wasm/goalpost-core.wasm');

await mkdir(dist, { recursive: true });
await build({
  entryPoints: [join(root, 'web/src/main.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: 'es2022',
  outfile: join(dist, 'app.js'),
  logLevel: 'warning',
});
await copyFile(wasm, join(dist, 'goalpost-core.wasm'));
for (const file of ['index.html', 'styles.css', 'icon.svg']) {
  await copyFile(join(root, 'web', file), join(dist, file));
}
// Offline and single-file editions last: they read the finished dist/.
const offline = await writeOfflineFiles(root, dist);
console.log(`service worker: ${offline.files.length} files precached, version ${offline.version}`);
if (process.argv.includes('--single-file')) {
  const bytes = await writeSingleFile(root, dist);
  console.log(`dist/goalpost.html written (${Math.round(bytes / 1024)} KiB)`);
}
console.log('dist/ written');
