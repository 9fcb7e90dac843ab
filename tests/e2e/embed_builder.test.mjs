// End to end (issue 24): "Embed this calculator", as a council web officer uses
// it. The app is served under the strict policy of docs/embedding.md; the
// builder's snippet is pasted into a page on another loopback origin (another
// port) served under the policy lines the builder gave, and the preset made on
// the page is served beside the app, as publishing it would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveDist, launchBrowser, newPage, summary, SUB_PATH } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCHEMA = JSON.parse(readFileSync(new URL('../../docs/preset.schema.json', import.meta.url), 'utf8'));

/** The policy docs/embedding.md gives, framed only by the calculator's own pages (the builder's preview). */
const SELF_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

let app, host, browser;
const appHeaders = { 'content-security-policy': SELF_POLICY };
const served = {};
const hostPages = {};
let hostPolicy = "default-src 'self'";

function serveHost() {
  const server = createServer((req, res) => {
    const page = hostPages[new URL(req.url, 'http://x').pathname];
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': hostPolicy });
    res.end(page);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((d) => server.close(d)) });
  }));
}

before(async () => {
  app = await serveDist(served, appHeaders);
  host = await serveHost();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** Logs CSP violations in every frame as console errors (which fail the test). */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
}

/**
 * Checks a value against docs/preset.schema.json: the keywords the schema uses
 * (type, required, properties, additionalProperties, const, minimum, maximum,
 * minLength, maxLength, pattern, maxItems, items). Returns the problems.
 */
function validate(value, schema = SCHEMA, at = '') {
  const out = [];
  const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && schema.type !== type && !(schema.type === 'number' && type === 'integer')) return [`${at}: ${type}, not ${schema.type}`];
  if ('const' in schema && value !== schema.const) out.push(`${at}: not ${schema.const}`);
  if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
  if (schema.maximum !== undefined && value > schema.maximum) out.push(`${at}: above ${schema.maximum}`);
  if (schema.minLength !== undefined && value.length < schema.minLength) out.push(`${at}: too short`);
  if (schema.maxLength !== undefined && value.length > schema.maxLength) out.push(`${at}: too long`);
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${at}: does not match ${schema.pattern}`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${at}: too many items`);
  if (schema.items) value.forEach((v, i) => out.push(...validate(v, schema.items, `${at}[${i}]`)));
  if (type === 'object') {
    for (const r of schema.required ?? []) if (!(r in value)) out.push(`${at}.${r}: missing`);
    for (const [k, v] of Object.entries(value)) {
      if (schema.properties?.[k]) out.push(...validate(v, schema.properties[k], `${at}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${at}.${k}: not allowed`);
    }
  }
  return out;
}

test('the schema check itself fails on a broken preset', () => {
  const ok = { format: 'retention-pay-preset', version: 1, council: 'A', policy_date: '1 April 2026', source: 'Scheme rules', link: 'retention?v=1' };
  assert.deepEqual(validate(ok), []);
  // Format, version, link and the extra field once each; the name, the date
  // and the source twice (empty: too short, and no character that is not a space).
  assert.equal(validate({ format: 'x', version: 2, council: '', policy_date: '', source: '', link: 'nowhere', colour: 1 }).length, 10);
  // Blank is not a date or a source: the page would show "Source: …, . ." (the app refuses it too).
  assert.deepEqual(validate({ ...ok, policy_date: '  ', source: ' ' }), ['.policy_date: does not match \\S', '.source: does not match \\S']);
  assert.deepEqual(validate({ ...ok, council: 'x'.repeat(121) }), ['.council: too long']);
});

/** Types into a builder field by its label and waits for the app to take it. */
async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** Chooses a radio button by its label (the label covers the GOV.UK-styled input). */
async function choose(page, label) {
  await page.locator('label').getByText(label, { exact: true }).click();
  assert.equal(await page.getByLabel(label, { exact: true }).isChecked(), true, label);
}

/** The builder's snippet as shown. */
const snippet = (page) => page.locator('#embed-snippet').inputValue();

/** The preview frame's document, once the calculator is on it. */
async function previewed(page, what) {
  await page.waitForFunction((w) => {
    const f = document.querySelector('[data-testid=preview]');
    const d = f?.contentDocument;
    return d && d.querySelector('.app-mount [data-testid=summary]') && w.every((t) => d.body.innerText.includes(t));
  }, what, { timeout: 20_000 });
  return page.frameLocator('[data-testid=preview]');
}

/** Waits for the frame to be as tall as its content (it grows as tables render). */
async function fitted(page) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await page.locator('iframe[data-retention-pay]').evaluate((f) => f.clientHeight);
    const body = await page.frameLocator('iframe[data-retention-pay]').locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    if (Math.abs(outer - body) <= 1 && last === outer) return { outer, body };
    last = outer;
    await page.waitForTimeout(200);
  }
  return { outer: last, body: -1 };
}

test('a web officer builds an embed with their colours and a preset made on the page, and pastes it on their own site', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  await watchPolicy(page);
  // Their scheme, set up on the Retention page: one payment of £2,500, tied in for 24 months pro rata.
  await page.goto(`${app.origin}${SUB_PATH}#retention`);
  await summary(page);
  await page.locator('#presets > summary').click();
  await page.locator('.app-mount [data-action="preset:pro-rata-24"]').click();
  const amount = page.locator('.app-mount input[id$="-amount"]').first();
  await amount.fill('2500');
  // The builder is reached from the calculator, near "Share, keep or print".
  await page.getByRole('link', { name: 'Embed this calculator on your website' }).click();
  await page.getByRole('heading', { level: 1, name: 'Embed this calculator' }).waitFor();
  await page.locator('#embed-first').waitFor();
  assert.equal(await page.locator('.app-mount nav a[aria-current=page]').count(), 0, 'not a calculator tab');

  await page.locator('#embed-first').selectOption('payback');
  await fill(page, "Your website's address", host.origin);
  await fill(page, 'Your council', 'Testshire County Council');
  const before = await page.locator('[data-testid=preview]').getAttribute('src');
  await page.locator('#embed-theme-brand').fill('#005a30');
  // A pale hint colour fails on the panel: named with its ratio, and the snippet says so.
  await page.locator('#embed-theme-secondary-text').fill('#767676');
  const contrast = page.getByTestId('contrast');
  await contrast.filter({ hasText: 'Secondary text on a panel: 4.06:1, needs 4.5:1' }).waitFor();
  assert.match(await contrast.textContent(), /Public Sector Bodies Accessibility Regulations 2018/);
  assert.doesNotMatch(await contrast.textContent(), /on the background: 4\.54/, '4.54:1 on white passes');
  assert.match(await snippet(page), /^<!-- These colours do not reach WCAG 2\.2 AA contrast \(Secondary text on a panel: 4\.06:1, needs 4\.5:1\), so this calculator will not meet the Public Sector Bodies Accessibility Regulations 2018 until they are fixed\. -->\n<iframe/);
  // A colour that is not one is refused by the field, and never put in the snippet.
  await page.locator('#embed-theme-text').fill('#12345');
  await page.locator('#embed-theme-text-error').filter({ hasText: 'Enter text as # and 3, 4, 6 or 8 hex digits' }).waitFor();
  assert.doesNotMatch(await snippet(page), /12345/);
  await page.locator('#embed-theme-text').fill('');
  // Fixed: the warning and the snippet's sentence go.
  await page.locator('#embed-theme-secondary-text').fill('#505a5f');
  await contrast.filter({ hasText: 'every pair of colours meets WCAG 2.2 AA' }).waitFor();
  assert.match(await snippet(page), /^<iframe/);

  // A preset made on the page from the scheme typed on the Retention page.
  await choose(page, 'Make one here from the scheme on Retention payments and clawback');
  assert.equal(await page.getByLabel("The preset's name", { exact: true }).inputValue(), 'testshire-county-council');
  assert.match(await page.getByTestId('preset-scheme').textContent(), /£2,500 in month 0, tied in for 24 months/);
  await fill(page, 'The title of the policy the scheme comes from', 'Recruitment and retention payments');
  // Not complete yet (no date, no source): the code names no preset and says
  // what is missing, each a link to its field (a fresh tester's code named a
  // file that could not be saved yet).
  const held = page.getByTestId('preset-held-back');
  await held.filter({ hasText: "Enter the policy's date" }).waitFor();
  assert.match(await held.textContent(), /This code has no preset yet: the preset made on this page is not complete\..*Enter what the settings take from the policy/s);
  assert.doesNotMatch(await snippet(page), /preset=/);
  await held.getByRole('link', { name: /Enter the policy's date/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'preset-date');
  await fill(page, "The policy's date", '1 April 2026');
  await fill(page, 'What the settings take from the policy', 'Repayable pro rata within two years');
  await held.waitFor({ state: 'detached' });
  assert.match(await snippet(page), /#payback\?preset=testshire-county-council"/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save these settings as a council preset' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'testshire-county-council.json');
  const text = readFileSync(await download.path(), 'utf8');
  const preset = JSON.parse(text);
  assert.deepEqual(validate(preset), [], 'valid against docs/preset.schema.json');
  assert.equal(preset.council, 'Testshire County Council');
  assert.match(preset.link, /^payback\?v=1&.*p0\.amount=2500&p0\.month=0&p0\.tiein=24&p0\.shape=prorata/);

  // The preview follows: Payback, the council's preset (kept in the tab, not published), the brand colour.
  const preview = await previewed(page, ['Testshire County Council', 'Payback']);
  assert.notEqual(await page.locator('[data-testid=preview]').getAttribute('src'), before, 'the preview changed');
  assert.equal(await preview.locator('html').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()), '#005a30');
  assert.match(await page.locator('[data-testid=preview]').getAttribute('src'), /#payback\?preset=local%3Atestshire-county-council$/);

  // Copy the snippet: the clipboard has exactly what the box shows.
  await page.getByRole('button', { name: 'Copy the code' }).click();
  await page.getByTestId('copy-status').filter({ hasText: 'Code copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  assert.match(copied, /parent-origin=http%3A%2F%2F127\.0\.0\.1%3A\d+&amp;theme-brand=%23005a30&amp;theme-secondary-text=%23505a5f#payback\?preset=testshire-county-council"/);
  const calculatorPolicy = (await page.locator('#embed-csp-calculator').inputValue()).replace(/^Content-Security-Policy: /, '');
  const hostLines = await page.locator('#embed-csp-host').inputValue();
  assert.equal(calculatorPolicy, `${SELF_POLICY} ${host.origin}`);
  assert.deepEqual(page.problems, []);

  // Published: the preset beside the calculator, the policy lines on both sites, the snippet pasted.
  served['/presets/testshire-county-council.json'] = text;
  appHeaders['content-security-policy'] = calculatorPolicy;
  hostPolicy = `default-src 'self'; style-src 'self'; ${hostLines}`;
  hostPages['/careers.html'] = `<!DOCTYPE html><html lang="en"><head><title>Careers</title></head><body><h1>Social work careers</h1>\n${copied}</body></html>`;
  const council = await newPage(browser, { viewport: { width: 1000, height: 12000 } });
  await watchPolicy(council);
  await council.goto(`${host.origin}/careers.html`);
  const inside = council.frameLocator('iframe[data-retention-pay]');
  await inside.locator('.app-mount [data-testid=summary]').waitFor();
  await inside.getByTestId('council').filter({ hasText: 'Testshire County Council' }).waitFor();
  assert.equal(await inside.locator('.app-mount h1').textContent(), 'Payback');
  assert.equal(await inside.locator('html').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()), '#005a30');
  assert.equal(await council.locator('iframe').getAttribute('title'), 'Social worker retention pay calculator, Testshire County Council');
  const frame = council.frames().find((f) => f.url().startsWith(app.origin));
  assert.match(await frame.evaluate(() => location.hash), /p0\.amount=2500/, 'the preset\'s scheme');
  const size = await fitted(council);
  assert.ok(Math.abs(size.outer - size.body) <= 1 && size.outer > 1000, `sized to its content: ${JSON.stringify(size)}`);
  assert.deepEqual(council.problems, []);
  await page.close();
  await council.close();
});

test('a preset saved on the page opens the same scheme beside the app; the checker reports a broken one', async () => {
  appHeaders['content-security-policy'] = SELF_POLICY;
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(`${app.origin}/#embed-this-calculator`);
  await choose(page, 'Make one here from the scheme on Retention payments and clawback');
  // The council's name is needed: the field says so, and nothing is saved.
  await page.getByRole('button', { name: 'Save these settings as a council preset' }).click();
  await page.locator('#preset-council-error').filter({ hasText: "Enter the council's name" }).waitFor();
  await fill(page, "The council's name as the page shows it", 'Anyshire Council');
  await fill(page, 'Where the policy is published (optional)', 'https://www.anyshire.gov.uk/retention');
  // The date and source are needed too: the page shows them with the scheme.
  await page.getByRole('button', { name: 'Save these settings as a council preset' }).click();
  await page.locator('#preset-date-error').filter({ hasText: "Enter the policy's date, like 1 April 2026" }).waitFor();
  await page.locator('#preset-source-error').filter({ hasText: 'Enter what the settings take from the policy, in its terms' }).waitFor();
  await fill(page, "The policy's date", '1 May 2026');
  await fill(page, 'What the settings take from the policy', 'Repayable in full within a year');
  await fill(page, "The preset's name", 'anyshire');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save these settings as a council preset' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(validate(JSON.parse(text)), []);
  served['/presets/anyshire.json'] = text;

  // The default scheme, as a fresh page shows it, and as the preset opens it.
  const scheme = async (p) => p.locator('.app-mount [id^=p][id$="-amount"], .app-mount [id^=p][id$="-tiein"], .app-mount [id^=p][id$="-month"], .app-mount [id^=p][id$="-name"]')
    .evaluateAll((els) => els.map((e) => `${e.id.replace(/^p\d+/, '')}=${e.value}`));
  const plain = await newPage(browser);
  await plain.goto(`${app.origin}/#retention`);
  await summary(plain);
  const opened = await newPage(browser);
  await opened.goto(`${app.origin}/#retention?preset=anyshire`);
  await opened.getByTestId('council').filter({ hasText: 'Anyshire Council' }).waitFor();
  const expected = await scheme(plain);
  assert.ok(expected.length >= 12, 'three payments, four fields each');
  assert.deepEqual(await scheme(opened), expected);
  assert.deepEqual(opened.problems, []);

  // The same file chosen from the computer for the preview: kept in the tab, shown in the frame.
  await choose(page, 'A preset file from my computer (for the preview only: it is not published)');
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'anyshire.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await previewed(page, ['Anyshire Council']);
  assert.match(await page.locator('[data-testid=preview]').getAttribute('src'), /preset=local%3Aanyshire$/);

  // "Open a preset file": a good one says what it sets; a broken one what is refused and why.
  await page.locator('#preset-check-file').setInputFiles({ name: 'anyshire.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const report = page.getByTestId('preset-check');
  await report.filter({ hasText: 'anyshire.json: the calculator would use it' }).waitFor();
  assert.match(await report.textContent(), /It names the council “Anyshire Council”/);
  assert.match(await report.textContent(), /Exempt from repaying: redundancy, ill health, TUPE transfer\./);
  const broken = { ...JSON.parse(text), policy_url: 'http://www.anyshire.gov.uk/retention', link: 'retention?v=1&p0.amount=3000&p0.shape=zigzag' };
  await page.locator('#preset-check-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await report.filter({ hasText: 'broken.json: the calculator would not use it' }).waitFor();
  const refusals = await page.getByTestId('preset-refusals').locator('li').allTextContents();
  assert.deepEqual(refusals, [
    'The calculator would not use this file: its policy address is not a web address starting https://.',
    'Its link\'s value “zigzag” for payment 1 (shape) could not be read and was left out.',
  ]);
  const noCouncil = { ...JSON.parse(text) };
  delete noCouncil.council;
  noCouncil.version = 'one';
  await page.locator('#preset-check-file').setInputFiles({ name: 'shapeless.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noCouncil)) });
  await report.filter({ hasText: 'shapeless.json: the calculator would not use it' }).waitFor();
  assert.match(await report.textContent(), /It lacks, or has of the wrong kind: “council” \(text\), “version” \(a whole number\)\./);
  // A file the calculator would open with an error in it (the tester's amount
  // of -5, once headed "would use it" above its own refusal), and a pay point
  // said as it is.
  const negative = { ...JSON.parse(text), link: 'retention?v=1&p0.amount=-5&p0.month=0&p0.tiein=12&p0.shape=cliff', pay_points: [{ label: 'Point 30', salary: '36,124' }] };
  await page.locator('#preset-check-file').setInputFiles({ name: 'neg.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(negative)) });
  await report.filter({ hasText: 'neg.json: the calculator would open it, but not all of it: correct what is listed below before publishing' }).waitFor();
  assert.match(await report.textContent(), /1 pay point to fill in the salary from\./);
  const badPay = { ...JSON.parse(text), pay_points: [{ label: 'x', salary: '-5' }] };
  await page.locator('#preset-check-file').setInputFiles({ name: 'pay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badPay)) });
  await report.filter({ hasText: 'pay.json: the calculator would not use it' }).waitFor();
  assert.match(await report.textContent(), /its pay point “x” has the salary “-5”, which is not an amount in pounds above £0/);
  assert.deepEqual(page.problems, []);
  for (const p of [page, plain, opened]) await p.close();
});

test('axe with the WCAG 2.2 rules finds nothing on the builder at 320 and 1280 px', async () => {
  for (const width of [320, 1280]) {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    // axe is added as a script: the test's own page, without the policy.
    delete appHeaders['content-security-policy'];
    await page.goto(`${app.origin}/#embed-this-calculator`);
    await choose(page, 'Make one here from the scheme on Retention payments and clawback');
    await page.locator('#embed-theme-secondary-text').fill('#999999');
    await page.locator('#embed-theme-text').fill('#12');
    await page.getByRole('button', { name: 'Save these settings as a council preset' }).click();
    await page.locator('#preset-council-error').waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('.app-mount'), {
        resultTypes: ['violations'],
        iframes: false,
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    });
    assert.deepEqual(violations, [], `at ${width} px`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth + 1);
    assert.equal(wide, false, `nothing wider than the screen at ${width} px`);
    await page.close();
  }
  appHeaders['content-security-policy'] = SELF_POLICY;
});

/** The value of a builder field by its id. */
const valueOf = (page, id) => page.locator(`#${id}`).inputValue();

/**
 * Waits until the preview shows the calculator and has not been reloaded for
 * longer than the builder's 600 ms delay: a reload or Back while the frame is
 * still navigating adds to, or cuts, the tab's joint history (the frame's
 * entries count in it), which is the browser's doing, not the builder's.
 */
async function previewSettled(page) {
  const shown = () => page.waitForFunction(() => {
    const f = document.querySelector('iframe.embed-preview');
    return !!f?.contentDocument?.querySelector('.app-mount [data-testid=summary]');
  }, null, { timeout: 30_000 });
  await shown();
  await page.waitForTimeout(800);
  await shown();
}

/** Counts the app's history entries from now on (pushState calls, with their addresses). */
const countPushes = (page) => page.evaluate(() => {
  window.pushes = [];
  const push = history.pushState.bind(history);
  history.pushState = (state, title, url) => { window.pushes.push(String(url).split('?')[0]); return push(state, title, url); };
});

test('the builder keeps everything chosen through reload, Back and Forward and a visit to a calculator, and opens at the calculator it came from', async () => {
  appHeaders['content-security-policy'] = SELF_POLICY;
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  // Reached from Payback: it opens at Payback (it used to open at Retention).
  await page.goto(`${app.origin}${SUB_PATH}#payback`);
  await summary(page);
  await page.getByRole('link', { name: 'Embed this calculator on your website' }).click();
  await page.locator('#embed-first').waitFor();
  assert.equal(await valueOf(page, 'embed-first'), 'payback');
  await page.waitForFunction(() => location.hash.includes('e.first=payback'));

  await choose(page, 'An element, <retention-pay-calculator> (your page\'s styles cannot reach it)');
  await choose(page, 'Only the one it opens at and those I tick');
  await page.locator('label[for=embed-show-workforce-strategy]').click();
  await fill(page, 'Your council', 'Testshire County Council');
  // A page's full address is cut to its site's, and the field says so.
  await fill(page, "Your website's address", 'https://www.example.gov.uk/careers/social-work?x=1');
  await page.locator('#embed-host-note').filter({ hasText: "Using https://www.example.gov.uk: only the site's address is needed" }).waitFor();
  assert.equal(await page.locator('#embed-host-error').count(), 0);
  assert.match(await snippet(page), /<retention-pay-calculator page="payback"/);
  assert.equal(await page.locator('#embed-csp-calculator').inputValue(), `Content-Security-Policy: ${SELF_POLICY} https://www.example.gov.uk`);
  await page.locator('#embed-theme-brand').fill('#005a30');
  await choose(page, 'Make one here from the scheme on Retention payments and clawback');
  await fill(page, 'The title of the policy the scheme comes from', 'Recruitment & retention payments');
  await fill(page, "The policy's date", '1 April 2026');
  await fill(page, 'What the settings take from the policy', 'Repayable “pro rata” within two years');
  await fill(page, 'Pay points (optional)', 'Social worker, point 30: 36,124\nSenior, point 34: 40,476');
  await page.waitForFunction(() => location.hash.includes('e.p.pay='));

  const kept = async (first) => {
    await page.locator('#embed-first').waitFor().catch(async (e) => {
      const seen = await page.evaluate(() => `${location.href} :: ${document.querySelector('main')?.innerText.slice(0, 400)}`);
      throw new Error(`${e.message}\nThe page showed: ${seen}\nProblems: ${page.problems.join(' | ')}`);
    });
    assert.equal(await valueOf(page, 'embed-first'), first);
    assert.equal(await page.locator('#embed-form-element').isChecked(), true);
    assert.equal(await page.locator('#embed-shown-chosen').isChecked(), true);
    assert.equal(await page.locator('#embed-show-workforce-strategy').isChecked(), true);
    assert.equal(await valueOf(page, 'embed-council'), 'Testshire County Council');
    assert.equal(await valueOf(page, 'embed-host'), 'https://www.example.gov.uk/careers/social-work?x=1');
    assert.equal(await valueOf(page, 'embed-theme-brand'), '#005a30');
    assert.equal(await page.locator('#embed-preset-made').isChecked(), true);
    assert.equal(await valueOf(page, 'embed-preset-slug'), 'testshire-county-council');
    assert.equal(await valueOf(page, 'preset-title'), 'Recruitment & retention payments');
    assert.equal(await valueOf(page, 'preset-date'), '1 April 2026');
    assert.equal(await valueOf(page, 'preset-source'), 'Repayable “pro rata” within two years');
    assert.equal(await valueOf(page, 'preset-pay'), 'Social worker, point 30: 36,124\nSenior, point 34: 40,476');
  };
  // Reload.
  await previewSettled(page);
  await page.reload();
  await kept('payback');
  // The address holds the calculators' figures too, as it did.
  assert.match(await page.evaluate(() => location.hash), /^#embed-this-calculator\?v=1&.*&e\.first=payback&/);

  // Away to change the scheme, and back by the calculator's own link: all kept,
  // still opening at Payback with Workforce strategy (the tester's case: it used
  // to open at Retention and drop Payback from the calculators shown).
  await previewSettled(page);
  await countPushes(page);
  await page.getByRole('link', { name: 'Change the scheme on Retention payments and clawback' }).click();
  await page.getByRole('heading', { level: 1, name: 'Retention payments and clawback' }).waitFor();
  await summary(page);
  // The app writes the address once the page is drawn.
  await page.waitForFunction(() => location.hash.startsWith('#retention?'));
  await page.getByRole('link', { name: 'Embed this calculator on your website' }).click();
  await kept('payback');
  await page.waitForFunction(() => location.hash.includes('e.first=payback') && location.hash.includes('e.council='));
  // One entry for each page moved to; typing in the builder replaced its own.
  assert.deepEqual(await page.evaluate(() => window.pushes), ['#retention', '#embed-this-calculator'], 'typing made no history');

  // Back to Retention, Forward to the builder: still as left.
  await previewSettled(page);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Retention payments and clawback' }).waitFor();
  await page.goForward();
  await kept('payback');
  // And a change then a reload keeps the change (the calculator it came from is not applied again).
  await page.locator('#embed-first').selectOption('check-my-package');
  await page.waitForFunction(() => location.hash.includes('e.first=check-my-package'));
  await previewSettled(page);
  await page.reload();
  await kept('check-my-package');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a damaged builder address opens with the defaults for what it cannot read, and a broken value as written, refused by its field; a preset file is said to be gone where the tab no longer has it', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.origin}/#embed-this-calculator?v=1&e.first=nowhere&e.t.brand=%ZZ&e.council=Anyshire%20Council&e.chosen=..x&e.preset=file&e.name=anyshire&e.file=anyshire.json&e.form=zigzag`);
  await page.locator('#embed-first').waitFor();
  assert.equal(await valueOf(page, 'embed-first'), 'retention');
  assert.equal(await valueOf(page, 'embed-council'), 'Anyshire Council');
  // A broken escape is kept as written, and its field says what is wrong
  // (a fresh tester found it dropped without a word).
  assert.equal(await valueOf(page, 'embed-theme-brand'), '%ZZ');
  await page.locator('#embed-theme-brand-error').filter({ hasText: 'Enter brand as # and 3, 4, 6 or 8 hex digits' }).waitFor();
  assert.doesNotMatch(await snippet(page), /ZZ/);
  assert.equal(await page.locator('#embed-form-iframe').isChecked(), true);
  assert.equal(await page.locator('.app-mount .error-summary, .app-mount [data-testid=link-problems]').count(), 0, 'the calculators\' link reader passes the builder\'s settings by');
  // The file chosen in another tab (or before the session ended) is not here: said by its field.
  await page.locator('#embed-preset-upload-error').filter({ hasText: 'anyshire.json was chosen before, but a file from your computer is not kept in this page\'s address: choose it again to preview it.' }).waitFor();
  // Chosen again: previewed, and kept in this tab through a reload.
  const text = JSON.stringify({ format: 'retention-pay-preset', version: 1, council: 'Anyshire Council', policy_date: '1 April 2026', source: 'Its policy', link: 'retention?v=1' });
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'anyshire.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('preset-file-name').filter({ hasText: 'Previewing anyshire.json.' }).waitFor();
  assert.equal(await page.locator('#embed-preset-upload-error').count(), 0);
  await page.reload();
  await page.getByTestId('preset-file-name').filter({ hasText: 'Previewing anyshire.json.' }).waitFor();
  await previewed(page, ['Anyshire Council']);
  // A file that is not a preset is said by its field, not only in the preview.
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await page.locator('#embed-preset-upload-error').filter({ hasText: 'bad.json cannot be previewed. The calculator would not use this file:' }).waitFor();
  assert.equal(await page.getByTestId('preset-file-name').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('"Skip the preview" takes the keyboard from the preset to "Copy the code" in three presses of Tab', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.origin}/#embed-this-calculator`);
  await page.locator('#embed-preset-none').focus();
  let tabs = 0;
  const active = () => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id);
  await page.keyboard.press('Tab');
  tabs++;
  assert.equal(await active(), 'Skip the preview');
  const box = await page.getByRole('link', { name: 'Skip the preview' }).boundingBox();
  assert.ok(box && box.width > 24 && box.height >= 24 && box.x >= 0, `visible on focus: ${JSON.stringify(box)}`);
  await page.keyboard.press('Enter');
  while (tabs < 10 && (await active()) !== 'Copy the code') {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.equal(await active(), 'Copy the code');
  assert.ok(tabs <= 3, `${tabs} presses of Tab`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the preset's name is checked only once typed in and left, and a published one is looked for beside the calculator", async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.origin}/#embed-this-calculator`);
  await choose(page, 'One already published beside the calculator');
  // Nothing typed yet: no error.
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#embed-preset-slug-error').count(), 0);
  const slug = page.getByLabel("The preset's name", { exact: true });
  // A name being typed is not looked for yet (the tester saw "No preset is
  // published as presets/l.json", "li.json"… a keystroke at a time): past the
  // check's 600 ms, still nothing said until the field is left.
  await slug.fill('nosuch');
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#embed-preset-slug-error').count(), 0, 'no "not published" before the name is left');
  await slug.fill('Not A Name');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#embed-preset-slug-error').count(), 0, 'not while typing');
  await slug.press('Tab');
  await page.locator('#embed-preset-slug-error').filter({ hasText: "Enter the preset's name as lower-case letters" }).waitFor();
  assert.doesNotMatch(await snippet(page), /preset=/);

  // A name with no file beside the calculator: said by the field.
  await slug.fill('nosuch');
  await page.locator('#embed-preset-slug-error').filter({ hasText: 'No preset is published as presets/nosuch.json beside this calculator: publish it there first, or pick another' }).waitFor();
  // A real one: found, and no error.
  await slug.fill('lincolnshire-example');
  await page.locator('#embed-preset-slug-note').filter({ hasText: 'presets/lincolnshire-example.json is published beside this calculator' }).waitFor();
  assert.equal(await page.locator('#embed-preset-slug-error').count(), 0);
  assert.match(await snippet(page), /#retention\?preset=lincolnshire-example"/);
  // Hosted elsewhere: it cannot be checked from here, and says so.
  await fill(page, "The calculator's address", 'https://calc.example.org/retention-pay/');
  await page.locator('#embed-preset-slug-note').filter({ hasText: 'cannot be checked from here' }).waitFor();
  assert.equal(await page.locator('#embed-preset-slug-error').count(), 0);
  // A published file the checker would not pass whole (a field outside the
  // format) is not "would use it" either.
  served['/presets/extraone.json'] = JSON.stringify({ format: 'retention-pay-preset', version: 1, council: 'Extra Council', policy_date: '1 April 2026', source: 'Its policy', link: 'retention?v=1', colour: 1 });
  await fill(page, "The calculator's address", `${app.origin}/`);
  await slug.fill('extraone');
  await page.locator('#embed-preset-slug-error').filter({ hasText: 'would open, but not all of it. Its field “colour” is not part of a preset file' }).waitFor();
  assert.doesNotMatch(await snippet(page), /preset=/);
  // The missing file's 404s (the check's and the preview's) were expected.
  assert.deepEqual(page.problems.filter((p) => !/^404 for .*presets\/nosuch\.json$/.test(p)), []);
  await page.close();
});

test('the builder says what it left out of an address, refuses a name no page can carry, and keeps settings too long for an address', async () => {
  appHeaders['content-security-policy'] = SELF_POLICY;
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${app.origin}/#embed-this-calculator`);
  await page.locator('#embed-first').waitFor();
  // The tester's `?y=1#z` was dropped from the calculator's address without a word.
  await fill(page, "The calculator's address", `${app.origin}/?y=1#z`);
  await page.locator('#embed-url-note').filter({ hasText: `Using ${app.origin}/: the part from “?” on is left out` }).waitFor();
  assert.match(await snippet(page), new RegExp(`src="${app.origin}/#retention"`));
  // 120 characters of council name at most (the tester's 60,000 went into the frame's title).
  await fill(page, 'Your council', 'x'.repeat(121));
  await page.locator('#embed-council-error').filter({ hasText: "Enter your council's name in 120 characters or fewer" }).waitFor();
  assert.equal(await page.locator('#embed-council').getAttribute('aria-invalid'), 'true');
  await fill(page, 'Your council', 'x'.repeat(120));
  await page.locator('#embed-council-error').waitFor({ state: 'detached' });
  // A field longer than an address carries (a 20 KB pay points field) is
  // kept in the tab, and said by the field; the other settings stay in the
  // address (the tester's 21 KB field took them all out of it).
  await choose(page, 'Make one here from the scheme on Retention payments and clawback');
  const long = Array.from({ length: 600 }, (_, i) => `Social worker, point ${i}: 36,124`).join('\n');
  await page.getByLabel('Pay points (optional)', { exact: true }).fill(long);
  await page.locator('#preset-pay-note').filter({ hasText: "Too long to keep in this page's address with your other settings" }).waitFor();
  await page.waitForFunction(() => location.hash.includes('e.council=xxx') && location.hash.includes('e.preset=made') && !location.hash.includes('e.p.pay='));
  const address = page.url();
  await page.reload();
  await page.locator('#preset-pay').waitFor();
  assert.equal(await page.locator('#preset-pay').inputValue(), long);
  assert.equal(await page.locator('#embed-council').inputValue(), 'x'.repeat(120));
  // The address alone, in a new tab: everything but the long field.
  const other = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await other.goto(address);
  await other.locator('#preset-pay').waitFor();
  assert.equal(await other.locator('#embed-council').inputValue(), 'x'.repeat(120));
  assert.equal(await other.locator('#embed-preset-made').isChecked(), true);
  assert.equal(await other.locator('#preset-pay').inputValue(), '');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
  await other.close();
  await page.close();
});

test('the stripe colour reaches every long table, Payback\'s cash flow included', async () => {
  appHeaders['content-security-policy'] = SELF_POLICY;
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  for (const [slug, table] of [['retention', '#schedule'], ['payback', '#cash-flow'], ['check-my-package', '#payslips']]) {
    await page.goto(`${app.origin}/?theme-stripe=%23e0e0e0#${slug}`);
    await summary(page);
    const rows = page.locator(`.app-mount ${table} tbody tr`);
    await rows.nth(1).waitFor({ state: 'attached' });
    const backgrounds = await rows.evaluateAll((trs) => trs.slice(0, 4).map((tr) => getComputedStyle(tr).backgroundColor));
    assert.deepEqual([backgrounds[1], backgrounds[3]], ['rgb(224, 224, 224)', 'rgb(224, 224, 224)'], `${slug}: ${backgrounds}`);
    assert.notEqual(backgrounds[0], 'rgb(224, 224, 224)', slug);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a preset that cannot be used yet is kept out of the code whatever the choice, and says why', async () => {
  appHeaders['content-security-policy'] = SELF_POLICY;
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  // A scheme the calculator would refuse (an amount of -5): not made.
  await page.goto(`${app.origin}/#retention?v=1&p0.name=Hello&p0.amount=-5&p0.month=0&p0.tiein=12&p0.shape=cliff`);
  await summary(page).catch(() => {});
  await page.getByRole('link', { name: 'Embed this calculator on your website' }).click();
  await page.locator('#embed-first').waitFor();
  await choose(page, 'Make one here from the scheme on Retention payments and clawback');
  // With no council above, the made preset has no name yet: said, as the date is.
  await fill(page, "The council's name as the page shows it", 'Anyshire Council');
  await fill(page, "The policy's date", '1 May 2026');
  await fill(page, 'What the settings take from the policy', 'Its policy');
  const held = page.getByTestId('preset-held-back');
  await held.filter({ hasText: "Enter the preset's name as lower-case letters" }).waitFor();
  assert.match(await held.textContent(), /Correct the scheme on Retention payments and clawback first\. Enter the amount of payment 1/);
  assert.doesNotMatch(await snippet(page), /preset=/);
  await fill(page, "The preset's name", 'anyshire');
  await held.filter({ hasText: 'Correct the scheme' }).waitFor();
  assert.doesNotMatch(await held.textContent(), /preset's name/);
  // A pay points line that does not read is said by its field once left, not only above the code.
  const pay = page.getByLabel('Pay points (optional)', { exact: true });
  await pay.fill('bad line');
  assert.equal(await page.locator('#preset-pay-error').count(), 0, 'not while typing');
  await pay.press('Tab');
  await page.locator('#preset-pay-error').filter({ hasText: 'Enter each pay point as its name, a colon and a salary' }).waitFor();
  assert.equal(await pay.getAttribute('aria-invalid'), 'true');
  // Following the link above the code puts the field's label in view.
  await held.getByRole('link', { name: /Enter each pay point/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'preset-pay');
  const label = await page.locator('label[for=preset-pay]').boundingBox();
  assert.ok(label.y >= 0 && label.y < 900, `the label in view: ${label.y}`);

  // A published name with no file beside the calculator: kept out, and said.
  await choose(page, 'One already published beside the calculator');
  await fill(page, "The preset's name", 'nosuch');
  await page.getByLabel("The preset's name", { exact: true }).press('Tab');
  await held.filter({ hasText: 'No preset is published as presets/nosuch.json' }).waitFor();
  assert.doesNotMatch(await snippet(page), /preset=/);

  // A file: the name it fills in follows the file chosen (it stuck to a refused one).
  await choose(page, 'A preset file from my computer (for the preview only: it is not published)');
  await fill(page, "The preset's name", '');
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'oops.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await held.filter({ hasText: 'Choose a preset file in place of oops.json' }).waitFor();
  assert.equal(await page.getByLabel("The preset's name", { exact: true }).inputValue(), 'oops');
  // A file the calculator would only partly use (a field outside the format) is previewed, said, and kept out too.
  const preset = { format: 'retention-pay-preset', version: 1, council: 'Filetown Council', policy_date: '1 April 2026', source: 'Its policy', link: 'retention?v=1' };
  const extra = JSON.stringify({ ...preset, extra: 1 });
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'extra.json', mimeType: 'application/json', buffer: Buffer.from(extra) });
  await page.locator('#embed-preset-upload-error').filter({ hasText: 'extra.json is previewed, but the calculator would not use all of it' }).waitFor();
  await held.filter({ hasText: 'Choose a preset file in place of extra.json' }).waitFor();
  assert.match(await held.textContent(), /the preset file chosen is not one the calculator would use as it is/);
  assert.doesNotMatch(await snippet(page), /preset=/);
  const good = JSON.stringify(preset);
  await page.locator('#embed-preset-upload').setInputFiles({ name: 'filetown.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.getByTestId('preset-file-name').filter({ hasText: 'Previewing filetown.json.' }).waitFor();
  await held.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel("The preset's name", { exact: true }).inputValue(), 'filetown');
  assert.match(await snippet(page), /#retention\?preset=filetown"/);
  // The checker names a field the format does not have.
  const points = JSON.stringify({ ...preset, extra: 1, pay_points: [{ label: 'x', salary: '30,000', grade: 'A' }] });
  await page.locator('#preset-check-file').setInputFiles({ name: 'extra.json', mimeType: 'application/json', buffer: Buffer.from(points) });
  const report = page.getByTestId('preset-check');
  await report.filter({ hasText: 'extra.json: the calculator would open it, but not all of it' }).waitFor();
  assert.match(await report.textContent(), /Its field “extra” is not part of a preset file/);
  assert.match(await report.textContent(), /A pay point's field “grade” is not part of a preset file/);
  assert.deepEqual(page.problems.filter((p) => !/^404 for .*presets\/(nosuch|anyshire)\.json$/.test(p)), []);
  await page.close();
});
