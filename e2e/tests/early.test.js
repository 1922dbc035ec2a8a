// The intro a page carries as markup (index.html and frame.html in English, frame-it.html and
// frame-es.html, a host's placeholder with intro-<lang>.html pasted inside): an enabled Start from the page's first
// frame, before the wasm has come. A Start pressed on it (mouse, keyboard, touch) opens the
// first question once the widget is live; it is the widget's own intro (the same markup, texts
// and language, axe clean, no layout shift when the widget takes over); where the widget will
// open elsewhere or in another language it is never drawn. The wasm (or the language edition) is held back
// by the test until it lets it go.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
const pixelmatch = require('pixelmatch');
const S = require('./support');

const CONTENT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/rolefit.json'), 'utf8'));

let site; // under the strict policy, as the widget's pages are meant to be served
let open; // without it, where axe-core has to run in the page
let browser;

before(async () => {
  site = await S.serveSite({ csp: true });
  open = await S.serveSite();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await open?.close();
});

// In every page before its scripts: the layout shifts, when the widget went live, and whether
// a frame was ever drawn with the early intro on the page.
const WATCH = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('rolefit:ready', () => (window.__live = true), true);
  const frame = () => {
    if (document.querySelector('[data-rolefit-early]')) window.__earlyDrawn = true;
    if (!window.__live) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** A page whose `file` (the wasm, or an edition) waits until `release()`. */
async function held(address, { file = /rolefit_bg\.wasm$/, at = site, early = true, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(WATCH);
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(file, async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  await page.goto(at.origin + address);
  const intro = page.locator('[data-rolefit-early]');
  if (early) await intro.getByTestId('start').waitFor();
  return { context, page, early: intro, release, errors };
}

/** Waits until the widget has taken over from the page's intro. */
async function live(scope) {
  await scope.waitForFunction(() => window.__live && !document.querySelector('[data-rolefit-early]'));
}

/**
 * The intro's markup, without what differs by design: the root's marker, the ids and the early
 * Start's popover (which remembers a Start pressed before the loader came).
 */
const markup = (scope) =>
  scope.evaluate(() => {
    const root = document.querySelector('[data-rolefit-root]');
    return root.innerHTML.replace(/ (id|aria-labelledby|popovertarget|popovertargetaction)="[^"]*"/g, '');
  });

async function firstQuestion(page) {
  await page.getByTestId('question').waitFor();
  assert.equal(await page.locator('[data-testid=question]').getAttribute('data-question-id'), CONTENT.questions[0].id);
}

for (const [how, press] of [
  ['a click', (start) => start.click()],
  ['Enter on the focused Start', async (start) => {
    await start.focus();
    await start.press('Enter');
  }],
  ['Space on the focused Start', async (start) => {
    await start.focus();
    await start.press(' ');
  }],
]) {
  test(`Start pressed with ${how} the moment it appears, before the widget is live, opens the first question`, async () => {
    const { context, page, early, release, errors } = await held('/index.html');
    await press(early.getByTestId('start'));
    // Still the page's intro: the wasm has not come.
    assert.equal(await page.locator('[data-rolefit-mounted]').count(), 0);
    release();
    await firstQuestion(page);
    // The question's heading has the focus, as after a Start on the live intro.
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('rf-prompt')), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a tap on the early Start, on a touch screen, opens the first question', async () => {
  const { context, page, early, release } = await held('/index.html', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  await early.getByTestId('start').tap();
  release();
  await firstQuestion(page);
  await context.close();
});

test('a Start pressed while the wasm has come and the edition has not opens the first question once', async () => {
  const { context, page, early, release } = await held('/index.html', { file: /rolefit-en\.json$/ });
  await page.waitForFunction(() => document.querySelector('[data-rolefit-mounted]'));
  await early.getByTestId('start').click();
  await early.getByTestId('start').click();
  release();
  await firstQuestion(page);
  assert.equal(await page.locator('[data-testid=question]').getAttribute('data-question-id'), CONTENT.questions[0].id);
  await context.close();
});

test("the early intro is axe clean, with the live intro's heading and focus order", async () => {
  const { context, page, early, release } = await held('/index.html', { at: open });
  assert.deepEqual(await S.axe(page), []);
  assert.equal(await early.locator('h2').count(), 1);
  const order = async () => {
    const seen = [];
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 6 && seen.length < 4; i++) {
      await page.keyboard.press('Tab');
      const testid = await page.evaluate(() => document.activeElement.dataset?.testid);
      if (testid) seen.push(testid);
    }
    return seen;
  };
  const before = await order();
  assert.deepEqual(before, ['lang-it', 'lang-es', 'lang-en', 'start']);
  release();
  await live(page);
  assert.deepEqual(await order(), before);
  await context.close();
});

test('a focused early Start hands the focus to the live Start', async () => {
  const { context, page, early, release } = await held('/index.html');
  await early.getByTestId('start').focus();
  release();
  await live(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'start');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-rolefit-mounted]') !== null), true);
  await context.close();
});

// The page's intro and the widget's are the same markup in the same language.
for (const [name, address, options] of [
  ['the stand-alone page', '/index.html', { locale: 'en-GB' }],
  ['a browser language not spoken', '/index.html', { locale: 'de-DE' }],
  ['the frame page', '/frame.html?lang=en', { locale: 'it-IT' }],
  ['the Italian frame page', '/frame-it.html?lang=it', { locale: 'en-US' }],
  ['the Spanish frame page, in the browser language', '/frame-es.html', { locale: 'es-ES' }],
  ['a host page with intro-en.html', '/fixtures/pasted.html?lang=en', { locale: 'it-IT' }],
  ['a host page with intro-it.html', '/fixtures/pasted.html?lang=it', { locale: 'en-US' }],
  ['a host page with intro-es.html', '/fixtures/pasted.html?lang=es', { locale: 'it-IT' }],
]) {
  test(`early and live intro agree: ${name}`, async () => {
    const { context, page, release, errors } = await held(address, options);
    const lang = await page.locator('[data-rolefit-early] .rolefit').getAttribute('lang');
    const early = await markup(page);
    release();
    await live(page);
    assert.equal(await page.locator('[data-rolefit-root] .rolefit').getAttribute('lang'), lang);
    assert.equal(await markup(page), early);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Where the widget will open on something else, the page's intro is never drawn, not even for
// a frame: another language, the quick quiz, a kiosk, a bank, a share link, saved progress.
for (const [name, address, options = {}, lang = 'en'] of [
  ['a browser in Italian', '/index.html', { locale: 'it-IT' }, 'it'],
  ['a browser in Spanish', '/index.html', { locale: 'es-ES' }, 'es'],
  ['the frame in Spanish', '/frame.html?lang=es', {}, 'es'],
  ['the Italian frame page in English', '/frame-it.html?lang=en', {}, 'en'],
  ['the frame, quick', '/frame.html?lang=en&length=quick'],
  ['the frame, kiosk', '/frame.html?lang=en&mode=kiosk'],
  ['the frame, a bank', '/frame.html?lang=en&bank=/fixtures/bank-valid.json'],
  ['a share link', '/index.html#rolefit=AQ'],
]) {
  test(`the page's intro is not drawn where the widget opens elsewhere: ${name}`, async () => {
    const { context, page, release } = await held(address, { early: false, ...options });
    release();
    await page.waitForFunction(() => window.__live || document.querySelector('[role=alert]'));
    assert.equal(await page.evaluate(() => window.__earlyDrawn ?? false), false);
    assert.equal(await page.locator('[data-rolefit-early]').count(), 0);
    if (!address.includes('#')) assert.equal(await page.locator('[data-rolefit-root] .rolefit').getAttribute('lang'), lang);
    await context.close();
  });
}

test('with progress saved, the page shows the widget, never its intro', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/index.html`);
  await page.getByTestId('start').click();
  await page.getByTestId('question').waitFor();
  await page.getByTestId('option').first().click();
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('rolefit:')));
  await page.addInitScript(WATCH);
  await page.reload();
  await page.waitForFunction(() => window.__live);
  assert.equal(await page.evaluate(() => window.__earlyDrawn ?? false), false);
  await context.close();
});

test("a language picked on the early intro is the live widget's, which takes over from it with the focus and a Start pressed before", async () => {
  const { context, page, early, release, errors } = await held('/index.html', { locale: 'en-US' });
  await early.getByTestId('start').click();
  await early.getByTestId('lang-es').click();
  // The intro stays on screen, with the focus on the language picked, until the widget is live.
  assert.equal(await early.count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lang-es');
  await S.screenshot(page, 'early-language-picked');
  release();
  await live(page);
  // The Start pressed before the pick is pressed on the live widget, in the language picked.
  await page.locator('.rolefit[lang=es]').getByTestId('question').waitFor();
  await firstQuestion(page);
  // The page's own settings are as it wrote them.
  assert.equal(await page.locator('#rolefit').getAttribute('data-lang'), null);
  assert.deepEqual(errors, []);
  await context.close();

  // Picked, and nothing else: the live intro in that language, the focus on the same button.
  const second = await held('/index.html', { locale: 'en-US' });
  await second.early.getByTestId('lang-it').click();
  second.release();
  await live(second.page);
  await second.page.locator('.rolefit[lang=it]').getByTestId('start').waitFor();
  await second.page.waitForFunction(() => document.activeElement.dataset.testid === 'lang-it');
  assert.equal(await second.page.getByTestId('lang-it').getAttribute('aria-pressed'), 'true');
  await second.context.close();
});

// The same pixels before and after the takeover, in every language, light and dark, on a
// phone and a desktop; no layout shift (CLS 0).
for (const [lang, theme, viewport] of [
  ['it', 'light', { width: 390, height: 844 }],
  ['es', 'dark', { width: 390, height: 844 }],
  ['en', 'light', { width: 1280, height: 900 }],
  ['it', 'dark', { width: 1280, height: 900 }],
  ['es', 'light', { width: 1280, height: 900 }],
  ['en', 'dark', { width: 390, height: 844 }],
]) {
  test(`the early intro looks like the live one: ${lang}, ${theme}, ${viewport.width} px`, async () => {
    const address = lang === 'en' ? `/frame.html?lang=en&theme=${theme}` : `/fixtures/pasted.html?lang=${lang}`;
    const { context, page, release } = await held(address, { viewport, colorScheme: theme });
    const shot = async (name) => {
      const file = path.join(S.ARTIFACTS, 'screens', `early-${lang}-${theme}-${viewport.width}-${name}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
      return PNG.sync.read(fs.readFileSync(file));
    };
    const early = await shot('early');
    release();
    await live(page);
    const late = await shot('live');
    const diff = pixelmatch(early.data, late.data, null, early.width, early.height, { threshold: 0 });
    assert.equal(diff, 0, 'pixels differ between the early and the live intro');
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    await context.close();
  });
}

test('inline on a host page and in the frame page: an early Start opens the first question', async () => {
  for (const address of ['/fixtures/pasted.html?lang=it', '/fixtures/pasted.html?lang=es', '/frame.html?lang=en', '/frame-es.html?lang=es']) {
    const { context, page, early, release } = await held(address);
    await early.getByTestId('start').click();
    release();
    await firstQuestion(page);
    await context.close();
  }
});
