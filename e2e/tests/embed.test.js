// RoleFit on other people's pages: inline on a blog with a heavy-handed theme, two widgets on
// one page, in a frame on another origin, under a strict Content-Security-Policy, with custom
// question banks, and with settings that are not valid. The pages are in e2e/fixtures/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
const pixelmatch = require('pixelmatch');
const S = require('./support');
const { makeBanks, VALID_TITLE, PAYLOADS } = require('../fixtures/make-banks');

const CONTENT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/rolefit.json'), 'utf8'));
const ROLE_IDS = ['community-manager', 'social-media-manager', 'social-media-strategist'];
const DIMENSION_IDS = CONTENT.dimensions.map((d) => d.id);
const START_LABEL = { it: 'Inizia il quiz', es: 'Empezar el test', en: 'Start the quiz' };
const DESKTOP = { width: 1280, height: 900 };
const SCREENS = path.join(S.ARTIFACTS, 'screens');

let site; // dist/ and the fixtures, where the widget lives
let blogHost; // another origin, playing the blog that frames the widget
let strict; // the same site, every response under the strict policy
let browser;

before(async () => {
  makeBanks();
  site = await S.serveSite();
  blogHost = await S.serveSite({ widget: site.origin });
  site.options.ancestors = [blogHost.origin];
  strict = await S.serveSite({ csp: true });
  browser = await S.launch();
  fs.mkdirSync(SCREENS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await blogHost?.close();
  await strict?.close();
});

/**
 * Runs in every frame before its own scripts: records every rolefit:* event that reaches the
 * document, every message whose type starts with "rolefit:", and every CSP violation.
 */
function recorder() {
  const log = { events: [], messages: [], violations: [] };
  Object.defineProperty(window, '__rolefitLog', { value: log });
  for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:error']) {
    document.addEventListener(type, (event) => {
      log.events.push({
        type,
        target: event.target.id || event.target.tagName,
        bubbles: event.bubbles,
        composed: event.composed,
        detail: event.detail === undefined ? undefined : JSON.parse(JSON.stringify(event.detail)),
      });
    });
  }
  window.addEventListener('message', (event) => {
    const type = event.data && event.data.type;
    if (typeof type === 'string' && type.startsWith('rolefit:')) {
      log.messages.push({ type, origin: event.origin, fromSelf: event.source === window });
    }
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    log.violations.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
  });
}

/** A browser context and page that record events, console output and page errors. */
async function open(url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...contextOptions });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const consoleLog = { errors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') consoleLog.errors.push(message.text());
    if (message.type() === 'warning') consoleLog.warnings.push(message.text());
  });
  page.on('pageerror', (error) => consoleLog.errors.push(String(error)));
  const response = url ? await page.goto(url) : null;
  return { context, page, console: consoleLog, response };
}

/** Polls a condition until it holds, or fails after a while with the last value seen. */
async function until(what, condition, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await condition();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The events recorded in a frame (or page). */
function eventsIn(frame) {
  return frame.evaluate(() => window.__rolefitLog.events);
}

async function waitForEvent(frame, type, count = 1) {
  return until(`${count} ${type} event(s)`, async () => {
    const events = (await eventsIn(frame)).filter((e) => e.type === type);
    return events.length >= count ? events : null;
  });
}

/** Answers as comparable values: every answer a string, picks as sorted arrays. */
function normalise(answers) {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [id, Array.isArray(a) ? a.map(String).sort() : String(a)]),
  );
}

function assertComplete(detail, result, lang) {
  assert.equal(detail.lang, lang);
  assert.equal(typeof detail.version, 'string');
  assert.ok(detail.version.length > 0, 'a version');
  assert.ok(['clear', 'blend', 'flat'].includes(detail.lean), `lean ${detail.lean}`);
  assert.equal(detail.lean, result.lean, 'the lean shown');
  assert.deepEqual(
    detail.ranking.map((r) => r.role).sort(),
    [...ROLE_IDS].sort(),
    'every role ranked once',
  );
  assert.equal(detail.ranking.reduce((sum, r) => sum + r.percent, 0), 100);
  assert.deepEqual(
    detail.ranking.map((r) => ({ id: r.role, percent: r.percent })),
    result.roles,
    'the ranking and percentages on the result screen, in order',
  );
  assert.deepEqual(detail.dimensions.map((d) => d.id).sort(), [...DIMENSION_IDS].sort(), 'every dimension');
  for (const d of detail.dimensions) {
    assert.ok(Number.isInteger(d.score) && d.score >= 0 && d.score <= 100, `${d.id}: ${d.score}`);
  }
}

/** Rows `from` to `from + height` of a decoded PNG, as raw RGBA. */
function rows(png, from, height) {
  return png.data.subarray(from * png.width * 4, (from + height) * png.width * 4);
}

/**
 * Compares two PNG buffers; saves both and the difference; returns the differing share. A host
 * page may place the widget at a fractional pixel offset, and the browser then rounds each
 * element's edges up or down by a pixel, so each band of rows is compared as it is and one
 * row up and down, and the best of the three is kept for that band.
 */
function compareShots(name, actual, expected) {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  fs.writeFileSync(path.join(SCREENS, `${name}-blog.png`), actual);
  fs.writeFileSync(path.join(SCREENS, `${name}-plain.png`), expected);
  assert.equal(a.width, b.width, `${name}: width`);
  assert.ok(Math.abs(a.height - b.height) <= 1, `${name}: height ${a.height} against ${b.height}`);
  const total = Math.min(a.height, b.height);
  const BAND = 32;
  const diff = new PNG({ width: a.width, height: total });
  let differing = 0;
  for (let top = 1; top < total - 1; top += BAND) {
    const height = Math.min(BAND, total - 1 - top);
    let best = null;
    for (const shift of [0, -1, 1]) {
      const out = new PNG({ width: a.width, height });
      const count = pixelmatch(rows(a, top, height), rows(b, top + shift, height), out.data, a.width, height, {
        threshold: 0.1,
      });
      if (!best || count < best.count) best = { count, out };
    }
    differing += best.count;
    best.out.data.copy(diff.data, top * a.width * 4);
  }
  fs.writeFileSync(path.join(SCREENS, `${name}-diff.png`), PNG.sync.write(diff));
  return differing / (a.width * total);
}

async function widgetShot(page) {
  await page.mouse.move(0, 0);
  return page.locator('.rolefit').first().screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
}

test('on a blog with a heavy-handed theme the widget looks as it does on a bare page', async () => {
  const persona = S.personas.blend;
  const blog = await open(`${site.origin}/fixtures/blog.html`, { colorScheme: 'light' });
  const plain = await open(`${site.origin}/fixtures/plain.html`, { colorScheme: 'light' });
  const pages = [blog.page, plain.page];
  for (const page of pages) await page.getByTestId('start').waitFor();

  const shots = [];
  async function compare(name) {
    const [a, b] = [await widgetShot(blog.page), await widgetShot(plain.page)];
    const share = compareShots(`embed-${name}`, a, b);
    shots.push(`${name}: ${(share * 100).toFixed(2)}%`);
    assert.ok(share < 0.01, `${name}: ${(share * 100).toFixed(2)}% of the pixels differ (see ${SCREENS})`);
  }

  await compare('intro');
  for (const page of pages) await page.getByTestId('start').click();
  const seen = new Set();
  for (;;) {
    if (await S.atResult(blog.page)) break;
    const { id, type } = await S.currentQuestion(blog.page);
    assert.equal((await S.currentQuestion(plain.page)).id, id);
    const answer = persona.answers[id];
    for (const page of pages) await S.answerByPointer(page, answer);
    const kind = Array.isArray(answer) ? 'pick' : type === 'radio' && /^[1-5]$/.test(answer) ? 'rating' : 'choice';
    if (!seen.has(kind)) {
      seen.add(kind);
      await compare(`question-${kind}`);
    }
    for (const page of pages) await S.goOn(page);
  }
  await plain.page.getByTestId('result').waitFor();
  await compare('result');
  assert.equal(seen.size, 3, 'a rating, a choice and a pick were compared');
  assert.deepEqual(blog.console.errors, []);
  assert.deepEqual(plain.console.errors, []);
  await blog.context.close();
  await plain.context.close();
});

test("the widget leaves the blog's own elements as they were", async () => {
  const HOST = [
    '.navbar-brand',
    '.nav-link',
    '#post-title',
    '#post-meta',
    '#first-paragraph',
    '#section-heading',
    '#role-list li',
    '#quote p',
    '#last-paragraph',
    '#newsletter',
    '#email-label',
    '#email',
    '#subscribe',
    '#sidebar-heading',
    '#popular a',
    '#footer-text',
  ];
  const PAGE_PROPS = ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'color-scheme', 'margin-top', 'padding-top', 'overflow-x', 'overflow-y', 'letter-spacing'];
  const read = (page) =>
    page.evaluate(
      ([selectors, pageProps]) => {
        const styles = {};
        for (const selector of selectors) {
          const style = getComputedStyle(document.querySelector(selector));
          styles[selector] = Object.fromEntries(Array.from(style, (p) => [p, style.getPropertyValue(p)]));
        }
        for (const el of [document.documentElement, document.body]) {
          const style = getComputedStyle(el);
          styles[el.tagName] = Object.fromEntries(pageProps.map((p) => [p, style.getPropertyValue(p)]));
          styles[`${el.tagName} attributes`] = Array.from(el.attributes, (a) => `${a.name}=${a.value}`).sort();
        }
        styles.title = document.title;
        return styles;
      },
      [HOST, PAGE_PROPS],
    );

  for (const colorScheme of ['light', 'dark']) {
    const without = await open(null, { colorScheme });
    await without.page.route(/\/(embed\.js|rolefit\.css)$/, (route) => route.abort());
    await without.page.goto(`${site.origin}/fixtures/blog.html`);
    await without.page.locator('#footer-text').waitFor();
    const withWidget = await open(`${site.origin}/fixtures/blog.html`, { colorScheme });
    await withWidget.page.getByTestId('start').waitFor();
    assert.equal(await without.page.locator('.rolefit').count(), 0, 'the page without the widget');

    const expected = await read(without.page);
    const actual = await read(withWidget.page);
    for (const key of Object.keys(expected)) {
      assert.deepEqual(actual[key], expected[key], `${key} (${colorScheme}) changed when the widget loaded`);
    }
    // The widget's root sits inside the placeholder the editor wrote.
    const inside = await withWidget.page.evaluate(() => document.querySelector('#quiz').querySelector('.rolefit') !== null || document.querySelector('#quiz').classList.contains('rolefit'));
    assert.ok(inside, 'the widget mounts in its placeholder');
    assert.deepEqual(withWidget.console.errors, []);
    await without.context.close();
    await withWidget.context.close();
  }
});

test('the blog page with the widget, light and dark: screenshots, and axe finds nothing in the widget', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, console: log } = await open(`${site.origin}/fixtures/blog.html`, { colorScheme });
    await page.getByTestId('start').waitFor();
    await S.screenshot(page, `embed-blog-intro-${colorScheme}`);
    assert.deepEqual(await S.axe(page, '.rolefit'), [], `intro (${colorScheme})`);
    await page.getByTestId('start').click();
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, S.personas['community-manager'].answers[id]);
    await S.screenshot(page, `embed-blog-question-${colorScheme}`);
    assert.deepEqual(await S.axe(page, '.rolefit'), [], `question (${colorScheme})`);
    await S.takeQuiz(page, S.personas['community-manager'].answers, { start: false });
    await S.screenshot(page, `embed-blog-result-${colorScheme}`);
    assert.deepEqual(await S.axe(page, '.rolefit'), [], `result (${colorScheme})`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("the host's theme and accent apply whatever the device prefers, and stay readable", async () => {
  // The page links no stylesheet of the widget's: the loader adds it.
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, console: log } = await open(`${site.origin}/fixtures/themed.html`, { colorScheme });
    const dark = page.locator('#quiz-dark');
    const light = page.locator('#quiz-light');
    await dark.getByTestId('start').waitFor();
    await light.getByTestId('start').waitFor();
    const look = (scope) =>
      scope.evaluate((host) => {
        const root = host.querySelector('.rolefit');
        const start = host.querySelector('[data-testid=start]');
        const style = (el) => getComputedStyle(el);
        return { bg: style(root).backgroundColor, button: style(start).backgroundColor, text: style(start).color };
      });
    assert.deepEqual(await look(dark), { bg: 'rgb(21, 23, 30)', button: 'rgb(255, 213, 79)', text: 'rgb(0, 0, 0)' }, colorScheme);
    assert.deepEqual(await look(light), { bg: 'rgb(255, 255, 255)', button: 'rgb(10, 92, 54)', text: 'rgb(255, 255, 255)' }, colorScheme);
    await S.screenshot(page, `embed-themed-${colorScheme}`);
    assert.deepEqual(await S.axe(page, '#quiz-dark'), [], `dark widget (${colorScheme})`);
    assert.deepEqual(await S.axe(page, '#quiz-light'), [], `light widget (${colorScheme})`);
    await dark.getByTestId('start').click();
    await dark.getByTestId('question').waitFor();
    assert.deepEqual(await S.axe(page, '#quiz-dark'), [], `dark question (${colorScheme})`);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('two widgets in two languages on one page work independently', async () => {
  const { context, page, console: log } = await open(`${site.origin}/fixtures/two.html`);
  const it = page.locator('#quiz-it');
  const es = page.locator('#quiz-es');
  await it.getByTestId('start').waitFor();
  await es.getByTestId('start').waitFor();
  assert.equal(await it.getByTestId('start').innerText(), START_LABEL.it);
  assert.equal(await es.getByTestId('start').innerText(), START_LABEL.es);
  assert.equal(await it.locator('.rolefit').or(page.locator('#quiz-it.rolefit')).first().getAttribute('lang'), 'it');
  assert.equal(await es.locator('.rolefit').or(page.locator('#quiz-es.rolefit')).first().getAttribute('lang'), 'es');

  const ready = await waitForEvent(page, 'rolefit:ready', 2);
  assert.deepEqual(ready.map((e) => [e.target, e.detail.lang]).sort(), [['quiz-es', 'es'], ['quiz-it', 'it']]);

  // Answer the first question in the Italian widget: the Spanish one stays on its intro.
  const first = S.personas['community-manager'];
  const second = S.personas['social-media-strategist'];
  await it.getByTestId('start').click();
  const q1 = await it.getByTestId('question').getAttribute('data-question-id');
  await S.answerByPointer(it, first.answers[q1]);
  await it.getByTestId('next').click();
  await it.locator(`[data-testid=question]:not([data-question-id="${q1}"])`).waitFor();
  assert.equal(await es.getByTestId('question').count(), 0, 'the Spanish widget is still on its intro');
  assert.ok(await es.getByTestId('start').isVisible());

  // Start the Spanish one: it begins at the first question, with nothing answered.
  await es.getByTestId('start').click();
  assert.equal(await es.getByTestId('question').getAttribute('data-question-id'), q1);
  assert.equal(await es.locator('[data-testid=option] input:checked').count(), 0, 'no answer carried over');
  assert.notEqual(await it.getByTestId('question').getAttribute('data-question-id'), q1, 'the Italian widget kept its place');

  // A language change in one widget leaves the other alone.
  await it.getByTestId('lang-en').click();
  await it.locator('.rolefit[lang=en]').or(page.locator('#quiz-it.rolefit[lang=en]')).first().waitFor();
  assert.equal(await es.locator('.rolefit').or(page.locator('#quiz-es.rolefit')).first().getAttribute('lang'), 'es');

  // Each widget finishes with its own answers and its own result.
  const resultIt = await S.takeQuiz(it, first.answers, { start: false });
  const resultEs = await S.takeQuiz(es, second.answers, { start: false });
  assert.equal(resultIt.top, first.top);
  assert.equal(resultEs.top, second.top);
  const complete = await waitForEvent(page, 'rolefit:complete', 2);
  const byTarget = Object.fromEntries(complete.map((e) => [e.target, e.detail]));
  assertComplete(byTarget['quiz-it'], resultIt, 'en');
  assertComplete(byTarget['quiz-es'], resultEs, 'es');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('inline events: ready, start and complete bubble from the placeholder with the result, and no answers', async () => {
  const persona = S.personas['community-manager'];
  const { context, page, console: log } = await open(`${site.origin}/fixtures/blog.html`);
  const [ready] = await waitForEvent(page, 'rolefit:ready');
  assert.equal(ready.target, 'quiz');
  assert.equal(ready.bubbles, true);
  assert.equal(ready.composed, true);
  assert.equal(ready.detail.lang, 'en');
  assert.equal(typeof ready.detail.version, 'string');
  await page.getByTestId('start').waitFor();
  assert.equal((await eventsIn(page)).filter((e) => e.type !== 'rolefit:ready').length, 0, 'nothing else before Start');

  await page.getByTestId('start').click();
  const [started] = await waitForEvent(page, 'rolefit:start');
  assert.deepEqual(started.detail, { version: ready.detail.version, lang: 'en' });
  assert.equal(started.target, 'quiz');

  const result = await S.takeQuiz(page, persona.answers, { start: false });
  const [complete] = await waitForEvent(page, 'rolefit:complete');
  assert.equal(complete.target, 'quiz');
  assert.equal(complete.bubbles, true);
  assertComplete(complete.detail, result, 'en');
  assert.equal(complete.detail.lean, persona.lean);
  assert.equal(complete.detail.ranking[0].role, persona.top);
  assert.equal(complete.detail.ranking[0].percent, persona.percent);
  assert.equal('answers' in complete.detail, false, 'no answers without include-answers');
  assert.deepEqual((await eventsIn(page)).map((e) => e.type), ['rolefit:ready', 'rolefit:start', 'rolefit:complete']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('inline events carry the raw answers when include-answers is set', async () => {
  const persona = S.personas.blend;
  const { context, page, console: log } = await open(`${site.origin}/fixtures/plain.html?lang=es&include-answers`);
  await page.getByTestId('start').waitFor();
  const result = await S.takeQuiz(page, persona.answers);
  const [complete] = await waitForEvent(page, 'rolefit:complete');
  assertComplete(complete.detail, result, 'es');
  assert.ok(complete.detail.answers && typeof complete.detail.answers === 'object', 'answers are included');
  assert.deepEqual(normalise(complete.detail.answers), normalise(persona.answers));
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The frame document of an iframe on the page. */
async function frameOf(page, selector) {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  return frame;
}

/** Waits until an iframe shows all of its content and is not much taller than it. */
async function assertFits(page, frame, selector, where) {
  return until(`${selector} to fit its content (${where})`, async () => {
    const outer = await page.evaluate((s) => document.querySelector(s).clientHeight, selector);
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      bottom: Math.ceil(document.querySelector('.rolefit').getBoundingClientRect().bottom + window.scrollY),
    }));
    const fits = inner.scroll <= outer + 1 && inner.bottom <= outer + 1 && outer <= inner.bottom + 64;
    return fits ? outer : null;
  });
}

test('a frame on another origin grows and shrinks with its content, with no scrollbar inside', async () => {
  const persona = S.personas['social-media-manager'];
  const { context, page, console: log } = await open(`${blogHost.origin}/fixtures/frame-host.html`);
  const frame = await frameOf(page, '#quiz');
  await frame.getByTestId('start').waitFor();
  assert.notEqual(new URL(frame.url()).origin, blogHost.origin, 'the frame is on another origin');

  const heights = [await assertFits(page, frame, '#quiz', 'intro')];
  const result = await S.takeQuiz(frame, persona.answers, {
    onScreen: async () => {
      const question = frame.getByTestId('question');
      const where = (await question.count()) ? await question.getAttribute('data-question-id') : 'result';
      heights.push(await assertFits(page, frame, '#quiz', where));
    },
  });
  assert.ok(new Set(heights).size > 1, `the height follows the content: ${heights.join(', ')}`);
  const resultHeight = heights[heights.length - 1];
  assert.ok(resultHeight > heights[0], 'the result is taller than the intro');

  await frame.getByTestId('restart').click();
  await frame.getByTestId('start').waitFor();
  const again = await assertFits(page, frame, '#quiz', 'intro again');
  assert.ok(again < resultHeight, `the frame shrinks back (${again} < ${resultHeight})`);
  assert.equal(result.top, persona.top);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the framed quiz at phone and kiosk sizes, light and dark: keyboard, axe and screenshots', async () => {
  const sizes = { phone: { width: 390, height: 844 }, kiosk: { width: 1080, height: 1920 } };
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const name = `${size}-${colorScheme}`;
      const { context, page, console: log } = await open(`${blogHost.origin}/fixtures/frame-host.html`, {
        viewport,
        colorScheme,
      });
      const frame = await frameOf(page, '#quiz');
      await frame.getByTestId('start').waitFor();
      await assertFits(page, frame, '#quiz', `intro, ${name}`);
      await S.screenshot(page, `embed-frame-intro-${name}`);
      assert.deepEqual(await S.axe(frame), [], `intro (${name})`);
      // By keyboard, inside the frame: Tab from the page into the quiz, Enter, a digit, Enter.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        if (await frame.evaluate(() => document.activeElement?.dataset.testid === 'start')) break;
      }
      await page.keyboard.press('Enter');
      const first = await frame.getByTestId('question').getAttribute('data-question-id');
      await page.keyboard.press('4');
      await frame.locator('[data-testid=option] input:checked').waitFor();
      await page.keyboard.press('Enter');
      await frame.locator(`[data-testid=question]:not([data-question-id="${first}"])`).waitFor();
      await assertFits(page, frame, '#quiz', `second question, ${name}`);
      await S.screenshot(page, `embed-frame-question-${name}`);
      assert.deepEqual(await S.axe(frame), [], `question (${name})`);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});

test('frame events reach the host as events on the iframe, answers only with include-answers', async () => {
  for (const [fixture, lang, persona, withAnswers] of [
    ['frame-host.html', 'it', S.personas['social-media-strategist'], false],
    ['frame-host-answers.html', 'en', S.personas.blend, true],
  ]) {
    const { context, page, console: log } = await open(`${blogHost.origin}/fixtures/${fixture}`);
    const frame = await frameOf(page, '#quiz');
    const [ready] = await waitForEvent(page, 'rolefit:ready');
    assert.equal(ready.target, 'quiz', 'dispatched on the iframe element');
    assert.equal(ready.bubbles, true);
    assert.equal(ready.detail.lang, lang);
    const result = await S.takeQuiz(frame, persona.answers);
    const [complete] = await waitForEvent(page, 'rolefit:complete');
    assert.equal(complete.target, 'quiz');
    assertComplete(complete.detail, result, lang);
    assert.equal(complete.detail.ranking[0].role, persona.top);
    if (withAnswers) assert.deepEqual(normalise(complete.detail.answers), normalise(persona.answers));
    else assert.equal('answers' in complete.detail, false, `${fixture}: no answers`);
    assert.deepEqual((await eventsIn(page)).map((e) => e.type), ['rolefit:ready', 'rolefit:start', 'rolefit:complete']);
    const messages = await page.evaluate(() => window.__rolefitLog.messages);
    assert.ok(messages.length > 0);
    for (const m of messages) assert.equal(m.origin, site.origin, `${m.type} came from the widget's origin`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("a frame posts nothing without the host's origin, and the host ignores messages from elsewhere", async () => {
  const { context, page, console: log } = await open(`${blogHost.origin}/fixtures/frame-host-silent.html`);
  for (const id of ['#no-origin', '#other-origin']) {
    const frame = await frameOf(page, id);
    await frame.getByTestId('start').waitFor();
    await waitForEvent(frame, 'rolefit:ready');
    await frame.getByTestId('start').click();
    await waitForEvent(frame, 'rolefit:start');
    // Messages from one window arrive in order: once this one is in, any earlier one would be.
    await frame.evaluate(() => parent.postMessage({ type: 'rolefit:test-marker' }, '*'));
  }
  await until('both markers', async () =>
    (await page.evaluate(() => window.__rolefitLog.messages)).filter((m) => m.type === 'rolefit:test-marker').length === 2,
  );
  const messages = await page.evaluate(() => window.__rolefitLog.messages);
  assert.deepEqual(messages.map((m) => m.type), ['rolefit:test-marker', 'rolefit:test-marker'], 'only the markers arrived');
  assert.deepEqual(await eventsIn(page), [], 'no event on the host');

  // Messages the host page sends itself are not taken for the frame's.
  const before = await page.evaluate(() => document.querySelector('#no-origin').clientHeight);
  await page.evaluate(() => {
    window.postMessage({ type: 'rolefit:resize', height: 1234 }, '*');
    window.postMessage({ type: 'rolefit:complete', detail: { forged: true } }, '*');
  });
  await until('the forged messages', async () =>
    (await page.evaluate(() => window.__rolefitLog.messages)).filter((m) => m.fromSelf).length === 2,
  );
  assert.deepEqual(await eventsIn(page), [], 'a forged message is not re-dispatched');
  assert.equal(await page.evaluate(() => document.querySelector('#no-origin').clientHeight), before, 'nor does it resize');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('under a strict Content-Security-Policy no violation and no console error, inline and in a frame', async () => {
  const persona = S.personas['community-manager'];
  const pages = [
    'plain.html?lang=it&theme=dark&accent=%23c2185b&include-answers',
    'csp-frame.html',
    'blog.html',
    'two.html',
    'plain.html?bank=/fixtures/bank-valid.json',
  ];
  for (const fixture of pages) {
    const { context, page, console: log, response } = await open(`${strict.origin}/fixtures/${fixture}`, { colorScheme: 'light' });
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    const framed = fixture === 'csp-frame.html';
    const scope = framed ? await frameOf(page, '#quiz') : page;
    await scope.getByTestId('start').first().waitFor();
    if (fixture.startsWith('plain.html?lang=it') || framed) {
      const result = await S.takeQuiz(scope, persona.answers);
      assert.equal(result.top, persona.top, fixture);
      await scope.locator('.rf-table summary').click();
      if (framed) await assertFits(page, scope, '#quiz', 'result under CSP');
      const [complete] = await waitForEvent(page, 'rolefit:complete');
      assertComplete(complete.detail, result, framed ? 'es' : 'it');
    }
    for (const frame of page.frames()) {
      const violations = await frame.evaluate(() => window.__rolefitLog.violations);
      assert.deepEqual(violations, [], `${fixture}: ${frame.url()}`);
    }
    assert.deepEqual(log.errors, [], `${fixture}: console errors`);
    await context.close();
  }
});

test('a custom question bank from data-bank is used, in every language', async () => {
  const { context, page, console: log } = await open(`${site.origin}/fixtures/plain.html?bank=/fixtures/bank-valid.json`);
  await page.getByTestId('start').waitFor();
  await page.locator('.rolefit').getByText(VALID_TITLE.en).first().waitFor();
  await page.getByTestId('lang-it').click();
  await page.locator('.rolefit').getByText(VALID_TITLE.it).first().waitFor();
  const result = await S.takeQuiz(page, S.personas['social-media-manager'].answers);
  assert.equal(result.top, 'social-media-manager');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an invalid bank is explained, every problem with its place, and rolefit:error is fired', async () => {
  const last = CONTENT.questions.length - 1;
  const { context, page } = await open(`${site.origin}/fixtures/plain.html?bank=/fixtures/bank-invalid.json`);
  const error = page.getByTestId('content-error');
  await error.waitFor();
  const items = await error.locator('li').allInnerTexts();
  assert.ok(items.length >= 5, `several problems listed:\n${items.join('\n')}`);
  for (const planted of [/title/, /intro\[0\]/, /no-such-dimension/, /S99/, /profile/, new RegExp(`questions\\[${last}\\]`)]) {
    assert.ok(items.some((item) => planted.test(item)), `${planted} is among:\n${items.join('\n')}`);
  }
  assert.equal(await page.getByTestId('start').count(), 0, 'no quiz from a broken bank');
  const [fired] = await waitForEvent(page, 'rolefit:error');
  assert.equal(fired.target, 'quiz');
  assert.equal(fired.detail.kind, 'content');
  assert.equal(fired.detail.problems.length, items.length, 'the event lists the same problems');
  await context.close();

  // A bank on another origin is refused the same way.
  const foreign = await open(`${site.origin}/fixtures/plain.html?bank=https://elsewhere.example/rolefit.json`);
  await foreign.page.getByTestId('content-error').waitFor();
  const [refused] = await waitForEvent(foreign.page, 'rolefit:error');
  assert.equal(refused.detail.kind, 'content');
  assert.ok(refused.detail.problems.length >= 1);
  assert.equal(await foreign.page.getByTestId('start').count(), 0);
  assert.match(await foreign.page.getByTestId('content-error').innerText(), /on another site/);
  await foreign.context.close();

  // So is an address that is not one, with its own explanation.
  const malformed = await open(`${site.origin}/fixtures/plain.html?bank=${encodeURIComponent('http://[not-an-address')}`);
  await malformed.page.getByTestId('content-error').waitFor();
  assert.match(await malformed.page.getByTestId('content-error').innerText(), /is not a valid address/);
  const [bad] = await waitForEvent(malformed.page, 'rolefit:error');
  assert.match(bad.detail.problems[0], /^data-bank: "http:\/\/\[not-an-address" is not a valid address/);
  await malformed.context.close();
});

test("an invalid bank's problems are told in the page's language, by the keep module, which can be tried again offline", async () => {
  const bank = `bank=${encodeURIComponent('http://[not-an-address')}`;
  for (const [lang, words] of [['it', /non è un indirizzo valido per un file di domande/], ['es', /no es una dirección válida para un archivo de preguntas/]]) {
    const { context, page, console: log } = await open(`${site.origin}/fixtures/plain.html?${bank}&lang=${lang}`);
    const error = page.getByTestId('content-error');
    await error.locator('li').first().waitFor();
    assert.match(await error.locator('li').first().innerText(), words);
    // The host page still hears of it in English.
    const [fired] = await waitForEvent(page, 'rolefit:error');
    assert.match(fired.detail.problems[0], /is not a valid address/);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  // The keep module cannot be had: said in the page's language, with Try again, which works
  // once it can.
  const { context, page } = await open(null);
  let offline = true;
  await page.route(/rolefit_keep(_bg\.wasm|\.js)/, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(`${site.origin}/fixtures/plain.html?${bank}&lang=it`);
  const error = page.getByTestId('content-error');
  await error.getByRole('button').waitFor();
  assert.match(await error.locator('h2').innerText(), /Questo quiz non può essere caricato/);
  offline = false;
  await error.getByRole('button').click();
  await error.locator('li').first().waitFor();
  assert.match(await error.locator('li').first().innerText(), /non è un indirizzo valido/);
  await context.close();
});

test('bank texts that look like HTML are shown as text and never run', async () => {
  const requests = [];
  const { context, page, console: log } = await open(null);
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.origin}/fixtures/plain.html?bank=/fixtures/bank-xss.json`);
  await page.getByTestId('start').waitFor();
  const widget = page.locator('.rolefit');
  const text = () => widget.innerText();
  assert.ok((await text()).includes(PAYLOADS.script), 'the title is shown literally');
  assert.ok((await text()).includes(PAYLOADS.img), 'the intro is shown literally');
  const result = await S.takeQuiz(page, S.personas['community-manager'].answers, {
    onScreen: async () => {
      if (await page.getByTestId('question').isVisible()) {
        assert.ok((await page.getByTestId('question').innerText()).includes(PAYLOADS.img), 'the prompt is shown literally');
      }
    },
  });
  assert.equal(result.top, 'community-manager');
  assert.ok((await text()).includes(`${PAYLOADS.img} community-manager`), 'role names are shown literally');
  assert.equal(await widget.locator('script, img, b, a[href^="javascript:"]').count(), 0, 'no element made from a text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(requests.filter((u) => /\/x$/.test(u)), [], 'no image requested');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('malformed settings fall back to the defaults with a console warning naming the attribute', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const bad = await open(`${site.origin}/fixtures/plain.html?theme=purple&accent=red;}&mode=arcade&idle-seconds=soon`, {
      colorScheme,
    });
    const good = await open(`${site.origin}/fixtures/plain.html`, { colorScheme });
    await bad.page.getByTestId('start').waitFor();
    await good.page.getByTestId('start').waitFor();
    const warnings = bad.console.warnings;
    assert.ok(warnings.some((w) => w.includes('data-theme') && w.includes('"purple"')), `theme:\n${warnings.join('\n')}`);
    assert.ok(warnings.some((w) => w.includes('data-accent') && w.includes('red;}')), `accent:\n${warnings.join('\n')}`);
    assert.ok(warnings.some((w) => w.includes('data-mode') && w.includes('arcade')), `mode:\n${warnings.join('\n')}`);
    assert.ok(warnings.some((w) => w.includes('data-idle-seconds') && w.includes('soon')), `seconds:\n${warnings.join('\n')}`);
    assert.deepEqual(bad.console.errors, [], 'warnings, not errors');
    const look = (page) =>
      page.evaluate(() => {
        const root = getComputedStyle(document.querySelector('.rolefit'));
        const start = getComputedStyle(document.querySelector('[data-testid=start]'));
        return { background: root.backgroundColor, text: root.color, start: start.backgroundColor, startText: start.color };
      });
    assert.deepEqual(await look(bad.page), await look(good.page), `the default theme and accent (${colorScheme})`);
    await bad.context.close();
    await good.context.close();
  }
});

test('the example pages run and print the result they receive', async () => {
  const persona = S.personas['social-media-strategist'];
  for (const example of ['inline.html', 'iframe.html']) {
    const { context, page, console: log } = await open(null);
    // The examples name the origin they are served from in the frame's address.
    await page.route('**/examples/iframe.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll(encodeURIComponent('http://localhost:8000'), encodeURIComponent(site.origin));
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.origin}/examples/${example}`);
    const scope = example === 'iframe.html' ? await frameOf(page, 'iframe[data-rolefit-frame]') : page;
    const result = await S.takeQuiz(scope, persona.answers);
    const printed = await until('the printed result', async () => {
      const text = await page.locator('pre').first().textContent();
      return text && text.includes('ranking') ? text : null;
    });
    const detail = JSON.parse(printed);
    assert.equal(detail.ranking[0].role, result.top, example);
    assert.deepEqual(log.errors, [], example);
    await context.close();
  }
});
