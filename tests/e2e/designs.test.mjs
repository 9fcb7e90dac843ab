// End to end (issue 23): an HR adviser compares scheme designs for the
// employer, shares them, and prints every calculator for a manager on A4.
// Every expected figure is worked by hand in src/state/designs.rs and
// src/state/shared_figures.rs; the working is repeated in the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { useApp, newPage, summary, link, settled, downloadCsv } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const app = useApp(before, after);
const nav = (page, name) => page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name, exact: true }).click();

/** Fills one payment's editor (a fieldset) as an adviser types it. */
async function fillPayment(fs, { name, amount, month, shape, tieIn }) {
  await fs.getByLabel('Name', { exact: true }).fill(name);
  await fs.getByLabel('Amount, in pounds').fill(amount);
  await fs.getByLabel('Paid after how many full months, counted from the start date').fill(month);
  await fs.getByLabel('Repayment if the worker leaves (the tie-in)').selectOption(shape);
  await fs.getByLabel('Tie-in length, in months from the date this payment is made').fill(tieIn);
}

/** The comparison table's row whose heading starts with `label`: its cells. */
async function designRow(page, label) {
  const row = page.locator('.app-mount #designs tbody tr', { has: page.locator('th', { hasText: label }) });
  return (await row.locator('td').allTextContents()).map((t) => t.trim());
}

test('an adviser builds design A, copies it to B, changes B, compares and shares both', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  // Design A on Retention payments and clawback, in 2025/26 at £38,000.
  await page.getByLabel('Tax year', { exact: true }).selectOption('2025-26');
  const payments = page.locator('.app-mount fieldset.payment');
  assert.equal(await payments.count(), 3, 'the default scheme has three payments to change');
  await fillPayment(payments.nth(0), { name: 'Golden hello', amount: '2000', month: '0', shape: 'prorata', tieIn: '24' });
  await fillPayment(payments.nth(1), { name: 'Retention, year 1', amount: '1500', month: '12', shape: 'cliff', tieIn: '12' });
  await fillPayment(payments.nth(2), { name: 'Retention, year 2', amount: '1500', month: '24', shape: 'cliff', tieIn: '12' });
  await page.getByLabel('Leaving after how many full months from the start date').fill('15');
  // After 15 full months: the hello's (24 − 15) / 24 × £2,000 = £750 and all of
  // the first £1,500 (3 months into its 12): £2,250 of the £3,500 paid.
  assert.match(await summary(page), /you repay £2,250\.00 of the £3,500\.00 paid/);
  // The cost table names the payments as typed.
  assert.deepEqual(await page.locator('.app-mount #employer-cost tbody th').allTextContents(),
    ['Golden hello', 'Retention, year 1', 'Retention, year 2', 'Total']);

  // A £42 locum on Agency or permanent.
  await nav(page, 'Agency or permanent');
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('42');

  // Payback: design B starts as a copy of A, then becomes one £5,000 hello.
  await nav(page, 'Payback');
  await page.getByRole('button', { name: 'Add Design B to compare (starts as a copy of design A)' }).click();
  // Focus goes to the new design (the button's place may go: three at most).
  await page.waitForFunction(() => document.activeElement?.textContent === 'Design B');
  const b = page.locator('.app-mount .offer', { has: page.locator('h3', { hasText: 'Design B' }) });
  assert.equal(await b.locator('fieldset.payment').count(), 3, 'B is a copy of A');
  await settled(page);
  assert.deepEqual(await designRow(page, 'Paid in all if the worker stays'), ['£5,000.00', '£5,000.00']);
  while ((await b.locator('fieldset.payment').count()) > 1) {
    await b.locator('fieldset.payment').last().getByRole('button', { name: /^Remove/ }).click();
  }
  await b.locator('fieldset.payment').first().getByLabel('Amount, in pounds').fill('5000');
  await settled(page);

  // Worked by hand: £2,250 of £3,500 against (24 − 15) / 24 × £5,000 = £1,875
  // of £5,000; each £5,000 × 1.155 (15% employer NI on top of a month's pay
  // above £417, 0.5% levy, not pensionable) = £5,775.00; saving £20,820.60 a
  // year (£71,484 − £50,663.40), £1,735.05 a month: A pays £1,500 + £2,310 at
  // the start, covered after 3 months (2 × £1,735.05 = £3,470.10 is short)
  // and stays covered; B pays £7,275 at once: 4 months short (£6,940.20),
  // 5 months cover it. Paid to everyone: A £5,775 × 12/36 = £1,925.00 a year,
  // B × 12/24 = £2,887.50, against a leaver's £5,330.99: 36.11 and 54.16.
  assert.deepEqual(await designRow(page, 'Repayable if the worker leaves after 15 full months'),
    ['£2,250.00 of £3,500.00 paid', '£1,875.00 of £5,000.00 paid']);
  assert.deepEqual(await designRow(page, 'Cost with on-costs'), ['£5,775.00', '£5,775.00']);
  assert.deepEqual(await designRow(page, 'Pays for itself against the agency locum'), ['after 3 months', 'after 5 months']);
  assert.deepEqual(await designRow(page, 'Cost a year per head'), ['£1,925.00', '£2,887.50']);
  assert.deepEqual(await designRow(page, 'Leavers it must prevent'), ['36.11: more than leave now', '54.16: more than leave now']);
  const what = await designRow(page, 'What is paid and when');
  assert.match(what[0], /Golden hello: £2,000\.00 on joining;\s*Retention, year 1: £1,500\.00 after 12 full months;\s*Retention, year 2: £1,500\.00 after 24 full months/);
  assert.equal(what[1], 'Golden hello: £5,000.00 on joining');
  const sentence = (await page.locator('.app-mount').getByTestId('designs-sentence').textContent()).trim();
  assert.match(sentence, /^Per hire, allowing for 11\.8% turnover and 80% of clawback recovered, Design A is the cheapest: £[\d,]+\.\d\d over 36 months, against £[\d,]+\.\d\d for Design B\./);
  assert.match(sentence, /Design A ties people in longest: its last tie-in ends after 36 full months, against 24 full months for Design B\.$/);

  // The chart's table: what a leaver repays each month under each design.
  const rows = page.locator('.app-mount #designs-repayable tbody tr');
  assert.equal(await rows.count(), 37, 'months 0 to 36, the longest tie-in');
  const cells = async (m) => (await rows.nth(m).locator('th, td').allTextContents()).map((t) => t.trim());
  // Month 12: A's hello 12/24 × £2,000 + the first £1,500 = £2,500; B 12/24 × £5,000.
  assert.deepEqual(await cells(12), ['12', '£2,500.00', '£2,500.00']);
  assert.deepEqual(await cells(15), ['15', '£2,250.00', '£1,875.00']);
  assert.equal(await rows.nth(15).getAttribute('aria-current'), 'true');
  assert.deepEqual(await cells(24), ['24', '£1,500.00', '£0.00']);
  assert.equal(await page.locator('.app-mount .designs svg path.chart__design').count(), 2, 'a line per design');

  // Payback says how its saving differs from Agency or permanent's, and links there.
  const differs = page.locator('.app-mount').getByTestId('saving-differs');
  assert.match(await differs.textContent(), /This saving \(£20,820\.60 a year\) is agency less the running cost of the post while it is filled \(£50,663\.40\)\. Agency or permanent shows £20,586\.11 a year: it also takes off recruitment a year \(£177\.00\), vacancy cover less the pay not paid while vacant \(£57\.49\), which this page counts itself/);
  assert.equal(await differs.getByRole('link', { name: 'Agency or permanent' }).getAttribute('href'), '#agency-or-permanent');

  // The comparison as CSV: the same words, money as pounds.
  const csv = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: designs-compared' }));
  assert.match(csv.name, /^retention-pay-designs-compared-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(csv.lines[0], 'Figure,Design A,Design B');
  assert.ok(csv.lines.includes('"Cost with on-costs (employer NI, levy, pension where pensionable)",5775.00,5775.00'), csv.lines.join('\n'));
  const months = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: designs-repayable' }));
  assert.ok(csv.lines.includes('Repayable if the worker leaves after 15 full months (resignation),"£2,250.00 of £3,500.00 paid","£1,875.00 of £5,000.00 paid"'));
  assert.equal(months.lines.length, 38, 'a heading and every month, 0 to 36');
  assert.equal(months.lines[16], '15,2250.00,1875.00');

  // Shared: the link restores both designs.
  const url = await link(page);
  assert.match(url, /&d2\.p0\.amount=5000&/);
  const other = await newPage(app.browser);
  await other.goto(url);
  await summary(other);
  await settled(other);
  assert.deepEqual(await designRow(other, 'Repayable if the worker leaves after 15 full months'),
    ['£2,250.00 of £3,500.00 paid', '£1,875.00 of £5,000.00 paid']);
  assert.equal((await other.locator('.app-mount').getByTestId('designs-sentence').textContent()).trim(), sentence);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
});

// The two designs, a £42 locum, 2025/26, leaving after 15 months, as a link.
const pay = (pre, i, name, amount, month, tiein, shape) =>
  `${pre}p${i}.name=${encodeURIComponent(name)}&${pre}p${i}.amount=${amount}&${pre}p${i}.month=${month}&${pre}p${i}.tiein=${tiein}&${pre}p${i}.shape=${shape}&${pre}p${i}.fte=1&${pre}p${i}.pens=0`;
const QUERY = 'v=1&year=2025-26&leave=15&c.hourly=42&' + [
  pay('', 0, 'Golden hello', 2000, 0, 24, 'prorata'),
  pay('', 1, 'Retention, year 1', 1500, 12, 12, 'cliff'),
  pay('', 2, 'Retention, year 2', 1500, 24, 12, 'cliff'),
  pay('d2.', 0, 'One golden hello of five thousand pounds', 5000, 0, 24, 'prorata'),
].join('&');
const PAGES = ['retention', 'agency-or-permanent', 'payback', 'check-my-package', 'workforce-strategy'];
const squash = (s) => s.replace(/\s+/g, ' ');
/**
 * Whether `phrase` is printed whole: its words in order in the PDF's text,
 * allowing a few words of a neighbouring cell between them where a narrow cell
 * wraps (pdftotext reads a wrapped table row line by line).
 */
function printed(text, phrase, gap = 16) {
  const words = text.split(' ');
  const want = phrase.split(' ').filter((w) => w);
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== want[0]) continue;
    let at = start;
    let ok = true;
    for (const w of want.slice(1)) {
      const next = words.slice(at + 1, at + 2 + gap).indexOf(w);
      if (next < 0) { ok = false; break; }
      at += next + 1;
    }
    if (ok) return true;
  }
  return false;
}
/** What a visitor must never read: this project's own files. */
const PROJECT_FILE = /shared\/|src\/|static\/|docs\/|\b[\w-]+\.(md|rs)\b/i;

/** Prints the page as Chromium does to an A4 PDF and returns its text. */
async function printedText(page, name) {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4' });
  assert.ok(readFileSync(file).length > 1000);
  return squash(execFileSync('pdftotext', ['-layout', file, '-']).toString());
}

test('every calculator prints on A4 with option text in full, every table column, and the names typed', async () => {
  for (const slug of PAGES) {
    const page = await newPage(app.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.origin}/#${slug}?${QUERY}`);
    await summary(page);
    await settled(page);
    // Every fold and explanation open, as the print button leaves them.
    await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
    const screen = await page.locator('.app-mount').innerText();
    assert.doesNotMatch(screen, PROJECT_FILE, `${slug}: a project file named on screen`);
    const text = await printedText(page, slug);
    assert.doesNotMatch(text, PROJECT_FILE, `${slug}: a project file named in print`);
    assert.doesNotMatch(text, /after 0 full months/, slug);
    // Each select's chosen option, in full.
    const chosen = await page.evaluate(() => [...document.querySelectorAll('.app-mount select')]
      .filter((s) => s.id !== 'pay-point' && s.selectedIndex >= 0)
      .map((s) => s.options[s.selectedIndex].textContent.replace(/\s+/g, ' ').trim()));
    // (Workforce strategy has a select only once "Choose your council" is pressed.)
    assert.ok(chosen.length > 0 || slug === 'workforce-strategy', `${slug}: has selects`);
    for (const option of chosen) assert.ok(printed(text, option), `${slug}: the option “${option}” in full`);
    // Every table printed whole: each column's heading is in the PDF's text,
    // and no table runs past the printed page's width (A4 less the margins).
    const headings = await page.evaluate(() => [...document.querySelectorAll('.app-mount table')]
      .filter((t) => t.offsetParent !== null)
      .flatMap((t) => [...t.querySelectorAll('thead th')].map((th) => {
        const c = th.cloneNode(true);
        c.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
        return c.textContent.replace(/\s+/g, ' ').trim();
      }))
      .filter((h) => h));
    assert.ok(headings.length > 0, slug);
    for (const h of headings) assert.ok(printed(text, h), `${slug}: the column “${h}” printed`);
    await page.setViewportSize({ width: 700, height: 900 });
    const wide = await page.evaluate(() => [...document.querySelectorAll('.app-mount table')]
      .filter((t) => t.offsetParent !== null && t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((t) => `${t.id || t.className}: ${Math.round(t.getBoundingClientRect().right)}px`));
    assert.deepEqual(wide, [], `${slug}: tables wider than A4`);
    if (slug === 'retention') {
      assert.ok(printed(text, 'Pro rata: repay less for each full month served'));
      assert.ok(printed(text, 'All or nothing: repay it all if you leave within the tie-in'));
      // The cost table with the names typed.
      assert.ok(printed(text, 'Golden hello £2,000.00 £300.00 £10.00 £0.00 £2,310.00', 2), 'the cost table names the payment');
    }
    if (slug === 'payback') {
      assert.match(text, /Scheme designs side by side/);
      assert.ok(printed(text, '£2,250.00 of £3,500.00 paid £1,875.00 of £5,000.00 paid', 8), 'the designs side by side');
      // A long payment name prints in full where it is read: the designs'
      // tables, and its own field in the editor's column (which cut it past
      // about 27 characters when the input itself printed).
      assert.ok(printed(text, 'One golden hello of five thousand pounds'), 'design B\'s payment name in full');
    }
    // Every text field prints what was typed as text, in full, inside its
    // column: the input itself is hidden, the text beside it wraps.
    const fields = await page.evaluate(() => [...document.querySelectorAll('.app-mount .input-wrapper > .input')]
      .filter((i) => i.closest('.form-group')?.offsetParent !== null)
      .map((i) => {
        const out = i.parentElement.querySelector('.input-print');
        const group = i.closest('.form-group').getBoundingClientRect();
        const r = out?.getBoundingClientRect();
        return { id: i.id, value: i.value, shown: out?.textContent, inputHidden: getComputedStyle(i).display === 'none',
          inside: !!r && r.width > 0 && r.right <= group.right + 1 };
      }));
    assert.ok(fields.length > 3, `${slug}: text fields printed`);
    // A select prints as its chosen option's text only, never twice.
    const selects = await page.evaluate(() => [...document.querySelectorAll('.app-mount select')]
      .filter((s) => s.offsetParent !== null).map((s) => s.id));
    assert.deepEqual(selects, [], `${slug}: selects printed beside their text`);
    for (const f of fields) {
      assert.equal(f.shown, f.value, `${slug}: ${f.id} prints what was typed`);
      assert.ok(f.inputHidden && (f.inside || f.value === ''), `${slug}: ${f.id} printed inside its column`);
    }
    if (slug === 'payback') {
      const name = fields.find((f) => f.value === 'One golden hello of five thousand pounds');
      assert.ok(name, 'design B\'s long name is a printed field');
    }
    assert.deepEqual(page.problems, [], slug);
    await page.close();
  }
});

test('removing a design keeps the keyboard in the designs, and an empty or late design is never the cheapest', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#payback?${QUERY}`);
  await summary(page);
  await page.getByRole('button', { name: /^Add Design C to compare/ }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Design C');
  // Remove C: focus goes to B's heading, the last design left; remove B: to the
  // section's heading. Never to the top of the page.
  await page.getByRole('button', { name: 'Remove Design C' }).press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Design B');
  await page.getByRole('button', { name: 'Remove Design B' }).press('Space');
  await page.waitForFunction(() => document.activeElement?.id === 'designs-heading');
  // Design B paid at month 36, the end of the default 36-month horizon: its
  // expected cost over the horizon leaves it out, so no "cheapest".
  const late = QUERY.replace('d2.p0.month=0', 'd2.p0.month=36');
  await page.goto(`${app.server.origin}/#payback?${late}`);
  await page.reload();
  await summary(page);
  const text = await page.locator('.app-mount').getByTestId('designs-sentence').textContent();
  assert.match(text, /Design B pays £5,000\.00 at or after the end of the 36-month horizon/);
  assert.doesNotMatch(text, /Design B is the cheapest/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a one-payment scheme reads as paid on joining, never after 0 full months', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#retention?v=1&leave=0&${pay('', 0, 'Golden hello', 5000, 0, 24, 'prorata')}`);
  assert.match(await summary(page), /^If you leave within the first month \(resignation\), you repay £5,000\.00 of the £5,000\.00 paid/);
  const body = await page.locator('.app-mount .panel').first().textContent();
  assert.match(body, /If you stay, the scheme pays £5,000\.00 in all, paid on joining; nothing is repayable if you leave after 24 full months\./);
  assert.doesNotMatch(await page.locator('.app-mount').innerText(), /after 0 full months|after no full months/);
});

test('axe finds no violations on the designs compared, at 1280 and 375 px, sections closed and open', async () => {
  for (const width of [1280, 375]) {
    const page = await newPage(app.browser, { viewport: { width, height: 800 } });
    await page.goto(`${app.server.origin}/#payback?${QUERY}&d3.p0.amount=1000&d3.p0.month=6&d3.p0.tiein=12&d3.p0.shape=taper&d3.p0.full=6`);
    await summary(page);
    await settled(page);
    assert.equal(await page.locator('.app-mount #designs thead th').count(), 4, 'A, B and C');
    await page.addScriptTag({ path: AXE });
    for (const state of ['closed', 'open']) {
      if (state === 'open') await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector('.app-mount'), { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(violations, [], `${width} px, sections ${state}`);
    }
    // Nothing wider than the screen but the tables' own scroll regions.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width} px: the page scrolls sideways by ${overflow} px`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

// Found by a fresh tester (30 November 2026): the workings under the summary
// render a frame after a keystroke, and a print started in that frame printed
// the new headline over the old workings. The agency charge is the hourly rate
// x 37 hours x 46 billable weeks (the page's defaults): £52 is 52 x 37 = 1,924
// a week, x 46 = £88,504.00; £47 is 47 x 37 = 1,739, x 46 = £79,994.00; £40 is
// £68,080.00.
test('a print started before the workings catch up prints the new workings, by Ctrl+P or the button', async () => {
  const page = await newPage(app.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.server.origin}/#agency-or-permanent`);
  await summary(page);
  await page.locator('#c-hourly').fill('40');
  await settled(page);
  // Ctrl+P: the browser dispatches beforeprint and runs the microtasks its
  // listeners queued before laying out the page to print.
  const atPrint = await page.evaluate(async () => {
    const workings = () => document.querySelector('.app-mount .deferred').textContent;
    const input = document.getElementById('c-hourly');
    input.value = '52';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    const before = { busy: !!document.querySelector('.app-mount [aria-busy="true"]'), text: workings(), summary: document.getElementById('results-summary').textContent };
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.resolve();
    await Promise.resolve();
    const after = { busy: !!document.querySelector('.app-mount [aria-busy="true"]'), text: workings() };
    window.dispatchEvent(new Event('afterprint'));
    return { before, after };
  });
  // The case is real: the headline has moved on and the workings have not.
  assert.match(atPrint.before.summary, /£88,504\.00/);
  assert.ok(atPrint.before.busy, 'the workings wait for the next frame');
  assert.match(atPrint.before.text, /£68,080\.00/);
  assert.ok(!atPrint.after.busy, 'nothing left busy at the print');
  assert.match(atPrint.after.text, /£52\.00 an hour/);
  assert.match(atPrint.after.text, /£88,504\.00/);
  assert.doesNotMatch(atPrint.after.text, /£68,080\.00/);

  // The page's button, pressed in the same task as the keystroke: what is on
  // the page when window.print() is called.
  const atButton = await page.evaluate(async () => {
    const workings = () => document.querySelector('.app-mount .deferred').textContent;
    const printed = new Promise((resolve) => {
      window.print = () => resolve({ busy: !!document.querySelector('.app-mount [aria-busy="true"]'), text: workings() });
    });
    const input = document.getElementById('c-hourly');
    input.value = '47';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await Promise.resolve();
    document.querySelector('.app-mount [data-action="print"]').click();
    return printed;
  });
  assert.ok(!atButton.busy, 'nothing busy when the print dialog opens');
  assert.match(atButton.text, /£47\.00 an hour/);
  assert.match(atButton.text, /£79,994\.00/);
  await page.close();
});
