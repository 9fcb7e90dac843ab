// End to end: Check my package, as a candidate uses it, against the release build.
// Every expected figure is worked by hand from HMRC's payroll rules
// (shared/domain.md 5a); the working is in the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, link, settled, downloadCsv } from './harness.mjs';

const app = useApp(before, after);

/** Opens the page from the navigation, as a visitor would. */
async function openPackage(page) {
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByRole('link', { name: 'Check my package' }).click();
  await page.locator('h1', { hasText: 'Check my package' }).waitFor();
}

/** 2025/26, England, £40,000, Plan 2, not in the LGPS, one £3,000 bonus. */
async function enterTheOffer(page) {
  await page.getByLabel('Full-time salary, in pounds a year').fill('40000');
  await page.getByLabel('Tax year', { exact: true }).selectOption('2025-26');
  await page.locator('label[for="k-lgps-out"]').click();
  assert.equal(await page.getByLabel('Plan 2', { exact: true }).isChecked(), true, 'Plan 2 is ticked by default');
  while ((await page.locator('fieldset.payment').count()) > 0) {
    await page.locator('fieldset.payment').first().getByRole('button', { name: /^Remove/ }).click();
  }
  await page.getByRole('button', { name: 'Add a payment' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Bonus');
  await page.getByLabel('Amount, in pounds').fill('3000');
  await page.getByLabel('Paid after how many full months, counted from the start date').fill('4');
  await page.getByLabel('Repayment if the worker leaves (the tie-in)').selectOption('cliff');
  await page.getByLabel('Tie-in length, in months from the date this payment is made').fill('12');
  await page.getByLabel('If you left, after how many full months from your start date').fill('10');
}

test('a candidate enters an offer, reads the bonus payslip and the real cost of leaving', async () => {
  const page = await newPage(app.browser);
  await openPackage(page);
  assert.match(await link(page), /#check-my-package\?/);
  await enterTheOffer(page);

  // A regular month: £3,333.33 gross; PAYE on 1257L: 3,333.33 − 1,048.26 -> £2,285 at
  // 20% = £457.00; NI 8% × 2,285.33 = 182.8264 -> £182.83; Plan 2: 9% × (3,333.33 −
  // 2,372.50) = 86.4747 -> £86; net £2,607.50. The year: 39,999.96 gross, the year's
  // liability 20% × 27,429.96 = £5,485.99, NI £2,193.96, loans £1,032: £31,288.01.
  assert.match(await summary(page), /You take home £31,288\.01 a year, £2,607\.50 a month\./);
  await settled(page);

  // The bonus is paid after 4 full months: the 5th payslip (August). Tax to date:
  // 5 × 3,333.33 + 3,000 − 5 × 1,048.26 = 14,425.35 -> £14,425 at 20% = 2,885.00, less
  // 4 × £457 = £1,057.00. NI: 8% × 3,141 + 2% × 2,144.33 = 294.1666 -> £294.17.
  // Loan: 9% × (6,333.33 − 2,372.50) = 356.4747 -> £356. Net £4,626.16.
  const august = page.locator('#payslips tbody tr[data-month="5"]');
  assert.equal(
    (await august.textContent()).trim(),
    '5 (Aug) with Bonus£6,333.33£0.00£1,057.00£294.17£356.00£4,626.16',
  );
  assert.match(await august.getAttribute('class'), /row--lump/);
  const july = page.locator('#payslips tbody tr[data-month="4"]');
  assert.equal((await july.textContent()).trim(), '4 (Jul)£3,333.33£0.00£457.00£182.83£86.00£2,607.50');

  // The payslips as CSV, cell by cell: the same hand-worked figures, pounds without
  // the £ sign, the lump-sum month's note kept in its first cell.
  const csv = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: payslips' }));
  assert.match(csv.name, /^retention-pay-payslips-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(csv.lines[0], 'Month,Gross,LGPS,Income tax,NI,Loans,Net pay');
  assert.equal(csv.lines[4], '4 (Jul),3333.33,0.00,457.00,182.83,86.00,2607.50');
  assert.equal(csv.lines[5], '5 (Aug) with Bonus,6333.33,0.00,1057.00,294.17,356.00,4626.16');

  // Leaving after 10 full months: all £3,000 is repaid (12-month tie-in, 6 months
  // served). The bonus added 3,000 − 600 − 111.34 − 270 = £2,018.66 to take-home. Tax
  // back: the year's income 42,999.96 is all basic rate, so 20% = £600; real cost £2,400.
  const leaving = (await page.getByTestId('leaving').textContent()).trim();
  assert.match(leaving, /you would repay £3,000\.00 gross/);
  assert.match(leaving, /claim £600\.00 of income tax back/);
  assert.match(leaving, /the £111\.34 of National Insurance is not refunded, nor the £270\.00 of student loan taken on it/);
  // The bonus falls in a basic-rate year, so what it adds over the year is the same
  // £2,018.66: repaying costs £2,400 − £2,018.66 = £381.34 more than it gave.
  assert.match(leaving, /Leaving would cost you £2,400\.00: more than the £2,018\.66 the repaid part added to your take-home pay over its tax year, by £381\.34\./);
  assert.match(leaving, /Counting everything the payments added \(£2,018\.66\), you would be £381\.34 worse off than without them\./);

  // "How this is worked out" says PAYE's rounding and where it differs from the year's tax:
  // 12 × £457 = £5,484.00, £1.99 less than £5,485.99.
  await page.getByText('How your take-home pay is worked out').click();
  const paye = page.locator('tr', { hasText: 'Income tax PAYE deducts over the year' });
  assert.match(await paye.textContent(), /£1\.99 less than the year's liability/);
  assert.match(await paye.textContent(), /£5,484\.00/);
  // Every rate with its source: the rates table for the year.
  await page.getByText('Rates used for 2025/26').click();
  assert.match(await page.locator('#rates-used').textContent(), /Plan 2: above £28,470 a year \(£2,372\.50 a month\)/);
  assert.deepEqual(page.problems, []);
});

test('three offers side by side, restored from a shared link', async () => {
  const page = await newPage(app.browser);
  await openPackage(page);
  await enterTheOffer(page);
  await page.getByRole('button', { name: /^Add an offer to compare/ }).click();
  await page.getByRole('button', { name: /^Add an offer to compare/ }).click();
  assert.equal(await page.getByRole('button', { name: /^Add an offer to compare/ }).count(), 0, 'three at most');
  // The second and third start as copies of the first.
  assert.equal(await page.getByLabel('Offer 2: full-time salary, in pounds a year').inputValue(), '40000');
  await page.getByLabel('Offer 3: full-time salary, in pounds a year').fill('45000');
  await settled(page);
  const compare = page.locator('#compare');
  const firstRow = compare.locator('tbody tr').first();
  // Offers 1 and 2 are the same: a year of payslips before payments, as "by month
  // 12" counts them: PAYE takes 12 × £457 = £5,484.00 (not the year's liability of
  // £5,485.99), so 39,999.96 − 5,484.00 − 2,193.96 NI − 1,032 loan = £31,290.00.
  assert.match(await firstRow.textContent(), /^A year of payslips, before payments£31,290\.00£31,290\.00/);
  // Offer 3 on £45,000: 3,750 a month; PAYE in month 12 on 45,000 − 12,579.12 =
  // 32,420.88 -> £32,420 at 20% = 6,484.00 for the year; NI 12 × 8% × 2,702 =
  // 2,593.92; loan 12 × floor(9% × 1,377.50 = 123.975) = 12 × 123 = 1,476; net
  // 45,000 − 6,484 − 2,593.92 − 1,476 = £34,446.08.
  assert.match(await firstRow.textContent(), /£34,446\.08$/);
  const table = await compare.textContent();
  const shared = await link(page);

  const again = await newPage(app.browser);
  await again.goto(shared);
  await again.locator('#compare').waitFor();
  await settled(again);
  assert.equal(await again.locator('#compare').textContent(), table);
  assert.equal(await again.getByLabel('Offer 3: full-time salary, in pounds a year').inputValue(), '45000');
  assert.equal(await again.getByLabel('Offer 2: full-time salary, in pounds a year').inputValue(), '40000');
  assert.equal(await again.getByLabel('Opted out', { exact: true }).isChecked(), true);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});

test('a bad tax code shows the GOV.UK error pattern and keeps the text', async () => {
  const page = await newPage(app.browser);
  await openPackage(page);
  const code = page.getByLabel('Your tax code');
  await code.fill('1257Q');
  const box = page.locator('.error-summary');
  await box.waitFor();
  assert.match(await box.textContent(), /There is a problem/);
  assert.match(await page.locator('#k-taxcode-error').textContent(), /"Q" is not part of a tax code: enter your code as it is on your payslip/);
  assert.equal(await code.inputValue(), '1257Q');
  assert.match(await summary(page), /Correct the errors/);
  await box.getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'k-taxcode');
  // S1257L with England chosen: said plainly; choosing Scotland clears it.
  await code.fill('S1257L');
  assert.match(await page.locator('#k-taxcode-error').textContent(), /choose Scotland/);
  await page.locator('label[for="k-region-scotland"]').click();
  assert.match(await summary(page), /^You take home/);
  assert.equal(await box.count(), 0);
  // As printed on a payslip with the week 1 / month 1 marker: accepted.
  await page.locator('label[for="k-region-ewni"]').click();
  await code.fill('1257L W1/M1');
  assert.match(await summary(page), /^You take home/);
  assert.equal(await box.count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a golden hello in April: what it adds over the year, and leaving the right way round (issue 19)', async () => {
  const page = await newPage(app.browser);
  await openPackage(page);
  // £39,500, 2026/27, England, Plan 2, LGPS main section (the defaults for both).
  await page.getByLabel('Full-time salary, in pounds a year').fill('39500');
  await page.getByLabel('Tax year', { exact: true }).selectOption('2026-27');
  assert.equal(await page.getByLabel('Main section', { exact: true }).isChecked(), true);
  while ((await page.locator('fieldset.payment').count()) > 0) {
    await page.locator('fieldset.payment').first().getByRole('button', { name: /^Remove/ }).click();
  }
  await page.getByRole('button', { name: 'Add a payment' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Golden hello');
  await page.getByLabel('Amount, in pounds').fill('3000');
  await page.getByLabel('Paid after how many full months, counted from the start date').fill('0');
  await page.getByLabel('Repayment if the worker leaves (the tie-in)').selectOption('prorata');
  await page.getByLabel('Tie-in length, in months from the date this payment is made').fill('24');
  await page.getByLabel('If you left, after how many full months from your start date').fill('9');
  await settled(page);

  // A normal month: 39,500 / 12 = £3,291.67; LGPS 6.5% = 213.958 -> £213.96; PAYE
  // month 1: 3,077.71 − 1,048.26 -> £2,029 at 20% = £405.80; NI 8% × 2,243.67 =
  // 179.4936 -> £179.49; loan 9% × (3,291.67 − 2,448.75) = 75.86 -> £75.
  // April with the £3,000: taxable 6,077.71 − 1,048.26 -> £5,029; basic band to
  // date 3,141.6666: 628.33332 + 40% × 1,887.3334 = 1,383.26668 -> £1,383.26 (£977.46
  // more); NI 251.28 + 2% × 2,102.67 (42.0534 -> 42.05) = £293.33 (£113.84 more);
  // loan 9% × 3,842.92 -> £345 (£270 more): that payslip alone adds £1,638.70.
  // Over the year PAYE takes 20% of 27,353 = £5,470.60 against £4,870.60 without:
  // £600 more, the April excess given back in May and June. It adds 3,000 − 600 −
  // 113.84 − 270 = £2,016.16.
  const lumps = page.locator('#lumps');
  const cells = async (label) => (await lumps.locator('tr', { hasText: label }).first().locator('td').allTextContents());
  assert.deepEqual(await cells('Income tax'), ['£600.00']);
  assert.deepEqual(await cells('National Insurance'), ['£113.84']);
  assert.deepEqual(await cells('Student loan'), ['£270.00']);
  assert.deepEqual(await cells('Adds to your take-home over the tax year'), ['£2,016.16']);
  assert.deepEqual(await cells("own month's payslip alone"), ['£1,638.70']);
  const april = page.locator('#payslips tbody tr[data-month="1"]');
  assert.match((await april.textContent()).trim(), /£6,291\.67£213\.96£1,383\.26£293\.33£345\.00/);

  // The year's payslips: without the payment 12 × (3,291.67 − 213.96 − 179.49 − 75) −
  // 4,870.60 = £29,008.04; with it £2,016.16 more: £31,024.20. "By month 12" is the same.
  const yearRow = page.locator('#payslips tbody tr.row--total');
  assert.match(await yearRow.textContent(), /£31,024\.20$/);
  const byMonth12 = page.locator('#compare tr', { hasText: 'By month 12, if you stay' });
  assert.equal((await byMonth12.locator('td').first().textContent()).trim(), '£31,024.20');

  // Leaving after 9 months repays 15/24 of £3,000 = £1,875; the year's income is all
  // basic rate, so £375 of tax comes back: it costs £1,500. The repaid share added
  // 15/24 × 2,016.16 = £1,260.10 (£239.90 less than it costs); the whole payment
  // added £2,016.16, so they are still £516.16 better off than without it.
  const leaving = (await page.getByTestId('leaving').textContent()).trim();
  assert.match(leaving, /you would repay £1,875\.00 gross\. You can claim £375\.00 of income tax back/);
  assert.match(leaving, /Leaving would cost you £1,500\.00: more than the £1,260\.10 the repaid part added to your take-home pay over its tax year, by £239\.90\./);
  assert.match(leaving, /Counting everything the payments added \(£2,016\.16\), you would still be £516\.16 better off than without them\./);
  assert.deepEqual(page.problems, []);
});
