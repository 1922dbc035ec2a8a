// The staff bar's pictures of the day: the headline figures, a bar chart per group, starts
// per hour over the day and times to finish, each bar saying its count; readable on a
// kiosk's screen in both orientations, three languages, light and dark; the table one tap
// away. Served under the strict Content-Security-Policy: nothing in them is an inline style.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const S = require('./support');

const KEY = 'rolefit-kiosk-tallies';
const FAST = 'idle-seconds=2&warning-seconds=1&result-seconds=1';
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

let site;
let browser;

before(async () => {
  site = await S.serveSite({ csp: true });
  browser = await S.launch();
  fs.mkdirSync(`${S.ARTIFACTS}/screens`, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** axe-core, put in the page through the debugger (the page's policy forbids an inline script). */
async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const result = await page.evaluate(
    (include) => window.axe.run({ include: [include] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
    selector,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function kiosk(query, { viewport = PORTRAIT, stored, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: true, locale: 'it-IT', colorScheme });
  if (stored !== undefined) {
    await context.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [KEY, stored]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // What the strict policy refused, if anything (an inline style would be).
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(`${site.origin}/kiosk.html?${query}`);
  await page.getByTestId('start').waitFor();
  return { context, page, errors };
}

async function finish(page, persona) {
  await page.getByTestId('start').tap();
  while (!(await S.atResult(page))) {
    const { id } = await S.currentQuestion(page);
    await S.answerByPointer(page, persona.answers[id], 'tap');
    await S.goOn(page, 'tap');
  }
  return S.readResult(page);
}

async function leave(page) {
  await page.getByTestId('still-there').waitFor({ timeout: 8000 });
  await page.getByTestId('start').waitFor({ timeout: 8000 });
}

async function openStaff(page) {
  const box = await page.locator('#staff-corner').boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  await page.locator('#staff').waitFor({ state: 'visible', timeout: 4000 });
  await page.mouse.up();
  await page.locator('#staff [data-testid=pictures]').waitFor();
}

/** Every chart's bars as drawn: item, data-value, the count shown and the bar's length. */
const drawn = (page) =>
  page.locator('#staff [data-testid=pictures] .staff-chart').evaluateAll((charts) =>
    Object.fromEntries(
      charts.map((chart) => [
        chart.dataset.group,
        [...chart.querySelectorAll('li')].map((li) => {
          const fill = li.querySelector('.staff-fill');
          const column = chart.classList.contains('staff-columns');
          const box = fill.getBoundingClientRect();
          return {
            item: li.dataset.item,
            value: Number(li.dataset.value),
            shown: li.querySelector('.staff-value').textContent,
            label: li.querySelector('.staff-label').textContent,
            length: Number(fill.getAttribute(column ? 'height' : 'width')),
            pixels: column ? box.height : box.width,
          };
        }),
      ]),
    ),
  );

/** What the stored form counts, by the charts' groups. */
function expected(stored) {
  const hours = Object.fromEntries(stored.hours.map((n, h) => [String(h).padStart(2, '0'), n]));
  return {
    role: stored.roles,
    lean: stored.leans,
    language: stored.languages,
    length: stored.lengths,
    finish_seconds: stored.finish_seconds,
    hour: hours,
  };
}

/** Each bar shows its stored count, as data and as text, and is as long as its count says. */
function checkBars(charts, stored) {
  const want = expected(stored);
  assert.deepEqual(Object.keys(charts).sort(), Object.keys(want).sort());
  for (const [group, bars] of Object.entries(charts)) {
    const max = Math.max(...bars.map((b) => b.value));
    const longest = Math.max(...bars.map((b) => b.pixels));
    for (const bar of bars) {
      assert.equal(bar.value, want[group][bar.item], `${group} ${bar.item}`);
      assert.equal(bar.shown, String(bar.value), `${group} ${bar.item} shows its count`);
      assert.equal(bar.length, max === 0 ? 0 : Math.floor((bar.value * 1000) / max), `${group} ${bar.item} length`);
      if (max > 0) assert.ok(Math.abs(bar.pixels / longest - bar.value / max) < 0.02, `${group} ${bar.item} drawn to scale`);
    }
    if (group !== 'hour') assert.equal(bars.length, Object.keys(want[group]).length, `${group}: every bar`);
  }
  // The hours shown cover every start, and the opening hours.
  const hours = charts.hour.map((b) => Number(b.item));
  assert.ok(hours.includes(9) && hours.includes(17));
  assert.equal(charts.hour.reduce((a, b) => a + b.value, 0), stored.started);
}

test('three candidates, then the pictures say exactly what was counted, and the table is one tap away', async () => {
  const { context, page, errors } = await kiosk(`lang=it&${FAST}`);
  const tops = [];
  tops.push((await finish(page, S.personas['community-manager'])).top);
  await leave(page);
  await page.getByTestId('lang-es').tap();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'es');
  tops.push((await finish(page, S.personas['social-media-manager'])).top);
  await leave(page);
  await page.getByTestId('lang-en').tap();
  await page.waitForFunction(() => document.querySelector('.rolefit').lang === 'en');
  tops.push((await finish(page, S.personas['social-media-strategist'])).top);
  await leave(page);
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').finished === 3, KEY);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.deepEqual(stored.languages, { it: 1, es: 1, en: 1 });
  assert.equal(new Set(tops).size, 3, 'one candidate per top role');

  await openStaff(page);
  assert.equal(await page.locator('#staff .staff-glance').innerText(), 'La giornata in breve');
  const heads = await page.locator('#staff .staff-headline').evaluateAll((items) =>
    Object.fromEntries(items.map((i) => [i.dataset.item, i.querySelector('dd').textContent])),
  );
  assert.deepEqual([heads.started, heads.finished, heads.walked_away], ['3', '3', '0']);
  assert.match(heads.median, /^\d+:\d\d–\d+:\d\d$/);
  const charts = await drawn(page);
  checkBars(charts, stored);
  for (const role of tops) assert.equal(charts.role.find((b) => b.item === role).value, 1);
  assert.equal(await page.locator('#staff [data-testid=tallies]').isVisible(), false);
  assert.deepEqual(await axe(page, '#staff'), []);

  // One tap to the table, the accessible form; the focus stays on the switch.
  await page.locator('#staff-table').tap();
  await page.locator('#staff [data-testid=tallies]').waitFor();
  assert.equal(await page.locator('#staff [data-testid=pictures]').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'staff-table');
  assert.equal(await page.locator('#staff-table').innerText(), 'Mostra i grafici');
  for (const role of tops) assert.equal(await page.locator(`#staff td[data-group=role][data-item="${role}"]`).innerText(), '1');
  assert.deepEqual(await axe(page, '#staff'), []);
  // And back by keyboard.
  await page.keyboard.press('Enter');
  await page.locator('#staff [data-testid=pictures]').waitFor();
  assert.equal(await page.locator('#staff-table').innerText(), 'Mostra la tabella');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the pictures of a whole day, in each language, light and dark, portrait and landscape', async () => {
  const day = {
    format: 1, started: 41, finished: 33, walked_away: 6,
    roles: { 'community-manager': 12, 'social-media-manager': 13, 'social-media-strategist': 8 },
    leans: { clear: 19, blend: 11, flat: 3 },
    languages: { it: 21, es: 4, en: 8 },
    lengths: { quick: 30, full: 3 },
    finish_seconds: { '0-30': 0, '30-60': 2, '60-90': 9, '90-120': 12, '120-150': 5, '150-180': 3, '180-240': 1, '240-300': 1, '300-420': 0, '420-600': 0, '600-900': 0, '900-': 0 },
    hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 7, 9, 4, 2, 6, 8, 2, 0, 0, 0, 0, 0, 0, 0],
  };
  const words = {
    it: ['La giornata in breve', 'Ruolo in testa', 'Tempo mediano per finire', '1:30–2:00'],
    es: ['El día de un vistazo', 'Perfil en cabeza', 'Tiempo mediano para terminar', '1:30–2:00'],
    en: ['The day at a glance', 'Top role', 'Median time to finish', '1:30–2:00'],
  };
  for (const [name, viewport] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const lang of ['it', 'es', 'en']) {
        const what = `${lang} ${colorScheme} ${name}`;
        const { context, page, errors } = await kiosk(`lang=${lang}`, { viewport, stored: JSON.stringify(day), colorScheme });
        await openStaff(page);
        const [glance, roles, median, range] = words[lang];
        assert.equal(await page.locator('#staff .staff-glance').innerText(), glance, what);
        assert.equal(await page.locator('#staff [data-group=role] h4').innerText(), roles, what);
        assert.equal(await page.locator('#staff [data-item=median] dt').innerText(), median, what);
        assert.equal(await page.locator('#staff [data-item=median] dd').innerText(), range, what);
        checkBars(await drawn(page), day);
        // From a metre away: large figures and labels, nothing cut off or spilling sideways.
        const sizes = await page.evaluate(() => {
          const px = (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
          return { figure: px('#staff .staff-headline dd'), label: px('#staff .staff-bars .staff-label'), value: px('#staff .staff-bars .staff-value') };
        });
        assert.ok(sizes.figure >= 40 && sizes.label >= 20 && sizes.value >= 24, `${what}: ${JSON.stringify(sizes)}`);
        const spill = await page.evaluate(() => {
          const bar = document.getElementById('staff');
          return document.documentElement.scrollWidth > innerWidth || bar.scrollWidth > bar.clientWidth;
        });
        assert.equal(spill, false, what);
        const clipped = await page.locator('#staff .staff-columns .staff-label').evaluateAll((labels) =>
          labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
        );
        assert.deepEqual(clipped, [], what);
        assert.deepEqual(await axe(page, '#staff'), [], what);
        await page.screenshot({ path: `${S.ARTIFACTS}/screens/kiosk-pictures-${lang}-${colorScheme}-${name}.png` });
        assert.deepEqual(errors, [], what);
        await context.close();
      }
    }
  }
});
