// load-core.mjs - loads the built wasm core in Node through web/src/core.js,
// the same wrapper the app uses, passing the bytes: built with -sENVIRONMENT=web, the module cannot fetch its .wasm in Node.
import { readFileSync } from 'node:fs';
import { loadCore } from '../../web/src/core.js';
import createDebugCore from '../../build/wasm/goalpost-core-debug.mjs';

const wasmDir = new URL('../../build/wasm/', import.meta.url);

/** The size-optimised build the page ships. */
export const loadRelease = () =>
  loadCore({ wasmBinary: readFileSync(new URL('goalpost-core.wasm', wasmDir)) });

/**
 * The -O0 build with Emscripten's ASSERTIONS=2 runtime checks. Its start-up
 * assertion insists on a browser global (`window`), which Node lacks; the
 * web-only runtime uses nothing else from it once the bytes are passed in.
 */
export const loadDebug = () => {
  globalThis.window ??= globalThis;
  return loadCore({ factory: createDebugCore, wasmBinary: readFileSync(new URL('goalpost-core-debug.wasm', wasmDir)) });
};

/** Both builds, for tests that must hold in each. */
export const builds = [
  ['release', loadRelease],
  ['debug', loadDebug],
];
