// End to end (issue 25): the form never moves under the user, and what it
// writes cannot harm them. A fold opened by hand stays open while its field is
// edited back to the default; a price cap's error is said at its cell; a shape
// chosen starts valid; a payment named as a formula goes into the CSV as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, settled, downloadCsv } from './harness.mjs';

const app = useApp(before, after);

test('a fold opened by hand stays open, with focus in its field, while the field is typed back to its default', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#retention`);
  await summary(page);
  const fold = page.locator('.app-mount #fold-on-costs');
  assert.equal(await fold.evaluate((d) => d.open), false, 'folded at first');
  await fold.locator('summary').click();
  const rate = page.locator('#pension-rate');
  await rate.click();
  await page.keyboard.press('End');
  await page.keyboard.type('5');
  await page.waitForFunction(() => /19\.85%/.test(document.querySelector('[data-testid="fold-on-costs-now"]').textContent));
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => /Pension: 19\.8%/.test(document.querySelector('[data-testid="fold-on-costs-now"]').textContent));
  await settled(page);
  assert.equal(await fold.evaluate((d) => d.open), true, 'still open');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'pension-rate', 'focus stays in the field');
  assert.equal(await rate.inputValue(), '19.8');
  // Tab goes on through the fold (past its source link) to the levy checkbox.
  const reached = [];
  for (let i = 0; i < 4 && reached.at(-1) !== 'levy'; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
  }
  assert.equal(reached.at(-1), 'levy', `Tab reaches the levy checkbox inside the fold: ${reached}`);
  // Closed by the user, it stays closed.
  await fold.locator('summary').click();
  await summary(page);
  assert.equal(await fold.evaluate((d) => d.open), false);
  assert.deepEqual(page.problems, []);
});

test('the price caps fold stays open when a cap is typed and cleared, and a bad cap says why at its cell', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#agency-or-permanent?v=1&cap.london.sw=abc`);
  await summary(page);
  const cell = page.locator('#cap-london-sw');
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  const described = await cell.getAttribute('aria-describedby');
  assert.equal(described, 'cap-london-sw-error');
  const message = (await page.locator(`#${described}`).textContent()).trim();
  assert.match(message, /^Error: .*the cap for/);
  // The error summary links to the same cell.
  assert.equal(await page.locator('.error-summary a[href="#cap-london-sw"]').count(), 1);
  // Fixed, then cleared: the fold stays open, focus stays in the cell.
  await cell.fill('40');
  await page.locator('#cap-london-sw-error').waitFor({ state: 'detached' });
  await cell.fill('');
  await settled(page);
  assert.equal(await page.locator('#fold-caps').evaluate((d) => d.open), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cap-london-sw');
  assert.deepEqual(page.problems, []);
});

test('choosing full then taper or stepped for any default payment starts without an error', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#retention`);
  await summary(page);
  const shapes = page.getByLabel('Repayment if the worker leaves (the tie-in)');
  for (const shape of ['taper', 'stepped']) {
    for (let i = 0; i < 3; i++) {
      const before = await shapes.nth(i).inputValue();
      await shapes.nth(i).selectOption(shape);
      await settled(page);
      assert.equal(await page.locator('.app-mount .error-message').count(), 0, `${shape} on payment ${i + 1}`);
      await shapes.nth(i).selectOption(before);
    }
  }
  assert.deepEqual(page.problems, []);
});

test('a payment named as a formula goes into every CSV as text, numbers as numbers', async () => {
  const page = await newPage(app.browser);
  const evil = '=HYPERLINK("http://evil.example/","Click")';
  await page.goto(`${app.server.origin}/#retention`);
  await summary(page);
  await page.getByLabel('Name', { exact: true }).first().fill(evil);
  await page.getByLabel('Name', { exact: true }).nth(1).fill('@SUM(1+1)');
  await page.getByLabel('Name', { exact: true }).nth(2).fill('-2+3');
  await settled(page);
  // Every table on the page, the explanations (where names lead a row) included.
  await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
  const buttons = page.locator('.app-mount button.csv-button');
  const n = await buttons.count();
  assert.ok(n >= 3, `${n} CSV buttons`);
  const neutralised = [];
  for (let i = 0; i < n; i++) {
    const csv = await downloadCsv(page, buttons.nth(i));
    for (const line of csv.lines) {
      assert.ok(!/(^|,)"?[=+@\t\r]/.test(line), `${csv.name}: a cell starts as a formula: ${line}`);
      assert.ok(!/(^|,)"?-[^0-9]/.test(line), `${csv.name}: a cell starts with - and is not a number: ${line}`);
      if (line.includes(`"'=HYPERLINK(""http://evil.example/"",""Click"")"`)) neutralised.push(csv.name);
    }
  }
  assert.ok(neutralised.length >= 1, `the formula name was written as text in: ${neutralised}`);
  assert.deepEqual(page.problems, []);
});
