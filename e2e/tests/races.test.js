// A fast finger and a slow network: double clicks, repeated presses and late downloads never
// act on a screen the candidate has not seen. Against the release build in dist/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const S = require('./support');

let server;
let browser;

before(async () => {
  server = await S.serveSite();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every rolefit:* event that reaches the page. */
function recorder() {
  window.__events = [];
  for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:shared', 'rolefit:error']) {
    document.addEventListener(type, () => window.__events.push(type));
  }
}

/** A release that the test lets go of: the response waits until `release()` is called. */
function held() {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  return { gate, release };
}

/** The language the widget speaks now. */
function widgetLang(page) {
  return page.locator('.rolefit').first().getAttribute('lang');
}

/** Lets two animation frames pass in the page, so a render that was coming has come. */
function settle(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('a double click on Next never answers the next question', async () => {
  const persona = S.personas['community-manager'];
  const { context, page, problems } = await S.openPage(browser, server.origin, {
    viewport: { width: 1280, height: 720 },
  });
  await page.getByTestId('start').click();
  let screens = 0;
  for (;;) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id]);
    const answered = Number(await page.getByTestId('progress').getAttribute('data-answered'));
    await page.getByTestId('next').dblclick();
    await page.waitForFunction(
      (prev) => {
        const q = document.querySelector('[data-testid=question]');
        return !q || q.getAttribute('data-question-id') !== prev;
      },
      id,
    );
    await settle(page);
    if (await S.atResult(page)) break;
    screens += 1;
    const where = await page.getByTestId('question').getAttribute('data-question-id');
    assert.equal(await page.locator('[data-testid=option] input:checked').count(), 0, `an option is selected on ${where}`);
    assert.equal(await page.getByTestId('next').isDisabled(), true, `Next is enabled on ${where}`);
    assert.equal(
      Number(await page.getByTestId('progress').getAttribute('data-answered')),
      answered,
      `an answer was counted on ${where}`,
    );
  }
  assert.ok(screens > 10, 'went through the questions');
  S.assertClean(problems);
  await context.close();
});

test('ten presses of Start in one go open one question and tell the host once', async () => {
  const context = await browser.newContext();
  await context.addInitScript(recorder);
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.getByTestId('start').waitFor();
  await page.evaluate(() => {
    const start = document.querySelector('[data-testid=start]');
    for (let i = 0; i < 10; i += 1) start.click();
  });
  await page.getByTestId('question').waitFor();
  await settle(page);
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events, ['rolefit:ready', 'rolefit:start']);
  await context.close();
});

/**
 * Holds the Spanish edition back until `release()`. `settled` resolves once the page is done
 * with the request: served, or abandoned by the widget (a download no longer wanted is
 * aborted, which is also a right answer).
 */
function holdSpanish(page) {
  const spanish = held();
  page.route('**/rolefit-es.json', async (route) => {
    await spanish.gate;
    try {
      await route.fulfill({ response: await route.fetch() });
    } catch {
      // The page aborted the request while it was held.
    }
  });
  spanish.settled = new Promise((resolve) => {
    const done = (request) => request.url().endsWith('rolefit-es.json') && resolve();
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  });
  return spanish;
}

/** Lets the held edition go, and waits until the page is done with it. */
async function deliver(page, spanish) {
  spanish.release();
  await spanish.settled;
  await settle(page);
}

test('a late language download never overrides a later choice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const spanish = holdSpanish(page);
  await page.goto(`${server.origin}/fixtures/plain.html?lang=it`);
  await page.getByTestId('start').waitFor();
  assert.equal(await widgetLang(page), 'it');
  await page.getByTestId('lang-es').click();
  await page.getByTestId('lang-en').click();
  await page.waitForFunction(() => document.querySelector('.rolefit')?.getAttribute('lang') === 'en');
  await page.getByTestId('lang-it').click();
  await page.waitForFunction(() => document.querySelector('.rolefit')?.getAttribute('lang') === 'it');
  // Now the Spanish edition arrives, long after the candidate moved on.
  await deliver(page, spanish);
  assert.equal(await widgetLang(page), 'it', 'the late Spanish edition changed the language');
  assert.equal(await page.getByTestId('lang-it').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a kiosk reset discards a language download the last candidate started', async () => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  const spanish = holdSpanish(page);
  await page.goto(`${server.origin}/kiosk.html?lang=it&idle-seconds=2&warning-seconds=2`);
  await page.getByTestId('start').tap();
  await page.getByTestId('question').waitFor();
  await page.getByTestId('lang-es').tap();
  // The candidate walks away: the kiosk warns, then starts over in Italian.
  await page.getByTestId('still-there').waitFor();
  await page.getByTestId('still-there').waitFor({ state: 'detached' });
  await page.getByTestId('start').waitFor();
  assert.equal(await widgetLang(page), 'it');
  await deliver(page, spanish);
  assert.equal(await widgetLang(page), 'it', "the next candidate's attract screen switched language");
  await context.close();
});
