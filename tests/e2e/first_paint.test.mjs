// End to end: what a visitor sees before the WebAssembly has started (the default
// view prerendered into index.html by the build), without JavaScript, and with a
// link whose figures must never be shown as the default ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary } from './harness.mjs';

const app = useApp(before, after);
// The default scheme, leaving after 10 months: £2,000 of £3,000 repayable (worked
// by hand in retention.test.mjs).
const DEFAULT_FIGURES = /you repay £2,000\.00 of the £3,000\.00 paid, and keep £1,000\.00/;

/** A page whose WebAssembly never arrives: what shows before it does. */
async function withoutWasm(fragment) {
  const page = await newPage(app.browser);
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(`${app.server.origin}/${fragment}`);
  await page.waitForLoadState('load');
  return page;
}

test('the default figures are on screen before the WebAssembly arrives', async () => {
  const page = await withoutWasm('');
  const s = page.locator('#prerendered').getByTestId('summary');
  assert.equal(await s.isVisible(), true);
  assert.match(await s.textContent(), DEFAULT_FIGURES);
  assert.match(await page.locator('.static-note').textContent(), /Loading the calculator/);
  // Its fields do nothing until the app replaces them (inert), so nothing typed is lost.
  assert.equal(await page.locator('#prerendered').getAttribute('inert'), 'inert');
  assert.equal(await page.locator('#app-loading').isVisible(), false);
  // The one problem is this test's doing: the aborted WebAssembly.
  assert.deepEqual(page.problems.filter((p) => p !== 'TypeError: Failed to fetch'), []);
});

test('a link with other inputs never shows the default figures as the visitor\'s', async () => {
  const page = await withoutWasm('#retention?salary=41000&p0.amount=5000&p0.month=0&p0.tiein=24&p0.shape=prorata&leave=9');
  assert.equal(await page.locator('#prerendered').isVisible(), false);
  assert.match(await page.locator('#app-loading').textContent(), /Loading the calculator with your figures/);
  // Another calculator with inputs: nothing prerendered is shown, nor fetched.
  const other = await withoutWasm('#payback?b.recovery=50');
  assert.equal(await other.locator('#prerendered').isVisible(), false);
  assert.equal(await other.locator('#app-loading').isVisible(), true);
  assert.deepEqual(other.requests.filter((u) => u.includes('/views/')), []);
});

test('another calculator opened without inputs shows its own default view before the WebAssembly arrives', async () => {
  for (const [slug, title] of [['agency-or-permanent', 'Agency or permanent'], ['payback', 'Payback'], ['check-my-package', 'Check my package'], ['agency-or-permanent-for-me', 'Agency or permanent for me'], ['workforce-strategy', 'Workforce strategy']]) {
    const page = await withoutWasm(`#${slug}`);
    const view = page.locator('#prerendered');
    await view.locator('h1', { hasText: title }).waitFor();
    assert.equal(await view.isVisible(), true, slug);
    assert.equal(await page.locator('#app-loading').isVisible(), false, slug);
    assert.equal(await view.getAttribute('inert'), 'inert', slug);
    const prerendered = (await view.getByTestId('summary').textContent()).trim();
    assert.match(prerendered, /£[\d,]+\.\d\d/, slug);
    // They are the figures the app shows once it starts, and then the static view is gone.
    const live = await newPage(app.browser);
    await live.goto(`${app.server.origin}/#${slug}`);
    assert.equal(await summary(live), prerendered, slug);
    assert.equal(await live.locator('#prerendered').count(), 0, slug);
    assert.deepEqual(live.problems, [], slug);
    await live.close();
    await page.close();
  }
});

test('without JavaScript the worked example shows and says why it cannot change', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.server.origin}/`);
  assert.match(await page.getByTestId('summary').textContent(), DEFAULT_FIGURES);
  assert.equal(await page.locator('.static-note__nojs').isVisible(), true);
  assert.match(await page.locator('.static-note__nojs').textContent(), /needs JavaScript to change the figures/);
  assert.equal(await page.locator('.static-note__js').isVisible(), false);
  await context.close();
});

test('once the app starts, the prerendered view is gone and the figures are live', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  assert.match(await summary(page), DEFAULT_FIGURES);
  assert.equal(await page.locator('#prerendered').count(), 0);
  assert.equal(await page.getByTestId('summary').count(), 1);
  await page.getByLabel('Leaving after how many full months from the start date').fill('20');
  // At 20 months the £3,000 (paid at 18, 24-month tie-in) is all repayable; the others are past their tie-ins.
  assert.match(await summary(page), /you repay £3,000\.00 of the £6,000\.00 paid/);
  assert.deepEqual(page.problems, []);
});
