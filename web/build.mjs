// build.mjs - bundles web/ and the wasm core into dist/, the whole deployable site.
//   node web/build.mjs [--single-file]
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfflineFiles } from './build-offline.mjs';
import { writeSingleFile } from './build-single.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const wasm = join(root, 'build/wasm/goalpost-core.wasm');
const CHUNKS = 'chunks';

await mkdir(dist, { recursive: true });
// Chunks of an earlier build would otherwise stay, and be precached.
await rm(join(dist, CHUNKS), { recursive: true, force: true });
// app.js holds what the first screens need; whatever the app loads with a
// dynamic import() (Chart.js, the other screens, the Export and Import dialogs)
// goes to chunks/, as do modules that app.js shares with them.
const { metafile } = await build({
  entryPoints: { app: join(root, 'web/src/main.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: 'es2022',
  outdir: dist,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  metafile: true,
  logLevel: 'warning',
});
const app = metafile.outputs[relative(root, join(dist, 'app.js'))];
// The core's loader finds goalpost-core.wasm next to the script it is in: dist/, not chunks/.
if (!Object.keys(app.inputs).some((input) => input.endsWith('goalpost-core.mjs'))) {
  throw new Error('build: the core\'s loader must be in app.js, beside goalpost-core.wasm');
}
await copyFile(wasm, join(dist, 'goalpost-core.wasm'));
for (const file of ['styles.css', 'icon.svg']) {
  await copyFile(join(root, 'web', file), join(dist, file));
}
// The chunks app.js imports at once are fetched beside it, not after it has run.
const preloads = app.imports
  .filter((entry) => entry.kind === 'import-statement')
  .map((entry) => `\n  <link rel="modulepreload" href="${relative(dist, join(root, entry.path))}">`);
const page = await readFile(join(root, 'web/index.html'), 'utf8');
const appTag = '<script type="module" src="app.js"></script>';
if (!page.includes(appTag)) throw new Error('build: web/index.html has no script tag for app.js');
await writeFile(join(dist, 'index.html'), page.replace(appTag, () => appTag + preloads.join('')));
// Offline and single-file editions last: they read the finished dist/.
const offline = await writeOfflineFiles(root, dist);
console.log(`service worker: ${offline.files.length} files precached, version ${offline.version}`);
if (process.argv.includes('--single-file')) {
  const bytes = await writeSingleFile(root, dist);
  console.log(`dist/goalpost.html written (${Math.round(bytes / 1024)} KiB)`);
}
console.log('dist/ written');
