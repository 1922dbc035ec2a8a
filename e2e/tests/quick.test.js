// The quick quiz: the most telling questions first, a result as soon as the answers are
// clear, the way on to the rest (which ends in exactly the full quiz's result), its share
// link, its events, and the kiosk, where it is the default.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const S = require('./support');
const { openRecorded, eventsOf } = require('./take-quiz');

let site;
let browser;

before(async () => {
  site = await S.serveSite();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const PHONE = { width: 390, height: 844 };
const plain = (query) => `${site.origin}/fixtures/plain.html?${query}`;

/** What a result event says about the result itself (not which run it ended). */
const resultOf = ({ lean, ranking, dimensions, answers }) => ({ lean, ranking, dimensions, answers });

test('a quick quiz stops early, says why, and the rest ends in exactly the full quiz’s result', async () => {
  const persona = S.personas['social-media-manager'];

  // The full quiz, for comparison.
  const full = await openRecorded(browser, site.origin, plain('include-answers'));
  const fullResult = await S.takeQuiz(full.page, persona.answers);
  const [fullEvent] = await eventsOf(full.page, 'rolefit:complete');
  assert.equal(fullEvent.detail.length, 'full');
  assert.equal(await full.page.getByTestId('stopped-early').count(), 0);
  assert.equal(await full.page.getByTestId('answer-the-rest').count(), 0);
  await full.context.close();

  const { context, page, problems, warnings } = await openRecorded(browser, site.origin, plain('length=quick&include-answers'));
  await page.getByTestId('start').click();
  // No total: a quick run's end depends on the answers.
  const progress = page.getByTestId('progress');
  await page.getByText('Question 1', { exact: true }).waitFor();
  assert.doesNotMatch(await progress.innerText(), /of 22/);
  assert.equal(await progress.locator('progress').count(), 0, 'no bar with an end it cannot know');
  await page.getByTestId('quick-hint').waitFor();
  const quick = await S.takeQuiz(page, persona.answers, { start: false });
  assert.deepEqual({ top: quick.top, lean: quick.lean }, { top: persona.quick.top, lean: persona.quick.lean });
  // The roles in order and the lean, and no figure it does not know yet.
  assert.deepEqual(quick.roles.map((r) => r.percent), quick.roles.map(() => null), 'no percentages');
  assert.equal(quick.stability, null);
  for (const figure of ['.rf-percent', '.rf-bar', '.rf-chart', '.rf-role-percent', '[data-testid=stability]']) {
    assert.equal(await page.locator(`.rf-result ${figure}`).count(), 0, `no ${figure} on a quick result`);
  }
  assert.equal(quick.top, fullResult.top, 'the same top role as the full quiz');
  assert.equal(await page.getByTestId('result').getAttribute('data-length'), 'quick');
  const note = page.getByTestId('stopped-early');
  assert.match(await note.innerText(), new RegExp(`stopped after ${persona.quick.asked} of 22 questions because your answers were already clear`));
  assert.match(await note.innerText(), /The percentages and the dimension chart come once you answer the rest\.$/);
  assert.deepEqual(await S.axe(page, '.rf-result'), [], 'the note and the way on');
  const [quickEvent] = await eventsOf(page, 'rolefit:complete');
  assert.equal(quickEvent.detail.length, 'quick', 'a tally tells quick results from full ones');
  assert.equal(Object.keys(quickEvent.detail.answers).length, persona.quick.asked);

  // The share link of the quick result opens that same quick result.
  const link = await page.getByTestId('share-link').inputValue();
  const shared = await openRecorded(browser, site.origin, link.replace('/fixtures/plain.html?length=quick&include-answers', '/fixtures/plain.html?include-answers'));
  assert.deepEqual(await S.readResult(shared.page), quick);
  await shared.page.getByTestId('stopped-early').waitFor();
  assert.equal(await shared.page.getByTestId('answer-the-rest').count(), 0, 'not theirs to go on with');
  const [sharedEvent] = await eventsOf(shared.page, 'rolefit:shared');
  assert.equal(sharedEvent.detail.length, 'quick');
  S.assertClean(shared.problems);
  await shared.context.close();

  // The rest: every answer kept, numbered out of the whole quiz, to the full quiz's result.
  await page.getByTestId('answer-the-rest').click();
  await page.getByText(`Question ${persona.quick.asked + 1} of 22`).waitFor();
  assert.equal(await page.getByTestId('result').count(), 0, 'nothing of the quick result is left on the question');
  const answered = Number(await progress.getAttribute('data-answered'));
  assert.equal(answered, persona.quick.asked, 'every answer kept');
  const rest = await S.takeQuiz(page, persona.answers, { start: false });
  assert.deepEqual(rest, fullResult, 'the same roles, percentages, lean and stability');
  assert.equal(await page.getByTestId('stopped-early').count(), 0);
  assert.equal(await page.getByTestId('result').getAttribute('data-length'), 'full');
  const events = await eventsOf(page, 'rolefit:complete', 2);
  assert.equal(events[1].detail.length, 'full');
  assert.deepEqual(resultOf(events[1].detail), resultOf(fullEvent.detail), 'the same detail as the full run');
  S.assertClean(problems);
  assert.deepEqual(warnings, []);
  await context.close();
});

test('saved quick progress resumes quick, and a length not understood warns and is full', async () => {
  const persona = S.personas['community-manager'];
  const { context, page, problems } = await openRecorded(browser, site.origin, plain('length=quick'));
  await page.getByTestId('start').click();
  for (let i = 0; i < 2; i++) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id]);
    await S.goOn(page);
  }
  // Reloaded without the setting: the saved run is still quick, and picks up where it was.
  await page.goto(plain(''));
  await page.getByText('Question 3', { exact: true }).waitFor();
  const result = await S.takeQuiz(page, persona.answers, { start: false });
  assert.equal(result.top, persona.quick.top);
  await page.getByTestId('stopped-early').waitFor();
  S.assertClean(problems);
  await context.close();

  const odd = await openRecorded(browser, site.origin, plain('length=short'));
  await odd.page.getByTestId('start').click();
  await odd.page.getByText('Question 1 of 22').waitFor();
  assert.ok(odd.warnings.some((w) => /data-length .*="short" is not understood \(expected full or quick\)/.test(w)), odd.warnings.join('\n'));
  await odd.context.close();
});

test('the kiosk is quick by default, and full when its address says so', async () => {
  const persona = S.personas['social-media-strategist'];
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.origin}/kiosk.html?lang=en&idle-seconds=600&result-seconds=600`);
  await page.getByTestId('start').tap();
  await page.getByTestId('quick-hint').waitFor();
  const result = await S.takeQuiz(page, persona.answers, { start: false });
  assert.equal(result.top, persona.top);
  await page.getByTestId('stopped-early').waitFor();
  await page.getByTestId('qr').waitFor();
  await page.getByTestId('answer-the-rest').waitFor();
  assert.deepEqual(await S.axe(page, '.rf-result'), []);
  await page.goto(`${site.origin}/kiosk.html?lang=en&length=full&idle-seconds=600`);
  await page.getByTestId('start').tap();
  await page.getByText('Question 1 of 22').waitFor();
  await context.close();
});

test('the quick question and the result with its note, in it, es, en, light and dark, at phone size', async () => {
  const persona = S.personas['community-manager'];
  const words = { it: /Domanda 1$/, es: /Pregunta 1$/, en: /Question 1$/ };
  for (const lang of ['it', 'es', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      await page.goto(plain(`length=quick&lang=${lang}&theme=auto`));
      await page.getByTestId('start').click();
      await page.getByTestId('quick-hint').waitFor();
      assert.match((await page.getByTestId('progress').locator('span').first().innerText()).trim(), words[lang]);
      assert.deepEqual(await S.axe(page), [], `${lang} ${colorScheme} question`);
      await S.screenshot(page, `quick-question-${lang}-${colorScheme}-phone`);
      await S.takeQuiz(page, persona.answers, { start: false });
      await page.getByTestId('stopped-early').waitFor();
      assert.deepEqual(await S.axe(page), [], `${lang} ${colorScheme} result`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'nothing overflows sideways');
      await S.screenshot(page, `quick-result-${lang}-${colorScheme}-phone`);
      await context.close();
    }
  }
});
