// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1 (at the root
// and under a sub-path, as a council site would host it) and start Debian's
// Chromium through playwright-core. No browser is downloaded.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

export const DIST = resolve(process.env.DIST_DIR ?? new URL('../../dist', import.meta.url).pathname);
export const SUB_PATH = '/services/social-care/retention-pay/';
// Each calculator's slug and title, as the app names them (state::Page).
export const TITLES = {
  retention: 'Retention payments and clawback',
  'agency-or-permanent': 'Agency or permanent',
  payback: 'Payback',
  'check-my-package': 'Check my package',
  'agency-or-permanent-for-me': 'Agency or permanent for me',
  'workforce-strategy': 'Workforce strategy',
};
export const SLUGS = Object.keys(TITLES);
/** A request's file name: `https://x/a/part-1.wasm` is `part-1.wasm`. */
export const fileOf = (url) => new URL(url).pathname.split('/').pop();

/** The app's own files the page has asked for (the shell's script and wasm,
 * the parts and their loader), each with when, in the page's own clock (ms). */
export async function appFilesAskedFor(page) {
  const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), e.startTime]));
  return asked.filter(([f]) => /^retention-pay-[0-9a-f]+(_bg\.wasm|\.js)$|^part|^parts-/.test(f));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves dist/ at `/` and at SUB_PATH, plus `extra` files (path to text, or to a
 * function giving the text at request time, as a council's own site would add
 * them), with `headers` on every response (a Content Security Policy, say).
 * Resolves to { origin, close }.
 */
export function serveDist(extra = {}, headers = {}) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    if (path in extra) {
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      // A function gives the body, or writes the response itself (and returns
      // nothing), to send a page in parts.
      const body = typeof extra[path] === 'function' ? extra[path](res) : extra[path];
      if (body !== undefined) res.end(body);
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new page that fails the test on any console error, uncaught exception or
 * request to anywhere but this machine. Service workers are blocked (so request
 * routing in tests sees every request) unless `options` allows them.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('request', (r) => {
    page.requests.push(r.url());
    const url = new URL(r.url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (!local && url.protocol !== 'data:' && url.protocol !== 'blob:') page.problems.push(`a request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => {
    // Failed loads are reported with their address by the response handler below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) page.problems.push(`${r.status()} for ${r.url()}`);
  });
  return page;
}

/**
 * The summary sentence once the app has rendered (not the prerendered default
 * view that index.html shows until the WebAssembly has started).
 */
export async function summary(page) {
  const s = page.locator('.app-mount').getByTestId('summary');
  await s.waitFor();
  return (await s.textContent()).trim();
}

/**
 * Registers before/after hooks that serve dist/ and start Chromium for a test
 * file; returns an object whose `server` and `browser` are set once they start.
 */
export function useApp(before, after) {
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await serveDist();
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * The page's address once the app has written it: the app updates the address
 * bar just after painting a change (history.replaceState is slow), so this waits
 * for the task after the one that painted.
 */
export async function link(page) {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return page.url();
}

/**
 * Waits until nothing is being worked out: parts below the fold (payslips, the
 * payback grid) are rendered just after the headline, marked aria-busy meanwhile.
 */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('.app-mount [aria-busy="true"]'));
}

/**
 * Clicks a "Download as CSV" button and returns the file's name and its lines
 * (without the byte order mark and the final empty line).
 */
export async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'the file starts with a byte order mark');
  const lines = text.slice(1).split('\r\n');
  assert.equal(lines.pop(), '', 'the file ends with CRLF');
  return { name: download.suggestedFilename(), lines };
}

/**
 * Opens `url` (a page served beside the calculator) in a new page and runs
 * `body`, the text of a script with the JavaScript API loaded as `api`; resolves
 * to the page and what `body` returns.
 */
export async function withApi(browser, url, body) {
  const page = await newPage(browser);
  await page.goto(url);
  const result = await page.evaluate(`(async () => {
    const api = await import('./api/retention_pay_api.js');
    await api.default();
    ${body}
  })()`);
  return { page, result };
}
