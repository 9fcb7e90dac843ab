// End to end (issue 10): council policy presets opened by link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveDist, newPage, summary, link, SUB_PATH } from './harness.mjs';

// A council's own file, with pay points, and a broken one, served beside the app.
const OWN = {
  format: 'retention-pay-preset',
  version: 1,
  council: 'Anytown Borough Council',
  policy_date: '1 April 2026',
  source: 'Anytown social work recruitment and retention policy, section 3',
  link: 'retention?v=1&pension=17.5&p0.name=Golden%20hello&p0.amount=4000&p0.month=0&p0.tiein=18&p0.shape=cliff&p0.fte=1&p0.pens=0',
  pay_points: [{ label: 'Social worker, point 30', salary: '36,124' }, { label: 'Senior social worker, point 36', salary: '42,839' }],
};
let server, browser;
before(async () => {
  server = await serveDist({ '/presets/anytown.json': JSON.stringify(OWN), '/presets/broken.json': '{ "format": "retention-pay-preset", ' });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

test('a shipped example opens by link: the council named, its scheme on the page', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.origin}${SUB_PATH}#retention?preset=lincolnshire-example`);
  await page.getByTestId('council').waitFor();
  const council = page.getByTestId('council');
  assert.match(await council.textContent(), /Lincolnshire County Council \(example\): settings from “Attraction and retention policy”/);
  // The source is the council's published policy, by title and link; the
  // illustrative figures are said; no project file is named.
  assert.equal(await council.getByRole('link', { name: /Attraction and retention policy/ }).getAttribute('href'),
    'https://www.lincolnshire.gov.uk/employment-policies/attraction-retention-policy');
  assert.match(await page.getByTestId('council-illustrative').textContent(), /^Illustrative, not the council's: The £3,000 payment/);
  assert.doesNotMatch(await council.textContent(), /\.md|shared\/|council papers/);
  // Its scheme: £3,000, 24 months pro rata. Leaving after 10 full months repays
  // (24 − 10) / 24 × £3,000 = £1,750.
  await page.waitForFunction(() => /you repay £1,750\.00 of the £3,000\.00 paid/.test(document.querySelector('.app-mount [data-testid="summary"]').textContent));
  // The link keeps the preset's name with the figures, so a reload keeps both.
  const url = await link(page);
  assert.match(url, /&preset=lincolnshire-example$/);
  await page.getByLabel('Full-time salary, in pounds a year').fill('41000');
  assert.match(await link(page), /salary=41000&.*&preset=lincolnshire-example$/);
  await page.reload();
  await page.getByTestId('council').waitFor();
  assert.equal(await page.getByLabel('Full-time salary, in pounds a year').inputValue(), '41000', 'the figures in a link are kept');
  assert.deepEqual(page.problems, []);
});

test("a council's own file sets its pension rate and offers its pay points", async () => {
  const page = await newPage(browser);
  await page.goto(`${server.origin}/#retention?preset=anytown`);
  await page.getByTestId('council').waitFor();
  assert.match(await page.getByTestId('council').textContent(), /Anytown Borough Council: settings from its policy\s*Source: its published policy, 1 April 2026\. Anytown social work recruitment and retention policy, section 3\./);
  await page.waitForFunction(() => /£4,000\.00/.test(document.querySelector('.app-mount [data-testid="summary"]').textContent));
  const options = await page.locator('#pay-point option').allTextContents();
  assert.deepEqual(options.slice(1), ['Social worker, point 30: £36,124', 'Senior social worker, point 36: £42,839']);
  await page.locator('#pay-point').selectOption({ label: 'Senior social worker, point 36: £42,839' });
  assert.equal(await page.getByLabel('Full-time salary, in pounds a year').inputValue(), '42839');
  assert.equal(await page.locator('#pension-rate').inputValue(), '17.5');
});

test('a broken or missing preset is reported and changes nothing', async () => {
  for (const [slug, why] of [['broken', /the file is not JSON/], ['nowhere', /there is no such file beside the calculator \(HTTP 404\)/]]) {
    const page = await newPage(browser);
    await page.goto(`${server.origin}/#retention?preset=${slug}`);
    const before = await summary(page);
    await page.locator('#link-problems').waitFor();
    assert.match(await page.locator('#link-problems').textContent(), why);
    assert.equal(await page.getByTestId('council').count(), 0);
    assert.equal(await summary(page), before, 'the default figures stay');
  }
});
