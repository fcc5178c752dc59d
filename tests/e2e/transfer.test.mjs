// transfer.test.mjs - getting data in and out, in real Chromium: a JSON backup
// round trip, a share link opened in a fresh profile, a CSV from an analytics
// export, the coursework report printed to PDF, and bad files that must change
// nothing (every IndexedDB store compared byte for byte before and after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, openPage } from './browser.mjs';
import { startServer } from '../../web/serve.mjs';
import { LABELS, TRANSFER } from '../../web/src/labels.js';
import {
  serveHarness, dumpDatabases, readStoredPlan, storedPlanIds, downloadText,
} from './fixtures/transfer-kit.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const TEMPLATE = "Robin's Tweezer Co."; // the example's title on the start screen
const PLAN_NAME = "Robin's Tweezer Co. growth plan"; // the plan it creates
const WAIT = { timeout: 15000 };
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & "quotes" \u202Eevil';

/** Serves the site: dist/, or the build GOALPOST_DIST names (a private build while developing). */
const serve = () => startServer(process.env.GOALPOST_DIST || DIST, 0);

/** A scratch folder for files the tests write; removed by the caller. */
const scratch = () => mkdtemp(join(tmpdir(), 'goalpost-transfer-files-'));

/** The local date as the browser writes it in file names. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// ---- driving the app ---------------------------------------------------------

/** Opens the app in BROWSER and waits for its header. */
async function openApp(browser, url) {
  const opened = await openPage(browser.context, url);
  await opened.page.getByRole('button', { name: LABELS.import, exact: true }).waitFor(WAIT);
  return opened;
}

/** The id of the plan on screen (from the #/plan/<id> address). */
async function openPlanId(page) {
  await page.waitForFunction(() => /^#\/plan\/[^/]+/.test(location.hash), null, WAIT);
  return page.evaluate(() => decodeURIComponent(location.hash.split('/')[2]));
}

/** Starts a plan from the Robin's Tweezer Co. example and returns its id once it is stored. */
async function planFromTemplate(page) {
  await page.getByRole('button', { name: `${LABELS.useTemplate}: ${TEMPLATE}` }).click();
  const id = await openPlanId(page);
  await page.waitForFunction(async (planId) => {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('goalpost');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const plan = await new Promise((ok) => {
      const r = db.transaction('plans').objectStore('plans').get(planId);
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return Boolean(plan);
  }, id, WAIT);
  return id;
}

/** Deletes the plan called NAME through the plan switcher, confirming, and waits until it is gone from storage. */
async function deletePlan(page, name) {
  await page.getByRole('button', { name: `${LABELS.plans}: ${name}` }).click();
  const switcher = page.getByRole('dialog', { name: LABELS.switcherTitle });
  await switcher.getByRole('button', { name: `${LABELS.delete} ${name}` }).click();
  await page.getByRole('dialog', { name: `Delete “${name}”?` }).getByRole('button', { name: 'Delete plan' }).click();
  await page.waitForFunction(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('goalpost'); r.onsuccess = () => ok(r.result); });
    const count = await new Promise((ok) => { const r = db.transaction('plans').objectStore('plans').count(); r.onsuccess = () => ok(r.result); });
    db.close();
    return count === 0;
  }, null, WAIT);
}

/** Opens a dialog from the header button NAME; returns the dialog locator. */
async function openDialog(page, name, title) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor(WAIT);
  return dialog;
}

/** Downloads the JSON backup (this plan, or all plans) through the Export dialog. */
async function exportBackup(page, scope = TRANSFER.backupThisPlan) {
  const dialog = await openDialog(page, LABELS.export, TRANSFER.exportTitle);
  await dialog.getByRole('radio', { name: scope }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: TRANSFER.downloadBackup }).click(),
  ]);
  const text = await downloadText(download);
  await dialog.getByRole('button', { name: LABELS.close, exact: true }).click();
  return { name: download.suggestedFilename(), text };
}

/** Picks FILE ({name, mimeType, buffer} or a path) in the Import dialog; returns the dialog. */
async function importFile(page, file) {
  const dialog = await openDialog(page, LABELS.import, TRANSFER.importTitle);
  await dialog.getByLabel(TRANSFER.importFile).setInputFiles(file);
  return dialog;
}

const jsonFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

// ---- the tests -----------------------------------------------------------------

test('a JSON backup round-trips: export, delete, import gives the identical plan; clashes ask replace or keep both', async () => {
  const server = await serve();
  const browser = await launch();
  const dir = await scratch();
  try {
    const { page, problems } = await openApp(browser, server.url);
    const id = await planFromTemplate(page);
    const stored = await readStoredPlan(page, id);
    assert.equal(stored.name, PLAN_NAME);

    const backup = await exportBackup(page);
    assert.equal(backup.name, `goalpost-robins-tweezer-co-growth-plan-${today()}.json`);
    const envelope = JSON.parse(backup.text);
    assert.equal(envelope.format, 'goalpost-backup');
    assert.equal(envelope.schema, 1);
    assert.ok(Math.abs(Date.parse(envelope.exported) - Date.now()) < 120_000, `exported ${envelope.exported}`);
    assert.equal(envelope.plans.length, 1);
    assert.deepEqual(envelope.plans[0], stored);
    const file = join(dir, backup.name);
    await writeFile(file, backup.text);

    await deletePlan(page, PLAN_NAME);
    assert.deepEqual(await storedPlanIds(page), []);

    let dialog = await importFile(page, file);
    await dialog.waitFor({ state: 'detached', ...WAIT });
    const back = await readStoredPlan(page, id);
    // Identical: same fields, same values, same order of keys.
    assert.equal(JSON.stringify(back), JSON.stringify(stored));

    // The same file again: the id exists, so the user is asked.
    dialog = await importFile(page, file);
    let question = page.getByRole('dialog', { name: TRANSFER.conflictTitle });
    await question.getByRole('button', { name: TRANSFER.keepBoth }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    const ids = await storedPlanIds(page);
    assert.equal(ids.length, 2);
    const copy = await readStoredPlan(page, ids.find((other) => other !== id));
    assert.equal(copy.name, `${PLAN_NAME} (copy)`);
    assert.deepEqual(copy.goals, stored.goals);
    assert.deepEqual(copy.kpis, stored.kpis);
    assert.equal(JSON.stringify(await readStoredPlan(page, id)), JSON.stringify(stored), 'the original is untouched');

    // Replace: still two plans, the original as in the file.
    dialog = await importFile(page, file);
    question = page.getByRole('dialog', { name: TRANSFER.conflictTitle });
    await question.getByRole('button', { name: TRANSFER.replace }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    assert.equal((await storedPlanIds(page)).length, 2);
    assert.equal(JSON.stringify(await readStoredPlan(page, id)), JSON.stringify(stored));

    // Cancel changes nothing.
    const before = await dumpDatabases(page);
    dialog = await importFile(page, file);
    question = page.getByRole('dialog', { name: TRANSFER.conflictTitle });
    await question.getByRole('button', { name: LABELS.cancel }).click();
    await dialog.getByText(TRANSFER.importCancelled).waitFor(WAIT);
    assert.equal(await dumpDatabases(page), before);

    // A backup of all plans holds both.
    await dialog.getByRole('button', { name: LABELS.close, exact: true }).click();
    const all = JSON.parse((await exportBackup(page, TRANSFER.backupAllPlans)).text);
    assert.deepEqual(all.plans.map((p) => p.id).sort(), [...ids].sort());
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a share link opens in a fresh browser profile as a read-only preview and saves a copy', async () => {
  const server = await serve();
  const sender = await launch();
  let link;
  let original;
  try {
    const { page, problems } = await openApp(sender, server.url);
    const id = await planFromTemplate(page);
    original = await readStoredPlan(page, id);
    const dialog = await openDialog(page, LABELS.export, TRANSFER.exportTitle);
    await dialog.getByRole('button', { name: TRANSFER.makeShareLink }).click();
    const field = dialog.getByLabel(TRANSFER.shareLink, { exact: true });
    await field.waitFor(WAIT);
    link = await field.inputValue();
    assert.ok(link.startsWith(`${server.url}#plan=`), link.slice(0, 80));
    assert.ok(link.length <= 8000, `link of ${link.length} characters`);
    assert.match(link.slice(server.url.length + 6), /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(problems, []);
  } finally {
    await sender.close();
  }

  const receiver = await launch(); // a fresh profile: nothing stored
  try {
    const { page, problems } = await openPage(receiver.context, link);
    const preview = page.getByRole('dialog', { name: TRANSFER.sharedTitle });
    await preview.waitFor(WAIT);
    await preview.getByRole('heading', { name: PLAN_NAME }).waitFor(WAIT);
    for (const goal of original.goals) await preview.getByText(goal.statement, { exact: true }).waitFor(WAIT);
    await preview.getByTitle(/^Specific: (Pass|Warning|Fail)$/).first().waitFor(WAIT);
    assert.deepEqual(await storedPlanIds(page), [], 'a preview stores nothing');

    await preview.getByRole('button', { name: TRANSFER.saveCopy }).click();
    await preview.waitFor({ state: 'detached', ...WAIT });
    const ids = await storedPlanIds(page);
    assert.equal(ids.length, 1);
    assert.notEqual(ids[0], original.id, 'the copy has a fresh id');
    const saved = await readStoredPlan(page, ids[0]);
    assert.equal(saved.name, original.name);
    assert.deepEqual(saved.goals, original.goals);
    assert.deepEqual(saved.kpis, original.kpis);
    assert.deepEqual(saved.objectives, original.objectives);
    assert.ok(!(await page.evaluate(() => location.hash)).startsWith('#plan='), 'the link is gone from the address bar');
    assert.deepEqual(problems, []);
  } finally {
    await receiver.close();
    await server.close();
  }
});

/** Measurements as sorted "date value" strings, to compare contents whatever the order. */
const pairs = (measurements) => measurements.map((m) => `${m.date} ${m.value}`).sort();

/** The rows of the GA-style fixture as the test reads them itself: m/d/yy dates, "1,234" values. */
async function gaRows() {
  const text = await readFile(join(FIXTURES, 'ga-sessions.csv'), 'utf8');
  return text.split(/\r?\n/).map((line) => /^(\d+)\/(\d+)\/(\d\d),"([\d,]+)"$/.exec(line)).filter(Boolean)
    .map(([, m, d, y, v]) => ({ date: `20${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, value: Number(v.replace(/,/g, '')) }));
}

test('a CSV from an analytics export (header block, m/d/yy, "1,234") goes into the chosen KPI', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openApp(browser, server.url);
    const id = await planFromTemplate(page);
    const before = await readStoredPlan(page, id);
    const kpi = before.kpis.find((k) => /visit/i.test(k.name));
    assert.ok(kpi, 'the template has a visits KPI');
    const expected = await gaRows();
    assert.equal(expected.length, 30);

    const dialog = await importFile(page, join(FIXTURES, 'ga-sessions.csv'));
    await dialog.getByRole('heading', { name: TRANSFER.csvTitle }).waitFor(WAIT);
    assert.equal(await dialog.getByLabel(TRANSFER.dateColumn).locator('option:checked').textContent(), 'Day Index');
    assert.equal(await dialog.getByLabel(TRANSFER.valueColumn).locator('option:checked').textContent(), 'Sessions');
    await dialog.getByLabel(TRANSFER.targetKpi).selectOption(kpi.id);
    await dialog.getByText('30 measurements found, 1 line skipped.').waitFor(WAIT);
    // The totals row at the bottom has no date: named by its line (38) and skipped.
    await dialog.getByText(/^Line 38: /).waitFor(WAIT);
    assert.equal(await dialog.getByRole('row').count(), 1 + 8, 'a header and eight preview rows');
    assert.equal(await dialog.getByLabel(TRANSFER.dateFormat).isVisible(), false, 'dates with a day over 12 are not ambiguous');

    await dialog.getByRole('button', { name: TRANSFER.importMeasurements }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
    const after = await readStoredPlan(page, id);
    // The KPI holds what it held plus the 30 rows (the core keeps measurements in date order).
    assert.deepEqual(pairs(after.kpis.find((k) => k.id === kpi.id).measurements), pairs([...kpi.measurements, ...expected]));
    assert.deepEqual(after.goals, before.goals);
    assert.deepEqual(after.kpis.filter((k) => k.id !== kpi.id), before.kpis.filter((k) => k.id !== kpi.id));

    // The same file again adds nothing: every row is already recorded.
    const again = await importFile(page, join(FIXTURES, 'ga-sessions.csv'));
    await again.getByLabel(TRANSFER.targetKpi).selectOption(kpi.id);
    await again.getByText(/30 of them are already recorded/).waitFor(WAIT);
    assert.equal(await again.getByRole('button', { name: TRANSFER.importMeasurements }).isDisabled(), true);
    await again.getByRole('button', { name: LABELS.close, exact: true }).click();

    // Dates that read both ways: the user must say how before anything is imported.
    const ambiguous = 'Date,Revenue\n11/02/2026,"$1,200.50"\n12/03/2026,"$1,350.00"\n01/04/2027,"$980.25"\n';
    const box = await importFile(page, { name: 'revenue.csv', mimeType: 'text/csv', buffer: Buffer.from(ambiguous) });
    const format = box.getByLabel(TRANSFER.dateFormat);
    await format.waitFor(WAIT);
    const importButton = box.getByRole('button', { name: TRANSFER.importMeasurements });
    assert.equal(await importButton.isDisabled(), true, 'no import until the date order is chosen');
    const target = after.kpis.find((k) => k.id !== kpi.id);
    await box.getByLabel(TRANSFER.targetKpi).selectOption(target.id);
    await format.selectOption('dmy');
    await box.getByText('3 measurements found.').waitFor(WAIT);
    await importButton.click();
    await box.waitFor({ state: 'detached', ...WAIT });
    const last = await readStoredPlan(page, id);
    assert.deepEqual(pairs(last.kpis.find((k) => k.id === target.id).measurements), pairs([...target.measurements,
      { date: '2026-02-11', value: 1200.5 }, { date: '2026-03-12', value: 1350 }, { date: '2027-04-01', value: 980.25 }]));
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the coursework report prints to a PDF holding every goal statement', async () => {
  const server = await serve();
  const browser = await launch();
  const dir = await scratch();
  try {
    const { page, problems } = await openApp(browser, server.url);
    const id = await planFromTemplate(page);
    const plan = await readStoredPlan(page, id);
    const dialog = await openDialog(page, LABELS.export, TRANSFER.exportTitle);

    // The same content as Markdown and CSV downloads.
    const fetchDownload = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), text: await downloadText(download) };
    };
    const markdown = await fetchDownload(TRANSFER.downloadMarkdown);
    assert.equal(markdown.name, `goalpost-robins-tweezer-co-growth-plan-${today()}.md`);
    assert.ok(markdown.text.includes(plan.name));
    const unescaped = markdown.text.replace(/\\(.)/g, '$1'); // Markdown escapes ( ) * _ and the like
    for (const goal of plan.goals) assert.ok(unescaped.includes(goal.statement), `Markdown has "${goal.statement}"`);
    const measurementsCsv = parseCsv((await fetchDownload(TRANSFER.downloadMeasurementsCsv)).text);
    const header = measurementsCsv[0];
    const at = (name) => header.indexOf(name);
    for (const kpi of plan.kpis) {
      for (const m of kpi.measurements) {
        assert.ok(measurementsCsv.some((row) => row[at('kpi')] === kpi.name && row[at('date')] === m.date && Number(row[at('value')]) === m.value),
          `measurements CSV has ${kpi.name} ${m.date} ${m.value}`);
      }
    }
    const goalsCsv = parseCsv((await fetchDownload(TRANSFER.downloadGoalsCsv)).text);
    assert.deepEqual(goalsCsv.slice(1).map((row) => row[goalsCsv[0].indexOf('statement')]), plan.goals.map((g) => g.statement));

    await dialog.getByRole('button', { name: TRANSFER.openReport }).click();
    const report = page.locator('.gp-report');
    await report.getByRole('heading', { level: 1, name: plan.name }).waitFor(WAIT);
    await report.getByRole('button', { name: TRANSFER.print }).waitFor(WAIT);

    // Each goal with a KPI has its chart as a real PNG image.
    const charts = await report.locator('figure img').evaluateAll((images) =>
      images.map((img) => ({ src: img.src.slice(0, 22), width: img.naturalWidth, alt: img.alt })));
    const withKpi = plan.goals.filter((g) => plan.kpis.some((k) => k.id === g.kpi_id));
    assert.equal(charts.length, withKpi.length);
    for (const chart of charts) {
      assert.equal(chart.src, 'data:image/png;base64,');
      assert.ok(chart.width >= 800, `chart ${chart.width}px wide`);
      assert.match(chart.alt, /^Chart of /);
    }

    const pdfPath = join(dir, 'report.pdf');
    await page.pdf({ path: pdfPath, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const goal of plan.goals) assert.ok(flat.includes(goal.statement.replace(/\s+/g, ' ')), `PDF has "${goal.statement}"`);
    for (const objective of plan.objectives) assert.ok(flat.includes(objective.name.replace(/\s+/g, ' ')), `PDF has "${objective.name}"`);
    for (const letter of ['Specific', 'Measurable', 'Attainable', 'Relevant', 'Time-bound']) assert.ok(flat.includes(letter));
    assert.ok(flat.includes(TRANSFER.kpiTable));
    // Only the report is printed: the app's header and the toolbar are not.
    assert.ok(!flat.includes(TRANSFER.print) && !flat.includes(LABELS.import), 'no app chrome in the PDF');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
    assert.ok(pages >= 1 + plan.goals.length, `${pages} pages: a title page and a page per goal`);

    await report.getByRole('button', { name: TRANSFER.closeReport }).click();
    await report.waitFor({ state: 'detached', ...WAIT });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rows of CSV TEXT (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      rows.at(-1).push(field); field = ''; rows.push([]);
    } else field += c;
  }
  if (field !== '' || rows.at(-1).length) rows.at(-1).push(field);
  return rows.filter((row) => row.length > 1 || row[0]);
}

/** Bad files built from a good backup ENVELOPE: [name, file text, pattern the message must match]. */
function badFiles(envelope) {
  const text = JSON.stringify(envelope, null, 2);
  const plan = envelope.plans[0];
  const variant = (change) => {
    const copy = structuredClone(envelope);
    change(copy.plans[0]);
    return JSON.stringify(copy, null, 2);
  };
  const goalWithKpi = plan.goals.findIndex((g) => g.kpi_id);
  // Each message must say where (line and column, or the field's path) and what is wrong there.
  return [
    ['not JSON', 'Goal: increase sales by 20%\nKPI: revenue\n', /not valid JSON.*line 1, column 1/],
    ['truncated file', text.slice(0, Math.floor(text.length / 2)), /ends \(line \d+, column \d+\).*cut off/],
    ['schema 99', variant((p) => { p.schema = 99; }), /newer Goalpost \(schema 99\).*plans\[0\]\.schema/],
    ['dangling reference', variant((p) => { p.goals[goalWithKpi].kpi_id = 'kpi-that-is-not-there'; }),
      new RegExp(`goals\\[${goalWithKpi}\\]\\.kpi_id.*kpi-that-is-not-there`)],
    ['NaN', text.replace(/"target": [-\d.e+]+/, '"target": NaN'), /line \d+, column \d+.*NaN/],
    ['1e999', text.replace(/"target": [-\d.e+]+/, '"target": 1e999'), /goals\[0\]\.target.*too large/],
    ['a date that does not exist', variant((p) => { p.goals[0].deadline = '2026-02-30'; }), /goals\[0\]\.deadline.*2026-02-30.*not a real date/],
    ['duplicated ids', variant((p) => { p.goals.push({ ...structuredClone(p.goals[0]), statement: 'A second goal with the first one\'s id' }); }),
      new RegExp(`'${escape(plan.goals[0].id)}'.*goals\\[${plan.goals.length}\\]\\.id.*already used`)],
  ];
}

test('bad files show a specific message and leave every stored byte as it was', async () => {
  const server = await serve();
  const browser = await launch();
  const dir = await scratch();
  try {
    const { page, problems } = await openApp(browser, server.url);
    await planFromTemplate(page);
    const envelope = JSON.parse((await exportBackup(page)).text);

    const cases = badFiles(envelope).map(([name, text, pattern]) => [name, jsonFile(`${name}.json`, text), pattern]);
    const csvFile = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    cases.push(['CSV with an open quote', csvFile('open-quote.csv', 'Date,Sessions\n"2026-09-01,120\n2026-09-02,130\n'), /line 2.*never closed/]);
    cases.push(['CSV with a header and no rows', csvFile('header-only.csv', '# Analytics export\nDate,Sessions\n'), /no rows/]);
    // Over 16 MB: refused before it is read.
    const big = join(dir, 'huge.json');
    await writeFile(big, `{"format":"goalpost-backup","schema":1,"plans":[],"padding":"${'x'.repeat(17 * 1024 * 1024)}"}`);
    cases.push(['oversize file', big, /17 MB.*at most 16 MB/]);

    for (const [name, file, pattern] of cases) {
      const before = await dumpDatabases(page);
      const dialog = await importFile(page, file);
      const alert = dialog.getByRole('alert');
      await alert.waitFor(WAIT);
      const message = await alert.textContent();
      assert.match(message, pattern, `${name}: "${message}"`);
      assert.match(message, /Nothing was changed\.$/, `${name}: "${message}"`);
      assert.ok(!/Not built yet/.test(message), `${name}: the core method is missing`);
      await dialog.getByRole('button', { name: LABELS.close, exact: true }).click();
      assert.equal(await dumpDatabases(page), before, `${name}: the stored data changed`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('HTML and script in an imported plan are stored as text and shown as text', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const { page, problems } = await openApp(browser, server.url);
    const id = await planFromTemplate(page);
    const envelope = JSON.parse((await exportBackup(page)).text);
    const plan = envelope.plans[0];
    plan.id = 'plan-hostile';
    plan.name = `Plan ${HOSTILE}`;
    plan.goals[0].statement = `Increase sales by 20% by 2027-12-31 ${HOSTILE}`;
    const dialog = await importFile(page, jsonFile('hostile.json', JSON.stringify(envelope)));
    await dialog.waitFor({ state: 'detached', ...WAIT });

    const stored = await readStoredPlan(page, 'plan-hostile');
    assert.equal(stored.name, plan.name);
    assert.equal(stored.goals[0].statement, plan.goals[0].statement);
    assert.ok(await readStoredPlan(page, id), 'the other plan is still there');

    // Shown in the report as the very characters typed, and no element made from them.
    const exportDialog = await openDialog(page, LABELS.export, TRANSFER.exportTitle);
    await exportDialog.getByRole('button', { name: TRANSFER.openReport }).click();
    const report = page.locator('.gp-report');
    await report.getByText(plan.goals[0].statement, { exact: true }).waitFor(WAIT);
    assert.equal(await report.getByRole('heading', { level: 1 }).textContent(), plan.name);
    assert.equal(await page.locator('img[src="x"], .gp-report script').count(), 0);
    await report.getByRole('button', { name: TRANSFER.closeReport }).click();
    assert.deepEqual(problems, [], 'nothing ran: no dialog, no error');
  } finally {
    await browser.close();
    await server.close();
  }
});

// ---- the transfer module on a page of its own ---------------------------------------

test('share links: round trip, the 8,000-character limit, and damaged links', async () => {
  const server = await serveHarness();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await page.locator('body[data-ready="true"]').waitFor(WAIT);

    const codec = await page.evaluate(async () => {
      const { share } = window.harness;
      const plan = { name: 'Ünïcode ✓ 🎯 plan', note: 'x'.repeat(5000), list: [1, 2.5, -3e-7] };
      const hash = await share.encodeShare(plan);
      return { hash, back: await share.decodeShare(hash), text: JSON.stringify(plan) };
    });
    assert.equal(codec.back, codec.text);
    assert.match(codec.hash, /^#plan=[A-Za-z0-9_-]+$/);
    assert.ok(codec.hash.length < codec.text.length / 5, 'repetitive text compresses');

    // A plan whose link is too long: the dialog says so and offers the JSON file.
    const id = await page.evaluate(async () => {
      const { core, session, model } = window.harness;
      const plan = model.template(core, 'robins-tweezers');
      // Random values do not compress: about 3,000 of them make a link far over the limit.
      let seed = 7;
      const random = () => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
      const start = Date.UTC(2020, 0, 1);
      plan.kpis[0].measurements = Array.from({ length: 3000 }, (_, i) => ({
        date: new Date(start + i * 86400000).toISOString().slice(0, 10),
        value: Math.round(random() * 1e6) / 100,
        note: '',
      }));
      const [valid] = await session.savePlans([plan]);
      await window.harness.setPlanId(valid.id);
      return valid.id;
    });
    const dialog = await openDialog(page, 'Export', TRANSFER.exportTitle);
    await dialog.getByRole('button', { name: TRANSFER.makeShareLink }).click();
    await dialog.getByText(/This link would be [\d,]+ characters long; links over 8,000 characters/).waitFor(WAIT);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('.share-output').getByRole('button', { name: TRANSFER.downloadBackup }).click(),
    ]);
    const backup = JSON.parse(await downloadText(download));
    assert.equal(backup.plans[0].id, id);
    assert.equal(backup.plans[0].kpis[0].measurements.length, 3000);
    await dialog.getByRole('button', { name: LABELS.close, exact: true }).click();

    // Damaged links: a clear message, no Save button, nothing stored.
    const before = await dumpDatabases(page);
    const cut = codec.hash.slice(0, Math.floor(codec.hash.length / 2));
    for (const [hash, pattern] of [
      [cut, /incomplete or damaged/],
      ['#plan=<b>hi</b>', /characters that a Goalpost link never has/],
      ['#plan=', /empty/],
    ]) {
      await page.evaluate((h) => window.harness.openShared(h), hash);
      const preview = page.getByRole('dialog', { name: TRANSFER.sharedTitle });
      await preview.getByRole('alert').filter({ hasText: pattern }).waitFor(WAIT);
      assert.equal(await preview.getByRole('button', { name: TRANSFER.saveCopy }).count(), 0);
      await preview.getByRole('button', { name: LABELS.close }).click();
      await preview.waitFor({ state: 'detached', ...WAIT });
    }
    assert.equal(await dumpDatabases(page), before);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('file names: goalpost-<plan name>-<date> with a readable slug', async () => {
  const server = await serveHarness();
  const browser = await launch();
  try {
    const { page, problems } = await openPage(browser.context, server.url);
    await page.locator('body[data-ready="true"]').waitFor(WAIT);
    const names = await page.evaluate(() => {
      const { files } = window.harness;
      const at = new Date(2026, 10, 22, 23, 59);
      return ["Robin's Tweezer Co.", 'Café  Crème — 2026!', '   ', '<script>', 'ÆØÅ 日本'].map((n) => files.exportFileName(n, 'json', at));
    });
    assert.deepEqual(names, [
      'goalpost-robins-tweezer-co-2026-11-22.json',
      'goalpost-cafe-creme-2026-2026-11-22.json',
      'goalpost-plan-2026-11-22.json',
      'goalpost-script-2026-11-22.json',
      'goalpost-æøa-日本-2026-11-22.json',
    ]);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
