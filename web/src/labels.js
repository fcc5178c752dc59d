// labels.js - every label, default and fixed wording of the UI in one place,
// so the views and the browser tests read the same names.

export const APP_NAME = 'Goalpost';

export const LABELS = Object.freeze({
  // header and navigation
  plans: 'Plans',
  newPlan: 'New plan',
  planView: 'Plan',
  dashboard: 'Dashboard',
  settings: 'Settings',
  data: 'Data',
  export: 'Export',
  import: 'Import',
  mainNav: 'Main',
  // start screen
  welcomeTitle: 'Plan goals you can measure',
  blankPlan: 'Start a blank plan',
  templatesHeading: 'Or start from an example',
  useTemplate: 'Use this example',
  // plan switcher
  switcherTitle: 'Your plans',
  open: 'Open',
  rename: 'Rename',
  duplicate: 'Duplicate',
  delete: 'Delete',
  planName: 'Plan name',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  undo: 'Undo',
  // plan screen
  organisation: 'Organisation',
  description: 'Description',
  objective: 'Objective',
  objectiveName: 'Objective name',
  addObjective: 'Add objective',
  addGoal: 'Add goal',
  deleteGoal: 'Delete goal',
  untitledGoal: 'Untitled goal',
  cardsView: 'Cards',
  treeView: 'Tree',
  planLayout: 'Show goals as',
  noObjective: 'Goals without an objective',
  // goal editor
  backToPlan: 'Back to plan',
  goalStatement: 'Goal statement',
  smartFeedback: 'SMART check',
  useRewrite: 'Use this wording',
  suggestedWording: 'Suggested wording',
  questionsHeading: 'Questions still to answer',
  extractedHeading: 'What Goalpost read',
  details: 'Details',
  kpi: 'KPI',
  kpiCustomPrefix: 'Create a custom KPI',
  direction: 'Direction',
  baseline: 'Baseline',
  baselineDate: 'Measured on',
  target: 'Target',
  unit: 'Unit',
  start: 'Start',
  deadline: 'Deadline',
  rationale: 'Why this matters',
  weight: 'Weight',
  milestones: 'Milestones',
  milestoneDate: 'Milestone date',
  milestoneTarget: 'Milestone value',
  addMilestone: 'Add milestone',
  removeMilestone: 'Remove milestone',
  strategies: 'Strategies and tactics',
  strategyName: 'Strategy',
  addStrategy: 'Add strategy',
  removeStrategy: 'Remove strategy',
  tacticName: 'Tactic',
  addTactic: 'Add tactic',
  removeTactic: 'Remove tactic',
  channel: 'Channel',
  owner: 'Owner',
  tacticStart: 'Tactic start',
  tacticEnd: 'Tactic end',
  status: 'Status',
  tacticKpis: 'KPIs this tactic feeds',
  moveUp: 'Move up',
  moveDown: 'Move down',
  goalTab: 'Goal',
  trackingTab: 'Tracking',
  // tracking
  measurements: 'Measurements',
  date: 'Date',
  value: 'Value',
  note: 'Note',
  addMeasurement: 'Add measurement',
  editMeasurement: 'Edit',
  deleteMeasurement: 'Delete',
  pasteValues: 'Paste values',
  pasteHint: 'One value per line, or "date, value" per line, as copied from a spreadsheet column.',
  addPasted: 'Add pasted values',
  chartTitle: 'Progress chart',
  chartTable: 'Chart data as a table',
  showTable: 'Show the chart as a table',
  hideTable: 'Hide the table',
  noKpiYet: 'Pick a KPI for this goal first: the measurements belong to the KPI.',
  // dashboard
  attention: 'Needs attention',
  allGoals: 'All goals',
  overall: 'Overall progress',
  // settings
  storage: 'Storage',
  keepData: 'Ask the browser to keep my data',
  // save state
  saved: 'Saved',
  saving: 'Saving…',
  notSaved: 'Not saved',
});

/** The words of the export, import, share and report screens (transfer/). */
export const TRANSFER = Object.freeze({
  // export dialog
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
  noPlanOpen: 'Open a plan first: only the backup of all plans is available without one.',
  // import dialog
  importTitle: 'Import',
  importFile: 'File to import (JSON backup, plan, or CSV of measurements)',
  importHelp: 'A JSON backup or plan is added to your plans. A CSV file adds measurements to one KPI of the open plan.',
  conflictTitle: 'Plan already exists',
  replace: 'Replace',
  keepBoth: 'Keep both',
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
  monthFirst: 'Month first (11/02/2026 is 2 November 2026)',
  dayFirst: 'Day first (11/02/2026 is 11 February 2026)',
  targetKpi: 'KPI that receives the values',
  previewCaption: 'Preview of the measurements to import',
  skippedHeading: 'Lines that will be skipped',
  importMeasurements: 'Import measurements',
  csvNeedsPlan: 'Open the plan whose KPI should receive these measurements, then import the CSV again.',
  csvNeedsKpi: 'This plan has no KPIs yet. Add a KPI to a goal, then import the CSV again.',
  // shared link preview
  sharedTitle: 'Shared plan (read-only preview)',
  saveCopy: 'Save a copy to my plans',
  // coursework report
  reportToolbar: 'Report actions',
  print: 'Print',
  closeReport: 'Close report',
  objectives: 'Objectives',
  goals: 'Goals',
  kpiTable: 'KPIs',
  kpiCaption: 'Every KPI of the plan with its latest measurement',
});

const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
const quoted = (names) => names.map((n) => `"${n}"`).join(', ');
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Sentences that carry numbers or names; each returns plain text. */
export const SAY = Object.freeze({
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
      : `Your plans already hold ${quoted(names)} (plans with the same ids).`) +
    ' Replace the stored version with the one in the file, or keep both (the imported plan gets a new id and "(copy)" after its name)?',
  storeFailed: (detail) => `Saving failed: ${detail} Your stored plans were left as they were.`,
  saved: (file) => `Saved ${file}.`,
  copied: (what) => `${what} copied to the clipboard.`,
  copyFailed: (what) => `${what} could not be copied automatically; select the text and copy it.`,
  shareTooLong: (length, limit) =>
    `This link would be ${length.toLocaleString('en')} characters long; links over ${limit.toLocaleString('en')} ` +
    'characters break in many mail and chat programs. Send the JSON file instead.',
  shareReady: (length) => `The link is ${length.toLocaleString('en')} characters long.`,
  shareDamaged: (detail) => `This share link cannot be opened: ${detail}`,
  sharedSaved: (name) => `Saved a copy of "${name}" to your plans.`,
  csvSummary: (found, skipped) => `${count(found, 'measurement')} found` + (skipped ? `, ${count(skipped, 'line')} skipped.` : '.'),
  csvAmbiguous: 'Some dates could be read month first or day first. Choose how to read them.',
  csvDuplicates: (n) => `${n} of them ${n === 1 ? 'is' : 'are'} already recorded with the same date and value and will not be added again.`,
  csvNothing: 'No measurements could be read from this file with these columns. Nothing was changed.',
  csvUnknownKpis: (names) => `Rows naming ${quoted(names)} will not be imported: this plan has no KPI of that name.`,
  csvImported: (n, kpis) => `Added ${count(n, 'measurement')} to ${quoted(kpis)}.`,
  previewMore: (n) => `…and ${n} more.`,
  skippedLine: (line, reason) => `Line ${line}: ${reason}`,
  reportDate: (date) => `Prepared on ${date}`,
  chartAlt: (kpi, goal) => `Chart of ${kpi} for the goal "${goal}": measurements, target and forecast.`,
  deadline: (date) => `Deadline: ${date}`,
});

export const SMART_LETTERS = Object.freeze([
  { key: 'S', name: 'Specific' },
  { key: 'M', name: 'Measurable' },
  { key: 'A', name: 'Attainable' },
  { key: 'R', name: 'Relevant' },
  { key: 'T', name: 'Time-bound' },
]);

/** Criterion status words: never shown by colour alone. */
export const CHECK_WORDS = Object.freeze({ pass: 'Pass', warn: 'Warning', fail: 'Fail' });

/** goal.progress statuses (and plan.summary's "incomplete") as the UI names them. */
export const STATUS_WORDS = Object.freeze({
  off_track: 'Off track',
  missed: 'Missed',
  at_risk: 'At risk',
  stale: 'No recent data',
  not_started: 'Not started',
  incomplete: 'Incomplete',
  on_track: 'On track',
  achieved: 'Achieved',
});

export const DIRECTIONS = Object.freeze({ increase: 'Increase', decrease: 'Decrease', reach: 'Reach', maintain: 'Maintain' });
export const CHANNELS = Object.freeze({ email: 'Email', social: 'Social', web: 'Web', ads: 'Ads', 'in-store': 'In store', other: 'Other' });
export const KPI_DIRECTIONS = Object.freeze({ higher: 'Higher is better', lower: 'Lower is better' });
export const TACTIC_STATUSES = Object.freeze({ planned: 'Planned', active: 'Active', done: 'Done' });
export const KPI_UNITS = Object.freeze({ count: 'Count', percent: 'Percent', currency: 'Currency', ratio: 'Ratio', duration: 'Duration' });

export const DEFAULTS = Object.freeze({
  planName: 'My marketing plan',
  /** the SMART check runs at most this often while typing, and this soon after the last key (shown within 100 ms). */
  smartDebounceMs: 60,
  /** ms to wait after typing before an autosave. */
  saveDebounceMs: 500,
  /** how long an undo offer stays on screen. */
  undoMs: 10000,
});

/** Settings keys in the store. */
export const SETTINGS = Object.freeze({ lastPlanId: 'lastPlanId', planLayout: 'planLayout' });
