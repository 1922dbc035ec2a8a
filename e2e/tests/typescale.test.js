// The widget's own type scale and reflow: its text keeps its size on a host theme that
// changes the root font size, follows the reader's own browser font-size setting, and
// nothing scrolls sideways at 320, 375 and 640 CSS px with text at 200 % (WCAG 2.2 1.4.4
// and 1.4.10). 200 % text is the browser's default font size raised from 16 to 32 px, as a
// reader's font-size setting does. The pages are in e2e/fixtures/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const S = require('./support');

const LONG_WORD = 'Rechtsschutzversicherungsgesellschaftenmitarbeiterfortbildungsprogramm';
const BANK = path.join(__dirname, '../fixtures/bank-long-words.json');
const WIDTHS = [320, 375, 640];

let site;
let browser;

/** The shipped content with one very long unbroken word in every text a candidate sees. */
function writeLongWordBank() {
  const bank = JSON.parse(fs.readFileSync(path.join(__dirname, '../../content/rolefit.json'), 'utf8'));
  const longer = (text) => Object.fromEntries(Object.entries(text).map(([l, t]) => [l, `${t} ${LONG_WORD}`]));
  bank.version = `${bank.version}-long-words`;
  bank.title = longer(bank.title);
  bank.intro = bank.intro.map(longer);
  bank.scale = bank.scale.map(longer);
  for (const question of bank.questions) {
    question.prompt = longer(question.prompt);
    for (const option of question.options || []) option.label = longer(option.label);
  }
  for (const role of bank.roles) role.name = longer(role.name);
  for (const dimension of bank.dimensions) dimension.name = longer(dimension.name);
  fs.writeFileSync(BANK, `${JSON.stringify(bank, null, 2)}\n`);
}

before(async () => {
  writeLongWordBank();
  site = await S.serveSite();
  browser = await S.launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  fs.rmSync(BANK, { force: true });
});

/**
 * Sets the browser's default font size, as a reader's font-size setting does (16 px is the
 * browser's own), and waits until the page has it.
 */
async function setTextSize(page, fontSize) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: Math.round(fontSize * 0.8125) } });
  await cdp.detach();
  await page.waitForFunction((px) => {
    if (!document.body) return true;
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.fontSize = 'medium';
    const medium = getComputedStyle(probe).fontSize;
    probe.remove();
    return medium === `${px}px`;
  }, fontSize);
}

/** Opens a fixture page with the given text size (see setTextSize) and waits for the start button. */
async function open(address, { width = 1024, fontSize = 16 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await setTextSize(page, fontSize);
  await page.goto(`${site.origin}${address}`);
  await page.getByTestId('start').waitFor();
  await setTextSize(page, fontSize);
  return { context, page, errors };
}

/** Font sizes in px of the widget's texts on the screen now, by what they are. */
async function textSizes(page) {
  return page.evaluate(() => {
    const size = (selector) => {
      const element = document.querySelector(selector);
      return element ? parseFloat(getComputedStyle(element).fontSize) : null;
    };
    return {
      root: size('.rolefit'),
      heading: size('.rolefit h2'),
      lede: size('.rolefit .rf-lede:not(:first-of-type)'),
      option: size('.rolefit .rf-label'),
      language: size('.rolefit .rf-lang'),
      button: size('.rolefit .rf-button'),
    };
  });
}

test('the question text has the same size on a theme with a small or large root font size as on a plain page', async () => {
  const sizes = {};
  for (const fixture of ['plain', 'root-small', 'root-large']) {
    const { context, page, errors } = await open(`/fixtures/${fixture}.html`);
    const intro = await textSizes(page);
    await page.getByTestId('start').click();
    await page.getByTestId('question').waitFor();
    sizes[fixture] = { intro, question: await textSizes(page) };
    await shot(page, `typescale-${fixture}-question`);
    assert.deepEqual(errors, [], `${fixture}: console errors`);
    await context.close();
  }
  assert.equal(sizes.plain.question.root, 16, 'the browser default on a plain page');
  assert.ok(sizes.plain.question.option >= 14, `options readable: ${sizes.plain.question.option}px`);
  assert.deepEqual(sizes['root-small'], sizes.plain, 'html { font-size: 62.5% } changes nothing in the widget');
  assert.deepEqual(sizes['root-large'], sizes.plain, 'html { font-size: 150% } changes nothing in the widget');
});

test("the widget's text follows the reader's browser font-size setting", async () => {
  const normal = await open('/fixtures/root-small.html');
  const large = await open('/fixtures/root-small.html', { fontSize: 32 });
  const [a, b] = [await textSizes(normal.page), await textSizes(large.page)];
  for (const [what, px] of Object.entries(a)) {
    if (px == null) continue;
    // The heading's size also grows with the viewport's width, so it less than doubles.
    const at32 = what === 'heading' ? [1.5 * px, 2 * px] : [2 * px - 0.5, 2 * px + 0.5];
    assert.ok(b[what] >= at32[0] && b[what] <= at32[1], `${what}: ${px}px at 16px, ${b[what]}px at 32px`);
  }
  await normal.context.close();
  await large.context.close();
});

/**
 * What overflows sideways: the page itself, any element of the widget that reaches outside
 * the widget or whose content is wider than it (unless it scrolls or clips on purpose), and
 * the widget outside its placeholder.
 */
async function overflows(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.querySelector('.rolefit');
    const box = root.getBoundingClientRect();
    const parent = root.parentElement.getBoundingClientRect();
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) found.push(`page: ${doc.scrollWidth}px wide in ${window.innerWidth}px`);
    if (box.right > parent.right + 0.5 || box.left < parent.left - 0.5) found.push('the widget outside its placeholder');
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.position === 'fixed' || style.position === 'absolute') continue;
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
        found.push(`${name(el)} reaches outside the widget (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
      } else if (style.overflowX === 'visible' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${name(el)}: content ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      }
    }
    return found;
  });
}

/**
 * A screenshot of the whole page at the text size it has: the viewport is made as tall as
 * the page instead of Playwright's full-page capture, which resets the text size first.
 */
async function shot(page, name) {
  const { width, height } = page.viewportSize();
  const whole = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(whole, 16000) });
  fs.mkdirSync(path.join(S.ARTIFACTS, 'screens'), { recursive: true });
  await page.screenshot({ path: path.join(S.ARTIFACTS, 'screens', `${name}.png`) });
  await page.setViewportSize({ width, height });
}

/** Checks the screen now at each width with 200 % text, with a screenshot of each. */
async function checkWidths(page, name) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForFunction((w) => window.innerWidth === w, width);
    await setTextSize(page, 32);
    assert.deepEqual(await overflows(page), [], `${name} at ${width}px, 200 % text`);
    await shot(page, `typescale-${name}-${width}`);
  }
}

/** Answers every question with the persona's answers up to the result, keeping the width. */
async function answerToResult(page, persona) {
  for (;;) {
    if (await S.atResult(page)) break;
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id]);
    await S.goOn(page);
  }
  await page.getByTestId('keep-panel').waitFor();
}

async function checkQuiz(address, name) {
  const { context, page, errors } = await open(address, { width: WIDTHS[0], fontSize: 32 });
  await checkWidths(page, `${name}-intro`);
  await page.getByTestId('start').click();
  const { type } = await S.currentQuestion(page);
  assert.equal(await page.locator('.rf-scale').count(), 1, `the first question has the 5-point scale (${type})`);
  await S.answerByPointer(page, S.personas.blend.answers[(await S.currentQuestion(page)).id]);
  await checkWidths(page, `${name}-scale`);
  await S.goOn(page);
  await answerToResult(page, S.personas.blend);
  await page.locator('.rf-table summary').click();
  await page.locator('.rf-table table').waitFor();
  await checkWidths(page, `${name}-result`);
  assert.deepEqual(errors, [], `${name}: console errors`);
  await context.close();
}

test('nothing scrolls sideways at 320, 375 and 640 px with 200 % text: intro, 5-point scale, result with its table', async () => {
  await checkQuiz('/fixtures/plain.html', 'plain');
});

test('a bank with a long unbroken word still fits at 320, 375 and 640 px with 200 % text', async () => {
  await checkQuiz('/fixtures/plain.html?bank=/fixtures/bank-long-words.json', 'long-words');
});
