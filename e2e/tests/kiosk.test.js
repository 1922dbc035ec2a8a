// Kiosk mode, as a job fair runs it: a touch screen, one candidate after another, nobody
// watching. Short timeouts stand in for the real ones.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { PNG } = require('pngjs');
const jsQR = require('jsqr');
const S = require('./support');

let server;
let browser;

before(async () => {
  server = await S.serve();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
const FAST = 'idle-seconds=2&warning-seconds=3&result-seconds=2';

/** The kiosk page on a touch screen; records console errors. */
async function kiosk(query, viewport = PORTRAIT, options = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'it-IT', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/kiosk.html?${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, errors };
}

/** Takes the quiz by touch with a persona's answers, from the attract screen to the result. */
async function takeByTouch(page, persona) {
  await S.startByTouch(page);
  for (;;) {
    if (await S.atResult(page)) break;
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], 'tap');
    await S.goOn(page, 'tap');
  }
  return S.readResult(page);
}

/** Every visible control that a finger has to hit is at least 48 × 48 CSS pixels. */
async function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.rolefit button, .rolefit [data-testid=option], .rolefit summary')]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 48 || r.height < 48)
      .map(({ e, r }) => `${e.dataset.testid || e.textContent.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

/**
 * Everything a candidate could leave behind in the browser. The organiser's anonymous counts
 * are the page's own, not the candidate's (kiosk-tallies.test.js checks what they hold).
 */
function traces(page) {
  return page.evaluate(() => ({
    local: Object.keys(localStorage).filter((key) => key !== 'rolefit-kiosk-tallies'),
    session: sessionStorage.length,
    cookies: document.cookie,
    history: history.length,
    address: location.href,
    checked: document.querySelectorAll('input:checked').length,
    result: document.querySelectorAll('[data-testid=result], [data-testid=qr], .rf-keep').length,
  }));
}

/** Reads the QR code on screen, as a phone's camera would. */
async function scanQr(page) {
  const png = PNG.sync.read(await page.getByTestId('qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code can be read');
  return code.data;
}

test('attract, quiz, result, "Still there?", reset: the whole cycle, and nothing left behind', async () => {
  const { context, page, errors } = await kiosk(`lang=it&${FAST}`);
  const start = await traces(page);
  assert.equal(await page.getByTestId('start').innerText(), 'Tocca per iniziare');
  assert.equal(await page.locator('.rf-intro .rf-lede').count(), 1, 'a one-line promise');
  assert.deepEqual(await smallTargets(page), []);
  assert.deepEqual(await S.axe(page), []);

  // A candidate picks Spanish, starts, answers two questions, then hesitates.
  await page.getByTestId('lang-es').tap();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'es');
  assert.equal(await page.getByTestId('start').innerText(), 'Toca para empezar');
  await S.startByTouch(page);
  const persona = S.personas['community-manager'];
  for (let i = 0; i < 2; i++) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], 'tap');
    await S.goOn(page, 'tap');
  }
  const here = (await S.currentQuestion(page)).id;
  await page.getByTestId('still-there').waitFor({ timeout: 5000 });
  assert.match(await page.getByTestId('countdown').innerText(), /^En [1-3] s el test vuelve a empezar/);
  assert.deepEqual(await S.axe(page), []);
  await S.screenshot(page, 'kiosk-still-there-es-portrait');
  await page.getByTestId('keep-going').tap();
  await page.getByTestId('still-there').waitFor({ state: 'detached' });
  assert.equal((await S.currentQuestion(page)).id, here, 'Continue keeps the candidate where they were');

  // They walk away: the warning, then the attract screen again, in the kiosk's language.
  await page.getByTestId('still-there').waitFor({ timeout: 5000 });
  await page.getByTestId('start').waitFor({ timeout: 8000 });
  assert.equal(await page.locator('.rolefit').getAttribute('lang'), 'it');
  assert.deepEqual(await traces(page), start, 'storage, cookies, history, address and DOM as before');

  // The next candidate goes all the way; the result waits, warns, and resets too.
  const result = await takeByTouch(page, S.personas['social-media-strategist']);
  assert.equal(result.top, 'social-media-strategist');
  await page.getByTestId('qr').waitFor();
  assert.equal(await page.getByTestId('share-link').count(), 0, 'no text field on a kiosk');
  assert.equal(await page.getByTestId('print').count(), 0, 'no printing on a kiosk');
  await page.getByTestId('still-there').waitFor({ timeout: 5000 });
  await page.getByTestId('start').waitFor({ timeout: 8000 });
  assert.deepEqual(await traces(page), start);
  const html = await page.content();
  assert.doesNotMatch(html, /rolefit=[A-Za-z0-9_-]{10,}/, 'no share code left in the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the QR code on the result opens the same result on a phone', async () => {
  const { context, page, errors } = await kiosk(`lang=en&${FAST.replace('result-seconds=2', 'result-seconds=600')}`);
  await page.getByTestId('lang-es').tap();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'es');
  const result = await takeByTouch(page, S.personas['social-media-manager']);
  await page.getByTestId('qr').waitFor();
  const link = await scanQr(page);
  assert.match(link, new RegExp(`^${server.origin}/index\\.html#rolefit=[A-Za-z0-9_-]+$`));
  assert.deepEqual(await S.axe(page), []);
  // Start over: the next candidate finds the attract screen in the kiosk's own language.
  await page.getByTestId('restart').tap();
  await page.getByTestId('start').waitFor();
  assert.equal(await page.locator('.rolefit').getAttribute('lang'), 'en');
  await context.close();
  assert.deepEqual(errors, []);

  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'es-ES' });
  const view = await phone.newPage();
  await view.goto(link);
  assert.deepEqual(await S.readResult(view), result, 'same roles, percentages, lean and stability');
  await view.getByTestId('shared').waitFor();
  await phone.close();
});

test('after one load the kiosk works with the network gone, across reloads', async () => {
  const { context, page, errors } = await kiosk(`lang=es&${FAST.replace('result-seconds=2', 'result-seconds=600')}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('start').waitFor();
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await page.reload();
  await page.getByTestId('start').waitFor();
  const result = await takeByTouch(page, S.personas['community-manager']);
  assert.equal(result.top, 'community-manager');
  await page.getByTestId('qr').waitFor();
  await page.reload();
  await page.getByTestId('start').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build replaces the offline copy on the next online load', async (t) => {
  // A copy of the build, so that this test can play the part of a new release.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-kiosk-'));
  fs.cpSync(process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist'), dir, { recursive: true });
  const site = await S.serve(dir);
  t.after(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const context = await browser.newContext({ viewport: LANDSCAPE, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.origin}/kiosk.html?lang=en`);
  await page.getByTestId('start').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const title = () => page.locator('.rf-intro h2').innerText();
  const before = await title();

  // The new release: new content, and the worker the build writes with it.
  const edition = path.join(dir, 'rolefit-en.json');
  fs.writeFileSync(edition, fs.readFileSync(edition, 'utf8').replace(before, `${before} 2027`));
  const worker = path.join(dir, 'sw.js');
  const script = fs.readFileSync(worker, 'utf8');
  assert.match(script, /const CACHE = 'rolefit-[0-9a-f]{16}'/);
  fs.writeFileSync(worker, script.replace(/const CACHE = 'rolefit-[0-9a-f]+'/, "const CACHE = 'rolefit-next'"));

  // The next online load installs the new copy and drops the old one; the load after it runs
  // the new release, and keeps doing so offline.
  await page.reload();
  // Polled inside the page: a condition on caches is asynchronous.
  const replaced = await page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      if ((await caches.keys()).join() === 'rolefit-next') return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  });
  assert.ok(replaced, 'the new copy replaced the old one');
  await page.reload();
  await page.getByTestId('start').waitFor();
  assert.equal(await title(), `${before} 2027`);
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('start').waitFor();
  assert.equal(await title(), `${before} 2027`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 1080×1920, 1920×1080 and phone size, light and dark: big targets, axe clean, screenshots', async () => {
  const sizes = { portrait: PORTRAIT, landscape: LANDSCAPE, phone: PHONE };
  const persona = S.personas['social-media-manager'];
  for (const [name, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const lang = { portrait: 'it', landscape: 'es', phone: 'en' }[name];
      const { context, page, errors } = await kiosk(`lang=${lang}&idle-seconds=600&result-seconds=600`, viewport, {
        colorScheme,
      });
      const shot = (screen) => S.screenshot(page, `kiosk-${screen}-${lang}-${name}-${colorScheme}`);
      assert.deepEqual(await smallTargets(page), [], `${name} attract`);
      await shot('attract');
      await S.startByTouch(page);
      // Judged before the answer: a kiosk's single choice moves on by itself.
      const { id } = await S.currentQuestion(page);
      assert.deepEqual(await smallTargets(page), [], `${name} question`);
      assert.deepEqual(await S.axe(page), [], `${name} ${colorScheme} question`);
      await shot('question');
      await S.answerByPointer(page, persona.answers[id], 'tap');
      await S.goOn(page, 'tap');
      for (;;) {
        if (await S.atResult(page)) break;
        const { id: next } = await S.currentQuestion(page);
        await S.answerByPointer(page, persona.answers[next], 'tap');
        await S.goOn(page, 'tap');
      }
      await page.getByTestId('qr').waitFor();
      assert.deepEqual(await smallTargets(page), [], `${name} result`);
      assert.deepEqual(await S.axe(page), [], `${name} ${colorScheme} result`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, `${name}: nothing overflows sideways`);
      await shot('result');
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('staff reach full screen with a long press in the corner; a short tap does nothing', async () => {
  const { context, page, errors } = await kiosk('lang=it', LANDSCAPE);
  const corner = page.locator('#staff-corner');
  await corner.tap();
  assert.equal(await page.locator('#staff').isVisible(), false, 'a tap in the corner is not enough');
  const box = await corner.boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  await page.locator('#staff').waitFor({ state: 'visible', timeout: 4000 });
  await page.mouse.up();
  // In the kiosk's language, like the rest of the bar.
  await page.locator('#staff .staff-title').waitFor();
  assert.equal(await page.locator('#staff-fullscreen').innerText(), 'Schermo intero');
  await page.locator('#staff-fullscreen').click();
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  await page.locator('#staff').waitFor({ state: 'visible', timeout: 4000 });
  await page.mouse.up();
  await page.locator('#staff-fullscreen', { hasText: 'Esci dallo schermo intero' }).waitFor();
  await page.locator('#staff-fullscreen').click();
  await page.waitForFunction(() => document.fullscreenElement === null);
  assert.deepEqual(errors, []);
  await context.close();
});
