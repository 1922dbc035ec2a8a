// The kiosk in one file, as a fair organiser runs it from a USB stick: opened from file://,
// with no server and no network, in each language, through a whole candidate and a reset.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const S = require('./support');

const DIST = process.env.ROLEFIT_DIST || path.join(__dirname, '../../dist');
const FILE = pathToFileURL(path.join(DIST, 'rolefit-kiosk.html')).href;

let browser;

before(async () => {
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
});

/** The one-file kiosk on a touch screen, with every request off the machine refused. */
async function openFile(query) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  const seen = { network: [], errors: [] };
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) seen.network.push(request.url());
  });
  await context.route(/^https?:/, (route) => route.abort());
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.goto(`${FILE}?${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, seen };
}

for (const [lang, start] of [['it', 'Tocca per iniziare'], ['es', 'Toca para empezar'], ['en', 'Touch to start']]) {
  test(`opened from a file, the kiosk runs a whole candidate in ${lang} with no network`, async () => {
    const { context, page, seen } = await openFile(`lang=${lang}&idle-seconds=600&result-seconds=2&warning-seconds=2`);
    assert.equal(await page.getByTestId('start').innerText(), start);
    await page.getByTestId('start').tap();
    const persona = S.personas['social-media-strategist'];
    for (;;) {
      if (await S.atResult(page)) break;
      const { id } = await S.currentQuestion(page);
      await S.answerByPointer(page, persona.answers[id], 'tap');
      await S.goOn(page, 'tap');
    }
    const result = await S.readResult(page);
    assert.equal(result.top, persona.top);
    // The result's second half comes from inside the file too; without a take-home address
    // there is no page a phone could open, and the kiosk says so.
    await page.locator('.rf-role').first().waitFor();
    await page.getByTestId('take-home-unset').waitFor();
    assert.equal(await page.getByTestId('qr').count(), 0);
    // Left alone, it starts over for the next candidate with nothing kept.
    await page.getByTestId('still-there').waitFor();
    await page.getByTestId('start').waitFor({ timeout: 10000 });
    assert.equal(await page.getByTestId('question').count(), 0);
    // The organiser's counts work from the file too.
    const counted = await page.evaluate(() => JSON.parse(localStorage.getItem('rolefit-kiosk-tallies')));
    assert.deepEqual([counted.started, counted.finished, counted.languages[lang]], [1, 1, 1]);
    assert.deepEqual(seen.network, [], 'requests left the machine');
    assert.deepEqual(seen.errors, []);
    await S.screenshot(page, `kiosk-file-${lang}`);
    await context.close();
  });
}

test('with its take-home address set, the one-file kiosk shows a QR code that opens it', async () => {
  const home = 'https://fair.example/rolefit/';
  const { context, page, seen } = await openFile(`lang=en&take-home=${encodeURIComponent(home)}&result-seconds=600`);
  await page.getByTestId('start').tap();
  const persona = S.personas['community-manager'];
  for (;;) {
    if (await S.atResult(page)) break;
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], 'tap');
    await S.goOn(page, 'tap');
  }
  await page.getByTestId('qr').waitFor();
  assert.equal(await page.getByTestId('take-home-unset').count(), 0);
  // The code's link, read back by decoding the QR code as a phone would.
  const jsQR = require('jsqr');
  const { PNG } = require('pngjs');
  const png = PNG.sync.read(await page.getByTestId('qr').screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(read, 'the QR code can be read');
  assert.match(read.data, /^https:\/\/fair\.example\/rolefit\/#rolefit=[A-Za-z0-9_-]+$/);
  assert.deepEqual(seen.network, []);
  assert.deepEqual(seen.errors, []);
  await S.screenshot(page, 'kiosk-file-take-home');
  await context.close();
});
