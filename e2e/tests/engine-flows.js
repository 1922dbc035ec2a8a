// What a candidate does, through the cross-engine driver (engine-driver.js): answering by
// pointer or by keyboard, and where the widget stands.
'use strict';

const assert = require('node:assert/strict');
const S = require('./support');

/** The screen now, once there is one: { result } or { id, type, single } of the question. */
function screen(page) {
  return page.waitFor(() => {
    if (document.querySelector('[data-testid=result]')) return { result: true };
    const q = document.querySelector('[data-testid=question]:not([data-confirming])');
    const input = q?.querySelector('[data-testid=option] input');
    return input && { id: q.dataset.questionId, type: input.type };
  }, undefined, { what: 'a question or the result' });
}

/** Waits until the question `id` has gone (another question, or the result). */
function left(page, id) {
  return page.waitFor((prev) => {
    const q = document.querySelector('[data-testid=question]');
    return (!q && document.querySelector('[data-testid=keep]')) || (q && q.dataset.questionId !== prev);
  }, id, { what: `question ${id} to go` });
}

/**
 * Whether an answered question moves on by itself (a kiosk's single choice, shown as chosen)
 * or waits for Next: true when it moves on.
 */
async function movesOnByItself(page, id) {
  const state = await page.waitFor((prev) => {
    const q = document.querySelector('[data-testid=question]');
    if (!q || q.dataset.questionId !== prev || q.hasAttribute('data-confirming')) return 'moves';
    return !q.querySelector('[data-testid=next]').disabled && 'waits';
  }, id);
  return state === 'moves';
}

/**
 * Takes the quiz by pointer with a persona's answers, from the first question to the result.
 * Resolves to how many single choices there were and how many moved on by themselves.
 */
async function byPointer(page, persona) {
  const singles = { count: 0, moved: 0 };
  for (;;) {
    const at = await screen(page);
    if (at.result) return singles;
    const answer = persona.answers[at.id];
    for (const choice of [answer].flat()) await page.click(`[data-testid=option][data-choice-id="${choice}"]`);
    const moved = await movesOnByItself(page, at.id);
    if (at.type === 'radio') {
      singles.count++;
      if (moved) singles.moved++;
    }
    if (!moved) await page.click('[data-testid=next]');
    await left(page, at.id);
  }
}

/** Tabs until the element with `testid` has the focus. */
async function tabTo(page, testid) {
  for (let i = 0; i < 12; i++) {
    await page.keys('Tab');
    if (await page.eval((t) => document.activeElement?.dataset?.testid === t, testid)) return;
  }
  assert.fail(`Tab never reached ${testid}`);
}

/**
 * Takes the quiz by keyboard alone from the first question to the result: the first answer
 * with Tab, Space and arrows in the native group, the others with the shortcut keys, Enter
 * for Next. Every new question has the focus on its heading.
 */
async function byKeyboard(page, persona) {
  let first = true;
  for (;;) {
    const at = await screen(page);
    if (at.result) return;
    assert.equal(await page.eval(() => document.activeElement?.tagName), 'H2', 'the focus is on the question');
    const answer = persona.answers[at.id];
    const ids = await page.eval(() => [...document.querySelectorAll('[data-testid=option]')].map((o) => o.dataset.choiceId));
    if (first && at.type === 'radio') {
      first = false;
      await page.keys('Tab', ' ');
      for (let s = 0; s < ids.indexOf(answer); s++) await page.keys('ArrowRight');
    } else {
      for (const choice of [answer].flat()) {
        const index = ids.indexOf(choice);
        await page.keys(/^[1-5]$/.test(ids[0]) && at.type === 'radio' ? String(index + 1) : 'abcdefghi'[index]);
      }
    }
    const count = [answer].flat().length;
    await page.waitFor((n) => document.querySelectorAll('[data-testid=option] input:checked').length === n, count);
    await page.keys('Enter');
    await left(page, at.id);
  }
}

/** The result as drawn: its top role and lean. */
function result(page) {
  return page.waitFor(() => {
    const r = document.querySelector('[data-testid=result]');
    return r && { top: r.dataset.top, lean: r.dataset.lean };
  });
}

/** The page's errors, as its probe recorded them (engine-site.js). */
const problems = (page) => page.eval(() => window.__problems);
/** The widget's events so far, by type. */
const events = (page, type) => page.eval((t) => window.__events.filter((e) => e === t).length, type);

module.exports = { screen, left, byPointer, byKeyboard, tabTo, result, problems, events, personas: S.personas };
