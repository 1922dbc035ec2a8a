// Results a candidate can keep: the share link, resuming after a reload, printing, the image
// card, and links that are damaged in every way a link can be.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');
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

// The page's placeholder has id="rolefit": its widget saves under this key.
const KEY = 'rolefit:rolefit-w';

const clean = S.assertClean;

/** A page that records problems, opened on `url` (not waiting for any screen). */
const open = (url, options = {}) =>
  S.openPage(browser, server.origin, { path: url.slice(server.origin.length), ready: false, ...options });

/** Answers `count` questions (all, by default) with a persona's answers. */
async function answer(page, persona, count = Infinity) {
  for (let i = 0; i < count; i++) {
    // The next question, or the result once the keep module has drawn it.
    if (await S.atResult(page)) return;
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id]);
    await S.goOn(page);
  }
}

/** The dimension scores as the table shows them. */
function dimensions(page) {
  return page.locator('.rf-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => Number(r.querySelector('td').textContent)),
  );
}

async function takeAndShare(persona, locale = 'it-IT') {
  const session = await open(`${server.origin}/index.html`, { locale });
  await session.page.getByTestId('start').click();
  await answer(session.page, persona);
  const result = await S.readResult(session.page);
  const link = await session.page.getByTestId('share-link').inputValue();
  return { ...session, result, link, dims: await dimensions(session.page) };
}

test('a share link opened in a fresh browser shows the same result, in the viewer\'s language', async () => {
  const persona = S.personas['social-media-strategist'];
  const sharer = await takeAndShare(persona, 'it-IT');
  assert.match(sharer.link, /^http:\/\/127\.0\.0\.1:\d+\/index\.html#rolefit=[A-Za-z0-9_-]+$/);
  const code = sharer.link.split('#rolefit=')[1];
  assert.ok(code.length <= 30, `a typical code is short (${code.length} characters)`);
  const explained = await sharer.page.getByTestId('keep').innerText();
  assert.match(explained, /solo le tue risposte/, 'the sharer is told what the link holds');
  clean(sharer.problems);
  await sharer.context.close();

  for (const locale of ['es-ES', 'en-GB']) {
    const viewer = await open(sharer.link, { locale });
    const result = await S.readResult(viewer.page);
    assert.deepEqual(result, sharer.result, `${locale}: same roles, percentages, lean and stability`);
    assert.deepEqual(await dimensions(viewer.page), sharer.dims, `${locale}: same dimension scores`);
    await viewer.page.getByTestId('shared').waitFor();
    assert.equal(await viewer.page.locator('.rolefit').getAttribute('lang'), locale.slice(0, 2));
    // Somebody else's result is not saved as the viewer's own.
    assert.equal(await viewer.page.evaluate((k) => localStorage.getItem(k), KEY), null);
    // Their own quiz starts from nothing, and the address no longer holds the code.
    await viewer.page.getByTestId('restart').click();
    await viewer.page.getByTestId('start').waitFor();
    assert.equal(new URL(viewer.page.url()).hash, '');
    clean(viewer.problems);
    await viewer.context.close();
  }
});

test('the result with its role guides and keep panel, in each language, phone and wide, light and dark', async () => {
  const sharer = await takeAndShare(S.personas['community-manager'], 'it-IT');
  await sharer.page.getByTestId('keep-panel').waitFor();
  await S.screenshot(sharer.page, 'keep-result-it-wide-light');
  await sharer.context.close();
  const looks = [
    ['phone', { width: 390, height: 844 }, 'light'],
    ['wide', { width: 1280, height: 900 }, 'dark'],
  ];
  for (const locale of ['it-IT', 'es-ES', 'en-GB']) {
    for (const [size, viewport, colorScheme] of looks) {
      const viewer = await open(sharer.link, { locale, viewport, colorScheme });
      await viewer.page.getByTestId('keep-panel').waitFor();
      assert.equal(await viewer.page.locator('.rf-role').count(), 3, 'a guide to each role');
      assert.deepEqual(await S.axe(viewer.page), [], `${locale} ${size} ${colorScheme}`);
      const overflow = await viewer.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, `${locale} ${size}: nothing overflows sideways`);
      await S.screenshot(viewer.page, `keep-shared-${locale.slice(0, 2)}-${size}-${colorScheme}`);
      clean(viewer.problems);
      await viewer.context.close();
    }
  }
});

test('the link can be copied, and the panel is usable by keyboard and clean for axe', async () => {
  const persona = S.personas['community-manager'];
  const { context, page, problems, link } = await takeAndShare(persona, 'en-GB');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.getByTestId('copy-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=keep-status]')?.textContent === 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(await S.axe(page), []);
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await S.axe(page), []);
  clean(problems);
  await context.close();
});

test('a reload returns to the same question with every answer; Start over forgets them', async () => {
  const persona = S.personas['social-media-manager'];
  const { context, page, problems } = await open(`${server.origin}/index.html`, { locale: 'es-ES' });
  await page.getByTestId('start').click();
  await answer(page, persona, 6);
  const here = (await S.currentQuestion(page)).id;
  assert.ok(await page.evaluate((k) => localStorage.getItem(k), KEY), 'progress is saved');
  await page.reload();
  const back = await S.currentQuestion(page);
  assert.equal(back.id, here, 'the same question after a reload');
  await page.getByTestId('back').click();
  const previous = (await S.currentQuestion(page)).id;
  const chosen = await page.locator('[data-testid=option] input:checked').evaluateAll((inputs) =>
    inputs.map((i) => i.closest('[data-testid=option]').dataset.choiceId),
  );
  const expected = persona.answers[previous];
  assert.deepEqual(chosen, Array.isArray(expected) ? expected : [expected], 'earlier answers kept');
  await answer(page, persona);
  await page.reload();
  await page.getByTestId('result').waitFor();
  await page.getByTestId('restart').click();
  await page.getByTestId('start').waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'Start over clears it');
  await page.reload();
  assert.equal(await page.getByTestId('start').innerText(), 'Empezar el test');
  clean(problems);
  await context.close();
});

test('corrupt or outdated saved progress is discarded with a notice, and the quiz works', async () => {
  const cases = ['%%%not-a-code', 'AQAAAAAA', '', 'x'.repeat(5000)];
  for (const saved of cases) {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, saved]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}/index.html`);
    await page.getByTestId('start').waitFor();
    const notice = await page.getByTestId('notice').innerText();
    assert.match(notice, /saved answers could not be read/, `notice for ${JSON.stringify(saved.slice(0, 20))}`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'the bad copy is gone');
    await page.getByTestId('start').click();
    await S.currentQuestion(page);
    assert.equal(await page.getByTestId('notice').count(), 0, 'the notice goes once the candidate acts');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the result prints on one A4 page, without buttons', async () => {
  const persona = S.personas['community-manager'];
  for (const locale of ['it-IT', 'es-ES', 'en-GB']) {
    const { context, page, problems } = await takeAndShare(persona, locale);
    await page.emulateMedia({ colorScheme: 'dark' });
    // A4 with the margins browsers print with by default.
    const margin = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    fs.mkdirSync(path.join(S.ARTIFACTS, 'screens'), { recursive: true });
    fs.writeFileSync(path.join(S.ARTIFACTS, 'screens', `print-${locale}.pdf`), pdf);
    assert.equal(pages.length, 1, `${locale}: one page`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.rolefit button, .rolefit input, .rolefit nav')].filter(
        (e) => e.getClientRects().length > 0,
      ).length,
    );
    assert.equal(shown, 0, 'no buttons, fields or navigation in print');
    assert.ok(await page.locator('.rf-print-date').isVisible(), 'the date is printed');
    clean(problems);
    await context.close();
  }
});

test('the image card downloads as a 1200 × 630 PNG', async () => {
  const persona = S.personas['social-media-strategist'];
  const { context, page, problems } = await takeAndShare(persona, 'es-ES');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-image').click()]);
  assert.equal(download.suggestedFilename(), 'rolefit-social-media-strategist.png');
  const file = path.join(S.ARTIFACTS, 'screens', 'card-es.png');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await download.saveAs(file);
  const png = PNG.sync.read(fs.readFileSync(file));
  assert.equal(png.width, 1200);
  assert.equal(png.height, 630);
  clean(problems);
  await context.close();
});

/** Base64url, as the share code writes it. */
const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
const fnv = (bytes) => bytes.reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, 0x811c9dc5);

/** 200 links that are not a valid result of this quiz, each with the notice it must show. */
function malformedLinks(code) {
  const bytes = [...Buffer.from(code, 'base64url')];
  const links = [];
  const damaged = (text) => links.push([text, 'damaged']);
  let seed = 7;
  const random = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < code.length; i++) damaged(code.slice(0, i));
  while (links.length < 110) {
    const chars = [...code];
    const at = random(chars.length);
    chars[at] = alphabet[(alphabet.indexOf(chars[at]) + 1 + random(63)) % 64];
    damaged(chars.join(''));
  }
  // Another version of the quiz: a well-formed code with a different fingerprint.
  for (let v = 0; v < 20; v++) {
    const body = bytes.slice(0, -2);
    body[1] ^= v + 1;
    const check = fnv(body);
    links.push([b64([...body, check & 255, (check >> 8) & 255]), 'other-version']);
  }
  // Unknown format numbers, also well-formed (1 is the full quiz, 2 a quick run, 3 a quick run
  // finished with the rest).
  for (let f = 4; f < 14; f++) {
    const body = bytes.slice(0, -2);
    body[0] = f;
    const check = fnv(body);
    links.push([b64([...body, check & 255, (check >> 8) & 255]), 'other-version']);
  }
  for (let n = 0; n < 10; n++) links.push(['A'.repeat(201 + n * 997), 'too-long']);
  const strange = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    'javascript:alert(1)',
    '%3Cscript%3E',
    'ñandú',
    '%F0%9F%98%80%F0%9F%98%80',
    '😀😀😀',
    '\u202e\u0000',
    '%00%00',
    '====',
    '..%2F..%2F',
    '${7*7}',
    '{{7*7}}',
    'AQ',
    'AQAAAA',
    '%',
    '%E0%A4%A',
    ' ',
    '+++',
    'null',
  ];
  for (const s of strange) damaged(s);
  while (links.length < 200) damaged(b64(Array.from({ length: 1 + random(30) }, () => random(256))));
  return links;
}

const NOTICES = {
  damaged: 'This result link is damaged or incomplete.',
  'other-version': 'This link comes from an earlier version of the quiz: you can take the current one.',
  'too-long': 'This link is too long to be a result.',
};

test('200 malformed links each show a clear message and a working Start button', async () => {
  const persona = S.personas['social-media-manager'];
  const sharer = await takeAndShare(persona, 'en-GB');
  const code = sharer.link.split('#rolefit=')[1];
  await sharer.context.close();
  const links = malformedLinks(code);
  assert.equal(links.length, 200);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const [i, [text, kind]] of links.entries()) {
    // A new query each time, so that each link is a fresh page load.
    await page.goto(`${server.origin}/index.html?link=${i}#rolefit=${text}`);
    await page.getByTestId('start').waitFor();
    const notice = await page.getByTestId('notice').innerText();
    assert.equal(notice, NOTICES[kind], `link ${i} (${JSON.stringify(text.slice(0, 40))})`);
    await page.getByTestId('start').click();
    await page.getByTestId('question').waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.evaluate(() => localStorage.clear());
  }
  assert.deepEqual(errors, []);
  await context.close();
});
