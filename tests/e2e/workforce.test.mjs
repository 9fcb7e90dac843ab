// End to end: the workforce strategy page (issue 12). A head of service enters a
// service and reads the year-5 agency rate and whether the strategy pays for
// itself; a shared link restores it; a service that does not add up is refused
// by the field with the text kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, link } from './harness.mjs';

const app = useApp(before, after);

/** Pounds from "£1,234.56" (or "-£1,234.56"). */
const pounds = (s) => Number(s.replace(/[£,]/g, ''));

/** The figure of a line of "how this is worked out". */
async function line(page, label) {
  const row = page.locator('.app-mount table.table--explain tr', { has: page.locator('th', { hasText: label }) }).first();
  return (await row.locator('td.num').textContent()).trim();
}

/**
 * 100 posts: 80 permanent, 20 agency. Nobody leaves (turnover 0) and nobody is
 * recruited either way. The strategy converts 3 agency workers a year, with no
 * scheme, trainees or training cost.
 */
async function enterTheService(page) {
  await page.goto(`${app.server.origin}/#workforce-strategy`);
  await summary(page);
  await page.getByLabel('Establishment: posts, in FTE').fill('100');
  await page.getByLabel('Permanent staff in post now, in FTE').fill('80');
  await page.getByLabel('Agency staff covering posts now, in FTE').fill('20');
  await page.getByLabel('Annual turnover of permanent staff, as a percentage').fill('0');
  await page.getByLabel('Permanent hires you can make a month, as now, in FTE').fill('0');
  await page.getByLabel('Permanent hires a month, with the strategy, in FTE').fill('0');
  await page.getByLabel('Agency workers converted to permanent, a year, in FTE').fill('3');
  await page.getByLabel('Trainees a year (grow your own), in FTE').fill('0');
  await page.locator('label[for="w-scheme"]').click();
  assert.equal(await page.locator('#w-scheme').isChecked(), false);
}

test('a head of service reads the year-5 agency rate and when the strategy pays for itself', async () => {
  const page = await newPage(app.browser);
  await enterTheService(page);
  // As now nothing moves: 20 agency of 100, an agency rate of 20 / (20 + 80) = 20%.
  // With the strategy, 3 a year for 5 years convert: 15, leaving 5 agency and 95
  // permanent, an agency rate of 5 / 100 = 5%. Converting costs nothing up front,
  // so it is cheaper from the first month: it pays for itself in the first year.
  const s = await summary(page);
  assert.match(s, /^After 5 years, agency staff are 5\.0 FTE with the strategy against 20\.0 as now \(agency rate 5% against 20%\); it pays for itself in the first year, and over 5 years it saves £[\d,.]+ against as now\.$/, s);

  const year5 = page.locator('#staff-with tbody tr').nth(4);
  assert.deepEqual((await year5.locator('th, td').allTextContents()).slice(0, 5), ['5', '95.0', '5.0', '0.0', '5%']);
  assert.equal((await page.locator('#staff-now tbody tr').nth(4).locator('td').nth(3).textContent()), '20%');

  // What it saves, by hand: a quarter of an FTE converts each month, so by month m
  // m/4 FTE cost the permanent rate instead of the agency rate. Over 60 months
  // that is (1 + 2 + … + 60) / 4 = 457.5 FTE-months = 38.125 FTE-years at the
  // difference between the page's two costs a FTE a year.
  const permanent = pounds(await line(page, 'A permanent FTE a year'));
  const agency = pounds(await line(page, 'An agency FTE a year'));
  const saved = 38.125 * (agency - permanent);
  const total = pounds(await line(page, 'The strategy over the whole period, less as now'));
  // Each cost line is rounded to the penny once a year: at most 5 × 2 × half a penny.
  assert.ok(Math.abs(total + saved) <= 0.05, `saves ${-total}, by hand ${saved}`);
  assert.ok(saved > 0);
  assert.deepEqual(page.problems, []);
});

test('a shared link restores the service, and a service that does not add up is refused by the field', async () => {
  const page = await newPage(app.browser);
  await enterTheService(page);
  const before = await summary(page);
  const shared = await link(page);
  assert.match(shared, /#workforce-strategy\?.*w\.permanent=80.*w\.convert=3.*w\.scheme=0/);

  const again = await newPage(app.browser);
  await again.goto(shared);
  assert.equal(await summary(again), before);
  assert.equal(await again.getByLabel('Agency staff covering posts now, in FTE').inputValue(), '20');

  // 80 + 25 is more than 100 posts.
  const agency = again.getByLabel('Agency staff covering posts now, in FTE');
  await agency.fill('25');
  await again.locator('#w-agency-error').waitFor();
  assert.match(await again.locator('#w-agency-error').textContent(), /add up to more than the establishment/);
  assert.equal(await agency.inputValue(), '25', 'what was typed is kept');
  assert.match(await again.locator('.error-summary').textContent(), /more than the establishment/);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});
