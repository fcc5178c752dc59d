// share.js - a whole plan inside a link: JSON, deflated with the browser's
// CompressionStream('deflate-raw'), in base64url after "#plan=". The fragment
// never reaches a server, so sharing needs none.
import { MAX_IMPORT_BYTES, UserError } from './files.js';
import { SHARE_PREFIX, isShareHash } from './share-hash.js';

export { SHARE_PREFIX, isShareHash };

/** Links longer than this are refused in favour of the JSON file. */
export const SHARE_LIMIT = 8000;

async function pump(bytes, transform, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A small link may inflate to gigabytes; stop reading well before that.
    if (size > limit) {
      await reader.cancel();
      throw new UserError('it unpacks to more than 16 MB, more than any plan needs.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new UserError('it contains characters that a Goalpost link never has (it may have been cut or changed).');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The "#plan=…" fragment that carries PLAN. */
export async function encodeShare(plan) {
  const bytes = new TextEncoder().encode(JSON.stringify(plan));
  return SHARE_PREFIX + toBase64Url(await pump(bytes, new CompressionStream('deflate-raw'), Infinity));
}

/** The full link to this page carrying PLAN; BASE is the page address. */
export async function shareLink(plan, base = location.href) {
  const url = new URL(base);
  url.hash = '';
  return url.href.replace(/#$/, '') + (await encodeShare(plan));
}

/**
 * The JSON text inside a "#plan=…" HASH. Throws UserError with the reason when
 * the link is cut, changed, or not UTF-8; the core validates the text itself.
 */
export async function decodeShare(hash) {
  if (!isShareHash(hash)) throw new UserError('it has no plan in it.');
  const data = hash.slice(SHARE_PREFIX.length);
  if (!data) throw new UserError('the part after "#plan=" is empty.');
  let bytes;
  try {
    bytes = await pump(fromBase64Url(data), new DecompressionStream('deflate-raw'), MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('its data is incomplete or damaged (was the link cut off when it was copied?).');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('its data is not text.');
  }
}
