// embedded-core.js - the single-file edition's first module: it starts the core
// from wasm bytes built into the page, since a page opened from disk cannot fetch
// goalpost-core.wasm. loadCore keeps this load, so main.js's own loadCore() call
// gets the same core. build-single.mjs puts this module before main.js.
import wasmBinary from '../../build/wasm/goalpost-core.wasm';
import { loadCore } from './core.js';

loadCore({ wasmBinary });
