// End to end: agency or permanent, and payback, in Chromium against the release build.
// Figures are worked by hand (see the engine tests for the working):
// - 2025/26, £38,000, 19.8% pension: running cost £50,663.40 (issue 3's example,
//   employer NI by the month as payroll works it, issue 19: 12 × 15% × (3,166.67 −
//   417) = 12 × £412.45 = £4,949.40, not £4,950).
// - With the default churn (11.8% turnover, £1,500 a hire, 3 months vacant, 73.6%
//   of it covered by agency at £76,590): + £177 recruitment + £1,662.93 cover
//   − £1,494.57 not paid while vacant (50,663.40 × 2.95%) = £51,008.76.
// - A £45 locum: 45 × 37 × 46 = £76,590. Saving 76,590 − 51,008.76 = £25,581.24 a
//   year, ÷ 12 = £2,131.77 a month, 25,581.24 ÷ 51,008.76 = 50.15%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, downloadCsv } from './harness.mjs';

const app = useApp(before, after);

async function openCostPage() {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name: 'Agency or permanent', exact: true }).click();
  await page.locator('h1', { hasText: 'Agency or permanent' }).waitFor();
  await page.getByLabel('Tax year').selectOption('2025-26');
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('45');
  return page;
}

test('fill both sides and see the difference', async () => {
  const page = await openCostPage();
  const text = await summary(page);
  assert.match(text, /the post costs £51,008\.76 a year; an agency locum costs £76,590\.00/);
  assert.match(text, /Permanent saves £25,581\.24 a year \(£2,131\.77 a month\), 50\.15% of the permanent cost/);
  // Team of 10, 2 agency now and 1 after: one post moves, saving the same £25,581.24.
  assert.match(await page.getByTestId('team').textContent(), /saving £25,581\.24 a year/);
  // The link holds these inputs too: a reload shows the same figures.
  await page.reload();
  assert.match(await summary(page), /the post costs £51,008\.76 a year; an agency locum costs £76,590\.00/);
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

test('the payback page answers both questions, from both other pages', async (t) => {
  const page = await openCostPage();
  await summary(page);
  await page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name: 'Payback' }).click();
  // The default three-tranche scheme: £1,000 on joining, £2,000 at 6 months and
  // £3,000 at 18, with on-costs (15% NI + 0.5% levy, 2025/26) £1,155, £2,310 and
  // £3,465 = £6,930; plus £1,500 recruitment = £8,430. Saving of agency over the
  // permanent running cost: 76,590 − 50,663.40 = £25,926.60 a year, £2,160.55 a month.
  assert.match(await page.getByTestId('draws').textContent(), /The package costs £8,430\.00 = the scheme's £6,930\.00 with on-costs \(each payment in the month it is due\) \+ £1,500\.00 recruitment/);
  assert.match(await page.getByTestId('draws').textContent(), /£25,926\.60 a year/);
  // Question 1, each payment when due: after 1 month 2,160.55 − (1,500 + 1,155) =
  // −494.45; after 2 months 4,321.10 − 2,655 = +1,666.10; after 7 months 15,123.85
  // − 4,965 and after 19 months 41,050.45 − 8,430 stay positive: 2 months.
  const text = await summary(page);
  assert.match(text, /^Replacing an agency locum with a permanent hire on this package pays for itself after 2 months if the hire stays, or after \d+ months? allowing for 11\.8% turnover\. After 36 months each hire is expected to leave the council £[\d,]+\.\d\d (ahead|behind)\.$/);
  // Question 2: £6,930 over the 42 months to the last tie-in's end = £1,980 a
  // year per head. A leaver: £1,500 + 3 months × 73.6% × £25,926.60 ÷ 12
  // (4,770.4944 -> £4,770.49) = £6,270.49. 1,980 ÷ 6,270.49 = 31.58% of staff,
  // more than 11.8%.
  assert.equal(
    (await page.locator('.app-mount').getByTestId('everyone').textContent()).trim(),
    'Paid to everyone, the scheme cannot pay for itself by keeping people: it would have to prevent 31.58 leavers a year per 100 staff, more than the 11.8 who leave now.',
  );
  assert.match(await page.getByTestId('leaver-cost').textContent(), /Vacancy covered by agency, at the agency premium£4,770\.49/);
  assert.match(await page.getByTestId('leaver-cost').textContent(), /Cost of a leaver£6,270\.49/);
  // The same table as CSV, cell by cell (a label with a comma is quoted).
  const csv = await downloadCsv(page, page.getByRole('button', { name: 'Download as CSV: cost-of-a-leaver' }));
  assert.deepEqual(csv.lines, [
    'Recruitment,1500.00',
    '"Vacancy covered by agency, at the agency premium",4770.49',
    'Induction or lost productivity,0.00',
    'Cost of a leaver,6270.49',
  ]);
  assert.match(await page.getByTestId('q1-assumptions').textContent(), /That is the only reason the two differ/);
  assert.match(await page.getByTestId('q2-assumptions').textContent(), /Deadweight/);

  // An induction cost is added to a leaver's cost.
  await page.getByLabel('Induction or lost productivity for each leaver, in pounds').fill('2000');
  await page.waitForFunction(() => /£8,270\.49/.test(document.querySelector('[data-testid="leaver-cost"]').textContent));

  // The grid is worked out just after the headline is painted: wait for it. Its
  // cells vary, and the user's own (100% row, 11.8% column) is marked.
  await page.locator('#sensitivity').waitFor();
  assert.equal(await page.locator('#sensitivity tbody tr').count(), 7);
  assert.equal(await page.locator('#sensitivity tbody tr:first-child td').count(), 7);
  const cells = await page.locator('#sensitivity tbody td').allTextContents();
  assert.ok(new Set(cells).size >= 40, `the grid's cells should differ: ${cells.join(' | ')}`);
  assert.equal(await page.locator('#sensitivity td[data-own]').count(), 1);
  assert.match(await page.locator('#sensitivity thead').textContent(), /11\.8% turnover \(yours\)/);

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

test('no explanation line that is not money reads as money, on any page', async () => {
  const page = await newPage(app.browser);
  for (const fragment of ['#retention', '#agency-or-permanent', '#payback', '#check-my-package', '#agency-or-permanent-for-me', '#workforce-strategy']) {
    await page.goto(`${app.server.origin}/${fragment}`);
    await summary(page);
    await page.waitForFunction(() => !document.querySelector('.app-mount [aria-busy="true"]'));
    const kinds = await page.locator('.app-mount td[data-kind]').evaluateAll((tds) => tds.map((td) => [td.dataset.kind, td.textContent]));
    assert.ok(kinds.length > 0, `${fragment} has explanation lines`);
    for (const [kind, text] of kinds) {
      if (kind !== 'money') assert.doesNotMatch(text, /£/, `${fragment}: a ${kind} line reads "${text}"`);
      else assert.match(text, /£[\d,]+\.\d\d/, `${fragment}: a money line reads "${text}"`);
    }
    if (fragment === '#payback') {
      const nonMoney = kinds.filter(([k]) => k !== 'money').map(([k]) => k);
      for (const k of ['percentage', 'months']) assert.ok(nonMoney.includes(k), `payback shows a ${k} line`);
    }
  }
});
