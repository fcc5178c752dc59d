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
