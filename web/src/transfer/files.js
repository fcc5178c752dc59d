// files.js - files in and out of the browser, with no server: downloads through
// a Blob URL and an <a download>, uploads read as text with a size limit.
import { SAY } from '../labels.js';
import { todayIso } from '../format.js';

/** Imports above this size are refused before a byte is read. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** An error whose message is ready to show to the user as it is. */
export class UserError extends Error {}

/** Saves TEXT as a file called NAME of type MIME through the browser's download. */
export function downloadText(name, text, mime) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a delay keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Reads FILE as UTF-8 text. Throws UserError when it is over MAX_IMPORT_BYTES
 * (checked before reading, so a huge file never fills memory), empty, or not UTF-8.
 */
export async function readTextFile(file, limit = MAX_IMPORT_BYTES) {
  if (file.size > limit) throw new UserError(SAY.tooLarge(file.size, limit));
  if (file.size === 0) throw new UserError(SAY.emptyFile(file.name));
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // spreadsheets often write a BOM
  } catch {
    throw new UserError(SAY.notText(file.name));
  }
}

/** "Robin's Tweezer Co." → "robins-tweezer-co": letters and digits of any script, accents dropped; never empty. */
export function slug(name) {
  const words = String(name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(words).slice(0, 60).join('').replace(/-+$/, '') || 'plan';
}

/** goalpost-<name>-<YYYY-MM-DD>.<ext> */
export const exportFileName = (name, ext, now = new Date()) => `goalpost-${slug(name)}-${todayIso(now)}.${ext}`;

/** Copies TEXT to the clipboard; resolves false when the browser refuses. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
