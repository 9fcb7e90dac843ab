// End to end: Agency or permanent for me (issue 22), as a social worker uses it,
// against the release build. Every figure is worked by hand from HMRC's payroll
// rules (shared/domain.md 5a and 8); the working is in the comments and, line by
// line, in src/engine/locum_pay.rs's tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, link, settled, downloadCsv } from './harness.mjs';

const app = useApp(before, after);

/** Opens the page from the navigation, as a visitor would. */
async function openLocum(page) {
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByRole('link', { name: 'Agency or permanent for me' }).click();
  await page.locator('h1', { hasText: 'Agency or permanent for me' }).waitFor();
}

test('a social worker on £39,500 weighs £38 an hour through an umbrella, and a shared link restores it', async () => {
  const page = await newPage(app.browser);
  await openLocum(page);
  assert.match(await link(page), /#agency-or-permanent-for-me\?/);
  // The permanent offer: £39,500, 2026/27, England, Plan 2, LGPS main (defaults
  // but the salary); the agency offer: £38 an hour, 37 hours, 46 weeks, umbrella.
  await page.getByLabel('Full-time salary, in pounds a year').fill('39500');
  assert.equal(await page.getByLabel('Plan 2', { exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel('Main section', { exact: true }).isChecked(), true);
  assert.equal(await page.getByLabel(/^Through an umbrella company/).isChecked(), true);
  await page.getByLabel('Hourly rate, in pounds').fill('38');
  await page.getByLabel('Hours a week').fill('37');
  await page.getByLabel('Weeks worked a year').fill('46');

  // Umbrella, a month: (38 × 37 × 46 − 20 × 46) / 12 = £5,313.00 after the margin;
  // gross £4,558.86 (+ employer NI 15% × 4,141.86 = £621.28, levy £22.79, employer
  // pension 3% × 3,669 = £110.07 = £5,313.00). April's payslip: pension £183.45,
  // PAYE on 3,327 taxable: 628.33332 + 40% × 185.3334 = £702.46, NI 251.28 + 7.40 =
  // £258.68, Plan 2 9% × 2,110.11 -> £189: net £3,225.27. The year: gross £54,706.32,
  // pension £2,201.40, tax 7,540 + 40% × 2,234.92 = £8,433.97, NI £3,104.16, loan
  // £2,268: £38,698.79. Permanent: 12 × £3,291.67 = £39,500.04, LGPS 6.5% -> £213.96
  // a month, tax 20% × 24,362.52 = £4,872.50, NI 12 × £179.49, loan 12 × £75:
  // £29,006.14; April's payslip 3,291.67 − 213.96 − 405.80 − 179.49 − 75 = £2,417.42.
  // With employer pensions: 38,698.79 + 12 × 110.07 = £40,019.63 against 29,006.14 +
  // 12 × 19.8% × 3,291.67 (£651.75) = £36,827.14: £3,192.49 more through the umbrella.
  const sentence = 'Through an umbrella at £38.00 an hour for 46 weeks you would take home £38,698.79 a year, £9,692.65 more than the permanent offer (£29,006.14); counting the employer\'s pension contribution the agency offer is still worth £3,192.49 more.';
  assert.equal(await summary(page), sentence);
  await settled(page);
  const row = async (label) => (await page.locator('#side-by-side tbody tr', { has: page.locator('th', { hasText: label }) }).first().textContent()).trim();
  assert.equal(await row('Take-home pay'), 'Take-home pay£38,698.79£3,225.27£29,006.14£2,417.42');
  assert.equal(await row('Gross pay'), 'Gross pay£54,706.32£4,558.86£39,500.04£3,291.67');
  assert.equal(await row('Employer\'s pension'), 'Employer\'s pension (worth)£1,320.84£110.07£7,821.00£651.75');
  // 33 days × £39,500.04 / 260 = £5,013.47; 46 weeks × 5 × 12.07% = 27.76 days.
  assert.match(await row('Paid days off, as pay'), /£5,891\.90£5,013\.47$/);
  assert.match(await row('Paid days off'), /^Paid days off27\.76 days33 days$/);
  assert.match((await page.getByTestId('break-even').textContent()).trim(), /^For 37 hours a week and 46 weeks, the agency offer's take-home equals the permanent offer's at £\d+\.\d\d an hour, and take-home plus the employer's pension at £\d+\.\d\d an hour\.$/);

  // The umbrella's working, line by line, as the engine gives it.
  const working = page.locator('details', { hasText: 'How the umbrella gets from the assignment income to your gross pay' });
  await working.locator('summary').click();
  const text = await working.textContent();
  for (const figure of ['£64,676.00', '£920.00', '£7,455.36', '£273.48', '£1,320.84', '£54,706.32']) {
    assert.ok(text.includes(figure), `${figure} in the umbrella's working`);
  }

  // The side-by-side table as CSV: pounds without the £ sign.
  const csv = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: agency-or-permanent-side-by-side' }));
  assert.equal(csv.lines[0], ',Agency a year,Agency April,Permanent a year,Permanent April');
  assert.ok(csv.lines.includes('Take-home pay,38698.79,3225.27,29006.14,2417.42'), csv.lines.join('\n'));

  // A shared link restores it.
  const shared = await link(page);
  assert.match(shared, /l\.rate=38/);
  const again = await newPage(app.browser);
  await again.goto(shared);
  assert.equal(await summary(again), sentence);
  assert.equal(await again.getByLabel('Hourly rate, in pounds').inputValue(), '38');
  assert.equal(await again.getByLabel('Full-time salary, in pounds a year').inputValue(), '39500');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});

test('a change made on another calculator reaches these figures: the same as a fresh page with the same link', async () => {
  // The page keeps the permanent package it worked out while only its own
  // fields change (src/ui/parts.rs): a market supplement set on Agency or
  // permanent, or a salary typed here, must still reach it.
  const page = await newPage(app.browser);
  await openLocum(page);
  await page.getByLabel('Hourly rate, in pounds').fill('38');
  await page.getByLabel('Hourly rate, in pounds').fill('39');
  const before = await summary(page);
  await page.locator('.app-mount nav a[data-action="nav:agency-or-permanent"]').click();
  await page.locator('h1', { hasText: /^Agency or permanent$/ }).waitFor();
  const fold = page.locator('.app-mount details:has(#c-supplement)');
  if (!(await fold.evaluate((d) => d.open))) await fold.locator('summary').first().click();
  await page.locator('#c-supplement').fill('3000');
  await page.locator('.app-mount nav a[data-action="nav:agency-or-permanent-for-me"]').click();
  await page.locator('h1', { hasText: 'Agency or permanent for me' }).waitFor();
  const afterSupplement = await summary(page);
  assert.notEqual(afterSupplement, before);
  // The permanent take-home itself moves (the supplement is pay), not only
  // the employer's pension beside it.
  assert.notEqual(afterSupplement.match(/permanent offer \((£[\d,.]+)\)/)[1], before.match(/permanent offer \((£[\d,.]+)\)/)[1]);
  const fresh1 = await newPage(app.browser);
  await fresh1.goto(await link(page));
  assert.equal(await summary(fresh1), afterSupplement);
  await page.getByLabel('Full-time salary, in pounds a year').fill('42000');
  await page.waitForFunction((b) => document.querySelector('.app-mount [data-testid="summary"]').textContent.trim() !== b, afterSupplement);
  const afterSalary = await summary(page);
  const fresh = await newPage(app.browser);
  await fresh.goto(await link(page));
  assert.equal(await summary(fresh), afterSalary);
  assert.match(await link(page), /c\.supplement=3000&.*l\.rate=39/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(fresh.problems, []);
  assert.deepEqual(fresh1.problems, []);
});

test('on the agency\'s payroll at £30 an hour, holiday pay on top', async () => {
  const page = await newPage(app.browser);
  await openLocum(page);
  await page.getByLabel('Full-time salary, in pounds a year').fill('39500');
  await page.locator('label[for="l-route-paye"]').click();
  await page.getByLabel('Hourly rate, in pounds').fill('30');
  // 30 × 37 × 46 = £51,060.00 + 12.07% = £57,222.94 a year; April £4,768.58: pension
  // £183.45, PAYE 628.33332 + 40% × 394.3334 = £786.06, NI 251.28 + 11.59 = £262.87,
  // Plan 2 9% × 2,319.83 -> £208: £3,328.20. No umbrella, so no margin field.
  assert.match(await summary(page), /^On the agency's payroll at £30\.00 an hour for 46 weeks you would take home £[\d,]+\.\d\d a year/);
  await settled(page);
  assert.match((await page.locator('#side-by-side tbody tr').first().textContent()).trim(), /^Gross pay£57,222\.94£4,768\.58/);
  assert.match((await page.locator('#side-by-side tbody tr', { has: page.locator('th', { hasText: 'Take-home pay' }) }).first().textContent()).trim(), /^Take-home pay£[\d,]+\.\d\d£3,328\.20/);
  assert.equal(await page.getByLabel('The umbrella\'s margin, in pounds a week worked').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('bad input gets the GOV.UK error pattern and keeps the text', async () => {
  const page = await newPage(app.browser);
  await openLocum(page);
  const rate = page.getByLabel('Hourly rate, in pounds');
  await rate.fill('38 an hour');
  const box = page.locator('.error-summary');
  await box.waitFor();
  assert.match(await box.textContent(), /There is a problem/);
  assert.equal((await page.locator('#l-rate-error').textContent()).trim(), 'Error: Enter the hourly rate in pounds as a number, like 38');
  assert.equal(await rate.inputValue(), '38 an hour');
  assert.match(await summary(page), /Correct the errors/);
  await box.getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'l-rate');
  await page.getByLabel('Weeks worked a year').fill('60');
  assert.match(await page.locator('#c-weeks-error').textContent(), /the weeks worked a year/);
  await rate.fill('38');
  await page.getByLabel('Weeks worked a year').fill('46');
  assert.match(await summary(page), /^Through an umbrella at £38\.00/);
  assert.equal(await box.count(), 0);
  assert.deepEqual(page.problems, []);
});

test('the API answers as the page does', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  const figures = await page.evaluate(async () => {
    const api = await import('./api/retention_pay_api.js');
    await api.default();
    return api.agencyOrPermanentForMe({ salary: 39500, 'k.loans': '2', 'l.rate': 38, 'c.hours': 37, 'c.weeks': 46 }).figures;
  });
  assert.equal(figures.agencyTakeHomeAMonth, 322527);
  assert.equal(figures.agencyTakeHomeAYear, 3869879);
  assert.equal(figures.permanentTakeHomeAYear, 2900614);
  assert.equal(figures.withPensionDifferenceAYear, 319249);
});
