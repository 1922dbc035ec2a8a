// A setting's value is read whatever its case, the same way from a placeholder's data-
// attributes, a frame's address and mount()'s options: `Kiosk` is kiosk mode, ` Quick ` the
// quick quiz. A value not understood, in any case, is never taken as the default in silence:
// the loader warns about it (mount() refuses it), and the default applies.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const S = require('./support');

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

/** Opens `address` and waits for its Start; returns the page and its console warnings. */
async function open(address) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.origin}${address}`);
  await page.getByTestId('start').waitFor();
  return { context, page, warnings, errors };
}

/** What the widget on `page` opened on: a kiosk's attract screen, or (Start pressed) the quick
 * or the full quiz. */
async function shown(page) {
  if ((await page.getByTestId('start').innerText()) === 'Touch to start') return 'kiosk';
  await page.getByTestId('start').click();
  await page.getByTestId('option').first().waitFor();
  return (await page.getByTestId('quick-hint').count()) > 0 ? 'quick' : 'full';
}

/** A page with the settings as a placeholder's data- attributes, or a frame's parameters. */
for (const [way, address] of [
  ['a placeholder', (query) => `/fixtures/plain.html?lang=EN&${query}`],
  ['a frame', (query) => `/frame.html?lang=En&origin=${encodeURIComponent(site.origin)}&${query}`],
]) {
  test(`${way}: a value in any case is read; one not understood warns, whatever its case`, async () => {
    for (const [query, expected] of [
      ['mode=Kiosk', 'kiosk'],
      ['mode=%20KIOSK%20&length=Full', 'kiosk'],
      ['length=Quick', 'quick'],
      ['length=QUICK&theme=Dark', 'quick'],
    ]) {
      const { context, page, warnings, errors } = await open(address(query));
      assert.equal(await shown(page), expected, query);
      assert.deepEqual(warnings.filter((w) => w.startsWith('RoleFit')), [], query);
      assert.deepEqual(errors, [], query);
      if (query.includes('Dark')) assert.equal(await page.locator('[data-rolefit]').getAttribute('data-theme'), 'dark');
      await context.close();
    }
    for (const [query, name, value] of [
      ['length=Half', 'length', 'Half'],
      ['mode=KIOSKS', 'mode', 'KIOSKS'],
    ]) {
      const { context, page, warnings } = await open(address(query));
      assert.equal(await shown(page), 'full', `${query}: the defaults`);
      const warning = new RegExp(`^RoleFit: data-${name} .*="${value}" is not understood`);
      assert.ok(warnings.some((w) => warning.test(w)), `${query} warns: ${warnings.join(' | ')}`);
      await context.close();
    }
  });
}

test('mount(): an option in any case is read; one not understood is refused, whatever its case', async () => {
  for (const [options, expected] of [
    [{ mode: 'Kiosk' }, 'kiosk'],
    [{ length: 'Quick', lang: 'EN' }, 'quick'],
    [{ length: ' QUICK ', theme: 'Dark', accent: '#0A7D5A' }, 'quick'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${site.origin}/fixtures/api.html`);
    await page.waitForFunction(() => window.apiReady);
    const refused = await page.evaluate(async (options) => {
      const route = document.getElementById('route');
      const outcomes = [];
      // Not understood, in any case: refused, and the element left as it was.
      for (const wrong of [{ length: 'Half' }, { length: 'HALF' }, { mode: 'Kiosks' }]) {
        outcomes.push(await window.RoleFit.mount(route, wrong).then(() => 'accepted', (e) => `${e.name}: ${e.message}`));
      }
      window.widget = await window.RoleFit.mount(route, options);
      return outcomes;
    }, options);
    for (const outcome of refused) assert.match(outcome, /^TypeError: RoleFit: option (length|mode) is "(Half|HALF|Kiosks)"; expected/);
    await page.getByTestId('start').waitFor();
    assert.equal(await shown(page), expected, JSON.stringify(options));
    assert.deepEqual(warnings.filter((w) => w.startsWith('RoleFit')), []);
    if (options.theme) assert.equal(await page.locator('#route').getAttribute('data-theme'), 'dark');
    // The handle's language is read the same way.
    await page.evaluate(() => window.widget.setLanguage('ES'));
    await page.locator('.rolefit[lang=es]').waitFor();
    await context.close();
  }
});
