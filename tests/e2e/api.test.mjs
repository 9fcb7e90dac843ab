// End to end: the JavaScript API (docs/api.md). Every ```js block of the docs is
// run, in order, in a page served beside the calculator under the strict CSP, and
// every line marked `// → value` is checked: the docs cannot drift from the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, newPage, withApi } from './harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
let server, browser;
before(async () => {
  server = await serveDist({ '/host.html': '<!DOCTYPE html><html lang="en"><title>Host</title><p>Host page</p></html>' }, { 'content-security-policy': POLICY });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The docs' examples as one script whose `// →` lines record what they got. */
async function examples() {
  const md = await readFile(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const blocks = [...md.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  let expected = 0;
  const code = blocks.join('\n').split('\n').map((line) => {
    const m = line.match(/^(\s*)(.*?);\s*\/\/ → (.*)$/);
    if (!m) return line;
    expected += 1;
    return `${m[1]}__checks.push({ line: ${JSON.stringify(m[2])}, got: (${m[2]}), want: (${m[3]}) });`;
  }).join('\n');
  return { code: `(async () => { const __checks = [];\n${code}\nreturn __checks; })()`, expected, blocks: blocks.length };
}

test('every example in docs/api.md runs and gives what the docs say', async () => {
  const { code, expected, blocks } = await examples();
  assert.ok(blocks >= 5 && expected >= 10, `${blocks} blocks, ${expected} checks`);
  const page = await newPage(browser);
  await page.goto(`${server.origin}/host.html`);
  const checks = await page.evaluate(code);
  assert.equal(checks.length, expected, 'every checked line ran (an example that should throw did)');
  for (const c of checks) assert.deepEqual(c.got, c.want, c.line);
  // The module is the engine alone: the page fetched no part of the app's interface.
  const fetched = page.requests.map((u) => new URL(u).pathname);
  assert.deepEqual(fetched.filter((p) => p.endsWith('.wasm')), ['/api/retention_pay_api_bg.wasm']);
  assert.deepEqual(page.problems, []);
});

test('bad input of every kind throws an Error naming the field, and the module carries on', async () => {
  const { page, result: results } = await withApi(browser, `${server.origin}/host.html`, `
    const attempt = (f, input) => { try { f(input); return 'no error'; } catch (e) { return [e instanceof Error, e.field, e.message]; } };
    return [
      attempt(api.agencyOrPermanent, { salary: -5 }),
      attempt(api.payback, { 'b.horizon': 'forever' }),
      attempt(api.checkMyPackage, { 'k.code': 'XYZ' }),
      attempt(api.retention, 'not an object'),
      attempt(api.retention, { leave: { nested: 1 } }),
      api.retention(undefined).figures.repayable,
    ];
  `);
  assert.deepEqual(results[0].slice(0, 2), [true, 'salary']);
  assert.match(results[0][2], /^salary: /);
  assert.deepEqual(results[1].slice(0, 2), [true, 'b.horizon']);
  assert.deepEqual(results[2].slice(0, 2), [true, 'k.code']);
  assert.deepEqual(results[3].slice(0, 2), [true, 'input']);
  assert.deepEqual(results[4].slice(0, 2), [true, 'input']);
  // After all that, the defaults still work: £2,000 repayable after 10 months.
  assert.equal(results[5], 200000);
  assert.deepEqual(page.problems, []);
});
