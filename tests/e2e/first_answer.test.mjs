// End to end (issue 21): a shared link's answer before the app. boot.js fetches
// a small module of the same engine (answer-SLUG-HASH.wasm, src/first_answer.rs)
// first, shows the calculator's sentence for the link's figures, and only then
// lets the app's files download; the app then takes its place with the same
// sentence. A visitor without a link downloads none of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useApp, newPage, summary, serveDist, DIST, TITLES, SLUGS, fileOf, appFilesAskedFor } from './harness.mjs';

const app = useApp(before, after);
const answers = JSON.parse(readFileSync(join(DIST, 'answers.json'), 'utf8'));
// Figures that are not the defaults, for each calculator (the retention link
// names its payments: a link without payments is a scheme without payments).
const LINK = (slug) => `#${slug}?v=1&salary=41000&c.hourly=45` + (slug === 'retention'
  ? '&leave=15&p0.name=Golden%20hello&p0.amount=2000&p0.month=0&p0.tiein=24&p0.shape=prorata&p0.fte=1&p0.pens=0&p1.name=Retention&p1.amount=1500&p1.month=12&p1.tiein=12&p1.shape=cliff&p1.fte=1&p1.pens=0'
  : '');
const APP_FILES = /^(retention-pay-[0-9a-f]+_bg\.wasm|part-.*\.wasm)$/;
const firstAnswer = (page) => page.locator('#first-answer').getByTestId('summary');

test('the build has an answer module for every calculator', () => {
  assert.match(answers.script, /^answer-[0-9a-f]{16}\.js$/);
  assert.deepEqual(Object.keys(answers.pages).sort(), [...SLUGS].sort());
  for (const f of Object.values(answers.pages)) assert.match(f, /^answer-[a-z-]+-[0-9a-f]{16}\.wasm$/);
});

test('each answer module is built for its calculator alone, without the others\' text', () => {
  // One build per calculator (.ci/answer.mjs): the linker leaves out the other
  // calculators' sentences, where one module cut down afterwards kept every
  // string (the retention file had the workforce sentence's words until 30
  // November 2026). Each sentence's own words, and the files that may hold them:
  const ONLY = {
    'FTE with the strategy against': ['workforce-strategy'],
    'You take home ': ['check-my-package'],
    'Filled permanently, the post costs ': ['agency-or-permanent'],
  };
  for (const slug of SLUGS) {
    const bytes = readFileSync(join(DIST, answers.pages[slug]));
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
    assert.ok(exports.includes('answer'), `${slug}: exports ${exports}`);
    assert.deepEqual(exports.filter((e) => e.startsWith('answer_')), [], slug);
    for (const [words, files] of Object.entries(ONLY)) {
      assert.equal(bytes.includes(Buffer.from(words)), files.includes(slug), `${slug}: “${words}”`);
    }
  }
});

test('a shared link shows its answer with the app held back, and the app then shows the same sentence', async () => {
  for (const slug of SLUGS) {
    // The app's WebAssembly never arrives: the answer shows all the same.
    const held = await newPage(app.browser);
    await held.route((url) => APP_FILES.test(fileOf(url.href)), (r) => r.abort());
    await held.goto(`${app.server.origin}/${LINK(slug)}`);
    await firstAnswer(held).waitFor({ timeout: 15_000 });
    const early = (await firstAnswer(held).textContent()).trim();
    assert.match(early, /\d/, slug);
    // Under the calculator's own title, as the app shows it.
    assert.equal(await held.locator('#first-answer h1').textContent(), TITLES[slug], slug);
    assert.ok(held.requests.map(fileOf).includes(answers.pages[slug]), `${slug}: its own answer file`);
    for (const other of SLUGS.filter((s) => s !== slug)) {
      assert.ok(!held.requests.map(fileOf).includes(answers.pages[other]), `${slug}: not ${other}'s answer`);
    }
    await held.close();

    // Unhindered: the app's sentence contains the first answer word for word,
    // and the first answer is gone once the calculator is on the page.
    const page = await newPage(app.browser);
    await page.goto(`${app.server.origin}/${LINK(slug)}`);
    const full = await summary(page);
    assert.ok(full.includes(early), `${slug}: the app says “${full}”, the first answer said “${early}”`);
    assert.equal(await page.locator('#first-answer').count(), 0, slug);
    assert.deepEqual(page.problems, [], slug);
    await page.close();
  }
});

test('the retention answer is the hand-worked one (issue 23, design A at 15 months)', async () => {
  const page = await newPage(app.browser);
  await page.route((url) => APP_FILES.test(fileOf(url.href)), (r) => r.abort());
  await page.goto(`${app.server.origin}/${LINK('retention')}`);
  // £2,000 × 9/24 = £750 of the golden hello, plus all £1,500 three months into
  // a 12-month all-or-nothing tie-in: £2,250 of £3,500.
  await firstAnswer(page).waitFor();
  assert.match(await firstAnswer(page).textContent(), /you repay £2,250\.00 of the £3,500\.00 paid/);
  await page.close();
});

test('the app\'s files, its script too, are asked for only once the answer is on screen', async () => {
  for (const slug of ['payback', 'agency-or-permanent-for-me']) {
    const page = await newPage(app.browser);
    // In the page's own clock: when the answer was put on the page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('first-answer')) {
          window.answerShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${app.server.origin}/${LINK(slug)}`);
    await summary(page);
    const shownAt = await page.evaluate(() => window.answerShownAt);
    const asked = await appFilesAskedFor(page);
    assert.ok(shownAt > 0, `${slug}: the answer was shown`);
    // Before this, the shell's script (9 KB gzipped) was in the page's head and
    // came with the page, beside the answer.
    assert.ok(asked.some(([f]) => /^retention-pay-[0-9a-f]+\.js$/.test(f)), `${slug}: ${JSON.stringify(asked)}`);
    for (const [file, at] of asked) assert.ok(at >= shownAt, `${slug}: ${file} asked for at ${at} ms, the answer shown at ${shownAt} ms`);
    await page.close();
  }
});

test('the answer shows as soon as it is worked out, while the page is still loading', async () => {
  // The page arrives in two parts, the second held back: the answer does not
  // wait for it. Before, it waited until the whole page had been parsed
  // (DOMContentLoaded), which on a phone came after the answer was worked out
  // (a trace at 4x CPU: the prerendered view, hidden for a link, is 67 KB of
  // HTML to parse).
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cut = page.indexOf('<div id=app>') + '<div id=app>'.length;
  assert.ok(cut > 100, 'the page has its app element');
  let release;
  const released = new Promise((ok) => { release = ok; });
  const server = await serveDist({
    '/index.html': (res) => {
      res.write(page.slice(0, cut));
      released.then(() => res.end(page.slice(cut)));
    },
  });
  try {
    const tab = await newPage(app.browser);
    await tab.goto(`${server.origin}/${LINK('check-my-package')}`, { waitUntil: 'commit' });
    await firstAnswer(tab).waitFor({ timeout: 15_000 });
    assert.equal(await tab.evaluate(() => document.readyState), 'loading');
    const early = (await firstAnswer(tab).textContent()).trim();
    assert.match(early, /^You take home £[\d,]+\.\d\d a year/);
    // It stands where the app will be: the rest of the page is parsed after it.
    assert.equal(await tab.evaluate(() => document.getElementById('first-answer').parentElement.id), 'app');
    release();
    // Then the app starts and takes its place with the same sentence.
    await tab.waitForFunction(() => !document.getElementById('first-answer') && !!document.querySelector('.app-mount [data-testid="summary"]'));
    assert.ok((await summary(tab)).includes(early));
    assert.equal(await tab.locator('#prerendered').count(), 0);
    assert.deepEqual(tab.problems, []);
    await tab.close();
  } finally {
    release();
    await server.close();
  }
});

test('no answer files without a link, with a council preset, or when the answer cannot be fetched', async () => {
  // Without a link: the prerendered view is the first result; nothing extra.
  for (const path of ['/', '/#payback']) {
    const page = await newPage(app.browser);
    await page.goto(`${app.server.origin}${path}`);
    await summary(page);
    assert.deepEqual(page.requests.map(fileOf).filter((f) => f.startsWith('answer-')), [], path);
    await page.close();
  }
  // A preset's or a council's figures are the app's to apply: no first answer,
  // and its files are not downloaded for nothing (they were, found by a fresh
  // tester, 30 November 2026), the app's own answer.
  for (const link of ['#retention?preset=lincolnshire-example', '#workforce-strategy?v=1&w.posts=120&la=E06000001']) {
    const preset = await newPage(app.browser);
    await preset.goto(`${app.server.origin}/${link}`);
    await preset.waitForFunction(() => !!document.querySelector('.app-mount [data-testid="summary"]'));
    assert.equal(await preset.locator('#first-answer').count(), 0, link);
    assert.deepEqual(preset.requests.map(fileOf).filter((f) => f.startsWith('answer-')), [], link);
    await preset.close();
  }
  // A link to the default figures (a visitor who changed a field and changed
  // it back): the prerendered view is its answer and stays; no second copy of
  // the sentence, and no answer files. Its answer was shown under the footer
  // (found by a fresh tester, 30 November 2026).
  const typed = await newPage(app.browser);
  await typed.goto(`${app.server.origin}/`);
  await summary(typed);
  await typed.locator('#leave-month').fill('11');
  await typed.locator('#leave-month').fill('10');
  await typed.waitForFunction(() => /[?&]leave=10&/.test(location.hash));
  const defaults = await typed.evaluate(() => location.hash);
  await typed.close();
  const back = await newPage(app.browser);
  await back.goto(`${app.server.origin}/${defaults}`);
  await back.waitForFunction(() => !!document.querySelector('.app-mount [data-testid="summary"]'));
  assert.equal(await back.locator('#first-answer').count(), 0, defaults);
  assert.deepEqual(back.requests.map(fileOf).filter((f) => f.startsWith('answer-')), [], defaults);
  assert.equal(await back.getByTestId('summary').count(), 1, 'one summary on the page');
  await back.close();
  // The answer's files missing: the app starts anyway and answers.
  const missing = await newPage(app.browser);
  await missing.route((url) => fileOf(url.href).startsWith('answer-'), (r) => r.abort());
  await missing.goto(`${app.server.origin}/${LINK('check-my-package')}`);
  assert.match(await summary(missing), /\d/);
  assert.equal(await missing.locator('#first-answer').count(), 0);
  await missing.close();
});

test('the first answer works under the strict Content Security Policy and under a sub-path', async () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
  const server = await serveDist({}, { 'content-security-policy': CSP });
  try {
    const page = await newPage(app.browser);
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.route((url) => APP_FILES.test(fileOf(url.href)), (r) => r.abort());
    await page.goto(`${server.origin}/services/social-care/retention-pay/${LINK('agency-or-permanent')}`);
    await firstAnswer(page).waitFor({ timeout: 15_000 });
    assert.match(await firstAnswer(page).textContent(), /\d/);
    assert.deepEqual(violations, []);
    await page.close();
  } finally {
    await server.close();
  }
});
