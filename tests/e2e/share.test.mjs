// End to end (issue 10): versioned links, copy link, privacy note and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, newPage, summary, link } from './harness.mjs';

const app = useApp(before, after);

test('every calculator writes a versioned link that round-trips; an old link still opens', async () => {
  const page = await newPage(app.browser);
  for (const slug of ['retention', 'agency-or-permanent', 'payback', 'check-my-package', 'agency-or-permanent-for-me', 'workforce-strategy']) {
    await page.goto(`${app.server.origin}/#${slug}?salary=41000`);
    const before = await summary(page);
    const url = await link(page);
    assert.match(url, new RegExp(`#${slug}\\?v=1&year=`), url);
    assert.match(url, /&salary=41000&/);
    // The link it wrote opens the same figures, with nothing reported.
    const again = await newPage(app.browser);
    await again.goto(url);
    assert.equal(await summary(again), before);
    assert.equal(await again.locator('#link-problems').count(), 0);
    await again.close();
  }
  // A link from before links had a version (no v=) is read as it was.
  assert.deepEqual(page.problems, []);
});

test('a link from a newer version says so and keeps what it can', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#retention?v=9&salary=41000&warp=1`);
  await summary(page);
  assert.match(await page.locator('#link-problems').textContent(), /newer version of this calculator/);
  assert.equal(await page.getByLabel('Full-time salary, in pounds a year').inputValue(), '41000');
});

test('copy link puts this view on the clipboard and says so', async () => {
  const page = await newPage(app.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${app.server.origin}/#agency-or-permanent`);
  await summary(page);
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('45');
  await page.getByRole('button', { name: 'Copy link to these figures' }).click();
  await page.getByTestId('share-status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await link(page));
  assert.match(copied, /#agency-or-permanent\?v=1&.*c\.hourly=45&/);
});

test('a calculator\'s tab opened in a new tab, or copied, keeps the figures typed; typing leaves the tabs alone', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#agency-or-permanent`);
  const before = await summary(page);
  await page.getByLabel('Agency charge rate, in pounds an hour').fill('45');
  await page.waitForFunction((b) => document.querySelector('.app-mount [data-testid="summary"]').textContent.trim() !== b, before);
  const tab = (slug) => page.locator(`.app-mount nav a[data-action="nav:${slug}"]`);
  // A keystroke does not rewrite the tabs (issue 21): each is its short #SLUG.
  assert.equal(await tab('payback').getAttribute('href'), '#payback');
  // Focused (Tab, or a screen reader's link list): it takes the inputs first.
  await tab('payback').focus();
  assert.equal(await tab('payback').getAttribute('href'), `#payback?${(await link(page)).split('?')[1]}`);
  // Middle-click: a new tab with this calculator and the figures typed.
  const [opened] = await Promise.all([
    page.context().waitForEvent('page'),
    tab('agency-or-permanent').click({ button: 'middle' }),
  ]);
  await summary(opened);
  assert.equal(await opened.getByLabel('Agency charge rate, in pounds an hour').inputValue(), '45');
  assert.equal(await summary(opened), await summary(page));
  // Ctrl+click is the browser's too (a new tab), not a move within the page
  // (found by a fresh tester: the app took every click on a tab).
  const [withCtrl] = await Promise.all([
    page.context().waitForEvent('page'),
    tab('payback').click({ modifiers: ['Control'] }),
  ]);
  await withCtrl.locator('.app-mount h1', { hasText: 'Payback' }).waitFor();
  assert.match(withCtrl.url(), /#payback\?v=1&.*c\.hourly=45&/);
  assert.equal(await page.locator('.app-mount h1').textContent(), 'Agency or permanent');
  // A plain click still moves within the page, keeping the figures.
  await tab('payback').click();
  await page.getByRole('heading', { level: 1, name: 'Payback' }).waitFor();
  assert.match(await link(page), /#payback\?v=1&.*c\.hourly=45&/);
  // The embed builder opened in a new tab from Payback opens at Payback, as a
  // plain click does (a fresh tester found it at Retention: a new tab has no
  // history entry to say where it came from), with the figures typed.
  const embed = page.getByRole('link', { name: 'Embed this calculator on your website' });
  const [builder] = await Promise.all([
    page.context().waitForEvent('page'),
    embed.click({ modifiers: ['Control'] }),
  ]);
  await builder.locator('#embed-first').waitFor();
  assert.equal(await builder.locator('#embed-first').inputValue(), 'payback');
  assert.match(builder.url(), /#embed-this-calculator\?v=1&.*c\.hourly=45&.*e\.first=payback/);
  await embed.click();
  await page.locator('#embed-first').waitFor();
  assert.equal(await page.locator('#embed-first').inputValue(), 'payback');
  // Settings made in the builder, then a calculator, then the builder in a new
  // tab: it opens as a plain click would, with those settings (a new tab has
  // none of this tab's session; the second fresh tester's case).
  await page.locator('#embed-council').fill('Testshire County Council');
  await page.waitForFunction(() => location.hash.includes('e.council=Testshire'));
  await tab('check-my-package').click();
  await page.getByRole('heading', { level: 1, name: 'Check my package' }).waitFor();
  const [again] = await Promise.all([
    page.context().waitForEvent('page'),
    embed.click({ modifiers: ['Control'] }),
  ]);
  await again.locator('#embed-first').waitFor();
  assert.equal(await again.locator('#embed-council').inputValue(), 'Testshire County Council');
  assert.equal(await again.locator('#embed-first').inputValue(), 'payback');
  assert.match(again.url(), /c\.hourly=45&/);
  assert.deepEqual(page.problems, []);
});

test('where the clipboard refuses, the link is shown selected, and follows the figures', async () => {
  const page = await newPage(app.browser);
  // As in a frame whose host did not allow clipboard-write: the browser rejects.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.goto(`${app.server.origin}/#payback`);
  await summary(page);
  await page.getByRole('button', { name: 'Copy link to these figures' }).click();
  await page.getByTestId('share-status').filter({ hasText: 'could not be copied automatically' }).waitFor();
  const box = page.getByLabel('Link to these figures');
  await box.waitFor();
  assert.equal(await box.inputValue(), await link(page));
  // Focused and selected, ready for Ctrl+C.
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'share-link');
  const selected = await box.evaluate((i) => i.value.slice(i.selectionStart, i.selectionEnd));
  assert.equal(selected, await box.inputValue());
  // A later change of figures changes the link in the box too: it is never stale.
  await page.getByLabel('Horizon, in months').fill('48');
  await page.waitForFunction(() => /b\.horizon=48/.test(document.getElementById('share-link').value));
  assert.equal(await box.inputValue(), await link(page));
  assert.deepEqual(page.problems, []);
});

test('the privacy note says nothing is stored, and nothing is', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/`);
  await summary(page);
  await page.getByText('Privacy: what is kept').click();
  assert.match(await page.locator('.app-mount').getByText(/Nothing is stored: no cookies, no local storage/).textContent(), /never send to a server/);
  await page.getByLabel('Full-time salary, in pounds a year').fill('41000');
  const stored = await page.evaluate(() => ({ cookies: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookies: '', local: 0, session: 0 });
});

test('print shows the calculator as a clean summary with its working, version and date', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#retention`);
  await summary(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const hidden of ['nav', '.share', '.result-bar', '.header']) {
    assert.equal(await page.locator(`.app-mount ${hidden}`).first().isVisible(), false, `${hidden} is not printed`);
  }
  assert.ok(await page.locator('.app-mount').getByTestId('summary').isVisible());
  assert.ok(await page.getByText('Employer National Insurance').first().isVisible(), 'the working is opened for the print');
  const stamp = await page.locator('#print-stamp').textContent();
  assert.match(stamp, /version \d+\.\d+\.\d+, on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  assert.ok(await page.locator('#print-stamp').isVisible());
  // A summary, not the form: no hints, and each field on one line with its value.
  assert.equal(await page.locator('.app-mount .hint').first().isVisible(), false);
  // The month-by-month table keeps the months where a figure changes, and the one
  // chosen. The default scheme: £1,000 on joining (6-month tie-in), £2,000 at 6
  // (12-month), £3,000 at 18 (24-month). Figures change at 6 (the first is kept,
  // the second paid), 18 (the second kept, the third paid) and 42 (18 + 24: the
  // third kept); 10 is the month chosen. Months 43 to 45 are as 42.
  const printed = await page.locator('#schedule tbody tr').evaluateAll((rows) =>
    rows.filter((r) => r.getClientRects().length > 0).map((r) => r.querySelector('th').textContent));
  assert.deepEqual(printed, ['0', '6', '10', '18', '42']);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.app-mount details.details--working[open]').count(), 0, 'closed again after printing');
  assert.equal(await page.locator('#schedule tbody tr').evaluateAll((rows) => rows.filter((r) => r.getClientRects().length > 0).length), 46, 'every month on screen (0 to 45)');
});

test('save the figures as a file, open it in a fresh page; bad and newer files change nothing', async () => {
  const page = await newPage(app.browser);
  await page.goto(`${app.server.origin}/#check-my-package`);
  await summary(page);
  await page.getByLabel('Full-time salary, in pounds a year').fill('41000');
  const saved = await summary(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save these figures as a file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^retention-pay-scenario-check-my-package-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const { readFileSync, writeFileSync } = await import('node:fs');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(file.format, 'retention-pay-scenario');
  assert.equal(file.version, 1);
  assert.match(file.app_version, /^\d+\.\d+\.\d+$/);
  assert.equal(file.calculator, 'Check my package');
  assert.equal(file.summary, saved);
  assert.match(file.link, /^check-my-package\?v=1&.*salary=41000&/);

  // A fresh page opens it: the same calculator and figures.
  const other = await newPage(app.browser);
  await other.goto(`${app.server.origin}/`);
  await summary(other);
  await other.getByLabel('Open a saved scenario').setInputFiles(path);
  await other.getByTestId('share-status').filter({ hasText: 'Opened “Check my package”' }).waitFor();
  assert.equal(await summary(other), saved);
  assert.equal(await other.getByLabel('Full-time salary, in pounds a year').inputValue(), '41000');

  // Not a scenario, a newer one, or damaged: a sentence, and nothing changes.
  const dir = (await import('node:os')).tmpdir();
  const cases = [
    ['not-json.json', 'this is not JSON', /not a scenario saved by this calculator/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a scenario saved by this calculator/],
    ['newer.json', JSON.stringify({ ...file, version: 2 }), /saved by a newer version of this calculator \(file version 2\)/],
    ['damaged.json', JSON.stringify({ ...file, link: 'check-my-package?v=1&salary=%ZZ' }), /damaged/],
  ];
  for (const [name, text, message] of cases) {
    const p = `${dir}/${name}`;
    writeFileSync(p, text);
    await other.getByLabel('Open a saved scenario').setInputFiles(p);
    await other.getByTestId('share-status').filter({ hasText: message }).waitFor();
    assert.equal(await summary(other), saved, `${name} changed nothing`);
  }
  assert.deepEqual(other.problems, []);
});
