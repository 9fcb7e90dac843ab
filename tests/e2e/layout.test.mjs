// End to end (issue 13): the result stays in view while editing, on wide and
// narrow screens, and long forms fold without hiding anything the user typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useApp, newPage, summary } from './harness.mjs';

const app = useApp(before, after);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** True when the element's box is wholly inside the viewport and it is the top element at its centre. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= innerHeight && (el === top || el.contains(top));
  });
}

async function openCost(viewport) {
  const page = await newPage(app.browser, { viewport });
  await page.goto(`${app.server.origin}/#agency-or-permanent`);
  await summary(page);
  return page;
}

test('at 1280 px the headline stays in view while the last field changes it', async () => {
  const page = await openCost({ width: 1280, height: 800 });
  const headline = page.locator('.app-mount').getByTestId('summary');
  // The last fields of the page are in the folded team section: open it.
  await page.locator('#fold-team > summary').click();
  const last = page.getByLabel('Filled by agency afterwards');
  await last.scrollIntoViewIfNeeded();
  const before = await page.getByTestId('team').textContent();
  await last.fill('0');
  await page.waitForFunction((b) => document.querySelector('[data-testid="team"]').textContent !== b, before);
  // 10 posts, 2 by agency now, 0 afterwards: the team sentence (in the summary
  // panel) changes, and both the headline and the field are on screen, uncovered.
  assert.ok(await inView(headline), 'the headline is in view');
  assert.ok(await inView(last), 'the field is in view and not covered');
  // An agency input far down the form changes the headline itself: 45 × 37 × 47
  // billable weeks = £78,255.00.
  await page.locator('#fold-hours > summary').click();
  const weeks = page.getByLabel('Billable weeks a year');
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('45');
  await weeks.fill('47');
  await page.waitForFunction(() => /an agency locum costs £78,255\.00/.test(document.querySelector('.app-mount [data-testid="summary"]').textContent));
  assert.ok(await inView(headline));
  assert.ok(await inView(weeks));
  // The bar for narrow screens is not shown here.
  assert.equal(await page.getByTestId('result-bar').isVisible(), false);
});

test('at 375 px the result is a link away, and the link back returns to the field', async () => {
  const page = await openCost({ width: 375, height: 700 });
  await page.getByLabel('Tax year').selectOption('2025-26');
  const rate = page.getByLabel('Agency charge rate, in pounds an hour');
  await rate.fill('45');
  const bar = page.getByTestId('result-bar');
  // The compact line follows the form, the difference first: £45 × 37 × 46 =
  // £76,590.00 against the post's £51,008.76 in 2025/26 (worked out in
  // cost_payback.test.mjs): agency is £25,581.24 a year dearer.
  await page.waitForFunction(() => /Agency £25,581\.24 a year dearer/.test(document.querySelector('[data-testid="result-bar"]').textContent));
  assert.ok(await inView(bar), 'the bar is on screen while editing');
  await bar.getByRole('link', { name: 'See the result' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'results-heading');
  assert.ok(await inView(page.locator('.app-mount').getByTestId('summary')));
  await page.getByRole('link', { name: 'Back to the field you changed' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c-hourly');
  assert.equal(await rate.inputValue(), '45');
});

test('a folded section with an error opens, and the error summary reaches its field', async () => {
  const page = await newPage(app.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.server.origin}/#agency-or-permanent?c.vacancy=lots`);
  await summary(page);
  const isOpen = (id) => page.locator(id).evaluate((d) => d.open);
  assert.equal(await isOpen('#fold-churn'), true);
  assert.equal(await isOpen('#fold-team'), false, 'unchanged sections stay folded');
  assert.match(await page.getByTestId('fold-hours-now').textContent(), /37 hours a week, 46 billable weeks a year/);
  // Even folded by hand, the error summary link opens it and focuses the field.
  await page.locator('#fold-churn > summary').click();
  assert.equal(await isOpen('#fold-churn'), false);
  await page.locator('.error-summary a', { hasText: 'months' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c-vacancy');
  assert.equal(await isOpen('#fold-churn'), true);
  assert.equal(await page.locator('#c-vacancy').inputValue(), 'lots', 'nothing typed is lost');
});

test('keyboard only: a fold opens with Enter and its fields take typing', async () => {
  const page = await openCost({ width: 1280, height: 800 });
  await page.locator('#fold-team > summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c-posts');
  const before = await page.getByTestId('team').textContent();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.waitForFunction((b) => document.querySelector('[data-testid="team"]').textContent !== b, before);
  assert.match(await page.getByTestId('fold-team-now').textContent(), /12 posts/);
});

test('axe finds no violations on any calculator, folds closed and open', async () => {
  for (const [fragment, width] of [['#retention', 1280], ['#agency-or-permanent', 1280], ['#agency-or-permanent', 375], ['#payback', 1280], ['#check-my-package', 1280], ['#agency-or-permanent-for-me', 1280], ['#agency-or-permanent-for-me', 375], ['#workforce-strategy', 1280], ['#workforce-strategy', 375]]) {
    const page = await newPage(app.browser, { viewport: { width, height: 800 } });
    await page.goto(`${app.server.origin}/${fragment}`);
    await summary(page);
    await page.waitForFunction(() => !document.querySelector('.app-mount [aria-busy="true"]'));
    await page.addScriptTag({ path: AXE });
    for (const state of ['closed', 'open']) {
      if (state === 'open') await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector('.app-mount'), { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(violations, [], `${fragment} at ${width} px, sections ${state}`);
    }
    await page.close();
  }
});
