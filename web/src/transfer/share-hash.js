// share-hash.js - how a shared plan's link is recognised: its fragment starts
// with "#plan=". Kept apart from share.js so the app's first screen can check
// the address without loading the rest of the transfer code.

export const SHARE_PREFIX = '#plan=';

/** True when HASH (location.hash) carries a shared plan. */
export const isShareHash = (hash) => typeof hash === 'string' && hash.startsWith(SHARE_PREFIX);
