// text.js - every word the export, import, report and share screens show.
// Kept in one place so the UI and the browser tests read the same names.

export const T = {
  // Export dialog
  exportTitle: 'Export',
  backupHeading: 'JSON backup',
  backupScope: 'What to back up',
  backupThisPlan: 'This plan',
  backupAllPlans: 'All plans',
  downloadBackup: 'Download JSON backup',
  csvHeading: 'Spreadsheet (CSV)',
  downloadMeasurementsCsv: 'Download measurements CSV',
  downloadGoalsCsv: 'Download goals CSV',
  markdownHeading: 'Markdown',
  downloadMarkdown: 'Download Markdown',
  copyMarkdown: 'Copy Markdown',
  markdownText: 'Markdown text',
  reportHeading: 'Coursework report',
  openReport: 'Open coursework report',
  shareHeading: 'Share link',
  makeShareLink: 'Make share link',
  shareLink: 'Share link',
  copyShareLink: 'Copy link',
  close: 'Close',
  noPlanOpen: 'Open a plan first: only the backup of all plans is available without one.',

  // Import dialog
  importTitle: 'Import',
  importFile: 'File to import (JSON backup, plan, or CSV of measurements)',
  importHelp: 'A JSON backup or plan is added to your plans. A CSV file adds measurements to one KPI of the open plan.',
  conflictTitle: 'Plan already exists',
  replace: 'Replace',
  keepBoth: 'Keep both',
  cancel: 'Cancel',
  copySuffix: ' (copy)',
  importCancelled: 'Import cancelled. Nothing was changed.',

  // CSV import
  csvTitle: 'Import measurements from CSV',
  dateColumn: 'Date column',
  valueColumn: 'Value column',
  noteColumn: 'Note column',
  noColumn: '(none)',
  kpiColumn: 'KPI column',
  kpiColumnHint: 'Only when the file holds several KPIs: each row goes to the KPI of this plan with that name.',
  dateFormat: 'Date format',
  chooseDateFormat: 'Choose…',
  dateFormats: {
    mdy: 'Month first (11/02/2026 is 2 November 2026)',
    dmy: 'Day first (11/02/2026 is 11 February 2026)',
  },
  targetKpi: 'KPI that receives the values',
  previewCaption: 'Preview of the measurements to import',
  previewDate: 'Date',
  previewValue: 'Value',
  previewNote: 'Note',
  previewKpi: 'KPI',
  skippedHeading: 'Lines that will be skipped',
  importMeasurements: 'Import measurements',
  csvNeedsPlan: 'Open the plan whose KPI should receive these measurements, then import the CSV again.',
  csvNeedsKpi: 'This plan has no KPIs yet. Add a KPI to a goal, then import the CSV again.',

  // Shared link preview
  sharedTitle: 'Shared plan (read-only preview)',
  saveCopy: 'Save a copy to my plans',

  // Report
  reportToolbar: 'Report actions',
  print: 'Print',
  closeReport: 'Close report',
  objectives: 'Objectives',
  goals: 'Goals',
  kpiTable: 'KPIs',
  kpiCaption: 'Every KPI of the plan with its latest measurement',
  strategies: 'Strategies and tactics',
};

/** Sentences that carry numbers or names; each returns plain text. */
export const say = {
  tooLarge: (bytes, limit) =>
    `The file is ${mb(bytes)} MB; Goalpost imports files of at most ${mb(limit)} MB. ` +
    'Split it, or export a smaller part, and try again. Nothing was changed.',
  emptyFile: (name) => `The file "${name}" is empty. Nothing was changed.`,
  notText: (name) => `The file "${name}" is not UTF-8 text. Nothing was changed.`,
  importFailed: (detail) => `This file cannot be imported: ${detail} Nothing was changed.`,
  imported: (names) =>
    names.length === 1 ? `Imported the plan "${names[0]}".` : `Imported ${names.length} plans: ${names.join(', ')}.`,
  conflict: (names) =>
    (names.length === 1
      ? `Your plans already hold "${names[0]}" (a plan with the same id).`
      : `Your plans already hold ${names.map((n) => `"${n}"`).join(', ')} (plans with the same ids).`) +
    ' Replace the stored version with the one in the file, or keep both (the imported plan gets a new id and "(copy)" after its name)?',
  storeFailed: (detail) => `Saving failed: ${detail} Your stored plans were left as they were.`,
  backupSaved: (file) => `Saved ${file}.`,
  copied: (what) => `${what} copied to the clipboard.`,
  copyFailed: (what) => `${what} could not be copied automatically; select the text and copy it.`,
  shareTooLong: (length, limit) =>
    `This link would be ${length.toLocaleString('en')} characters long; links over ${limit.toLocaleString('en')} ` +
    'characters break in many mail and chat programs. Send the JSON file instead.',
  shareReady: (length) => `The link is ${length.toLocaleString('en')} characters long.`,
  shareDamaged: (detail) => `This share link cannot be opened: ${detail}`,
  sharedSaved: (name) => `Saved a copy of "${name}" to your plans.`,
  csvSummary: (count, skipped) =>
    `${count} measurement${count === 1 ? '' : 's'} found` + (skipped ? `, ${skipped} line${skipped === 1 ? '' : 's'} skipped.` : '.'),
  csvAmbiguous: 'Some dates could be read month first or day first. Choose how to read them.',
  csvDuplicates: (n) => `${n} of them ${n === 1 ? 'is' : 'are'} already recorded with the same date and value and will not be added again.`,
  csvNothing: 'No measurements could be read from this file with these columns. Nothing was changed.',
  csvUnknownKpis: (names) =>
    `Rows naming ${names.map((n) => `"${n}"`).join(', ')} will not be imported: this plan has no KPI of that name.`,
  csvImported: (count, kpis) => `Added ${count} measurement${count === 1 ? '' : 's'} to ${kpis.map((k) => `"${k}"`).join(', ')}.`,
  previewMore: (n) => `…and ${n} more.`,
  skippedLine: (line, reason) => `Line ${line}: ${reason}`,
  reportDate: (date) => `Prepared on ${date}`,
  chartAlt: (kpi, goal) => `Chart of ${kpi} for the goal "${goal}": measurements, target and forecast.`,
  deadline: (date) => `Deadline: ${date}`,
};

function mb(bytes) {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
