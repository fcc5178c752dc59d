// format.js - dates and numbers as the UI writes them. Dates travel as
// "YYYY-MM-DD" text; the charts place them as whole days since 1970-01-01.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86400000;

/** The user's local calendar date as YYYY-MM-DD. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-11-24" -> days since 1970-01-01 (UTC calendar arithmetic, no time zones). */
export function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return null;
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
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

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number with up to two decimals and thousands separators; '' for null. */
export function number(value) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return '';
  return numberFormat.format(Number(value));
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
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: kpi.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(Number(value));
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
