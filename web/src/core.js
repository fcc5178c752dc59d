// core.js - the only module that touches the wasm core.
// It loads the module once, copies JSON text in and out, and turns
// {"ok":false} responses into CoreError exceptions that keep code, message and path.
import createReleaseCore from '../../build/wasm/goalpost-core.mjs';

/** An error reported by the core: `code` and `path` name what went wrong where. */
export class CoreError extends Error {
  constructor({ code, message, path }) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
    this.path = path;
  }
}

const loaded = new Map();

/**
 * Loads the core once per factory. `options` go to the Emscripten module
 * (Node passes `wasmBinary`); `options.factory` picks another build (debug).
 */
export function loadCore({ factory = createReleaseCore, ...options } = {}) {
  if (!loaded.has(factory)) loaded.set(factory, factory(options).then(wrap));
  return loaded.get(factory);
}

function wrap(module) {
  // The browser's own encoder: a whole plan is megabytes of text, which the
  // Emscripten helpers would measure and copy one character at a time in JS.
  // (A lone surrogate, which JSON.stringify never writes, becomes U+FFFD.)
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  // Lengths cross the boundary with the texts (gp_call_sized), so neither
  // side scans a text for its end: the wasm's strlen over a 1.3 KB answer
  // took more time than the page's decoding of it.
  const lengthSlot = module._malloc(4);
  const fromWasm = (pointer, length) => decoder.decode(module.HEAPU8.subarray(pointer, pointer + length));
  // Text up to this many UTF-16 units is encoded straight into the heap (at
  // most 3 bytes a unit); longer text is measured first, so a large plan
  // does not reserve three times its size. Returns [pointer, bytes written].
  const DIRECT_UNITS = 1 << 16;
  const toWasm = (text) => {
    const bytes = text.length <= DIRECT_UNITS ? null : encoder.encode(text);
    const size = bytes ? bytes.length : text.length * 3;
    const pointer = module._malloc(size + 1);
    if (!pointer) throw new CoreError({ code: 'out_of_memory', message: 'The core ran out of memory.', path: '' });
    const heap = module.HEAPU8; // read after malloc: a memory that grew has a new view
    let written = size;
    if (bytes) heap.set(bytes, pointer);
    else written = encoder.encodeInto(text, heap.subarray(pointer, pointer + size)).written;
    heap[pointer + written] = 0;
    return [pointer, written];
  };
  // The core's few method names are copied in once and kept for the module's
  // lifetime; any other name (a mistake the core will report) per call.
  const methodPointers = new Map();
  const KEPT_METHODS = 32;

  /** Runs METHOD on REQUEST_TEXT and returns the response text exactly as the core wrote it. */
  function callText(method, requestText) {
    let methodPtr = methodPointers.get(method) ?? 0;
    const keep = !methodPtr && methodPointers.size < KEPT_METHODS;
    let requestPtr = 0;
    let responsePtr = 0;
    try {
      if (!methodPtr) [methodPtr] = toWasm(method);
      let requestLength;
      [requestPtr, requestLength] = toWasm(requestText);
      responsePtr = module._gp_call_sized(methodPtr, requestPtr, requestLength, lengthSlot);
      return fromWasm(responsePtr, module.HEAPU32[lengthSlot >> 2]);
    } finally {
      module._gp_free(responsePtr);
      module._free(requestPtr);
      if (keep && methodPtr) methodPointers.set(method, methodPtr);
      else if (!methodPointers.has(method)) module._free(methodPtr);
    }
  }

  /** Runs METHOD on a request object; returns `result` or throws CoreError. */
  function call(method, request = {}) {
    const response = JSON.parse(callText(method, JSON.stringify(request)));
    if (!response.ok) throw new CoreError(response.error);
    return response.result;
  }

  const versionPtr = module._gp_version(); // a short static string: its end is looked for
  return {
    call,
    callText,
    version: fromWasm(versionPtr, module.HEAPU8.indexOf(0, versionPtr) - versionPtr),
    memoryBytes: () => module.HEAPU8.length,
  };
}
