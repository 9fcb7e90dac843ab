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

const CALCULATORS = ['#retention', '#agency-or-permanent', '#payback', '#check-my-package', '#agency-or-permanent-for-me', '#workforce-strategy'];

/** axe's WCAG 2.2 AA rules (target size among them) and its best practices. */
const WCAG22 = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] };

/**
 * Scrolls down the whole page and back: sections far below the window are laid
 * out at a placeholder height until scrolled near (content-visibility), and
 * keep their real height after, so axe then measures the page as it stays.
 */
async function layOutAll(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

test('axe (WCAG 2.2 AA and best practice) finds no violations on any calculator, at 320 and 1280 px, folds closed and open', async () => {
  for (const fragment of CALCULATORS) {
    for (const width of [320, 1280]) {
      const page = await newPage(app.browser, { viewport: { width, height: 800 } });
      await page.goto(`${app.server.origin}/${fragment}`);
      await summary(page);
      await page.waitForFunction(() => !document.querySelector('.app-mount [aria-busy="true"]'));
      await page.addScriptTag({ path: AXE });
      for (const state of ['closed', 'open']) {
        if (state === 'open') await page.evaluate(() => document.querySelectorAll('.app-mount details').forEach((d) => { d.open = true; }));
        await layOutAll(page);
        // The phone's result bar floats over the form by design, so what it
        // passes over as axe scrolls would read as low contrast or a covered
        // target: the page is checked without it, then the bar on its own (the
        // focus test below checks it never covers the field in use).
        const violations = await page.evaluate(async (options) => {
          const bar = document.querySelector('.app-mount .result-bar');
          const list = (r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
          bar?.classList.add('visually-hidden');
          const page = await window.axe.run(document.querySelector('.app-mount'), options);
          bar?.classList.remove('visually-hidden');
          const own = bar && getComputedStyle(bar).display !== 'none' ? list(await window.axe.run(bar, options)) : [];
          return [...list(page), ...own];
        }, WCAG22);
        assert.deepEqual(violations, [], `${fragment} at ${width} px, sections ${state}`);
      }
      await page.close();
    }
  }
});

/**
 * Tabs through the page from the top and returns every focused element the
 * sticky summary or the phone's result bar covers (WCAG 2.2, 2.4.11): for each
 * line of the element's box (a link may wrap) within the window, the element
 * at its centre must be the focused element or inside it. Tabs as fast as
 * keys can be sent, faster than the page draws: an element found covered is
 * looked at again once the page has drawn three more frames (a block above it
 * skipped while off screen takes its real height when drawn, and boot.js must
 * then bring the focused element back). Returns their names and how many
 * elements took focus.
 */
async function obscuredWhileTabbing(page) {
  const covered = [];
  let count = 0;
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press('Tab');
    const look = (again) => page.evaluate((again) => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      window.visited ??= new WeakSet();
      if (window.visited.has(el) && !again) return null;
      window.visited.add(el);
      const name = el.id || `${el.tagName.toLowerCase()} “${(el.textContent || '').trim().slice(0, 40)}”`;
      const clear = [...el.getClientRects()].filter((b) => b.width > 0 && b.height > 0).every((b) => {
        const top = Math.max(b.top, 0);
        const bottom = Math.min(b.bottom, innerHeight);
        if (bottom <= top) return false;
        const hit = document.elementFromPoint(b.left + b.width / 2, (top + bottom) / 2);
        // A checkbox or radio is drawn by its label (the input is transparent).
        const labels = [...(el.labels ?? [])];
        return hit && (hit === el || el.contains(hit) || labels.some((l) => l.contains(hit)));
      });
      return { name, clear };
    }, again);
    let r = await look(false);
    if (r && !r.clear) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
      r = await look(true);
    }
    if (!r) break;
    count += 1;
    if (!r.clear) covered.push(r.name);
  }
  return { covered, count };
}

// WCAG 2.2, 1.4.12: the text spacing a reader may set (line height 1.5,
// paragraphs 2em apart, letters 0.12em, words 0.16em).
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

test('tabbing through every calculator at 320 px, at 200% zoom and at 1280 px, nothing focused is hidden by the result bar or the sticky summary', async () => {
  // 200% zoom of a 1280 × 800 window is a 640 × 400 CSS px viewport; then the
  // same with the reader's own text spacing, which moves every block; then a
  // wide screen, where the results' summary sticks to the top of their column.
  const views = [
    { viewport: { width: 320, height: 640 }, css: '' },
    { viewport: { width: 640, height: 400 }, css: '' },
    { viewport: { width: 640, height: 400 }, css: TEXT_SPACING },
    { viewport: { width: 1280, height: 800 }, css: '' },
  ];
  for (const { viewport, css } of views) {
    for (const fragment of CALCULATORS) {
      const page = await newPage(app.browser, { viewport });
      if (css) await page.addInitScript((text) => document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: text }))), css);
      await page.goto(`${app.server.origin}/${fragment}`);
      await summary(page);
      await page.waitForFunction(() => !document.querySelector('.app-mount [aria-busy="true"]'));
      // Every fold open: the price caps' region and role selects included.
      await page.evaluate(() => document.querySelectorAll('.app-mount details.fold').forEach((d) => { d.open = true; }));
      const { covered, count } = await obscuredWhileTabbing(page);
      assert.ok(count > 20, `${fragment}: ${count} elements tabbed through`);
      assert.deepEqual(covered, [], `${fragment} at ${viewport.width} × ${viewport.height}${css ? ' with text spacing' : ''}`);
      await page.close();
    }
  }
});
