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
  const toWasm = (text) => {
    const size = module.lengthBytesUTF8(text) + 1;
    const pointer = module._malloc(size);
    if (!pointer) throw new CoreError({ code: 'out_of_memory', message: 'The core ran out of memory.', path: '' });
    module.stringToUTF8(text, pointer, size);
    return pointer;
  };

  /** Runs METHOD on REQUEST_TEXT and returns the response text exactly as the core wrote it. */
  function callText(method, requestText) {
    const methodPtr = toWasm(method);
    let requestPtr = 0;
    let responsePtr = 0;
    try {
      requestPtr = toWasm(requestText);
      responsePtr = module._gp_call(methodPtr, requestPtr);
      return module.UTF8ToString(responsePtr);
    } finally {
      module._gp_free(responsePtr);
      module._free(requestPtr);
      module._free(methodPtr);
    }
  }

  /** Runs METHOD on a request object; returns `result` or throws CoreError. */
  function call(method, request = {}) {
    const response = JSON.parse(callText(method, JSON.stringify(request)));
    if (!response.ok) throw new CoreError(response.error);
    return response.result;
  }

  return {
    call,
    callText,
    version: module.UTF8ToString(module._gp_version()),
    memoryBytes: () => module.HEAPU8.length,
  };
}
