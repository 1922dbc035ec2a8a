// The release build, driven as a candidate would: by mouse, keyboard and touch, in each
// language, checked by axe, and watched for requests leaving the page's origin.
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

const LANGS = { it: 'it-IT', es: 'es-ES', en: 'en-GB' };
const START_LABEL = { it: 'Inizia il quiz', es: 'Empezar el test', en: 'Start the quiz' };

const clean = S.assertClean;

/** Takes the whole quiz with a persona's answers by mouse (or touch); returns the result. */
async function takeQuiz(page, persona, how = 'click') {
  await (how === 'tap' ? page.getByTestId('start').tap() : page.getByTestId('start').click());
  for (;;) {
    if (await S.atResult(page)) break;
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], how);
    await S.goOn(page, how);
  }
  return S.readResult(page);
}

function assertPersonaResult(result, persona, name) {
  assert.equal(result.top, persona.top, `${name}: top role`);
  assert.equal(result.lean, persona.lean, `${name}: lean`);
  assert.equal(result.roles[0].id, persona.top);
  assert.equal(result.roles[0].percent, persona.percent, `${name}: top percentage`);
  assert.equal(result.roles.reduce((sum, r) => sum + r.percent, 0), 100);
  assert.equal(result.stability, persona.stability, `${name}: stability figure`);
}

test('each role, and a blend, can come out on top when the quiz is taken by mouse', async () => {
  const langs = Object.keys(LANGS);
  let i = 0;
  for (const [name, persona] of Object.entries(S.personas)) {
    const lang = langs[i++ % langs.length];
    const { context, page, problems } = await S.openPage(browser, server.origin, { locale: LANGS[lang] });
    assert.equal(await page.getByTestId('start').innerText(), START_LABEL[lang]);
    const result = await takeQuiz(page, persona);
    assertPersonaResult(result, persona, name);
    if (persona.lean === 'blend') {
      const lean = await page.getByTestId('lean').innerText();
      assert.match(lean, /,/, 'a blend names the runner-up');
    }
    clean(problems);
    await context.close();
  }
});

test('the whole quiz can be taken by keyboard alone, in each language', async () => {
  const persona = S.personas['social-media-strategist'];
  for (const [lang, locale] of Object.entries(LANGS)) {
    const { context, page, problems } = await S.openPage(browser, server.origin, { locale });
    // Tab to the start button as a keyboard user would.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.dataset.testid === 'start')) break;
    }
    await page.keyboard.press('Enter');
    let first = true;
    for (;;) {
      if (await S.atResult(page)) break;
      const { id, type } = await S.currentQuestion(page);
      const focused = await page.evaluate(() => document.activeElement?.tagName);
      assert.equal(focused, 'H2', 'focus moves to the new question');
      const answer = persona.answers[id];
      const ids = await page.locator('[data-testid=option]').evaluateAll((os) => os.map((o) => o.dataset.choiceId));
      if (first && type === 'radio') {
        // Native radio group: Tab into it, arrows to move, Space to choose.
        first = false;
        await page.keyboard.press('Tab');
        const steps = ids.indexOf(answer);
        await page.keyboard.press('Space');
        for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowRight');
      } else {
        for (const choice of Array.isArray(answer) ? answer : [answer]) {
          const index = ids.indexOf(choice);
          const key = type === 'radio' && /^[1-5]$/.test(ids[0]) ? String(index + 1) : 'abcdefghi'[index];
          await page.keyboard.press(key);
        }
      }
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=option] input:checked').length === n,
        Array.isArray(answer) ? answer.length : 1,
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (prev) => document.querySelector('[data-testid=question]')?.dataset.questionId !== prev,
        id,
      );
    }
    assertPersonaResult(await S.readResult(page), persona, `keyboard ${lang}`);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');
    assert.equal(await page.locator('.rolefit').getAttribute('lang'), lang);
    clean(problems);
    await context.close();
  }
});

test('the whole quiz can be taken by touch on a phone', async () => {
  const persona = S.personas['social-media-manager'];
  const { context, page, problems } = await S.openPage(browser, server.origin, {
    locale: 'es-ES',
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  assertPersonaResult(await takeQuiz(page, persona, 'tap'), persona, 'touch');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing overflows sideways on a phone');
  clean(problems);
  await context.close();
});

test('changing language mid-quiz keeps every answer and the place', async () => {
  const persona = S.personas['community-manager'];
  const { context, page, problems } = await S.openPage(browser, server.origin, { locale: 'en-US' });
  await page.getByTestId('start').click();
  for (let i = 0; i < 5; i++) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id]);
    await S.goOn(page);
  }
  const place = await page.getByTestId('progress').innerText();
  await page.getByTestId('lang-it').click();
  await page.getByText('Domanda 6 di 22').waitFor();
  assert.match(place, /Question 6 of 22/);
  for (let i = 0; i < 5; i++) await page.getByTestId('back').click();
  await page.getByText('Domanda 1 di 22').waitFor();
  const { id } = await S.currentQuestion(page);
  const checked = await page.locator('[data-testid=option]:has(input:checked)').getAttribute('data-choice-id');
  assert.equal(checked, persona.answers[id]);
  await page.getByTestId('lang-es').click();
  const result = await (async () => {
    for (;;) {
      if (await S.atResult(page)) return S.readResult(page);
      const q = await S.currentQuestion(page);
      await S.answerByPointer(page, persona.answers[q.id]);
      await S.goOn(page);
    }
  })();
  assertPersonaResult(result, persona, 'language switch');
  clean(problems);
  await context.close();
});

test('a language that cannot be downloaded is explained; the quiz, its answers and the first download carry on', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // The first download fails once: the widget offers to try again.
  let failFirst = true;
  await page.route('**/rolefit-en.json', (route) => (failFirst ? ((failFirst = false), route.abort()) : route.continue()));
  await page.route('**/rolefit-es.json', (route) => route.abort());
  await page.goto(`${server.origin}/index.html`);
  await page.getByTestId('load-error').waitFor();
  await page.getByTestId('retry').click();
  await page.getByTestId('start').click();
  const { id } = await S.currentQuestion(page);
  await S.answerByPointer(page, S.personas['community-manager'].answers[id]);
  await page.getByTestId('lang-es').click();
  const notice = page.getByTestId('language-unavailable');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Español.*could not be downloaded/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.rolefit').getAttribute('lang'), 'en');
  assert.equal(await page.locator('[data-testid=option]:has(input:checked)').count(), 1, 'the answer is kept');
  await page.getByTestId('lang-it').click();
  await page.getByText('Domanda 1 di 22').waitFor();
  assert.equal(await notice.count(), 0, 'the notice goes once a language works');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown data-lang falls back to the browser language with a console warning', async () => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-rolefit(?=[\s>])/, 'data-rolefit data-lang="tlh"');
    await route.fulfill({ response, body });
  });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${server.origin}/index.html`);
  await page.getByTestId('start').waitFor();
  assert.equal(await page.getByTestId('start').innerText(), START_LABEL.es);
  assert.ok(warnings.some((w) => w.includes('"tlh"') && w.includes('data-lang')), warnings.join('\n'));
  await context.close();
});

test('axe finds nothing on the intro, each kind of question and the result, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const persona = S.personas.blend;
    const { context, page, problems } = await S.openPage(browser, server.origin, { locale: 'it-IT', colorScheme });
    assert.deepEqual(await S.axe(page), [], `intro (${colorScheme})`);
    await page.getByTestId('start').click();
    const seen = new Set();
    for (;;) {
      if (await S.atResult(page)) break;
      const { id, type } = await S.currentQuestion(page);
      const kind = Array.isArray(persona.answers[id]) ? 'pick' : type === 'radio' && /^[1-5]$/.test(persona.answers[id]) ? 'rating' : 'choice';
      if (!seen.has(kind)) {
        seen.add(kind);
        assert.deepEqual(await S.axe(page), [], `${kind} question, unanswered (${colorScheme})`);
        await S.answerByPointer(page, persona.answers[id]);
        assert.deepEqual(await S.axe(page), [], `${kind} question, answered (${colorScheme})`);
      } else {
        await S.answerByPointer(page, persona.answers[id]);
      }
      await S.goOn(page);
    }
    await page.locator('.rf-table summary').click();
    assert.deepEqual(await S.axe(page), [], `result (${colorScheme})`);
    assert.equal(seen.size, 3);
    clean(problems);
    await context.close();
  }
});

test('screenshots of every screen, in each language, light and dark, phone and kiosk', async () => {
  const viewports = { phone: { width: 390, height: 844 }, kiosk: { width: 1080, height: 1920 } };
  const persona = S.personas['community-manager'];
  for (const [lang, locale] of Object.entries(LANGS)) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [size, viewport] of Object.entries(viewports)) {
        const tag = `${lang}-${colorScheme}-${size}`;
        const { context, page, problems } = await S.openPage(browser, server.origin, { locale, colorScheme, viewport });
        await S.screenshot(page, `intro-${tag}`);
        await page.getByTestId('start').click();
        const shot = new Set();
        for (;;) {
          if (await S.atResult(page)) break;
          const { id } = await S.currentQuestion(page);
          const answer = persona.answers[id];
          const kind = Array.isArray(answer) ? 'pick' : /^[1-5]$/.test(answer) ? 'rating' : 'choice';
          await S.answerByPointer(page, answer);
          if (!shot.has(kind)) {
            shot.add(kind);
            await S.screenshot(page, `question-${kind}-${tag}`);
          }
          await S.goOn(page);
        }
        await S.screenshot(page, `result-${tag}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, `${tag}: sideways overflow`);
        clean(problems);
        await context.close();
      }
    }
  }
});

test('screenshots of the download notices, in each language, light and dark, phone and kiosk', async () => {
  const viewports = { phone: { width: 390, height: 844 }, kiosk: { width: 1080, height: 1920 } };
  for (const [lang, locale] of Object.entries(LANGS)) {
    const other = lang === 'en' ? 'it' : 'en';
    for (const colorScheme of ['light', 'dark']) {
      for (const [size, viewport] of Object.entries(viewports)) {
        const tag = `${lang}-${colorScheme}-${size}`;
        const context = await browser.newContext({ locale, colorScheme, viewport });
        const page = await context.newPage();
        let failFirst = true;
        await page.route(`**/rolefit-${lang}.json`, (route) => (failFirst ? ((failFirst = false), route.abort()) : route.continue()));
        await page.route(`**/rolefit-${other}.json`, (route) => route.abort());
        await page.goto(`${server.origin}/index.html`);
        await page.getByTestId('load-error').waitFor();
        await S.screenshot(page, `load-error-${tag}`);
        assert.deepEqual(await S.axe(page), [], `load error (${tag})`);
        await page.getByTestId('retry').click();
        await page.getByTestId('start').click();
        await page.getByTestId(`lang-${other}`).click();
        await page.getByTestId('language-unavailable').waitFor();
        await S.screenshot(page, `language-unavailable-${tag}`);
        assert.deepEqual(await S.axe(page), [], `language notice (${tag})`);
        await context.close();
      }
    }
  }
});
