// build-offline.mjs - the installable, offline part of the build: copies the web
// app manifest and its icons into dist/, then writes dist/sw.js with the list of
// files to precache and a version derived from their contents.
// Called by build.mjs after every other file of dist/ is written.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const INSTALL_FILES = ['manifest.webmanifest', 'icon-192.png', 'icon-512.png'];
// Not precached: the worker itself, and the single-file edition, which is for
// opening from disk and would only double what the cache holds.
const NOT_PRECACHED = new Set(['sw.js', 'goalpost.html']);

async function listFiles(dir, root = dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
  }));
  return nested.flat();
}

/** Copies the install files and writes dist/sw.js; returns { version, files }. */
export async function writeOfflineFiles(root, dist) {
  for (const file of INSTALL_FILES) await copyFile(join(root, 'web', file), join(dist, file));
  const files = (await listFiles(dist)).filter((file) => !NOT_PRECACHED.has(file)).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(dist, file)));
  }
  const version = hash.digest('hex').slice(0, 16);
  const worker = await readFile(join(root, 'web/sw.js'), 'utf8');
  const build = JSON.stringify({ version, files });
  await writeFile(join(dist, 'sw.js'), `self.GOALPOST_BUILD = ${build};\n${worker}`);
  return { version, files };
}
