// tallies.html: several kiosks' CSV exports merged into one day. Three real exports (from
// kiosks in three languages) are added by picking and by dropping, a foreign CSV is refused
// with its line, the pictures show the sums and each kiosk, the combined CSV holds the sums,
// and the printed report is one A4 page. Under the strict Content-Security-Policy.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const S = require('./support');

const KEY = 'rolefit-kiosk-tallies';
const OUT = path.join(S.ARTIFACTS, 'tallies');

let site;
let browser;

before(async () => {
  site = await S.serveSite({ csp: true });
  browser = await S.launch();
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(path.join(S.ARTIFACTS, 'screens'), { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A day at one kiosk, in the stored form. */
function day(n) {
  const times = [0, 2, 9, 12, 5, 3, 1, 1, 0, 0, 0, 0].map((c, i) => c + ((i * n) % 3));
  const buckets = ['0-30', '30-60', '60-90', '90-120', '120-150', '150-180', '180-240', '240-300', '300-420', '420-600', '600-900', '900-'];
  const hours = Array.from({ length: 24 }, (_, h) => (h >= 9 && h <= 17 ? (h * n) % 7 : 0));
  return {
    format: 1, started: 40 + n, finished: 30 + n, walked_away: 5 + n,
    roles: { 'community-manager': 10 + n, 'social-media-manager': 12 - n, 'social-media-strategist': 8 + 2 * n },
    leans: { clear: 18 + n, blend: 10, flat: 2 + n },
    languages: { it: 20, es: 3 + n, en: 7 + n },
    lengths: { quick: 28, full: 2 + 2 * n },
    finish_seconds: Object.fromEntries(buckets.map((b, i) => [b, times[i]])),
    hours,
  };
}

/** The CSV a kiosk in `lang` exports after `stored`, through its staff bar. */
async function exported(stored, lang, file) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, acceptDownloads: true });
  await context.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [KEY, JSON.stringify(stored)]);
  const page = await context.newPage();
  await page.goto(`${site.origin}/kiosk.html?lang=${lang}`);
  await page.getByTestId('start').waitFor();
  await page.mouse.move(10, 10);
  await page.mouse.down();
  await page.locator('#staff-export').waitFor();
  await page.mouse.up();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#staff-export').click()]);
  const target = path.join(OUT, file);
  await download.saveAs(target);
  await context.close();
  return target;
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function open(lang, colorScheme = 'light') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)));
  await page.goto(`${site.origin}/tallies.html?lang=${lang}`);
  await page.locator('[data-tallies=choose]').waitFor();
  return { context, page, errors };
}

/** The bars of one pictures section, by group and item. */
const bars = (page, kiosk) =>
  page.locator(`[data-testid=pictures][data-kiosk="${kiosk}"]`).evaluate((section) => {
    const out = {};
    for (const li of section.querySelectorAll('.staff-chart li')) {
      const group = li.closest('.staff-chart').dataset.group;
      if (li.querySelector('.staff-value').textContent !== li.dataset.value) out.mismatch = li.dataset.item;
      (out[group] ??= {})[li.dataset.item] = Number(li.dataset.value);
    }
    for (const head of section.querySelectorAll('.staff-headline')) out[head.dataset.item] = head.querySelector('dd').textContent;
    return out;
  });

/** The stored form's counts by the charts' groups, added up over several days. */
function sums(days) {
  const out = { role: {}, lean: {}, language: {}, length: {}, finish_seconds: {}, hour: {} };
  const add = (group, item, n) => (out[group][item] = (out[group][item] ?? 0) + n);
  for (const d of days) {
    for (const [k, v] of Object.entries(d.roles)) add('role', k, v);
    for (const [k, v] of Object.entries(d.leans)) add('lean', k, v);
    for (const [k, v] of Object.entries(d.languages)) add('language', k, v);
    for (const [k, v] of Object.entries(d.lengths)) add('length', k, v);
    for (const [k, v] of Object.entries(d.finish_seconds)) add('finish_seconds', k, v);
    d.hours.forEach((v, h) => h >= 9 && h <= 17 && add('hour', String(h).padStart(2, '0'), v));
  }
  out.started = String(days.reduce((a, d) => a + d.started, 0));
  out.finished = String(days.reduce((a, d) => a + d.finished, 0));
  out.walked_away = String(days.reduce((a, d) => a + d.walked_away, 0));
  return out;
}

test('three kiosks merged: a foreign CSV refused by its line, the sums in pictures, the combined CSV, a one-page report', async () => {
  const days = [day(1), day(2), day(3)];
  const files = [
    await exported(days[0], 'it', 'kiosk-entrance.csv'),
    await exported(days[1], 'es', 'kiosk-hall.csv'),
    await exported(days[2], 'en', 'kiosk-cafe.csv'),
  ];
  const foreign = path.join(OUT, 'people.csv');
  fs.writeFileSync(foreign, 'name,email\r\nAda,ada@example.org\r\n');
  const damaged = path.join(OUT, 'damaged.csv');
  const lines = fs.readFileSync(files[0], 'utf8').split('\r\n');
  // Any role id counts (a kiosk shows its bank's roles), but not something that is no id.
  lines[6] = 'role,Astronaut!,Astronaut,3';
  fs.writeFileSync(damaged, lines.join('\r\n'));

  const { context, page, errors } = await open('en');
  assert.equal(await page.locator('h1').innerText(), 'Several kiosks as one');
  assert.deepEqual(await axe(page), []);
  // Two kiosks and two files that are not exports, picked at once.
  await page.locator('#tallies-files').setInputFiles([files[0], foreign, files[1], damaged]);
  const problems = page.getByTestId('problems');
  await problems.filter({ hasText: 'people.csv' }).waitFor();
  assert.equal(
    await problems.innerText(),
    "people.csv is not a kiosk's tallies export: line 1: the first line should be group,item,label,count. It was not added.\n\n" +
      "damaged.csv is not a kiosk's tallies export: line 7: role,Astronaut! is not a count a kiosk exports. It was not added.",
  );
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'problems');
  assert.equal(await page.locator('.tallies-kiosks li').count(), 2);
  assert.deepEqual(await axe(page), []);

  // The third dropped on the page.
  const text = fs.readFileSync(files[2], 'utf8');
  await page.evaluate((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv], 'kiosk-cafe.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.locator('.tallies-kiosks li').nth(2).waitFor();
  assert.equal(await problems.innerText(), '');
  assert.deepEqual(await page.locator('.tallies-name').allInnerTexts(), ['Kiosk 1 (kiosk-entrance.csv)', 'Kiosk 2 (kiosk-hall.csv)', 'Kiosk 3 (kiosk-cafe.csv)']);
  assert.equal(await page.locator('.tallies-counted').innerText(), '3 kiosks counted');

  // The pictures: all together, and each kiosk on its own.
  const all = await bars(page, 'all');
  assert.equal(all.mismatch, undefined);
  const want = sums(days);
  for (const key of Object.keys(want)) assert.deepEqual(all[key], want[key], key);
  for (const [i, d] of days.entries()) {
    const one = await bars(page, String(i));
    const alone = sums([d]);
    for (const key of Object.keys(alone)) assert.deepEqual(one[key], alone[key], `kiosk ${i + 1} ${key}`);
  }
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: `${S.ARTIFACTS}/screens/tallies-en-light.png`, fullPage: true });

  // The combined CSV: an export like a kiosk's, with the sums.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-tallies=export]').click()]);
  assert.equal(download.suggestedFilename(), 'rolefit-kiosks-tallies.csv');
  const combined = fs.readFileSync(await download.path(), 'utf8');
  fs.writeFileSync(path.join(OUT, 'combined.csv'), combined);
  const rows = combined.trimEnd().split('\r\n').map((r) => r.split(','));
  assert.deepEqual(rows[0], ['group', 'item', 'label', 'count']);
  assert.equal(rows.length, 1 + 3 + 3 + 3 + 3 + 2 + 12 + 24);
  const count = (g, i) => Number(rows.find((r) => r[0] === g && r[1] === i)[3]);
  assert.equal(count('candidates', 'started'), Number(want.started));
  assert.equal(count('role', 'social-media-strategist'), want.role['social-media-strategist']);
  assert.equal(count('hour', '23'), 0);
  assert.equal(count('finish_seconds', '90-120'), want.finish_seconds['90-120']);

  // The report on paper: one A4 page, with the date, the kiosks and the pictures.
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(OUT, 'report-en.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  assert.equal(execFileSync('pdfinfo', [pdf]).toString().match(/^Pages:\s+(\d+)/m)[1], '1');
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
  for (const words of [`Report of ${today}`, '3 kiosks counted', 'Kiosk 3 (kiosk-cafe.csv)', 'All kiosks together', 'Starts per hour', 'Time to finish']) {
    assert.ok(printed.includes(words), `the report says ${words}`);
  }
  assert.equal(printed.includes('Choose CSV files'), false);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(S.ARTIFACTS, 'screens', 'tallies-report-en')]);
  await page.emulateMedia({ media: 'screen' });

  // A kiosk taken out again.
  await page.locator('[data-tallies=remove][data-index="1"]').click();
  await page.locator('.tallies-kiosks li').nth(1).waitFor();
  assert.equal(await page.locator('.tallies-kiosks li').count(), 2);
  assert.equal((await bars(page, 'all')).started, String(days[0].started + days[2].started));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tallies page in Italian and Spanish, light and dark, refusing a file in its language', async () => {
  const file = await exported(day(1), 'en', 'kiosk-one.csv');
  const foreign = path.join(OUT, 'people.csv');
  fs.writeFileSync(foreign, 'name,email\r\nAda,ada@example.org\r\n');
  const said = {
    it: ['Più chioschi insieme', 'people.csv non è un\'esportazione dei conteggi di un chiosco: riga 1', 'Tutti i chioschi insieme'],
    es: ['Varios quioscos en uno', 'people.csv no es una exportación de recuentos de un quiosco: línea 1', 'Todos los quioscos juntos'],
  };
  for (const lang of ['it', 'es']) {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page, errors } = await open(lang, colorScheme);
      const [title, refused, together] = said[lang];
      assert.equal(await page.locator('h1').innerText(), title);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await page.locator('#tallies-files').setInputFiles([file, foreign]);
      await page.getByTestId('problems').filter({ hasText: refused }).waitFor();
      assert.equal(await page.locator('[data-kiosk=all] .staff-glance').innerText(), together);
      assert.deepEqual(await axe(page), [], `${lang} ${colorScheme}`);
      await page.screenshot({ path: `${S.ARTIFACTS}/screens/tallies-${lang}-${colorScheme}.png` });
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('the tallies page works offline once it has been opened, like the kiosk', async () => {
  const file = await exported(day(2), 'it', 'kiosk-two.csv');
  const { context, page, errors } = await open('en');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-tallies=choose]').waitFor();
  await page.locator('#tallies-files').setInputFiles([file]);
  await page.locator('[data-kiosk=all] .staff-headline[data-item=started] dd').filter({ hasText: '42' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
