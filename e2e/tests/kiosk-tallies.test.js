// The kiosk's anonymous counts for the fair's organiser: candidates counted as they start,
// finish or walk away, shown in the staff bar, exported as CSV, reset after a confirmation;
// one localStorage key and nothing per candidate; nothing at all with tallies=off.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const S = require('./support');

const KEY = 'rolefit-kiosk-tallies';
const FAST = 'idle-seconds=2&warning-seconds=1&result-seconds=1';
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

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

/** The kiosk page on a touch screen, optionally with something already stored. */
async function kiosk(query, { viewport = PORTRAIT, stored, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'it-IT', colorScheme, acceptDownloads: true });
  if (stored !== undefined) {
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, stored]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/kiosk.html?${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, errors };
}

/** One candidate by touch, from the attract screen to the drawn result. */
async function finish(page, persona) {
  await page.getByTestId('start').tap();
  while (!(await S.atResult(page))) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], 'tap');
    await S.goOn(page, 'tap');
  }
  return S.readResult(page);
}

/** Nobody touches the screen: "Still there?", then the attract screen. */
async function leave(page) {
  await page.getByTestId('still-there').waitFor({ timeout: 8000 });
  await page.getByTestId('start').waitFor({ timeout: 8000 });
}

/** A 2-second press in the top-left corner; resolves once the bar is drawn. */
async function openStaff(page) {
  const box = await page.locator('#staff-corner').boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  await page.locator('#staff').waitFor({ state: 'visible', timeout: 4000 });
  await page.mouse.up();
  await page.locator('#staff .staff-title').waitFor();
}

/** Everything in localStorage, by key. */
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

/** The count the staff bar shows for a group's item. */
const shown = (page, group, item) => page.locator(`#staff td[data-group="${group}"][data-item="${item}"]`).innerText();

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF after every row. */
function readCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  assert.deepEqual([row, field], [[], ''], 'every row ends in CRLF');
  return rows;
}

test('candidates are counted once each, shown to staff, exported as CSV and reset after a confirmation', async () => {
  const { context, page, errors } = await kiosk(`lang=en&${FAST}`);
  assert.deepEqual(await storage(page), {}, 'nothing stored before anyone starts');

  // One finishes in English and leaves the result; one walks away after a question; one
  // switches to Spanish and finishes.
  const first = await finish(page, S.personas['community-manager']);
  await leave(page);
  await page.getByTestId('start').tap();
  const { id } = await S.currentQuestion(page);
  await S.answerByPointer(page, S.personas['community-manager'].answers[id], 'tap');
  await S.goOn(page, 'tap');
  await leave(page);
  await page.getByTestId('lang-es').tap();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'es');
  const third = await finish(page, S.personas['social-media-strategist']);
  await leave(page);

  // One key, only counts, nothing per candidate.
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').walked_away === 1 && JSON.parse(localStorage.getItem(key)).finished === 2, KEY);
  const all = await storage(page);
  assert.deepEqual(Object.keys(all), [KEY]);
  const stored = JSON.parse(all[KEY]);
  assert.deepEqual(Object.keys(stored), ['format', 'started', 'finished', 'walked_away', 'roles', 'leans', 'languages', 'lengths', 'finish_seconds', 'hours']);
  assert.equal(JSON.stringify(stored).match(/"[^"]*"/g).every((s) => !/:/.test(s)), true);
  assert.deepEqual([stored.started, stored.finished, stored.walked_away], [3, 2, 1]);
  const roles = { 'community-manager': 0, 'social-media-manager': 0, 'social-media-strategist': 0 };
  roles[first.top] += 1;
  roles[third.top] += 1;
  assert.deepEqual(stored.roles, roles);
  assert.deepEqual(stored.languages, { it: 0, es: 1, en: 1 });
  const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
  assert.deepEqual([sum(stored.leans), sum(stored.lengths), sum(stored.finish_seconds), sum(stored.hours)], [2, 2, 2, 3]);
  assert.equal(stored.hours.length, 24);

  // The staff bar, in the kiosk's language (English again after the reset).
  await openStaff(page);
  assert.equal(await page.locator('#staff .staff-title').innerText(), 'Counts for the organiser');
  assert.equal(await shown(page, 'candidates', 'started'), '3');
  assert.equal(await shown(page, 'candidates', 'finished'), '2');
  assert.equal(await shown(page, 'candidates', 'walked_away'), '1');
  assert.equal(await shown(page, 'role', third.top), String(roles[third.top]));
  assert.equal(await shown(page, 'language', 'es'), '1');
  assert.match(await page.locator('#staff td[data-item=median]').innerText(), /^between \d+:\d\d and \d+:\d\d$/);
  assert.deepEqual(await S.axe(page, '#staff'), []);
  // By keyboard, with the focus in sight, on targets a finger can hit.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'staff-fullscreen');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'staff-export');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'visible focus');
  const small = await page.locator('#staff button').evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 48 || r.height < 48).length,
  );
  assert.equal(small, 0);

  // Export: a .csv file with a header and one row per count.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'rolefit-kiosk-tallies.csv');
  const bytes = fs.readFileSync(await download.path());
  // A byte order mark first, so that a spreadsheet opened by double click reads UTF-8 ("Español").
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = readCsv(bytes.subarray(3).toString('utf8'));
  assert.equal(rows.find((r) => r[0] === 'language' && r[1] === 'es')[2], 'Español');
  assert.deepEqual(rows[0], ['group', 'item', 'label', 'count']);
  assert.equal(rows.length, 1 + 3 + 3 + 3 + 3 + 2 + 12 + 24);
  const count = (group, item) => Number(rows.find((r) => r[0] === group && r[1] === item)[3]);
  assert.deepEqual([count('candidates', 'started'), count('candidates', 'finished'), count('candidates', 'walked_away')], [3, 2, 1]);
  assert.equal(count('role', first.top), roles[first.top]);
  assert.equal(rows.find((r) => r[1] === 'walked_away')[2], 'Walked away before the result');
  assert.match(await page.getByTestId('staff-status').innerText(), /Downloaded rolefit-kiosk-tallies\.csv/);

  // Reset asks first; Cancel keeps every count.
  await page.locator('#staff-reset').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'staff-cancel');
  assert.deepEqual(await S.axe(page, '#staff'), []);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#staff-confirm').count(), 0);
  assert.equal(await shown(page, 'candidates', 'started'), '3');
  await page.locator('#staff-reset').click();
  await page.locator('#staff-confirm').click();
  await page.getByText('Every count is back to zero.').waitFor();
  assert.equal(await shown(page, 'candidates', 'started'), '0');
  assert.equal(JSON.parse((await storage(page))[KEY]).started, 0);
  await page.locator('#staff-close').click();
  assert.equal(await page.locator('#staff').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a kiosk on a bank with four roles counts each of them, by name in the staff bar and the CSV', async () => {
  // The core's four-role bank, served beside the kiosk page (a bank comes from the page's site).
  const documents = path.join(__dirname, '../../core/tests/documents');
  const bank = path.join(S.DIST, 'bank-four-roles.json');
  fs.copyFileSync(path.join(documents, 'four-roles.json'), bank);
  const answers = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/role-banks.json'), 'utf8'))['four-roles'];
  try {
    const { context, page, errors } = await kiosk(`lang=en&bank=bank-four-roles.json&${FAST}`);
    await page.locator('.rolefit').getByText('Four-role bank: which role suits you?').first().waitFor();
    const result = await finish(page, { answers: answers['content-creator'] });
    assert.equal(result.top, 'content-creator');
    await leave(page);
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').finished === 1, KEY);
    const stored = JSON.parse((await storage(page))[KEY]);
    assert.deepEqual(stored.roles, { 'community-manager': 0, 'content-creator': 1, 'social-media-manager': 0, 'social-media-strategist': 0 });

    await openStaff(page);
    assert.equal(await shown(page, 'role', 'content-creator'), '1');
    assert.match(await page.locator('#staff').innerText(), /Content Creator/);
    assert.deepEqual(await S.axe(page, '#staff'), []);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#staff-export').click()]);
    const rows = readCsv(fs.readFileSync(await download.path()).subarray(3).toString('utf8'));
    const roles = rows.filter((r) => r[0] === 'role');
    assert.deepEqual(roles.map((r) => r[1]).sort(), ['community-manager', 'content-creator', 'social-media-manager', 'social-media-strategist']);
    assert.deepEqual(roles.find((r) => r[1] === 'content-creator').slice(2), ['Content Creator', '1']);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    fs.rmSync(bank, { force: true });
  }
});

test('with tallies=off nothing is stored or read, and the staff bar says so', async () => {
  const seeded = '{"format":1,"kept":"as it was"}';
  const { context, page, errors } = await kiosk(`lang=it&tallies=off&${FAST}`, { stored: seeded });
  await finish(page, S.personas['social-media-manager']);
  await leave(page);
  assert.deepEqual(await storage(page), { [KEY]: seeded }, 'what was there is neither read nor changed');
  await openStaff(page);
  assert.match(await page.getByTestId('staff-off').innerText(), /tallies=off/);
  assert.equal(await page.locator('#staff-fullscreen').innerText(), 'Schermo intero');
  assert.equal(await page.locator('#staff-export, #staff-reset, [data-testid=tallies]').count(), 0);
  assert.deepEqual(await S.axe(page, '#staff'), []);
  await context.close();
  assert.deepEqual(errors, []);

  const fresh = await kiosk(`lang=es&tallies=off&${FAST}`);
  await finish(fresh.page, S.personas['community-manager']);
  await leave(fresh.page);
  assert.deepEqual(await storage(fresh.page), {});
  await fresh.context.close();
});

test('stored counts that cannot be read are kept aside, said in the staff bar, and counting starts afresh', async () => {
  const damaged = '{"format":1,"started":"twelve"}';
  const { context, page, errors } = await kiosk(`lang=es&${FAST}`, { stored: damaged });
  await openStaff(page);
  assert.match(await page.getByTestId('staff-notice').innerText(), /no se pueden leer \(el campo started falta o es incorrecto\)/);
  const stored = JSON.parse((await storage(page))[KEY]);
  assert.equal(stored.unreadable, damaged, 'the unreadable text is kept as it was');
  assert.equal(stored.started, 0);
  await page.locator('#staff-close').click();
  await page.getByTestId('start').tap();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).started === 1, KEY);
  // The candidate walks away; the kiosk's reset would close a bar opened before it.
  await leave(page);
  // A reset clears the notice and the text set aside.
  await openStaff(page);
  assert.equal(await shown(page, 'candidates', 'started'), '1');
  await page.locator('#staff-reset').click();
  await page.locator('#staff-confirm').click();
  await page.getByTestId('staff-status').filter({ hasText: /cero/ }).waitFor();
  assert.equal(await page.getByTestId('staff-notice').count(), 0);
  assert.equal(JSON.parse((await storage(page))[KEY]).unreadable, undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the staff bar in each language, light and dark, portrait and landscape', async () => {
  const stored = JSON.stringify({
    format: 1, started: 41, finished: 33, walked_away: 6,
    roles: { 'community-manager': 12, 'social-media-manager': 13, 'social-media-strategist': 8 },
    leans: { clear: 19, blend: 11, flat: 3 },
    languages: { it: 21, es: 4, en: 8 },
    lengths: { quick: 30, full: 3 },
    finish_seconds: { '0-30': 0, '30-60': 2, '60-90': 9, '90-120': 12, '120-150': 5, '150-180': 3, '180-240': 1, '240-300': 1, '300-420': 0, '420-600': 0, '600-900': 0, '900-': 0 },
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 7, 9, 4, 2, 6, 8, 2, 0, 0, 0, 0, 0, 0, 0],
  });
  const titles = { it: "Conteggi per l'organizzazione", es: 'Recuentos para la organización', en: 'Counts for the organiser' };
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const lang of ['it', 'es', 'en']) {
        const { context, page, errors } = await kiosk(`lang=${lang}`, { viewport, stored, colorScheme });
        await openStaff(page);
        assert.equal(await page.locator('#staff .staff-title').innerText(), titles[lang]);
        assert.equal(await shown(page, 'candidates', 'started'), '41');
        assert.deepEqual(await S.axe(page, '#staff'), [], `${lang} ${colorScheme} ${name}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false);
        await page.screenshot({ path: `${S.ARTIFACTS}/screens/kiosk-staff-${lang}-${colorScheme}-${name}.png` });
        assert.deepEqual(errors, []);
        await context.close();
      }
    }
  }
});
