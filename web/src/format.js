// format.js - dates and numbers as the UI writes them. Dates travel as
// "YYYY-MM-DD" text; the charts place them as whole days since 1970-01-01.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86400000;

/** The user's local calendar date as YYYY-MM-DD. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The digit at AT in TEXT as a number, NaN for any other character. */
function digitAt(text, at) {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : NaN;
}

/**
 * "2026-11-24" -> days since 1970-01-01 (UTC calendar arithmetic, no time zones);
 * null for text not of that shape. Read digit by digit: a plan's charts convert
 * every measurement's date, a hundred thousand of them in a large plan.
 */
export function dayNumber(iso) {
  const text = typeof iso === 'string' ? iso : String(iso ?? '');
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (Number.isNaN(year + month + day)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Days since 1970-01-01 -> "2026-11-24". */
export function isoFromDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-11-24" -> "24 Nov 2026" (fixed wording, independent of the browser's locale). */
export function longDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Days since 1970 -> "24 Nov" or "Nov 2026" for axis ticks. */
export function shortDate(day, { withYear = false } = {}) {
  const d = new Date(day * DAY_MS);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

/** "in 12 days", "today", "3 days ago". */
export function relativeDays(iso, today) {
  const a = dayNumber(iso);
  const b = dayNumber(today);
  if (a === null || b === null) return '';
  const diff = a - b;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}

/** [whole, fraction] digits of ABS (not negative) from its shortest decimal form, the one Intl rounds. */
function decimalParts(abs) {
  const text = String(abs);
  const scientific = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!scientific) {
    const [whole, fraction = ''] = text.split('.');
    return [whole, fraction];
  }
  const power = Number(scientific[3]);
  if (power < 0) return ['0', '']; // below 1e-6: zero at two decimals
  return [(scientific[1] + (scientific[2] ?? '')).padEnd(power + 1, '0'), ''];
}

/**
 * A number with up to two decimals and thousands separators; '' for null.
 * The same text as Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
 * (half away from zero, "-0" for a negative that rounds to zero), written by
 * hand because the browser's first Intl formatter costs tens of milliseconds
 * of locale data on the way to the first screen.
 */
export function number(value) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '';
  const n = Number(value);
  let [whole, fraction] = decimalParts(Math.abs(n));
  if (fraction.length > 2) {
    const up = fraction[2] >= '5';
    fraction = fraction.slice(0, 2);
    if (up) {
      const digits = (BigInt(whole + fraction) + 1n).toString().padStart(3, '0');
      whole = digits.slice(0, -2);
      fraction = digits.slice(-2);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

const currencyFormats = new Map(); // ISO code -> Intl.NumberFormat, made on first use

function currencyFormat(code) {
  if (!currencyFormats.has(code)) {
    currencyFormats.set(code, new Intl.NumberFormat('en-US', { style: 'currency', currency: code, minimumFractionDigits: 0, maximumFractionDigits: 2 }));
  }
  return currencyFormats.get(code);
}

/**
 * VALUE with its unit: the KPI's unit kind (percent, currency with its ISO code,
 * ...) when known, else the goal's free-text unit after the number.
 */
export function withUnit(value, { kpi, unit } = {}) {
  const text = number(value);
  if (text === '') return '';
  if (kpi?.unit === 'percent') return `${text}%`;
  if (kpi?.unit === 'currency' && /^[A-Z]{3}$/.test(kpi.currency ?? '')) {
    try {
      return currencyFormat(kpi.currency).format(Number(value));
    } catch {
      return `${text} ${kpi.currency}`;
    }
  }
  if (unit && unit !== '%') return `${text} ${unit}`;
  if (unit === '%') return `${text}%`;
  return text;
}

/** "1 day", "3 days". */
export const plural = (n, word) => `${number(n)} ${word}${Math.abs(n) === 1 ? '' : 's'}`;

/** A percentage for progress figures: "42%". */
export function percent(value) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '–';
  return `${Math.round(Number(value))}%`;
}

/**
 * Reads a number as people type it: "1,234.5", "$1,200", "12%", " 7 ".
 * Returns null when the text holds no single number.
 */
export function parseNumber(text) {
  const cleaned = String(text ?? '').trim().replace(/[\s,$€£¥%]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
