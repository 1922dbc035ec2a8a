// The kiosk's staff bar is for staff only: it opens on one finger held 2 seconds in the
// top-left corner, never on quick taps (two fingers at once, or two overlapping taps), and
// it closes when the kiosk resets for the next candidate. Time is the test's own clock.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
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

/** The kiosk page on a touch screen, on its attract screen, with the test's clock. */
async function kiosk(query) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.install();
  await page.goto(`${server.origin}/kiosk.html?${query}`);
  await page.getByTestId('start').waitFor();
  // Time stands still from here: it moves only as far as the test says.
  await page.clock.pauseAt(Date.now() + 1000);
  const cdp = await context.newCDPSession(page);
  const box = await page.locator('#staff-corner').boundingBox();
  const at = (n) => ({ x: box.x + 8 + 16 * n, y: box.y + 8, id: n });
  /** Fingers on the corner: `touch([0, 1])` puts two down, `touch([])` lifts them all. */
  const touch = async (fingers, type) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: fingers.map(at) });
  return { context, page, errors, touch };
}

const staffOpen = (page) => page.locator('#staff').isVisible();

test('quick taps in the corner, two fingers at once or overlapping, never open the staff bar', async () => {
  const { context, page, errors, touch } = await kiosk('lang=en');
  // Two fingers down together, lifted together.
  await touch([0, 1], 'touchStart');
  await touch([], 'touchEnd');
  await page.clock.runFor(3000);
  assert.equal(await staffOpen(page), false, 'a two-finger tap');
  // Two overlapping taps: the second lands before the first lifts.
  await touch([0], 'touchStart');
  await touch([0, 1], 'touchStart');
  await touch([1], 'touchEnd');
  await touch([], 'touchEnd');
  await page.clock.runFor(3000);
  assert.equal(await staffOpen(page), false, 'two overlapping taps');
  // One finger, lifted before 2 seconds.
  await touch([0], 'touchStart');
  await page.clock.runFor(1500);
  await touch([], 'touchEnd');
  await page.clock.runFor(3000);
  assert.equal(await staffOpen(page), false, 'a press shorter than 2 seconds');
  // One finger held 2 seconds: staff get in.
  await touch([0], 'touchStart');
  await page.clock.runFor(2100);
  await page.locator('#staff').waitFor();
  await touch([], 'touchEnd');
  await page.locator('#staff .staff-title').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("the staff bar closes when the kiosk resets for the next candidate", async () => {
  const { context, page, errors, touch } = await kiosk('lang=en&idle-seconds=30&warning-seconds=10');
  await page.getByTestId('start').tap();
  await page.getByTestId('question').waitFor();
  // Staff open the bar while a candidate is in the middle of the quiz, and walk off.
  await touch([0], 'touchStart');
  await page.clock.runFor(2100);
  await touch([], 'touchEnd');
  await page.locator('#staff .staff-title').waitFor();
  await page.locator('#staff-export').waitFor();
  await page.evaluate(() => document.addEventListener('rolefit:reset', () => (window.reset = true)));
  await page.clock.runFor(45_000);
  await page.waitForFunction(() => window.reset);
  await page.getByTestId('start').waitFor();
  await page.locator('#staff').waitFor({ state: 'hidden' });
  await S.screenshot(page, 'kiosk-staff-after-reset');
  assert.deepEqual(errors, []);
  await context.close();
});
