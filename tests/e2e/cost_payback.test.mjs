// End to end: agency or permanent, and payback, in Chromium against the release build.
// Figures are worked by hand (see the engine tests for the working):
// - 2025/26, £38,000, 19.8% pension: running cost £50,664 (issue 3's example).
// - With the default churn (11.8% turnover, £1,500 a hire, 3 months vacant, 73.6%
//   of it covered by agency at £76,590): + £177 recruitment + £1,662.93 cover
//   − £1,494.59 not paid while vacant = £51,009.34.
// - A £45 locum: 45 × 37 × 46 = £76,590. Saving 76,590 − 51,009.34 = £25,580.66 a
//   year, ÷ 12 = £2,131.72 a month, 25,580.66 ÷ 51,009.34 = 50.15%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary } from './harness.mjs';

const app = useApp(before, after);

async function openCostPage() {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name: 'Agency or permanent' }).click();
  await page.locator('h1', { hasText: 'Agency or permanent' }).waitFor();
  await page.getByLabel('Tax year').selectOption('2025-26');
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('45');
  return page;
}

test('fill both sides and see the difference', async () => {
  const page = await openCostPage();
  const text = await summary(page);
  assert.match(text, /the post costs £51,009\.34 a year; an agency locum costs £76,590\.00/);
  assert.match(text, /Permanent saves £25,580\.66 a year \(£2,131\.72 a month\), 50\.15% of the permanent cost/);
  // Team of 10, 2 agency now and 1 after: one post moves, saving the same £25,580.66.
  assert.match(await page.getByTestId('team').textContent(), /saving £25,580\.66 a year/);
  // The link holds these inputs too: a reload shows the same figures.
  await page.reload();
  assert.match(await summary(page), /the post costs £51,009\.34 a year; an agency locum costs £76,590\.00/);
  // A pay point fills the salary in: Medway 2025 senior practitioner, top £46,376.
  await page.getByLabel('Fill in the salary from a pay range (optional)').selectOption('46376');
  assert.equal(await page.getByLabel('Full-time salary, in pounds a year').inputValue(), '46376');
  // The shared salary is the retention page's: change it here, see it there.
  await page.getByLabel('Full-time salary, in pounds a year').fill('40000');
  await page.getByRole('link', { name: 'Retention payments and clawback' }).first().click();
  assert.equal(await page.getByLabel('Full-time salary, in pounds a year').inputValue(), '40000');
  assert.deepEqual(page.problems, []);
});

test('a bad rate shows an error and keeps the text; a cap above the rate is flagged', async () => {
  const page = await openCostPage();
  await summary(page);
  const rate = page.getByLabel('Agency charge rate, in pounds an hour');
  await rate.fill('forty five');
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('#c-hourly-error').textContent(), /Enter the hourly charge rate in pounds as a number, like 40/);
  assert.equal(await rate.inputValue(), 'forty five');
  assert.match(await summary(page), /Correct the errors/);
  await rate.fill('45');
  // A £40 London social worker cap: the whole £45 charge is compared, £5 over.
  await page.getByText('Price caps (£ an hour), by region and role').click();
  await page.getByLabel('London, Social worker, £ an hour').fill('40');
  assert.match(await page.getByTestId('cap').textContent(), /£45\.00 an hour is £5\.00 over the £40\.00 cap you entered for a social worker in London/);
  assert.match(await page.getByTestId('cap').textContent(), /senior sign-off/);
});

test('the payback page shows the payback month from both other pages', async (t) => {
  const page = await openCostPage();
  await summary(page);
  await page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name: 'Payback' }).click();
  // The default three-tranche scheme costs £6,930 with on-costs (2025/26); plus £1,500
  // recruitment = £8,430 up front. Saving of agency over the permanent running cost:
  // 76,590 − 50,664 = £25,926 a year. Simple payback: 12 × 8,430 ÷ 25,926 = 3.9, so 4 months.
  assert.match(await page.getByTestId('draws').textContent(), /Up front: £8,430\.00 = the scheme's £6,930\.00 with on-costs \+ £1,500\.00 recruitment/);
  assert.match(await page.getByTestId('draws').textContent(), /£25,926\.00 a year/);
  const text = await summary(page);
  assert.match(text, /Simple payback: after 4 months\./);
  assert.match(text, /Expected under turnover: after \d+ months?\./);
  // The grid is worked out just after the headline is painted: wait for it.
  await page.locator('#sensitivity').waitFor();
  assert.equal(await page.locator('#sensitivity tbody tr').count(), 20);
  assert.equal(await page.locator('#sensitivity tbody tr:first-child td').count(), 20);

  // A change on the page updates the results (timings are for .ci/bench, not tests).
  const turnover = page.getByLabel('Annual turnover, as a percentage');
  const panel = page.locator('#results-summary');
  const before = await panel.textContent();
  await turnover.fill('25');
  await page.waitForFunction((b) => document.getElementById('results-summary').textContent !== b, before);
  assert.equal(await turnover.inputValue(), '25');

  // A bad horizon is an error by the field; the results wait for it.
  await page.getByLabel('Horizon, in months').fill('0');
  assert.match(await page.locator('#b-horizon-error').textContent(), /Enter a horizon of at least 1 month/);
  assert.deepEqual(page.problems, []);
});
