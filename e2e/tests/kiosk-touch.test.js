// The kiosk's question screen at arm's length, taken by touch: type to read from a step back,
// options as big targets filling the screen, nothing to scroll, in every language and both
// orientations; and a single choice that moves on by itself once shown as chosen.
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

const ORIENTATIONS = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1920, height: 1080 } };
const CALM = 'idle-seconds=600&result-seconds=600';
/** How long a choice shows as chosen before the next question (core's Confirming::MILLIS). */
const CONFIRM_MS = 700;

/**
 * The kiosk page on a touch screen, on its attract screen. The tests here ask for the full
 * quiz (`length=full`): it opens on a statement rated on the scale, the one-answer kind that
 * moves on by itself, and it asks every question; the quick quiz by touch is taken in
 * kiosk.test.js and quick.test.js.
 */
async function kiosk(query, viewport, options = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (options.clock) await page.clock.install();
  await page.goto(`${server.origin}/kiosk.html?${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, errors };
}

/** The sizes that matter from a step back, and whether anything on screen scrolls. */
function measure(page) {
  return page.evaluate(() => {
    const px = (e) => parseFloat(getComputedStyle(e).fontSize);
    const prompt = document.querySelector('.rf-prompt');
    const widget = document.querySelector('.rolefit');
    const page = document.scrollingElement;
    const options = [...document.querySelectorAll('[data-testid=option]')].map((o) => {
      const box = o.getBoundingClientRect();
      return { height: box.height, width: box.width, label: px(o.querySelector('.rf-label')) };
    });
    return {
      prompt: px(prompt),
      promptWidth: prompt.getBoundingClientRect().width,
      progress: px(document.querySelector('[data-testid=progress] span')),
      options,
      scrolls: {
        page: page.scrollHeight > page.clientHeight || page.scrollWidth > page.clientWidth,
        widget: widget.scrollHeight > widget.clientHeight || widget.scrollWidth > widget.clientWidth,
      },
    };
  });
}

/** The question's id once one is on screen. */
const questionId = async (page) => (await S.currentQuestion(page)).id;

/** Waits for the screen after question `id`: another question or the result. */
async function leaves(page, id) {
  await page
    .locator(`[data-testid=question]:not([data-question-id="${id}"])`)
    .or(page.getByTestId('result'))
    .first()
    .waitFor();
}

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  for (const lang of ['it', 'es', 'en']) {
    test(`${orientation}, ${lang}: every question by touch, big and with nothing to scroll`, async () => {
      // The full quiz, so that every one of its questions is measured (a kiosk's default, the
      // quick quiz, asks only some of them).
      const { context, page, errors } = await kiosk(`lang=${lang}&length=full&${CALM}`, viewport);
      const persona = S.personas['social-media-strategist'];
      const least = { prompt: Infinity, height: Infinity, label: Infinity, widthShare: Infinity, progress: Infinity };
      const checkedKinds = new Set();
      let screens = 0;
      await page.getByTestId('start').tap();
      for (;;) {
        if (await S.atResult(page)) break;
        screens++;
        const { id, type } = await S.currentQuestion(page);
        const answer = persona.answers[id];
        const kind = type === 'checkbox' ? 'pick' : /^[1-5]$/.test(answer) ? 'rating' : 'choice';
        const seen = await measure(page);
        assert.deepEqual(seen.scrolls, { page: false, widget: false }, `${id}: nothing scrolls`);
        assert.ok(seen.prompt >= 40, `${id}: question at ${seen.prompt} px`);
        for (const option of seen.options) {
          assert.ok(option.height >= 96, `${id}: an option ${option.height} px high`);
          assert.ok(option.label >= 28, `${id}: a label at ${option.label} px`);
          if (orientation === 'portrait') {
            assert.ok(option.width >= 0.8 * seen.promptWidth, `${id}: an option ${option.width} px wide`);
          }
        }
        least.prompt = Math.min(least.prompt, seen.prompt);
        least.progress = Math.min(least.progress, seen.progress);
        least.height = Math.min(least.height, ...seen.options.map((o) => o.height));
        least.label = Math.min(least.label, ...seen.options.map((o) => o.label));
        least.widthShare = Math.min(least.widthShare, ...seen.options.map((o) => o.width / seen.promptWidth));
        if (!checkedKinds.has(kind)) {
          checkedKinds.add(kind);
          assert.deepEqual(await S.axe(page), [], `${id}: axe`);
          await S.screenshot(page, `kiosk-touch-${kind}-${lang}-${orientation}`);
        }
        await S.answerByPointer(page, answer, 'tap');
        if (kind === 'pick') {
          // Several answers: their count, then Next.
          assert.match(await page.locator('.rf-status').innerText(), /3/);
          assert.equal(await page.locator('[data-confirming]').count(), 0);
          assert.deepEqual((await measure(page)).scrolls, { page: false, widget: false }, `${id} answered`);
          await page.getByTestId('next').tap();
        } else {
          // One answer: shown as chosen, then the next question with no other tap.
          await page.locator(`[data-testid=question][data-question-id="${id}"][data-confirming]`).or(page.locator(`[data-testid=question]:not([data-question-id="${id}"])`)).or(page.getByTestId('result')).first().waitFor();
        }
        await leaves(page, id);
      }
      console.log(`${orientation} ${lang}: least ${JSON.stringify(least)}`);
      assert.equal(screens, Object.keys(persona.answers).length, 'every question was measured');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('a single choice shows as chosen, then moves on by itself; Back returns; a second tap skips nothing', async () => {
  for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
    const { context, page, errors } = await kiosk(`lang=en&length=full&${CALM}`, viewport, { clock: true });
    await page.getByTestId('start').tap();
    const first = await questionId(page);
    // Time stands still from here: the confirmation lasts exactly as long as the test says.
    await page.clock.pauseAt(Date.now() + 1000);
    const option = (n) => page.locator('[data-testid=option]').nth(n);

    const fourth = await option(3).getAttribute('data-choice-id');
    await option(3).tap();
    const chosen = page.locator(`[data-question-id="${first}"][data-confirming] [data-testid=option].rf-checked`);
    await chosen.waitFor();
    assert.equal(await chosen.getAttribute('data-choice-id'), fourth);
    assert.equal(await option(3).locator('input').isChecked(), true);
    // Visibly chosen: filled in the accent colour, not the unchosen options' background.
    const fill = await page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('[data-testid=option]')].slice(2, 4);
      return [getComputedStyle(a).backgroundColor, getComputedStyle(b).backgroundColor];
    });
    assert.notEqual(fill[0], fill[1]);
    await S.screenshot(page, `kiosk-touch-confirming-${orientation}`);
    // A second tap during the confirmation, on the same option: it lands on nothing.
    await option(3).tap();
    await page.clock.runFor(CONFIRM_MS - 100);
    assert.equal(await questionId(page), first, 'still on the question while it shows as chosen');
    await page.clock.runFor(200);
    await leaves(page, first);
    const second = await questionId(page);
    assert.equal(await page.locator('[data-testid=option] input:checked').count(), 0, 'nothing answered on the next screen');
    assert.equal(await page.getByTestId('progress').getAttribute('data-answered'), '1');
    await page.clock.runFor(3 * CONFIRM_MS);
    assert.equal(await questionId(page), second, 'no second move');

    // Back during a confirmation returns, and the late timer moves nothing.
    await option(0).tap();
    await page.locator('[data-confirming]').waitFor();
    await page.getByTestId('back').tap();
    await leaves(page, second);
    assert.equal(await questionId(page), first);
    await page.clock.runFor(3 * CONFIRM_MS);
    assert.equal(await questionId(page), first, 'the timer of the question left changed nothing');
    assert.equal(await option(3).locator('input').isChecked(), true, 'the first answer is kept');

    // The kept answer, tapped again, confirms it as it stands; Next during a confirmation moves once.
    await option(3).tap();
    await page.locator('[data-confirming]').waitFor();
    await page.getByTestId('next').tap();
    await leaves(page, first);
    assert.equal(await questionId(page), second);
    await page.clock.runFor(3 * CONFIRM_MS);
    assert.equal(await questionId(page), second, 'Next and the timer move once between them');

    // A language switched during a confirmation: the choice stays, and waits for Next.
    await option(1).tap();
    await page.locator('[data-confirming]').waitFor();
    await page.getByTestId('lang-es').tap();
    // Waited for by a locator: a function's polling runs on the page's clock, which stands still.
    await page.locator('.rolefit[lang=es]').waitFor();
    await page.clock.runFor(3 * CONFIRM_MS);
    assert.equal(await questionId(page), second);
    assert.equal(await page.locator('[data-confirming]').count(), 0);
    assert.equal(await option(1).locator('input').isChecked(), true);
    await page.clock.resume();
    assert.deepEqual(await S.axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('keys choose without moving on: a keyboard or screen reader on a kiosk goes on with Next', async () => {
  const { context, page, errors } = await kiosk(`lang=it&length=full&${CALM}`, ORIENTATIONS.portrait, { clock: true });
  await page.getByTestId('start').tap();
  const first = await questionId(page);
  await page.clock.pauseAt(Date.now() + 1000);
  await page.locator('[data-testid=option] input').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.clock.runFor(3 * CONFIRM_MS);
  assert.equal(await questionId(page), first);
  assert.equal(await page.locator('[data-testid=option] input').nth(2).isChecked(), true);
  assert.equal(await page.locator('[data-confirming]').count(), 0);
  await page.getByTestId('next').focus();
  await page.keyboard.press('Enter');
  await leaves(page, first);
  assert.deepEqual(errors, []);
  await context.close();
});
