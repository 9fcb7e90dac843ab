// End to end: the retention calculator in Chromium, against the release build.
// Expected figures are worked by hand from the schemes in shared/domain.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, link, settled, downloadCsv, SUB_PATH } from './harness.mjs';

const app = useApp(before, after);

test('a new visitor sees the default scheme worked out', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  // Three tranches, leaving after 10 months: the £2,000 paid at month 6 is inside its
  // 12-month tie-in; the £1,000 is past its 6-month tie-in; the £3,000 is not yet paid.
  assert.match(await summary(page), /you repay £2,000\.00 of the £3,000\.00 paid, and keep £1,000\.00/);
  assert.equal(await page.locator('h1').textContent(), 'Retention payments and clawback');
  assert.match(await link(page), /#retention\?/);
  assert.deepEqual(page.problems, []);
});

test('enter a scheme, see the repayable figure, reload and see it restored', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  // Remove the three default payments, then build a Lincolnshire-style scheme by hand.
  while ((await page.locator('fieldset.payment').count()) > 0) {
    await page.locator('fieldset.payment').first().getByRole('button', { name: /^Remove/ }).click();
  }
  await page.getByRole('button', { name: 'Add a payment' }).click();
  const amount = page.getByLabel('Amount, in pounds');
  await amount.fill('3,000');
  await page.getByLabel('Repayment if the worker leaves (the tie-in)').selectOption('prorata');
  await page.getByLabel('Tie-in length, in months from the date this payment is made').fill('24');
  await page.getByLabel('Leaving after how many full months from the start date').fill('10');
  // Pro rata per full month: (24 − 10) / 24 × £3,000 = £1,750.00.
  assert.match(await summary(page), /you repay £1,750\.00 of the £3,000\.00 paid, and keep £1,250\.00/);
  // The month-by-month table agrees, and marks the chosen month.
  await settled(page);
  const row = page.locator('#schedule tbody tr[aria-current="true"]');
  assert.match(await row.textContent(), /^10£3,000\.00£1,750\.00£1,250\.00$/);

  await page.reload();
  assert.match(await summary(page), /you repay £1,750\.00 of the £3,000\.00 paid/);
  assert.equal(await page.getByLabel('Amount, in pounds').inputValue(), '3,000');
  assert.equal(await page.getByLabel('Leaving after how many full months from the start date').inputValue(), '10');
  assert.deepEqual(page.problems, []);
});

test('bad input shows the error summary and the inline error, and keeps the text', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  const amount = page.locator('#p1-amount');
  await amount.fill('2,000.505');
  const summaryBox = page.locator('.error-summary');
  await summaryBox.waitFor();
  assert.match(await summaryBox.textContent(), /There is a problem/);
  assert.match(await page.locator('#p1-amount-error').textContent(), /Enter the amount of payment 2 in pounds with no more than 2 decimal places/);
  assert.equal(await amount.inputValue(), '2,000.505');
  assert.match(await summary(page), /Correct the errors/);
  // The summary's link moves focus to the field and leaves the address alone.
  const before = await link(page);
  await summaryBox.getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'p1-amount');
  assert.equal(await link(page), before);
  // Fixing it brings the results back.
  await amount.fill('2000');
  assert.match(await summary(page), /you repay £2,000\.00/);
  assert.equal(await summaryBox.count(), 0);
});

test('a shared link opens the same view; a damaged one says what it could not read', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByText("Start from a real council's scheme").click();
  await page.locator('button[data-preset="stepped-100-50-25"]').click();
  await page.getByLabel('Leaving after how many full months from the start date').fill('18');
  // New Forest shape on £5,000: 25% from month 18 = £1,250.
  assert.match(await summary(page), /you repay £1,250\.00 of the £5,000\.00 paid/);
  const shared = await link(page);

  const other = await newPage(app.browser);
  await other.goto(shared);
  assert.match(await summary(other), /you repay £1,250\.00 of the £5,000\.00 paid/);

  const damaged = shared.replace('p0.shape=stepped', 'p0.shape=wobbly').replace('salary=38000', 'salary=%E0%A4');
  await other.goto('about:blank');
  await other.goto(damaged);
  const problems = other.locator('#link-problems');
  await problems.waitFor();
  assert.match(await problems.textContent(), /wobbly/);
  assert.match(await problems.textContent(), /salary/);
  // The rest of the link was kept: the amount is still there (in the app's own
  // field: the problems can show while the calculator's part is still loading,
  // with the hidden prerendered default view, £1,000, on the page).
  assert.equal(await other.locator('.app-mount #p0-amount').inputValue(), '5000');
});

test('a removed payment or a replaced scheme can be put back', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.locator('fieldset.payment').nth(1).getByRole('button', { name: /^Remove/ }).click();
  assert.equal(await page.locator('fieldset.payment').count(), 2);
  assert.match(await page.getByRole('status').textContent(), /Payment 2 \(At 6 months\) was removed/);
  // Without the £2,000 tranche nothing is repayable at month 10.
  assert.match(await summary(page), /you repay £0\.00 of the £1,000\.00 paid/);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.locator('fieldset.payment').count(), 3);
  assert.match(await summary(page), /you repay £2,000\.00 of the £3,000\.00 paid/);
});

test('works under a sub-path, as a council site would host it', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}${SUB_PATH}`);
  assert.match(await summary(page), /you repay £2,000\.00/);
  assert.deepEqual(page.problems, []);
});

test('every page fits 320 px wide and 200% zoom without sideways scrolling', async () => {
  // 200% zoom on a 1280 px window lays out at 640 CSS px; 320 px is the narrowest phone.
  for (const fragment of ['', '#agency-or-permanent', '#payback', '#check-my-package', '#agency-or-permanent-for-me', '#workforce-strategy']) {
    for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
      const page = await newPage(app.browser, { viewport, deviceScaleFactor: 2 });
      await page.goto(`${app.server.origin}/${fragment}`);
      await summary(page);
      // The tables below the headline come a frame after it: measure them too.
      await settled(page);
      // With every explanation and fold open, too.
      await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${fragment || 'retention'} scrolls sideways by ${overflow}px at ${viewport.width}px`);
      // Nor is anything cut off at the window's edge by a box that hides overflow
      // (only the scrolling regions of wide tables may reach past it).
      const cut = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) { if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true; } return false; };
        return [...document.querySelectorAll('.app-mount *')]
          .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > width + 1 && !scrolls(el))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className.baseVal ?? el.className}: ${el.textContent.slice(0, 40)}`);
      });
      assert.deepEqual(cut, [], `${fragment || 'retention'} at ${viewport.width}px`);
      // No chart prints one label over another, or past its own edge.
      const overlaps = await page.evaluate(() => [...document.querySelectorAll('.app-mount svg')].flatMap((svg) => {
        const edge = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
        const outside = boxes.filter(([, r]) => r.left < edge.left - 1 || r.right > edge.right + 1 || r.top < edge.top - 1 || r.bottom > edge.bottom + 1)
          .map(([a]) => `"${a}" past the chart's edge`);
        return outside.concat(boxes.flatMap(([a, r], i) => boxes.slice(i + 1)
          .filter(([, q]) => r.left < q.right - 1 && q.left < r.right - 1 && r.top < q.bottom - 1 && q.top < r.bottom - 1)
          .map(([b]) => `"${a}" over "${b}"`)));
      }));
      assert.deepEqual(overlaps, [], `${fragment || 'retention'} at ${viewport.width}px`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  }
});

test('works by keyboard alone, with a visible focus', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok((await skip.boundingBox()).x >= 0, 'the skip link is on screen when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  // Reach "One month later" with Tab alone and press it with the keyboard.
  let found = false;
  for (let i = 0; i < 200 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement.textContent === 'One month later');
  }
  assert.ok(found, 'the month button is reachable by Tab');
  const focusBg = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  assert.equal(focusBg, 'rgb(255, 221, 0)', 'focus is shown in the focus colour');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#leave-month').inputValue(), '11');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#leave-month').inputValue(), '12');
});

test('the explanation comes from the engine and the chart has its table', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByText('How this is worked out').first().click();
  await settled(page);
  const explain = page.locator('.table--explain').first();
  assert.match(await explain.textContent(), /At 6 months.*all or nothing: within the 12-month tie-in, all of it is repayable/);
  assert.match(await explain.textContent(), /At 18 months.*not paid yet/);
  assert.equal(await page.locator('svg[role="img"] title').textContent(), 'Repayable amount by leaving month');
  assert.equal(await page.locator('#schedule tbody tr').count(), 46);
});

test('the month-by-month schedule downloads as CSV with the hand-worked figures', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await settled(page);
  // The default scheme: £1,000 on joining (6-month cliff), £2,000 at 6 months
  // (12-month cliff), £3,000 at 18 months (24-month cliff). After 10 full months:
  // £3,000 paid; the first tie-in ended at month 6, the second runs to 18, so
  // £2,000 is repayable and £1,000 kept. After 18: £6,000 paid, the £3,000 repayable.
  const csv = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: schedule' }));
  assert.match(csv.name, /^retention-pay-schedule-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(csv.lines[0], 'Full months before leaving,Paid by then,Repayable,Kept,Repayable: On joining,Repayable: At 6 months,Repayable: At 18 months');
  const row = (m) => csv.lines.find((l) => l.startsWith(`${m},`));
  assert.equal(row(10), '10,3000.00,2000.00,1000.00,0.00,2000.00,0.00');
  assert.equal(row(18), '18,6000.00,3000.00,3000.00,0.00,0.00,3000.00');
});
