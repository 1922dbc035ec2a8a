// The loader's intro, drawn before the wasm has arrived: a Start pressed on it (mouse, keyboard,
// touch) opens the first question once the widget is live; it is the widget's own intro (the
// same markup, texts and language, axe clean, no layout shift when the widget takes over); on
// the stand-alone page, the frame page and inline; and unmounting during it leaves the element
// as it was. The wasm (or the language edition) is held back by the test until it lets it go.
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

// In every page before its scripts: the layout shifts, and when the widget went live.
const WATCH = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('rolefit:ready', () => (window.__live = true), true);
};

/** A page whose `file` (the wasm, or an edition) waits until `release()`. */
async function held(address, { file = /rolefit_bg\.wasm$/, at = site, ...options } = {}) {
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
    await route.continue();
  });
  await page.goto(at.origin + address);
  const early = page.locator('[data-rolefit-early]');
  await early.getByTestId('start').waitFor();
  return { context, page, early, release, errors };
}

/** Waits until the widget has taken over from the loader's intro. */
async function live(scope) {
  await scope.waitForFunction(() => window.__live && !document.querySelector('[data-rolefit-early]'));
}

/** The intro's markup, without what differs by design: the root's marker and the ids. */
const markup = (scope) =>
  scope.evaluate(() => {
    const root = document.querySelector('[data-rolefit-root]:not([hidden])');
    return root.innerHTML.replace(/ (id|aria-labelledby)="[^"]*"/g, '');
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
  test(`Start pressed with ${how} before the widget is live opens the first question`, async () => {
    const { context, page, early, release, errors } = await held('/index.html');
    await press(early.getByTestId('start'));
    // Still the loader's intro: the wasm has not come.
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

test('the early intro is axe clean, with the live intro\'s heading and focus order', async () => {
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

// The loader and the widget pick the same language, and draw the same intro in it.
for (const [name, address, options, lang] of [
  ['data-lang="es"', '/fixtures/plain.html?lang=es', { locale: 'it-IT' }, 'es'],
  ['data-lang="IT-ch"', '/fixtures/plain.html?lang=IT-ch', { locale: 'es-ES' }, 'it'],
  ['an unknown data-lang, then the browser\'s', '/fixtures/plain.html?lang=fr', { locale: 'es-ES' }, 'es'],
  ['the browser language it', '/index.html', { locale: 'it-IT' }, 'it'],
  ['the browser language es', '/index.html', { locale: 'es-419' }, 'es'],
  ['a browser language not spoken', '/index.html', { locale: 'de-DE' }, 'en'],
  ['the frame page\'s lang', '/frame.html?lang=it', { locale: 'en-GB' }, 'it'],
]) {
  test(`early and live intro agree: ${name}`, async () => {
    const { context, page, release } = await held(address, options);
    const early = await markup(page);
    assert.equal(await page.locator('[data-rolefit-early] .rolefit').getAttribute('lang'), lang);
    release();
    await live(page);
    assert.equal(await page.locator('[data-rolefit-root] .rolefit').getAttribute('lang'), lang);
    assert.equal(await markup(page), early);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    await context.close();
  });
}

test('a language picked on the early intro is the live widget\'s', async () => {
  const { context, page, early, release } = await held('/index.html', { locale: 'en-US' });
  await early.getByTestId('lang-es').click();
  assert.equal(await early.locator('.rolefit').getAttribute('lang'), 'es');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'lang-es');
  release();
  await live(page);
  assert.equal(await page.locator('[data-rolefit-root] .rolefit').getAttribute('lang'), 'es');
  // The page's own settings are as it wrote them.
  assert.equal(await page.locator('#rolefit').getAttribute('data-lang'), null);
  await context.close();
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
    const { context, page, release } = await held(`/frame.html?lang=${lang}&theme=${theme}`, { viewport, colorScheme: theme });
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
  for (const address of ['/fixtures/plain.html?lang=en', '/frame.html?lang=es']) {
    const { context, page, early, release } = await held(address);
    await early.getByTestId('start').click();
    release();
    await firstQuestion(page);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    await context.close();
  }
});

test('unmounted while its early intro is on show, the element is as it was', async () => {
  // The wasm comes; the language edition waits: the widget is mounted, not yet live.
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  let letGo;
  const gate = new Promise((resolve) => (letGo = resolve));
  await p.route(/rolefit-en\.json$/, async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  await p.goto(`${site.origin}/fixtures/api.html`);
  await p.waitForFunction(() => window.apiReady);
  const before = await p.evaluate(() => document.getElementById('route').outerHTML);
  await p.evaluate(async () => {
    window.handle = await window.RoleFit.mount(document.getElementById('route'), { lang: 'en' });
  });
  await p.locator('[data-rolefit-early]').getByTestId('start').waitFor();
  await p.evaluate(() => window.handle.unmount());
  assert.equal(await p.evaluate(() => document.getElementById('route').outerHTML), before);
  assert.equal(await p.locator('link[rel=preload]').count(), 0);
  letGo();
  // Mounted again, it goes live as usual.
  await p.evaluate(async () => {
    window.handle = await window.RoleFit.mount(document.getElementById('route'), { lang: 'en' });
  });
  await p.waitForFunction(() => document.querySelector('[data-rolefit-mounted]') && !document.querySelector('[data-rolefit-early]'));
  await p.getByTestId('start').waitFor();
  await ctx.close();
});
