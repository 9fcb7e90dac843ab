// End to end: the calculator inside a council's page (docs/embedding.md). The app
// is served under the strict Content Security Policy the docs give, a host page on
// another loopback origin (another port) embeds it as an iframe and as the custom
// element, and nothing is requested from anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, newPage, summary, DIST, SUB_PATH } from './harness.mjs';

/** The policy docs/embedding.md tells a council to send with the app. */
const appPolicy = (host) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${host}`;

let app, host, browser;
const hostPages = {};

/** A council's own site: its pages, under its own strict policy. */
function serveHost() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = hostPages[path];
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; script-src 'self' ${app.origin}; frame-src ${app.origin}; style-src 'self'`,
    });
    res.end(page);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    ok({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((d) => server.close(d)) });
  }));
}

before(async () => {
  // The host's origin is needed in the app's policy, so the app's server reads it late.
  const headers = {};
  app = await serveDist({}, headers);
  host = await serveHost();
  headers['content-security-policy'] = appPolicy(host.origin);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** Records CSP violations in every frame of the page (the report, not just the console). */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** Only this machine's two origins: the app's and the host's. */
function onlyOwnOrigins(page) {
  const origins = new Set(page.requests.map((u) => new URL(u).origin));
  for (const o of origins) assert.ok(o === app.origin || o === host.origin, `request to ${o}`);
}

test('the built app runs under the strict policy with no violation', async () => {
  const page = await newPage(browser);
  await watchPolicy(page);
  for (const at of ['/', SUB_PATH]) {
    await page.goto(`${app.origin}${at}#payback`);
    assert.match(await summary(page), /./);
    await page.locator('#b-horizon').fill('24');
    await page.waitForFunction(() => location.hash.includes('b.horizon=24'));
    // Another calculator's part, fetched under the same policy (and sub-path).
    await page.locator('.app-mount nav a[data-action="nav:check-my-package"]').click();
    await page.locator('.app-mount [data-testid=summary]').filter({ hasText: 'take home' }).waitFor();
  }
  // The loader Trunk writes inline is a file now; nothing inline is left.
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  assert.match(html, /<script type=module src=\.\/start-[0-9a-f]{16}\.js><\/script>/);
  assert.doesNotMatch(html, /<script(?![^>]*src=)[^>]*>/);
  assert.deepEqual(page.problems, []);
  onlyOwnOrigins(page);
});

/** Height of the frame element and of the app's document inside it. */
async function heights(page, frameSelector) {
  const outer = await page.locator(frameSelector).evaluate((f) => f.clientHeight);
  const content = await page.frameLocator(frameSelector).locator('body').evaluate((b) => ({
    body: Math.ceil(b.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));
  return { outer, ...content };
}

/**
 * Waits (up to ten seconds) for the frame to be as tall as its content, and to
 * stay so for a moment (the app renders its tables a frame after its headline).
 * The frame is on another origin, so the two are measured from each side.
 */
async function fitted(page, frameSelector) {
  let h, last;
  for (let i = 0; i < 50; i++) {
    h = await heights(page, frameSelector);
    if (Math.abs(h.outer - h.body) <= 1 && last && last.outer === h.outer) return h;
    last = h;
    await page.waitForTimeout(200);
  }
  return h;
}

test('an iframe on another origin is sized to its content as it grows and shrinks', async () => {
  hostPages['/iframe.html'] = `<!DOCTYPE html><html lang="en"><head><title>Council page</title></head><body>
    <h1>Our retention scheme</h1>
    <iframe data-retention-pay title="Social worker retention pay calculator"
      src="${app.origin}${SUB_PATH}?parent-origin=${encodeURIComponent(host.origin)}#retention"></iframe>
    <script src="${app.origin}${SUB_PATH}embed.js"></script></body></html>`;
  // A window tall enough to show the whole app: sections far below the window are
  // laid out at a placeholder height until scrolled near (content-visibility), which
  // would make "grows" and "shrinks" depend on scrolling.
  const page = await newPage(browser, { viewport: { width: 1000, height: 12000 } });
  await watchPolicy(page);
  await page.goto(`${host.origin}/iframe.html`);
  const inside = page.frameLocator('iframe[data-retention-pay]');
  await inside.locator('.app-mount [data-testid=summary]').waitFor();
  // The frame follows the content: same height, no scrollbar inside it.
  const fits = () => fitted(page, 'iframe[data-retention-pay]');
  const first = await fits();
  assert.ok(Math.abs(first.outer - first.body) <= 1, `frame ${first.outer} vs content ${first.body}`);
  assert.equal(first.scrolls, false, 'no scrollbar inside the frame');
  assert.ok(first.outer > 1000, 'taller than a fixed default');
  assert.equal(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().width), 1000 - 16, 'as wide as the host allows');

  // A fourth payment, filled in (an empty one shows errors in place of the results).
  await inside.getByRole('button', { name: 'Add a payment' }).click();
  const added = inside.locator('fieldset.payment').last();
  await added.getByLabel('Amount, in pounds').fill('500');
  await added.getByLabel('Paid after how many full months').fill('3');
  await inside.locator('.app-mount [data-testid=summary]').filter({ hasText: 'you repay' }).waitFor();
  const grown = await fits();
  assert.ok(grown.outer > first.outer + 100, `grew from ${first.outer} to ${grown.outer}`);
  assert.ok(Math.abs(grown.outer - grown.body) <= 1);

  await inside.locator('fieldset.payment').last().locator('.button--warning').click();
  const shrunk = await fits();
  assert.ok(shrunk.outer < grown.outer - 100, `shrank from ${grown.outer} to ${shrunk.outer}`);
  assert.equal(shrunk.scrolls, false);

  // Inside a host page the app drops its own banner.
  assert.equal(await inside.locator('.header').isVisible(), false);

  // Another calculator, in the frame: its part is fetched from the app's
  // origin, under the sub-path, and the payments typed above are kept.
  await inside.locator('.app-mount nav a[data-action="nav:payback"]').click();
  await inside.locator('.app-mount [data-testid=summary]').filter({ hasText: 'pays for itself' }).waitFor();
  assert.equal(await inside.locator('h1').textContent(), 'Payback');
  await inside.locator('.app-mount nav a[data-action="nav:retention"]').click();
  assert.equal(await inside.locator('fieldset.payment').count(), 3);
  assert.deepEqual(page.problems, []);
  onlyOwnOrigins(page);
});

/** Every calculator's slug (static/embed/embed.js's PAGES). */
const CALCULATORS = ['retention', 'agency-or-permanent', 'payback', 'check-my-package',
  'agency-or-permanent-for-me', 'workforce-strategy'];

/**
 * The frame element's height, and inside it the document's scrollHeight and
 * clientHeight (the frame's own viewport): a frame that fits its content is as
 * tall as the document's scrollHeight and has nothing to scroll.
 */
async function fit(page, frameSelector) {
  const outer = await page.locator(frameSelector).evaluate((f) => f.clientHeight);
  const inner = await page.frameLocator(frameSelector).locator('html').evaluate((h) => ({
    scrollHeight: h.scrollHeight, clientHeight: h.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits (up to ten seconds) for the frame to fit and to stay so for a moment; the last reading. */
async function settled(page, frameSelector) {
  let h, last;
  const fits = (x) => Math.abs(x.outer - x.scrollHeight) <= 1 && x.scrollHeight <= x.clientHeight + 1;
  for (let i = 0; i < 50; i++) {
    h = await fit(page, frameSelector);
    if (fits(h) && last && last.outer === h.outer && last.scrollHeight === h.scrollHeight) return h;
    last = h;
    await page.waitForTimeout(200);
  }
  return h;
}

function assertFits(h, what) {
  assert.ok(Math.abs(h.outer - h.scrollHeight) <= 1, `${what}: frame ${h.outer} px, its document ${h.scrollHeight} px`);
  assert.ok(h.scrollHeight <= h.clientHeight + 1, `${what}: the document scrolls (${h.scrollHeight} in ${h.clientHeight})`);
}

test('every calculator, in an iframe and as the element, is exactly as tall as its document, before and after a fold opens', async () => {
  const page = await newPage(browser, { viewport: { width: 1000, height: 20000 } });
  await watchPolicy(page);
  let opened = 0;
  for (const slug of CALCULATORS) {
    // Each with every calculator's tabs, and alone (no tabs: its heading comes
    // first, and its top margin once fell outside the height reported, 8 px).
    const parent = encodeURIComponent(host.origin);
    hostPages[`/fit-${slug}.html`] = `<!DOCTYPE html><html lang="en"><head><title>Fit ${slug}</title></head><body>
      <iframe data-retention-pay id="all" title="Calculator" src="${app.origin}/?parent-origin=${parent}#${slug}"></iframe>
      <iframe data-retention-pay id="one" title="Calculator" src="${app.origin}/?calculators=${slug}&parent-origin=${parent}#${slug}"></iframe>
      <retention-pay-calculator id="e-all" page="${slug}" label="Calculator"></retention-pay-calculator>
      <retention-pay-calculator id="e-one" page="${slug}" calculators="${slug}" label="Calculator"></retention-pay-calculator>
      <script src="${app.origin}/embed.js"></script></body></html>`;
    await page.goto(`${host.origin}/fit-${slug}.html`);
    for (const frame of ['iframe#all', 'iframe#one', '#e-all iframe', '#e-one iframe']) {
      const inside = page.frameLocator(frame);
      // Four frames are taller than the window: a frame off screen is not drawn.
      await page.locator(frame).scrollIntoViewIfNeeded();
      await inside.locator('.app-mount [data-testid=summary]').waitFor();
      const before = await settled(page, frame);
      assertFits(before, `${slug}, ${frame}`);
      assert.ok(before.outer > 600, `${slug}, ${frame}: sized by the app (${before.outer} px)`);
      // A fold (or else any folded section) that changes the height.
      const closed = inside.locator('.app-mount details:not([open]) > summary').filter({ visible: true });
      if (await closed.count()) {
        await closed.first().click();
        const after = await settled(page, frame);
        assert.notEqual(after.outer, before.outer, `${slug}, ${frame}: opening a fold changes the height`);
        assertFits(after, `${slug}, ${frame}, a fold opened`);
        opened++;
      }
    }
  }
  assert.ok(opened >= 4 * CALCULATORS.length, `a fold opened in ${opened} frames`);
  assert.deepEqual(page.problems, []);
  onlyOwnOrigins(page);
});

test('the height goes only to the origin the host named', async () => {
  // A host that names another origin gets no message (the browser drops it), so
  // its frame keeps the height it set.
  hostPages['/wrong.html'] = `<!DOCTYPE html><html lang="en"><head><title>Other</title></head><body>
    <iframe data-retention-pay title="Calculator" src="${app.origin}/?parent-origin=${encodeURIComponent('http://127.0.0.1:1')}#retention"></iframe>
    <script src="${app.origin}/embed.js"></script></body></html>`;
  const page = await newPage(browser);
  await page.goto(`${host.origin}/wrong.html`);
  await page.frameLocator('iframe').locator('.app-mount [data-testid=summary]').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator("iframe").evaluate((f) => f.clientHeight), 150, 'the default iframe height');
});

test('the custom element works on a host page with hostile styles and leaves them alone', async () => {
  hostPages['/hostile.css'] = '* { font-size: 30px; box-sizing: content-box; color: rgb(255, 0, 0); } iframe { border: 9px solid blue; height: 50px; }'
    + ' retention-pay-calculator { --retention-pay-brand: #000000; --retention-pay-button: #4c2c92; }';
  hostPages['/element.html'] = `<!DOCTYPE html><html lang="en"><head><title>Council page</title>
    <link rel="stylesheet" href="/hostile.css"></head><body>
    <p class="host-text">The council's own words.</p>
    <retention-pay-calculator page="payback" theme-brand="#8a1538" theme-text="#${'0'.repeat(100_000)}" label="${'Pay '.repeat(10_000)}"></retention-pay-calculator>
    <script src="${app.origin}/embed.js"></script></body></html>`;
  const page = await newPage(browser);
  await watchPolicy(page);
  await page.goto(`${host.origin}/element.html`);
  const frame = page.locator('retention-pay-calculator iframe');
  await frame.waitFor();
  const inside = page.frameLocator('retention-pay-calculator iframe');
  await inside.locator('.app-mount [data-testid=summary]').waitFor();
  // The attribute chose the calculator; the host's CSS reaches neither the frame nor the app.
  assert.equal(await inside.locator('h1').textContent(), 'Payback');
  assert.equal(await inside.locator('body').evaluate((b) => getComputedStyle(b).fontSize), '16px');
  const brand = (name) => inside.locator('html').evaluate((h, n) => getComputedStyle(h).getPropertyValue(n).trim(), name);
  assert.equal(await brand('--brand'), '#8a1538', 'the attribute wins over the host CSS');
  assert.equal(await brand('--button'), '#4c2c92', 'a colour from the host CSS custom property');
  assert.equal(await frame.evaluate((f) => getComputedStyle(f).borderTopWidth), '0px');
  // Attributes are read to 200 characters: a 100 KB theme value is not passed on,
  // a 40 KB label is cut (issue 25).
  assert.ok((await frame.getAttribute('src')).length < 1000, 'the long theme value left out of the address');
  assert.equal((await frame.getAttribute('title')).length, 200);
  // The host's own page keeps its own styles.
  assert.equal(await page.locator('.host-text').evaluate((p) => getComputedStyle(p).fontSize), '30px');
  assert.equal(await page.locator('.host-text').evaluate((p) => getComputedStyle(p).color), 'rgb(255, 0, 0)');
  // And the element is as tall as the app inside it.
  const h = await fitted(page, 'retention-pay-calculator iframe');
  assert.ok(Math.abs(h.outer - h.body) <= 1, `frame ${h.outer} vs content ${h.body}`);
  assert.deepEqual(page.problems, []);
  onlyOwnOrigins(page);
});

test('theme colours from the address are applied, and only as colours', async () => {
  const page = await newPage(browser);
  await page.goto(`${app.origin}/?theme-brand=%23005a30&theme-button=url(x)&theme-font=Georgia&theme-text=%23${'0'.repeat(5_000)}&theme-panel=${'a'.repeat(81)}#retention`);
  await summary(page);
  const prop = (name) => page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
  assert.equal(await prop('--brand'), '#005a30');
  assert.equal(await prop('--button'), '#00703c', 'a value that is not a colour is ignored');
  assert.equal(await prop('--font'), 'Georgia');
  assert.equal(await prop('--text'), '#0b0c0c', 'a 5,000-character value is ignored');
  assert.deepEqual(page.problems, []);
});

test('the table stripe and the chart colours are themed from the address, and a refused value leaves the default', async () => {
  const page = await newPage(browser);
  const style = (selector, property) => page.locator(selector).first()
    .evaluate((e, p) => getComputedStyle(e)[p], property);
  const stripe = '#schedule tbody tr:nth-child(even):not(.row--selected)';
  const open = async (query, slug) => {
    await page.goto(`${app.origin}/?${query}#${slug}`);
    await summary(page);
  };
  const given = 'theme-stripe=%23e8eef4&theme-chart-1=%23003a70&theme-chart-2=%23a00000';
  // Retention: a striped row of the month-by-month table.
  await open(given, 'retention');
  assert.equal(await style(`.app-mount ${stripe}`, 'backgroundColor'), 'rgb(232, 238, 244)');
  // Payback: the cash flow line (the first chart colour).
  await open(given, 'payback');
  assert.equal(await style('.app-mount .chart__line', 'stroke'), 'rgb(0, 58, 112)');
  // Workforce strategy: the turnover line (the second) and its key.
  await open(given, 'workforce-strategy');
  assert.equal(await style('.app-mount .rate-line--turnover', 'stroke'), 'rgb(160, 0, 0)');
  assert.equal(await style('.app-mount .rate-line--agency', 'stroke'), 'rgb(0, 58, 112)');
  // Five hex digits, and a name, are not colours: the defaults stay.
  const refused = 'theme-stripe=%23e8eef&theme-chart-1=navy&theme-chart-2=%23a0000';
  await open(refused, 'retention');
  assert.equal(await style(`.app-mount ${stripe}`, 'backgroundColor'), 'rgb(248, 248, 248)', 'the default stripe #f8f8f8');
  await open(refused, 'workforce-strategy');
  assert.equal(await style('.app-mount .rate-line--turnover', 'stroke'), 'rgb(212, 53, 28)', 'the default #d4351c');
  assert.equal(await style('.app-mount .rate-line--agency', 'stroke'), 'rgb(29, 112, 184)', 'the default #1d70b8');
  assert.deepEqual(page.problems, []);
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the default colours keep WCAG AA contrast (the check docs/embedding.md gives)', async () => {
  const css = await readFile(new URL('../../static/style.css', import.meta.url), 'utf8');
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const v = Object.fromEntries([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
  // Worked once by hand for the first pair: #0b0c0c on #ffffff is (1.05)/(0.0037+0.05) = 19.6.
  assert.ok(Math.abs(contrast('#0b0c0c', '#ffffff') - 19.6) < 0.2);
  const pairs = [
    ['text', 'background'], ['text', 'panel'], ['secondary-text', 'background'], ['secondary-text', 'panel'],
    ['brand', 'background'], ['brand', 'panel'], ['button-text', 'button'], ['error', 'background'], ['focus-text', 'focus'],
  ];
  for (const [fg, bg] of pairs) {
    assert.ok(contrast(v[fg], v[bg]) >= 4.5, `--${fg} on --${bg}: ${contrast(v[fg], v[bg]).toFixed(2)}`);
  }
  // Text on the table stripe (4.5:1), and each chart line on the background (3:1, WCAG 1.4.11).
  assert.ok(contrast(v.text, v.stripe) >= 4.5, `--text on --stripe: ${contrast(v.text, v.stripe).toFixed(2)}`);
  for (const c of ['chart-1', 'chart-2', 'chart-3']) {
    assert.ok(contrast(v[c], v.background) >= 3, `--${c} on --background: ${contrast(v[c], v.background).toFixed(2)}`);
  }
});

test('offline: once loaded under a sub-path, the app reloads with no network, and a new release replaces the old cache', async () => {
  // A new release is a new worker script: here the same one with another cache name.
  let release = 'first';
  const built = await readFile(`${DIST}/sw.js`, 'utf8');
  const server = await serveDist({
    '/sw.js': () => built.replace(/const CACHE = '([^']+)'/, `const CACHE = '$1-${release}'`),
  });
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  const url = `${server.origin}${SUB_PATH}#payback`;
  await page.goto(url);
  await summary(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  assert.equal(scope, `${server.origin}${SUB_PATH}`);
  const cachesNow = () => page.evaluate(() => caches.keys());
  assert.deepEqual((await cachesNow()).filter((k) => k.startsWith('retention-pay-')).length, 1);

  await page.context().setOffline(true);
  await page.reload();
  assert.match(await summary(page), /./, 'the app works with no network');
  assert.equal(await page.locator('h1').textContent(), 'Payback');
  await page.context().setOffline(false);

  release = 'second';
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0].endsWith('-second');
  });
  await server.close();
});

test('an embedded app registers no service worker unless the host asks', async () => {
  hostPages['/plain.html'] = `<!DOCTYPE html><html lang="en"><head><title>Plain</title></head><body>
    <iframe data-retention-pay title="Calculator" src="${app.origin}/?parent-origin=${encodeURIComponent(host.origin)}"></iframe>
    <script src="${app.origin}/embed.js"></script></body></html>`;
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await page.goto(`${host.origin}/plain.html`);
  const inside = page.frameLocator('iframe');
  await inside.locator('.app-mount [data-testid=summary]').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await inside.locator('body').evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
});
