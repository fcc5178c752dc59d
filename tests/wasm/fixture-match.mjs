// fixture-match.mjs - the JS twin of tests/core/fixture_match.h: does a
// response contain what a fixture expects? Returns null, or where it differs.
const kind = (v) =>
  v === null || v === undefined ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v;

export function mismatch(expect, actual, where = 'response') {
  if (Array.isArray(expect)) {
    if (!Array.isArray(actual) || actual.length !== expect.length) return where;
    for (let i = 0; i < expect.length; i++) {
      const m = mismatch(expect[i], actual[i], `${where}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expect !== null && typeof expect === 'object') {
    if ('$contains' in expect) return typeof actual === 'string' && actual.includes(expect.$contains) ? null : where;
    if ('$approx' in expect) {
      return typeof actual === 'number' && Math.abs(actual - expect.$approx) <= (expect.tol ?? 1e-9) ? null : where;
    }
    if ('$type' in expect) return kind(actual) === expect.$type ? null : where;
    if (kind(actual) !== 'object') return where;
    for (const [key, value] of Object.entries(expect)) {
      const m = mismatch(value, actual[key], `${where}.${key}`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expect === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expect) <= 1e-9 * Math.max(1, Math.abs(expect))
      ? null
      : where;
  }
  if (expect === null) return actual === null || actual === undefined ? null : where;
  return expect === actual ? null : where;
}
