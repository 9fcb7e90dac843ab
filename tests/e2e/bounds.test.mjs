// End to end (issue 25): nothing from outside, however deep or wide, breaks the
// module or the page. Values nested thousands deep (lists and objects), very wide
// and very long go through the JavaScript API, "Open a saved scenario", a council
// preset file and the link; each is answered or refused with a sentence (the API:
// an Error with `error.field` = "input"), and afterwards the module answers and
// the page still computes: a field typed into changes the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launchBrowser, serveDist, newPage, summary, withApi } from './harness.mjs';

/** Text of a JSON value nested `depth` deep, lists or objects or both by turns. */
function nested(depth, kind) {
  let text = '1';
  for (let i = 0; i < depth; i++) {
    const list = kind === 'lists' || (kind === 'mixed' && i % 2 === 0);
    text = list ? `[${text}]` : `{"x":${text}}`;
  }
  return text;
}

const DEEP_PRESET = `{"format":"retention-pay-preset","version":1,"council":"Deep","policy_date":"x","source":"x","link":"retention?v=1","pay_points":[${nested(8000, 'lists')}]}`;
const WIDE_PRESET = `{"format":"retention-pay-preset","version":1,"council":"Wide","policy_date":"x","source":"x","link":"retention?v=1","pay_points":[${'1,'.repeat(150_000)}1]}`;
let server, browser;
before(async () => {
  server = await serveDist({
    '/presets/deep.json': DEEP_PRESET,
    '/presets/deep-objects.json': DEEP_PRESET.replace(nested(8000, 'lists'), nested(8000, 'objects')),
    '/presets/wide.json': WIDE_PRESET,
    '/host.html': '<!DOCTYPE html><html lang="en"><title>Host</title><p>Host page</p></html>',
  });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Types a leaving month the page was not showing and waits for a new result. */
async function stillComputes(page, why) {
  const leave = page.getByLabel('Leaving after how many full months from the start date');
  const was = await summary(page);
  await leave.fill((await leave.inputValue()) === '20' ? '10' : '20');
  await page.waitForFunction((old) => document.querySelector('.app-mount [data-testid="summary"]').textContent.trim() !== old, was, { timeout: 5000 })
    .catch(() => assert.fail(`the page stopped computing after ${why}`));
}

test('the API refuses deep, wide and long input with error.field "input", fuzzed, and carries on', async () => {
  const { page, result: results } = await withApi(browser, `${server.origin}/host.html`, `
    const fns = [api.retention, api.agencyOrPermanent, api.payback, api.checkMyPackage, api.workforceStrategy];
    const attempt = (f, input) => { try { f(input); return 'answered'; } catch (e) { return e instanceof Error && typeof e.field === 'string' ? e.field : 'not an Error: ' + e; } };
    const deep = (depth, kind) => { let v = 1; for (let i = 0; i < depth; i++) v = (kind === 'lists' || (kind === 'mixed' && i % 2)) ? [v] : { x: v }; return v; };
    const out = { crafted: [], fuzzed: [], after: null };
    for (const kind of ['lists', 'objects', 'mixed']) {
      out.crafted.push(attempt(api.retention, { salary: deep(5000, kind) }));
      out.crafted.push(attempt(api.retention, deep(5000, kind)));
    }
    const wide = {}; for (let i = 0; i < 5000; i++) wide['k' + i] = '1';
    out.crafted.push(attempt(api.payback, wide));
    out.crafted.push(attempt(api.checkMyPackage, { salary: '4'.repeat(20000) }));
    out.crafted.push(attempt(api.retention, [1, 2, 3]));
    // Fuzzed: random depth (to 6,000) and breadth, lists and objects, through all five.
    let seed = 25;
    const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const value = () => {
      const r = random(4);
      if (r === 0) return deep(random(6000), ['lists', 'objects', 'mixed'][random(3)]);
      if (r === 1) { const a = []; for (let i = random(3000); i > 0; i--) a.push(random(2) ? i : [i]); return a; }
      if (r === 2) return String(random(100000));
      return 'x'.repeat(random(12000));
    };
    for (let n = 0; n < 60; n++) {
      const input = {};
      for (let k = random(4); k >= 0; k--) input[['salary', 'leave', 'p0.amount', 'w.posts', 'c.hourly'][random(5)]] = value();
      for (const f of fns) out.fuzzed.push(attempt(f, input));
    }
    out.after = [api.version().api, api.retention({ leave: 12 }).figures.repayable];
    return out;
  `);
  assert.deepEqual(results.crafted, Array(9).fill('input'));
  for (const r of results.fuzzed) assert.ok(r === 'answered' || /^[a-z]/.test(r) && !r.startsWith('not an Error'), r);
  assert.ok(results.fuzzed.filter((r) => r === 'input').length > 30, 'the fuzzer reached deep values');
  assert.deepEqual(results.after, [1, 200000], 'the module still answers');
  assert.deepEqual(page.problems, []);
});

test('a scenario file with a deep, wide or huge extra is refused with a sentence, and the page still computes', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.origin}/`);
  await summary(page);
  const good = '"format":"retention-pay-scenario","version":1,"app_version":"0.1.0","saved":"2026-11-22","calculator":"Retention","summary":"","link":"retention?v=1&leave=15&p0.amount=2400&p0.month=0&p0.tiein=24&p0.shape=prorata"';
  const cases = [
    ['lists', `{${good},"x":${nested(8000, 'lists')}}`, /cannot be a scenario saved by this calculator \(it is nested more than 16 levels deep\)/],
    ['objects', `{${good},"x":${nested(8000, 'objects')}}`, /nested more than 16 levels deep/],
    ['mixed', `{"x":${nested(4400, 'mixed')},${good}}`, /nested more than 16 levels deep/],
    ['huge', `{${good},"x":"${'a'.repeat(300_000)}"}`, /it is larger than 256 KB/],
    ['wide', `{${good},"x":[${'[1],'.repeat(20_000)}1]}`, /Opened “Retention”/],
  ];
  for (const [name, text, message] of cases) {
    const p = `${tmpdir()}/deep-${name}.json`;
    writeFileSync(p, text);
    await page.getByLabel('Open a saved scenario').setInputFiles(p);
    await page.getByTestId('share-status').filter({ hasText: message }).waitFor({ timeout: 5000 });
    await stillComputes(page, `the ${name} scenario file`);
  }
  assert.deepEqual(page.problems, []);
});

test('a deep or huge council preset and an overlong link are reported, and the page still computes', async () => {
  // Each link has a payment of its own (a link with figures keeps them, and the
  // preset is still read and checked), so a leaving month changes the result.
  const own = 'v=1&p0.amount=2400&p0.month=0&p0.tiein=24&p0.shape=prorata';
  const cases = [
    [`#retention?${own}&preset=deep`, /could not be used: it is nested more than 16 levels deep/],
    [`#retention?${own}&preset=deep-objects`, /could not be used: it is nested more than 16 levels deep/],
    [`#retention?${own}&preset=wide`, /could not be used: it is larger than 256 KB/],
    [`#retention?${own}&p0.name=${'a'.repeat(70_000)}`, /The link was not read \(it is larger than 64 KB\)/],
  ];
  for (const [fragment, message] of cases) {
    const page = await newPage(browser);
    await page.goto(`${server.origin}/${fragment}`);
    await page.locator('#link-problems').filter({ hasText: message }).waitFor({ timeout: 5000 });
    await stillComputes(page, fragment.slice(0, 120));
    assert.deepEqual(page.problems, [], fragment.slice(0, 120));
  }
});
