// styles.js - the look of the transfer dialogs and the report, including the
// print stylesheet. Applied as a constructed stylesheet (document.adoptedStyleSheets):
// it needs no extra file in dist/ nor in the single-file edition, and it is not
// an inline <style>, so the strict style-src of the CSP stays as it is.

const CSS = `
.gp-tr-dialog [hidden], .gp-report [hidden] { display: none !important; }
.gp-tr-dialog { width: min(46rem, calc(100vw - 1.5rem)); max-width: none; box-sizing: border-box; }
.gp-tr-dialog .modal-body { display: grid; gap: 0.75rem; }
.gp-tr-dialog .modal-body > *, .gp-tr-field, .gp-tr-grid > * { min-width: 0; }
.gp-tr-section { border-top: 1px solid #d5d9e2; padding-top: 0.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.gp-tr-section > h3 { flex-basis: 100%; margin: 0.25rem 0; font-size: 1.05rem; }
.gp-tr-section fieldset { flex-basis: 100%; border: 0; padding: 0; margin: 0; display: flex; gap: 1rem; flex-wrap: wrap; }
.gp-tr-section legend { font-weight: 600; margin-bottom: 0.25rem; }
.gp-tr-field { display: grid; gap: 0.25rem; flex-basis: 100%; }
.gp-tr-field label { font-weight: 600; }
.gp-tr-field input, .gp-tr-field select, .gp-tr-field textarea { font: inherit; padding: 0.35rem; width: 100%; max-width: 100%; box-sizing: border-box; }
.gp-tr-hint { margin: 0; color: #4b5363; font-size: 0.9rem; }
.gp-tr-code { font-family: ui-monospace, monospace; font-size: 0.85rem; width: 100%; box-sizing: border-box; }
.gp-tr-link { width: 100%; box-sizing: border-box; }
.gp-tr-share { flex-basis: 100%; display: grid; gap: 0.5rem; justify-items: start; }
.gp-tr-share .gp-tr-field { justify-self: stretch; }
.gp-tr-preview { overflow-x: auto; }
.gp-tr-grid { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); align-items: start; }
.gp-tr-preview table { border-collapse: collapse; width: 100%; }
.gp-tr-preview caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
.gp-tr-preview th, .gp-tr-preview td { border-bottom: 1px solid #d5d9e2; padding: 0.25rem 0.5rem; text-align: left; }
.gp-tr-num { text-align: right; font-variant-numeric: tabular-nums; }
.gp-tr-message:empty { display: none; }
.gp-tr-message { margin: 0; padding: 0.5rem 0.75rem; border-radius: 0.25rem; background: #eef2ff; color: #1d2330; }
.gp-tr-message[data-kind="error"] { background: #fde8e8; color: #7a1010; border-left: 4px solid #b91c1c; }
.gp-tr-badges { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.gp-tr-badge { border: 1px solid #9aa3b5; border-radius: 999px; padding: 0.1rem 0.6rem; font-size: 0.9rem; background: #f4f5f8; color: #1d2330; }
.gp-tr-badge[data-status="pass"] { background: #e3f6e8; border-color: #1f7a3a; color: #14532d; }
.gp-tr-badge[data-status="warn"] { background: #fff4d6; border-color: #a16207; color: #713f12; }
.gp-tr-badge[data-status="fail"] { background: #fde8e8; border-color: #b91c1c; color: #7a1010; }
.gp-tr-shared-goals { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
.gp-tr-shared-goals > li { border: 1px solid #d5d9e2; border-radius: 0.4rem; padding: 0.6rem 0.75rem; }
.gp-tr-shared-goals p { margin: 0.25rem 0; }

.gp-report { position: fixed; inset: 0; z-index: 1000; overflow: auto; background: #fff; color: #111; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.gp-report-toolbar { position: sticky; top: 0; display: flex; gap: 0.5rem; justify-content: flex-end; padding: 0.75rem 1rem; background: #f4f5f8; border-bottom: 1px solid #d5d9e2; }
.gp-report-content { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; line-height: 1.45; }
.gp-report-title { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.gp-report-title h1 { font-size: 2.2rem; margin: 0.25rem 0 0.75rem; }
.gp-report-kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #4b5363; margin: 0; }
.gp-report-org { font-size: 1.2rem; margin: 0 0 0.5rem; }
.gp-report-goal { border-top: 2px solid #1d2330; margin-top: 1.5rem; padding-top: 0.5rem; }
.gp-report-statement { font-size: 1.15rem; font-weight: 600; }
.gp-report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.gp-report-facts dt { font-weight: 600; }
.gp-report-facts dd { margin: 0; }
.gp-report-table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }
.gp-report-table caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.gp-report-table th, .gp-report-table td { border: 1px solid #c4c9d4; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.gp-report-table ul { margin: 0; padding-left: 1.1rem; }
.gp-report-table td[data-status="pass"] { background: #e3f6e8; }
.gp-report-table td[data-status="warn"] { background: #fff4d6; }
.gp-report-table td[data-status="fail"] { background: #fde8e8; }
.gp-report-chart { margin: 0.75rem 0; }
.gp-report-chart img { max-width: 100%; height: auto; border: 1px solid #d5d9e2; }
.gp-report-chart figcaption { font-size: 0.85rem; color: #4b5363; }

@media print {
  @page { margin: 16mm; }
  body.gp-report-open { margin: 0; background: #fff; }
  body.gp-report-open > :not(.gp-report) { display: none !important; }
  .gp-report { position: static; overflow: visible; }
  .gp-report-toolbar { display: none; }
  .gp-report-content { max-width: none; padding: 0; }
  .gp-report-title { min-height: 0; padding-top: 30vh; break-after: page; }
  .gp-report-goal + .gp-report-goal { break-before: page; }
  .gp-report-goal { border-top: 0; }
  .gp-report-kpis { break-before: page; }
  .gp-report-table tr, .gp-report-chart, .gp-report-facts { break-inside: avoid; }
  .gp-report h2, .gp-report h3, .gp-report h4 { break-after: avoid; }
  .gp-report-table td[data-status], .gp-tr-badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

let sheet = null;

/** Adds the transfer stylesheet to the document once. */
export function useTransferStyles() {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
